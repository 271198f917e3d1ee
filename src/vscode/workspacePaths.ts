/**
 * Files named by settings stay inside the workspace folder: the path is resolved lexically in core
 * (`resolveInside`), and before GeoLens reads or writes one, no folder or file between the workspace
 * folder and it may be a symbolic link (it could lead anywhere; `workspace.fs.stat` marks links in
 * both extension hosts, where resolving their target is not possible in the browser).
 */
import * as vscode from 'vscode';
import { resolveInside } from '../core/workspacePath';

export type SettingPath = { uri: vscode.Uri } | { error: string };

/** The workspace folder files named by settings are resolved against and kept inside. */
export function workspaceRoot(): vscode.Uri | undefined {
  return vscode.workspace.workspaceFolders?.[0]?.uri;
}

/** A path from a setting, as a URI inside the workspace folder, or why it is refused. */
export function resolveSettingPath(setting: string, root: vscode.Uri | undefined = workspaceRoot()): SettingPath {
  if (!root) return { error: 'no folder is open' };
  const resolved = resolveInside(root.path, setting);
  return 'error' in resolved ? resolved : { uri: root.with({ path: resolved.path }) };
}

function isNotFound(error: unknown): boolean {
  const e = error as { code?: unknown; name?: unknown } | undefined;
  return (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') || e?.code === 'FileNotFound' || (typeof e?.name === 'string' && /EntryNotFound|FileNotFound/.test(e.name));
}

/**
 * Why `target` (inside `root`) must not be read or written: a symbolic link on the way to it, or at
 * it. Undefined when the way is clear (parts that do not exist yet are clear: they will be folders
 * and a file GeoLens creates).
 */
export async function linkOnTheWay(root: vscode.Uri, target: vscode.Uri): Promise<string | undefined> {
  const rootPath = root.path.replace(/\/+$/, '');
  if (target.scheme !== root.scheme || target.authority !== root.authority || !target.path.startsWith(`${rootPath}/`)) return 'it is outside the workspace folder';
  const parts = target.path.slice(rootPath.length + 1).split('/').filter(Boolean);
  let current = root;
  for (const part of parts) {
    current = vscode.Uri.joinPath(current, part);
    try {
      const stat = await vscode.workspace.fs.stat(current);
      if ((stat.type & vscode.FileType.SymbolicLink) !== 0) return `${vscode.workspace.asRelativePath(current)} is a symbolic link, which may lead outside the workspace folder`;
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }
  return undefined;
}
