// Small helpers shared by the integration suites.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'geolens.geolens';

/**
 * Resolves once `condition()` holds, checking again after each `intervalMs`. It has no deadline of
 * its own: the test's Mocha timeout bounds it, so a slow machine waits longer instead of failing.
 */
export async function waitUntil(condition: () => boolean | Promise<boolean>, intervalMs = 50): Promise<void> {
  while (!(await condition())) await new Promise((resolve) => setTimeout(resolve, intervalMs));
}

export function geolens(): vscode.Extension<unknown> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} is not installed in this extension host`);
  return extension;
}

/** The workspace's Markdown files (the copy of samples/, and the seed article when it was there). */
export async function workspaceMarkdownFiles(): Promise<vscode.Uri[]> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  assert.ok(folders.length > 0, 'the integration run opened no workspace folder');
  const files = await vscode.workspace.findFiles('**/*.md', '**/node_modules/**');
  return files.sort((a, b) => a.path.localeCompare(b.path));
}
