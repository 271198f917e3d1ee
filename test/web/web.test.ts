// What only the browser (web worker) extension host can show: GeoLens runs there from its `browser`
// entry, without Node, and keeps its claims store through workspace.fs (the workspace files live on
// the VS Code server, reached over the remote connection).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { GeoLensApi } from '../../src/extension';
import { geolens, waitUntil, workspaceMarkdownFiles } from '../integration/helpers';

const scope = globalThis as unknown as Record<string, unknown>;

async function api(): Promise<GeoLensApi> {
  return (await geolens().activate()) as GeoLensApi;
}

suite('Web extension host', () => {
  test('GeoLens runs in a web worker, in the web UI, without Node', async () => {
    await api();
    assert.equal(vscode.env.uiKind, vscode.UIKind.Web, 'env.uiKind');
    // A dedicated worker: importScripts and WorkerGlobalScope exist, a DOM does not.
    assert.equal(typeof scope.importScripts, 'function', 'importScripts (a worker global)');
    assert.equal(typeof scope.WorkerGlobalScope, 'function', 'WorkerGlobalScope');
    assert.equal(typeof scope.document, 'undefined', 'no DOM document in a worker');
    assert.equal(typeof scope.require, 'undefined', 'no Node require in the worker scope');
    // The extension host reports extensions it runs locally (web worker) as UI, remote ones (Node) as Workspace.
    assert.equal(geolens().extensionKind, vscode.ExtensionKind.UI, 'extensionKind of the running extension');
    const manifest = geolens().packageJSON as { main?: string; browser?: string };
    assert.equal(manifest.browser, './dist/web/extension.js');
    const process = scope.process as { versions?: { node?: string } } | undefined;
    console.log(`web host: uiKind Web, process.versions.node=${process?.versions?.node ?? '(none)'}, workspace ${vscode.workspace.workspaceFolders?.[0]?.uri.scheme}:, appHost ${vscode.env.appHost}`);
  });

  test('a note is written through workspace.fs and read back from the file', async () => {
    const geo = await api();
    await geo.claims.model.ready;
    const file = (await workspaceMarkdownFiles()).find((uri) => uri.path.endsWith('/india-russia-defence-and-trade.md'));
    assert.ok(file, 'samples/india-russia-defence-and-trade.md is in the workspace');
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(file));
    const claims = await vscode.commands.executeCommand<unknown[]>('geolens.extractClaims');
    assert.ok(claims.length > 0, 'Extract Claims found claims');

    const key = geo.claims.model.keyOf(editor.document.uri);
    const tree = geo.claims.tree;
    const group = tree.getChildren().find((node) => node.type === 'group' && node.key === key);
    assert.ok(group, `a group for ${key}`);
    const node = tree.getChildren(group).find((n) => n.type === 'claim');
    assert.ok(node && node.type === 'claim', 'a claim node');

    const text = `Checked in the web worker host at ${new Date().toISOString()}.`;
    await vscode.commands.executeCommand('geolens.addNote', node, text);

    // The raw file, through the same file system API a browser-only extension has.
    const storeUri = geo.claims.model.file.uri;
    const decoder = new TextDecoder('utf-8');
    let raw = '';
    await waitUntil(async () => {
      try {
        raw = decoder.decode(await vscode.workspace.fs.readFile(storeUri));
      } catch {
        return false;
      }
      return raw.includes(JSON.stringify(text).slice(1, -1));
    });
    assert.ok(vscode.workspace.asRelativePath(storeUri).endsWith('claims.json'), vscode.workspace.asRelativePath(storeUri));
    JSON.parse(raw);

    // And what the store reads back from it.
    await geo.claims.model.file.load();
    assert.ok(geo.claims.model.claim(node.ref)?.notes.some((note) => note.text === text), 'the note is in the reloaded store');
  });
});
