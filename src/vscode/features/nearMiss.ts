/**
 * Near-miss hints: a capitalised word close to a known name ("Jaishanker") gets an information-level
 * diagnostic ("did you mean Jaishankar?") with a quick fix that writes the known spelling. Never a
 * highlight: the word may be another name. Visible documents are checked at once when they are
 * shown and when the gazetteer or the settings change, and again shortly after each edit.
 * Setting: geolens.hints.nearMiss.
 */
import * as vscode from 'vscode';
import { findNearMisses, nearMissSuggestions, type NearMiss, type NearMissSuggestion } from '../../core/gazetteer';
import type { GeoLensContext } from '../context';
import { toRange } from '../convert';
import { watchVisibleDocuments } from '../visibleDocuments';

export const NEAR_MISS_CODE = 'near-miss';
const SOURCE = 'GeoLens';
const DEBOUNCE_MS = 400;

/**
 * Read here, not in ConfigService, while this feature owns it (the typed config object does not
 * have the hints section yet); re-read on every GeoLens configuration change.
 */
function hintsEnabled(): boolean {
  return vscode.workspace.getConfiguration('geolens').get<boolean>('hints.nearMiss', true);
}

function spelling(suggestion: NearMissSuggestion): string {
  return suggestion.text === suggestion.name ? suggestion.name : vscode.l10n.t('{0} ({1})', suggestion.text, suggestion.name);
}

function message(hint: NearMiss): string {
  const options = hint.suggestions.map(spelling);
  const alternatives = options.length === 1 ? options[0] : vscode.l10n.t('{0} or {1}', options.slice(0, -1).join(', '), options[options.length - 1]);
  return vscode.l10n.t('"{0}" is not in the gazetteer: did you mean {1}?', hint.text, alternatives);
}

function toDiagnostic(document: vscode.TextDocument, hint: NearMiss): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(toRange(document, hint), message(hint), vscode.DiagnosticSeverity.Information);
  diagnostic.source = SOURCE;
  diagnostic.code = NEAR_MISS_CODE;
  return diagnostic;
}

function isNearMiss(diagnostic: vscode.Diagnostic): boolean {
  const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
  return diagnostic.source === SOURCE && code === NEAR_MISS_CODE;
}

export function register(ctx: GeoLensContext): vscode.Disposable[] {
  const collection = vscode.languages.createDiagnosticCollection('geolens-hints');
  let enabled = hintsEnabled();

  const update = (document: vscode.TextDocument): void => {
    const annotations = enabled && !document.isClosed ? ctx.annotations.annotations(document) : undefined;
    if (!annotations) {
      collection.delete(document.uri);
      return;
    }
    const hints = findNearMisses(document.getText(), ctx.annotations.index, annotations);
    collection.set(document.uri, hints.map((hint) => toDiagnostic(document, hint)));
  };

  const visible = watchVisibleDocuments(update, (document) => collection.delete(document.uri), DEBOUNCE_MS, ctx.annotations);
  const updateVisible = (): void => visible.refreshVisible();

  const actions: vscode.CodeActionProvider = {
    provideCodeActions(document, _range, context) {
      const hints = context.diagnostics.filter(isNearMiss);
      if (hints.length === 0) return undefined;
      const annotations = ctx.annotations.annotations(document) ?? [];
      const result: vscode.CodeAction[] = [];
      for (const diagnostic of hints) {
        nearMissSuggestions(document.getText(diagnostic.range), ctx.annotations.index, annotations).forEach((suggestion, i) => {
          const action = new vscode.CodeAction(vscode.l10n.t('Replace with "{0}" ({1})', suggestion.text, suggestion.name), vscode.CodeActionKind.QuickFix);
          action.edit = new vscode.WorkspaceEdit();
          action.edit.replace(document.uri, diagnostic.range, suggestion.text);
          action.diagnostics = [diagnostic];
          action.isPreferred = i === 0;
          result.push(action);
        });
      }
      return result;
    },
  };

  updateVisible();
  return [
    collection,
    vscode.languages.registerCodeActionsProvider('*', actions, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] }),
    visible,
    // A new gazetteer (reloaded user files) or new settings (languages, size cap, hints).
    ctx.annotations.onDidInvalidate(updateVisible),
    ctx.config.onDidChange(() => {
      enabled = hintsEnabled();
      if (!enabled) collection.clear();
      updateVisible();
    }),
  ];
}
