/**
 * Figure checks in the editor: each finding of core/checks is an information-level diagnostic
 * (source "GeoLens", code "check-<kind>") on the word or figure that disagrees, with the figures it
 * was checked against as related locations; the figure's hover card repeats it. Visible documents
 * are checked when shown, when the settings or the gazetteer change, and shortly after each edit.
 * A quick fix marks a finding as intended: the mark is kept in the claims store beside the
 * document's notes (format 3), and the finding is not reported again while its sentence stays.
 * Settings: geolens.checks.<kind>.
 */
import * as vscode from 'vscode';
import { CHECK_KINDS, checkFigures, type Finding, markOf, withoutIntended } from '../../core/checks';
import type { ClaimsModel } from '../claimsModel';
import type { Span } from '../../core/types';
import { requireApi, type GeoLensContext } from '../context';
import { toRange } from '../convert';
import { watchVisibleDocuments } from '../visibleDocuments';

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

declare module '../context' {
  interface FeatureApis {
    checks?: FigureChecksApi;
  }
}

export function register(ctx: GeoLensContext): vscode.Disposable[] {
  const { model } = requireApi(ctx, 'claims');
  const collection = vscode.languages.createDiagnosticCollection('geolens-checks');
  const cache = new Map<string, { version: number; kinds: string; marks: unknown; findings: Finding[] }>();

  const enabledKinds = () => CHECK_KINDS.filter((kind) => ctx.config.value.checks[kind]);

  const findings = (document: vscode.TextDocument): Finding[] => {
    const kinds = enabledKinds();
    if (kinds.length === 0 || document.isClosed) return [];
    const key = document.uri.toString();
    const marks = model.intendedOf(document.uri);
    const cached = cache.get(key);
    if (cached && cached.version === document.version && cached.kinds === kinds.join() && cached.marks === marks) return cached.findings;
    const annotations = ctx.annotations.annotations(document);
    if (!annotations) return [];
    const text = document.getText();
    const found = withoutIntended(text, checkFigures(text, annotations, { kinds, documentDate: ctx.annotations.documentDate(document) ?? null }), marks);
    cache.set(key, { version: document.version, kinds: kinds.join(), marks, findings: found });
    return found;
  };

  const update = (document: vscode.TextDocument): void => {
    const found = findings(document);
    if (found.length === 0) collection.delete(document.uri);
    else collection.set(document.uri, found.map((f) => toDiagnostic(document, f)));
  };

  const visible = watchVisibleDocuments(update, (document) => {
    cache.delete(document.uri.toString());
    collection.delete(document.uri);
  }, DEBOUNCE_MS, ctx.annotations);
  const updateVisible = (): void => visible.refreshVisible();

  const actions: vscode.CodeActionProvider = {
    provideCodeActions(document, _range, context) {
      const ours = context.diagnostics.filter((d) => d.source === SOURCE && typeof d.code === 'string' && d.code.startsWith('check-'));
      if (ours.length === 0) return undefined;
      const text = document.getText();
      return ours.flatMap((diagnostic) => {
        const finding = findings(document).find((f) => toRange(document, f).isEqual(diagnostic.range) && `check-${f.kind}` === diagnostic.code);
        if (!finding) return [];
        const action = new vscode.CodeAction(vscode.l10n.t('Mark as intended (GeoLens keeps the mark beside the notes)'), vscode.CodeActionKind.QuickFix);
        action.diagnostics = [diagnostic];
        action.command = { command: 'geolens.markCheckIntended', title: action.title, arguments: [document.uri, markOf(text, finding)] };
        return [action];
      });
    },
  };

  updateVisible();
  const api: FigureChecksApi = {
    findings,
    findingsAbout: (document, span) => findings(document).filter((f) => overlaps(f, span) || f.related.some((r) => overlaps(r, span))),
    diagnostics: (uri) => collection.get(uri) ?? [],
  };
  ctx.apis.checks = api;
  return [
    collection,
    vscode.languages.registerCodeActionsProvider(ctx.config.value.languages.map((language) => ({ language })), actions, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] }),
    vscode.commands.registerCommand('geolens.markCheckIntended', async (uri: vscode.Uri, mark: Parameters<ClaimsModel['markIntended']>[1]) => {
      await model.markIntended(uri, mark);
    }),
    // A mark added or taken back (here, or in the store file from elsewhere): report again.
    model.onDidChange(() => updateVisible()),
    visible,
    // New settings or a new gazetteer: the same text may give other annotations, or other kinds run.
    ctx.annotations.onDidInvalidate(() => {
      cache.clear();
      updateVisible();
    }),
  ];
}
