/**
 * Go to Definition on a highlight: opens the gazetteer entry it comes from, at its line. A user's
 * entry opens in its own file (editable); a bundled entry opens read-only, through the
 * `geolens-gazetteer:` scheme, which serves the YAML files shipped in the extension
 * (src/gazetteer/**\/*.yaml, kept in the package by .vscodeignore). When a user's entry extends a
 * bundled one, both locations are offered.
 */
import * as vscode from 'vscode';
import { stringify } from '../../core/yamlLibrary';
import { bundledEntries, type Entry } from '../../core/gazetteer';
import type { GeoLensContext } from '../context';
import { toRange } from '../convert';
import { annotationAt } from './hover';

export const BUNDLED_SCHEME = 'geolens-gazetteer';

/** Bundled files are repo-relative paths ("src/gazetteer/curated/seed.yaml"); user files are URIs. */
function isUri(file: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(file);
}

/** Where an entry is defined, as a URI an editor can open. */
export function entryUri(entry: Pick<Entry, 'file'>): vscode.Uri {
  return isUri(entry.file) ? vscode.Uri.parse(entry.file) : vscode.Uri.from({ scheme: BUNDLED_SCHEME, path: `/${entry.file}` });
}

export function entryLocation(entry: Pick<Entry, 'file' | 'line'>): vscode.Location {
  const line = Math.max(0, entry.line - 1);
  return new vscode.Location(entryUri(entry), new vscode.Range(line, 0, line, 0));
}

/** Only the shipped gazetteer files can be read through the scheme. */
function bundledPath(uri: vscode.Uri): string | undefined {
  const path = uri.path.replace(/^\/+/, '');
  if (!/^src\/gazetteer\/[\w./-]+\.ya?ml$/.test(path) || path.split('/').includes('..')) return undefined;
  return path;
}

async function readExtensionFile(ctx: GeoLensContext, path: string): Promise<string> {
  const uri = vscode.Uri.joinPath(ctx.extension.extensionUri, path);
  // In a browser (vscode.dev) the extension's files are served over https, which the workspace
  // file system does not read.
  if (uri.scheme === 'http' || uri.scheme === 'https') {
    const response = await fetch(uri.toString(true));
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return response.text();
  }
  return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
}

class BundledGazetteerProvider implements vscode.TextDocumentContentProvider {
  constructor(private readonly ctx: GeoLensContext) {}

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const path = bundledPath(uri);
    if (!path) return `# ${vscode.l10n.t('{0} is not a file of the bundled gazetteer.', uri.path)}\n`;
    try {
      return await readExtensionFile(this.ctx, path);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.ctx.output.warn(`Cannot read the bundled gazetteer file ${path}: ${reason}`);
      return renderEntries(path, reason);
    }
  }
}

/**
 * When the file cannot be read (a package built without it), its entries as loaded, each written at
 * its original line so that Go to Definition still lands on it; without the original comments.
 */
function renderEntries(path: string, reason: string): string {
  const entries = bundledEntries()
    .filter((entry) => entry.file === path)
    .sort((a, b) => a.line - b.line);
  const lines = [`# ${vscode.l10n.t('GeoLens could not read {0} ({1}); its entries as loaded:', path, reason)}`, 'entries:'];
  entries.forEach((entry, i) => {
    const { file: _file, line, ...fields } = entry;
    const text = stringify([fields], { lineWidth: 0 }).trimEnd().split('\n').map((l) => `  ${l}`);
    const next = entries[i + 1]?.line ?? Number.MAX_SAFE_INTEGER;
    while (lines.length < line - 1) lines.push('');
    const room = Math.max(1, next - line);
    lines.push(...(text.length > room ? [...text.slice(0, room - 1), '  # …'] : text));
  });
  return `${lines.join('\n')}\n`;
}

export function register(ctx: GeoLensContext): vscode.Disposable[] {
  let bundledById: Map<string, Entry> | undefined;
  const provider: vscode.DefinitionProvider = {
    provideDefinition(document, position) {
      const offset = document.offsetAt(position);
      const annotations = ctx.annotations.annotationsIn(document, offset, offset);
      if (!annotations) return undefined;
      const annotation = annotationAt(annotations, offset);
      if (!annotation || annotation.category === 'figure' || annotation.id === undefined) return undefined;
      const entry = ctx.annotations.index.get(annotation.id);
      if (!entry) return undefined;
      const targets = [entry];
      if (isUri(entry.file)) {
        bundledById ??= new Map(bundledEntries().map((e) => [e.id, e]));
        const bundled = bundledById.get(entry.id);
        if (bundled) targets.push(bundled);
      }
      const origin = toRange(document, annotation);
      return targets.map((target): vscode.LocationLink => {
        const location = entryLocation(target);
        return { originSelectionRange: origin, targetUri: location.uri, targetRange: location.range, targetSelectionRange: location.range };
      });
    },
  };
  return [
    vscode.workspace.registerTextDocumentContentProvider(BUNDLED_SCHEME, new BundledGazetteerProvider(ctx)),
    // Every language: which ones GeoLens reads is a setting, checked per request by the service.
    vscode.languages.registerDefinitionProvider('*', provider),
  ];
}
