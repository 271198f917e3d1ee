/**
 * The documents a batch names: files as given, folders searched recursively, and quoted globs
 * expanded by GeoLens itself (so they work the same in every shell and on Windows). Folders and
 * globs keep the documents GeoLens reads (`.md`, `.markdown`, `.txt`), in code-unit order of their
 * paths; `file` is the path as found, so output lines can be matched to input files.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';

export const DOCUMENT_EXTENSIONS = ['.md', '.markdown', '.txt'] as const;

/** A document to read, or an argument that named none (its error goes out as a result line). */
export type BatchInput = { file: string } | { file: string; error: string };

function isDocument(name: string): boolean {
  const lower = name.toLowerCase();
  return DOCUMENT_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/** Code-unit order (not the locale's): the same order on every machine. */
function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function folderDocuments(folder: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      // Hidden folders (.git, .geolens) and dependencies hold no articles.
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.') && entry.name !== 'node_modules') walk(full);
      } else if (entry.isFile() && isDocument(entry.name)) out.push(full);
    }
  };
  walk(folder);
  return out.sort(byCodeUnits);
}

function globDocuments(pattern: string): string[] {
  // Forward slashes are the glob syntax's separators, on Windows too.
  const found = globSync(pattern.split(path.sep).join('/'), { onlyFiles: true, dot: false, ignore: ['**/node_modules/**'], expandDirectories: false });
  const relative = !path.isAbsolute(pattern);
  return found.filter(isDocument).map((file) => (relative ? path.normalize(file) : file)).sort(byCodeUnits);
}

/** Each argument's documents, in argument order. */
export function expandInputs(args: readonly string[]): BatchInput[] {
  const out: BatchInput[] = [];
  for (const arg of args) {
    let isFolder = false;
    let exists = true;
    try {
      isFolder = statSync(arg).isDirectory();
    } catch {
      exists = false;
    }
    if (isFolder) {
      const found = folderDocuments(arg);
      if (found.length === 0) out.push({ file: arg, error: `${arg} holds no ${DOCUMENT_EXTENSIONS.join(', ')} files.` });
      for (const file of found) out.push({ file });
    } else if (!exists && isDynamicPattern(arg)) {
      const found = globDocuments(arg);
      if (found.length === 0) out.push({ file: arg, error: `No ${DOCUMENT_EXTENSIONS.join(', ')} file matches ${arg}.` });
      for (const file of found) out.push({ file });
    } else out.push({ file: arg });
  }
  return out;
}
