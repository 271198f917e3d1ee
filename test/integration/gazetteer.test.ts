// The user's gazetteer in a real extension host: a workspace gazetteer file with a problem and a
// good entry (Problems panel at the right line, the entry highlighted), Add Selection to Gazetteer,
// Go to Definition on highlights (user file and read-only bundled file) and near-miss hints.
// Everything it writes into the workspace is removed (and custom.yaml restored) at the end.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { GeoLensApi } from '../../src/extension';
import { geolens, waitUntil } from './helpers';

const TEST_GAZETTEER = [
  '# Written by the Gazetteer integration suite; removed when it ends.',
  'entries:',
  '  - id: zorbland',
  '    kind: country',
  '    name: Zorbland',
  '    sources: [{ title: GeoLens integration test }]',
  '  - id: broken-entry',
  '    kind: planet',
  '    name: Broken',
  '    sources: [{ title: GeoLens integration test }]',
  '',
].join('\n');
const ZORBLAND_LINE = 2; // 0-based line of "- id: zorbland"
const PLANET_LINE = 7; // 0-based line of "kind: planet"

const ARTICLE = [
  '# Gazetteer test article',
  '',
  'Zorbland signed a trade pact with Russia on Monday.',
  '',
  'Quuxistan, its neighbour, was not at the table.',
  '',
  'External Affairs Minister Jaishanker said India welcomed the pact.',
  '',
  'Senate president Paulina Quevedo opened the debate; Quevedo spoke for an hour.',
  '',
].join('\n');

async function api(): Promise<GeoLensApi> {
  return (await geolens().activate()) as GeoLensApi;
}

function folder(): vscode.Uri {
  const first = vscode.workspace.workspaceFolders?.[0];
  assert.ok(first, 'the integration run opened a workspace folder');
  return first.uri;
}

async function readIfExists(uri: vscode.Uri): Promise<Uint8Array | undefined> {
  try {
    return await vscode.workspace.fs.readFile(uri);
  } catch {
    return undefined;
  }
}

async function remove(uri: vscode.Uri): Promise<void> {
  try {
    await vscode.workspace.fs.delete(uri, { recursive: true, useTrash: false });
  } catch {
    // Already gone.
  }
}

function positionOf(document: vscode.TextDocument, needle: string): vscode.Position {
  const offset = document.getText().indexOf(needle);
  assert.ok(offset >= 0, `"${needle}" is in the test article`);
  return document.positionAt(offset + 1);
}

async function definitions(document: vscode.TextDocument, needle: string): Promise<{ uri: vscode.Uri; line: number }[]> {
  const results = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', document.uri, positionOf(document, needle));
  return (results ?? []).map((r) => ('targetUri' in r ? { uri: r.targetUri, line: r.targetRange.start.line } : { uri: r.uri, line: r.range.start.line }));
}

suite('Gazetteer', () => {
  const encoder = new TextEncoder();
  let testFile: vscode.Uri;
  let customFile: vscode.Uri;
  let customBefore: Uint8Array | undefined;
  let articleDir: vscode.Uri;
  let article: vscode.TextDocument;

  suiteSetup(async () => {
    const geo = await api();
    const root = folder();
    testFile = vscode.Uri.joinPath(root, '.geolens', 'gazetteer', 'integration-test.yaml');
    customFile = vscode.Uri.joinPath(root, '.geolens', 'gazetteer', 'custom.yaml');
    customBefore = await readIfExists(customFile);
    articleDir = vscode.Uri.joinPath(root, 'zz-gazetteer-test');
    await vscode.workspace.fs.writeFile(testFile, encoder.encode(TEST_GAZETTEER));
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(articleDir, 'article.md'), encoder.encode(ARTICLE));
    await geo.gazetteer.reload();
    article = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(articleDir, 'article.md'));
    await vscode.window.showTextDocument(article);
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await remove(testFile);
    await remove(articleDir);
    if (customBefore) await vscode.workspace.fs.writeFile(customFile, customBefore);
    else await remove(customFile);
    await (await api()).gazetteer.reload();
  });

  test('a problem in a user gazetteer file is in the Problems panel at its line', async () => {
    const diagnostics = vscode.languages.getDiagnostics().find(([uri]) => uri.path.endsWith('/.geolens/gazetteer/integration-test.yaml'))?.[1] ?? [];
    const planet = diagnostics.find((d) => /Unknown kind "planet"/.test(d.message));
    assert.ok(planet, `diagnostics: ${diagnostics.map((d) => `${d.range.start.line}: ${d.message}`).join(' | ') || 'none'}`);
    assert.equal(planet.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(planet.range.start.line, PLANET_LINE);
  });

  test('the good entry of that file is annotated in an article', async () => {
    const geo = await api();
    const annotations = geo.annotations.annotations(article) ?? [];
    const zorbland = annotations.find((a) => a.category === 'entity' && a.id === 'zorbland');
    assert.ok(zorbland, `annotations: ${annotations.map((a) => a.text).join(', ')}`);
    assert.equal(zorbland.text, 'Zorbland');
  });

  test('Go to Definition on a user entry opens its file at the entry', async () => {
    const [target] = await definitions(article, 'Zorbland');
    assert.ok(target, 'a definition for "Zorbland"');
    assert.ok(target.uri.path.endsWith('/.geolens/gazetteer/integration-test.yaml'), target.uri.toString());
    assert.equal(target.line, ZORBLAND_LINE);
  });

  test('Go to Definition on a bundled entry opens the bundled YAML read-only, at the entry', async () => {
    const [target] = await definitions(article, 'Russia');
    assert.ok(target, 'a definition for "Russia"');
    assert.equal(target.uri.scheme, 'geolens-gazetteer', 'a read-only virtual document, not a file');
    const yaml = await vscode.workspace.openTextDocument(target.uri);
    assert.match(yaml.lineAt(target.line).text, /id: rus\b/);
  });

  test('Add Selection to Gazetteer (with arguments) writes custom.yaml and highlights the name', async () => {
    const geo = await api();
    const before = geo.annotations.annotations(article) ?? [];
    assert.ok(!before.some((a) => a.text === 'Quuxistan'), 'Quuxistan is unknown at first');
    const result = await vscode.commands.executeCommand<{ id: string; uri: string; line: number }>('geolens.addToGazetteer', { text: 'Quuxistan', kind: 'country', id: 'quuxistan-test', summary: 'A country made up for the integration test.' });
    assert.ok(result, 'the command returns what it wrote');
    assert.equal(result.id, 'quuxistan-test');
    assert.ok(result.uri.endsWith('/.geolens/gazetteer/custom.yaml'), result.uri);
    const written = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.parse(result.uri)));
    assert.match(written, /- id: quuxistan-test\n\s+kind: country\n\s+name: Quuxistan\n/);
    assert.match(written, /sources:\n\s+- title: .*added with GeoLens/);

    const after = geo.annotations.annotations(article) ?? [];
    assert.ok(after.some((a) => a.category === 'entity' && a.id === 'quuxistan-test' && a.text === 'Quuxistan'), `annotations: ${after.map((a) => a.text).join(', ')}`);
    const editor = vscode.window.visibleTextEditors.find((e) => e.document === article);
    assert.ok(editor, 'the article is visible');
    await waitUntil(() => (geo.decorations.applied(editor)?.entity ?? []).some((range) => article.getText(range) === 'Quuxistan'));

    const [target] = await definitions(article, 'Quuxistan');
    assert.ok(target, 'a definition for "Quuxistan"');
    assert.ok(target.uri.path.endsWith('/.geolens/gazetteer/custom.yaml'), target.uri.toString());
    assert.equal(target.line, result.line - 1);
  });

  test('Add to Gazetteer never rewrites a file in another encoding, nor writes through a symbolic link', async () => {
    await api();
    const add = (id: string) => Promise.resolve(vscode.commands.executeCommand('geolens.addToGazetteer', { text: 'Quuxland', kind: 'country', id }));
    const saved = await readIfExists(customFile);
    try {
      // Latin-1: "Einträge für Zürich" with single-byte ä and ü.
      const latin1 = Uint8Array.from([...'# Eintr\u00e4ge f\u00fcr Z\u00fcrich\nentries: []\n'].map((c) => c.charCodeAt(0)));
      await vscode.workspace.fs.writeFile(customFile, latin1);
      await assert.rejects(add('quuxland-latin1'), /not UTF-8/);
      assert.deepEqual([...(await vscode.workspace.fs.readFile(customFile))], [...latin1], 'the file is as it was');
      const host = globalThis as { process?: { getBuiltinModule?: (name: string) => unknown } };
      if (typeof host.process?.getBuiltinModule === 'function') {
        // Node extension host: custom.yaml a link to a file outside the workspace that does not exist yet.
        const fs = host.process.getBuiltinModule('node:fs') as typeof import('node:fs');
        const os = host.process.getBuiltinModule('node:os') as typeof import('node:os');
        const path = host.process.getBuiltinModule('node:path') as typeof import('node:path');
        const outside = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'geolens-outside-')), 'custom.yaml');
        await vscode.workspace.fs.delete(customFile);
        fs.symlinkSync(outside, customFile.fsPath);
        await assert.rejects(add('quuxland-link'), /symbolic link/);
        assert.equal(fs.existsSync(outside), false, 'nothing written outside the workspace');
        fs.unlinkSync(customFile.fsPath);
      }
    } finally {
      if (saved) await vscode.workspace.fs.writeFile(customFile, saved);
      else await remove(customFile);
    }
  });

  test('Search Gazetteer finds a misspelt name and shows its card and occurrences', async () => {
    await api();
    let settled = false;
    const pending = Promise.resolve(vscode.commands.executeCommand<string | undefined>('geolens.searchGazetteer', 'Zorblend')).finally(() => (settled = true));
    // Accept the first item of each quick pick (the entry, then its first occurrence) until the
    // command ends; accepting when no quick pick is open does nothing.
    while (!settled) {
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
    assert.equal(await pending, 'zorbland');
    const card = await vscode.workspace.openTextDocument(vscode.Uri.from({ scheme: 'geolens-card', path: '/zorbland.md' }));
    assert.match(card.getText(), /\*\*Zorbland\*\* · Country/);
    assert.match(card.getText(), /article\.md \(1\)/, card.getText());
  });

  test('a near miss ("Jaishanker") is an information hint with a quick fix, not a highlight', async () => {
    const geo = await api();
    const find = () => vscode.languages.getDiagnostics(article.uri).find((d) => d.message.includes('Jaishankar'));
    await waitUntil(() => find() !== undefined);
    const hint = find();
    assert.ok(hint);
    assert.equal(hint.severity, vscode.DiagnosticSeverity.Information);
    assert.equal(article.getText(hint.range), 'Jaishanker');
    assert.ok(!(geo.annotations.annotations(article) ?? []).some((a) => a.text === 'Jaishanker'), 'not annotated');

    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', article.uri, hint.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.title.includes('Jaishankar'));
    assert.ok(fix?.edit, `quick fixes: ${actions.map((a) => a.title).join(' | ')}`);
    const [edit] = fix.edit.get(article.uri);
    assert.equal(edit.newText, 'Jaishankar');
    assert.equal(article.getText(edit.range), 'Jaishanker');
  });

  test('an unlisted name is underlined (dotted), its card says so, and its quick fix adds it with its role', async () => {
    const geo = await api();
    const editor = vscode.window.visibleTextEditors.find((e) => e.document === article) ?? (await vscode.window.showTextDocument(article));
    const quevedo = (geo.annotations.annotations(article) ?? []).filter((a) => a.category === 'entity' && a.id === undefined);
    assert.deepEqual(quevedo.map((a) => [a.text, a.name, 'role' in a ? a.role : undefined]), [['Paulina Quevedo', 'Paulina Quevedo', 'Senate president'], ['Quevedo', 'Paulina Quevedo', 'Senate president']]);
    await waitUntil(() => (geo.decorations.applied(editor)?.unlisted ?? []).length === 2);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', article.uri, positionOf(article, 'Quevedo spoke'));
    const card = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(card, /Paulina Quevedo\*\* · Person · not in the gazetteer/, card);
    assert.match(card, /Senate president/);

    const at = positionOf(article, 'Quevedo spoke');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', article.uri, new vscode.Range(at, at), vscode.CodeActionKind.QuickFix.value);
    const add = actions.find((a) => a.title.includes('Paulina Quevedo'));
    assert.ok(add?.command, `quick fixes: ${actions.map((a) => a.title).join(' | ')}`);
    assert.match(add.title, /Senate president/);
    const result = await vscode.commands.executeCommand<{ id: string; uri: string }>(add.command.command, ...(add.command.arguments ?? []));
    const written = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.parse(result.uri)));
    assert.match(written, /name: Paulina Quevedo\n(?:.*\n)*?\s+facts:\n\s+role: Senate president/, written);
    await waitUntil(() => (geo.annotations.annotations(article) ?? []).some((a) => a.category !== 'figure' && a.text === 'Paulina Quevedo' && a.id === result.id));
  });
});
