import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, geolens, waitUntil, workspaceMarkdownFiles } from './helpers';

interface CommandContribution {
  command: string;
}

suite('Activation', () => {
  test(`${EXTENSION_ID} activates when a Markdown file from the workspace is opened`, async () => {
    const extension = geolens();
    const [markdown] = await workspaceMarkdownFiles();
    const folders = (vscode.workspace.workspaceFolders ?? []).map((folder) => folder.uri.fsPath).join(', ');
    assert.ok(markdown, `no .md file in the workspace folder (${folders}); the run copies samples/*.md there`);

    const document = await vscode.workspace.openTextDocument(markdown);
    await vscode.window.showTextDocument(document);
    assert.equal(document.languageId, 'markdown');
    // Activation follows onLanguage:markdown asynchronously; the test's timeout bounds the wait.
    await waitUntil(() => extension.isActive);
  });

  test('every command in package.json contributes.commands is registered', async () => {
    const extension = geolens();
    await extension.activate();
    const contributed = ((extension.packageJSON.contributes?.commands ?? []) as CommandContribution[]).map((c) => c.command);
    assert.ok(contributed.length > 0, 'package.json contributes no commands');

    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = contributed.filter((command) => !registered.has(command));
    // assert.fail, not deepEqual: the list of names is the whole message, without a diff of it.
    if (missing.length > 0) assert.fail(`${missing.length} of ${contributed.length} contributed commands are not registered by activate(): ${missing.join(', ')}`);
  });
});
