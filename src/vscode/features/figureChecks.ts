/**
 * Figure checks in the editor: each finding of core/checks is an information-level diagnostic
 * (source "GeoLens", code "check-<kind>") on the word or figure that disagrees, with the figures it
 * was checked against as related locations; the figure's hover card repeats it. Visible documents
 * are checked when shown, when the settings or the gazetteer change, and shortly after each edit.
 * Settings: geolens.checks.<kind>.
 */
import * as vscode from 'vscode';
import { checkFigures, type Finding } from '../../core/checks';
import { CHECK_KINDS } from '../../core/checks/types';
import type { Span } from '../../core/types';
import type { GeoLensContext } from '../context';
import { toRange } from '../convert';

const SOURCE = 'GeoLens';
const DEBOUNCE_MS = 400;

export interface FigureChecksApi {
  /** The findings of a document as of its current version (empty when unsupported or all kinds are off). */
  findings(document: vscode.TextDocument): readonly Finding[];
  /** The findings whose span or related figures overlap `span` (for the figure's card). */
  findingsAbout(document: vscode.TextDocument, span: Span): readonly Finding[];
  /** The diagnostics shown for a document (for tests). */
  diagnostics(uri: vscode.Uri): readonly vscode.Diagnostic[];
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

function toDiagnostic(document: vscode.TextDocument, finding: Finding): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(toRange(document, finding), finding.message, vscode.DiagnosticSeverity.Information);
  diagnostic.source = SOURCE;
  diagnostic.code = `check-${finding.kind}`;
  diagnostic.relatedInformation = finding.related.map(
    (span) => new vscode.DiagnosticRelatedInformation(new vscode.Location(document.uri, toRange(document, span)), vscode.l10n.t('checked against {0}', document.getText(toRange(document, span)))),
  );
  return diagnostic;
}

export function register(ctx: GeoLensContext): { disposables: vscode.Disposable[]; api: FigureChecksApi } {
  const collection = vscode.languages.createDiagnosticCollection('geolens-checks');
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const cache = new Map<string, { version: number; kinds: string; findings: Finding[] }>();

  const enabledKinds = () => CHECK_KINDS.filter((kind) => ctx.config.value.checks[kind]);

  const findings = (document: vscode.TextDocument): Finding[] => {
    const kinds = enabledKinds();
    if (kinds.length === 0 || document.isClosed) return [];
    const key = document.uri.toString();
    const cached = cache.get(key);
    if (cached && cached.version === document.version && cached.kinds === kinds.join()) return cached.findings;
    const annotations = ctx.annotations.annotations(document);
    if (!annotations) return [];
    const found = checkFigures(document.getText(), annotations, { kinds });
    cache.set(key, { version: document.version, kinds: kinds.join(), findings: found });
    return found;
  };

  const update = (document: vscode.TextDocument): void => {
    const key = document.uri.toString();
    clearTimeout(timers.get(key));
    timers.delete(key);
    const found = findings(document);
    if (found.length === 0) collection.delete(document.uri);
    else collection.set(document.uri, found.map((f) => toDiagnostic(document, f)));
  };

  const updateVisible = (): void => {
    const seen = new Set<string>();
    for (const editor of vscode.window.visibleTextEditors) {
      if (seen.has(editor.document.uri.toString())) continue;
      seen.add(editor.document.uri.toString());
      update(editor.document);
    }
  };

  const schedule = (document: vscode.TextDocument): void => {
    const key = document.uri.toString();
    clearTimeout(timers.get(key));
    timers.set(key, setTimeout(() => update(document), DEBOUNCE_MS));
  };

  updateVisible();
  const api: FigureChecksApi = {
    findings,
    findingsAbout: (document, span) => findings(document).filter((f) => overlaps(f, span) || f.related.some((r) => overlaps(r, span))),
    diagnostics: (uri) => collection.get(uri) ?? [],
  };
  return {
    api,
    disposables: [
      collection,
      vscode.window.onDidChangeVisibleTextEditors(updateVisible),
      // New settings or a new gazetteer: the same text may give other annotations, or other kinds run.
      ctx.annotations.onDidInvalidate(() => {
        cache.clear();
        updateVisible();
      }),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length === 0 || !vscode.window.visibleTextEditors.some((e) => e.document === event.document)) return;
        schedule(event.document);
      }),
      vscode.workspace.onDidCloseTextDocument((document) => {
        const key = document.uri.toString();
        clearTimeout(timers.get(key));
        timers.delete(key);
        cache.delete(key);
        collection.delete(document.uri);
      }),
      { dispose: () => timers.forEach((t) => clearTimeout(t)) },
    ],
  };
}
