/**
 * Settings that name files (the claims store, user gazetteers) can come from a cloned repository's
 * `.vscode/settings.json`: a path there must never lead GeoLens to read or write outside the
 * workspace folder. This is the lexical half of that rule, on URI-style paths ("/home/a/ws"):
 * `${workspaceFolder}`, `.` and `..` are resolved and the result must lie inside the folder. The
 * other half (symbolic links) needs the file system and lives with the adapter.
 */

export type InsidePath = { path: string } | { error: string };

function normalise(path: string): string[] | undefined {
  const out: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (out.length === 0) return undefined;
      out.pop();
    } else out.push(segment);
  }
  return out;
}

/**
 * Resolves `setting` (relative to `root`, or absolute) to a path inside `root`, both URI paths with
 * `/`. Backslashes count as separators (a Windows path typed by hand), and a drive letter or a URI
 * scheme is refused: neither can name a file of this folder portably.
 */
export function resolveInside(root: string, setting: string): InsidePath {
  const raw = setting.trim().replace(/\$\{workspaceFolder\}/g, root).replace(/\\/g, '/');
  if (raw === '') return { error: 'it is empty' };
  if (/^[a-z][a-z0-9+.-]*:/i.test(raw)) return { error: 'it is a URI or a drive path; give a path relative to the workspace folder' };
  if (raw.startsWith('~')) return { error: 'a path from the home folder is outside the workspace' };
  const rootSegments = normalise(root) ?? [];
  const segments = normalise(raw.startsWith('/') ? raw : `${rootSegments.join('/')}/${raw}`);
  if (!segments) return { error: 'it leads above the file system root' };
  const inside = segments.length > rootSegments.length && rootSegments.every((s, i) => segments[i] === s);
  if (!inside) return { error: 'it resolves outside the workspace folder' };
  return { path: `/${segments.join('/')}` };
}
