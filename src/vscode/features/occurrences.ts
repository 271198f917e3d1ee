/**
 * Find All Occurrences of an entity or treaty across the workspace's articles: a references
 * provider on highlights (Shift+F12, "Find All References") and a command other features call.
 */
import * as vscode from 'vscode';
import { annotate } from '../../core/annotation';
import { LineIndex } from '../../core/text';
import type { GeoLensContext } from '../context';
import { annotationAt } from './hover';

const ARTICLE_FILES = '**/*.{md,markdown,txt}';
const EXCLUDE = '{**/node_modules/**,**/.git/**,**/.geolens/**}';
const MAX_FILES = 5000;
const decoder = new TextDecoder('utf-8');

/** Open documents first (their unsaved text counts), then files on disk. */
async function textOf(uri: vscode.Uri, maxSize: number): Promise<string | undefined> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) return open.getText();
  const bytes = await vscode.workspace.fs.readFile(uri);
  if (bytes.byteLength > maxSize * 3 || bytes.includes(0)) return undefined;
  return decoder.decode(bytes).replace(/^\uFEFF/, '');
}

export async function findOccurrences(ctx: GeoLensContext, id: string, token?: vscode.CancellationToken, progress?: vscode.Progress<{ message?: string; increment?: number }>): Promise<vscode.Location[]> {
  const uris = await vscode.workspace.findFiles(ARTICLE_FILES, EXCLUDE, MAX_FILES, token);
  const locations: vscode.Location[] = [];
  for (const uri of uris) {
    if (token?.isCancellationRequested) break;
    progress?.report({ message: vscode.workspace.asRelativePath(uri), increment: 100 / uris.length });
    let text: string | undefined;
    try {
      text = await textOf(uri, ctx.config.value.maxFileSize);
    } catch (error) {
      ctx.output.warn(`Find occurrences skipped ${uri.toString()}: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    if (text === undefined || text.length > ctx.config.value.maxFileSize) continue;
    const lines = new LineIndex(text);
    for (const annotation of annotate(text, ctx.annotations.index)) {
      if (annotation.category === 'figure' || annotation.id !== id) continue;
      const start = lines.position(annotation.start);
      const end = lines.position(annotation.end);
      locations.push(new vscode.Location(uri, new vscode.Range(start.line, start.character, end.line, end.character)));
    }
  }
  return locations;
}

export function register(ctx: GeoLensContext): vscode.Disposable[] {
  const provider: vscode.ReferenceProvider = {
    async provideReferences(document, position, _context, token) {
      const offset = document.offsetAt(position);
      const annotations = ctx.annotations.annotationsIn(document, offset, offset);
      const annotation = annotations && annotationAt(annotations, offset);
      if (!annotation || annotation.category === 'figure' || annotation.id === undefined) return undefined;
      return findOccurrences(ctx, annotation.id, token);
    },
  };
  return [
    vscode.languages.registerReferenceProvider('*', provider),
    vscode.commands.registerCommand('geolens.findOccurrences', async (idArg?: unknown) => {
      let id = typeof idArg === 'string' ? idArg : undefined;
      const editor = vscode.window.activeTextEditor;
      if (!id && editor) {
        const offset = editor.document.offsetAt(editor.selection.active);
        const annotations = ctx.annotations.annotationsIn(editor.document, offset, offset);
        const annotation = annotations && annotationAt(annotations, offset);
        if (annotation && annotation.category !== 'figure') id = annotation.id;
      }
      if (!id) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Put the cursor on a highlighted entity or treaty to find its occurrences.'));
        return [];
      }
      const name = ctx.annotations.index.get(id)?.name ?? id;
      const locations = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Finding {0} in the workspace', name), cancellable: true },
        (progress, token) => findOccurrences(ctx, id, token, progress),
      );
      if (editor && locations.length > 0) {
        await vscode.commands.executeCommand('editor.action.showReferences', editor.document.uri, editor.selection.active, locations);
      } else if (locations.length === 0) {
        void vscode.window.showInformationMessage(vscode.l10n.t('{0} does not occur in the workspace articles.', name));
      }
      return locations;
    }),
  ];
}
