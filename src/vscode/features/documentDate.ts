/**
 * "yesterday", "on Tuesday" or "last year" in a document with no date of its own are counted from
 * today (their values say `from: "today"`, their cards say so). A quick fix on one gives the
 * document its date in front matter, so that they count from the day the piece was written; the
 * date offered is today's, which the writer corrects if the piece is older.
 */
import * as vscode from 'vscode';
import { frontMatterDateEdit } from '../../core/text';
import type { GeoLensContext } from '../context';
import { localToday } from '../../clock';

const countedFromToday = (value: unknown): boolean => (value as { from?: string }).from === 'today';

export function register(ctx: GeoLensContext): vscode.Disposable[] {
  const provider: vscode.CodeActionProvider = {
    provideCodeActions(document, range) {
      // Asked on every move of the cursor: the annotations under it, not the document's; none while a
      // long document's first reading is under way (asking would finish it at once).
      const from = document.offsetAt(range.start);
      const to = document.offsetAt(range.end);
      const quick = ctx.annotations.quickAnnotationsIn(document, from, to);
      if (!quick?.exact) return undefined;
      const { annotations } = quick;
      const under = annotations.find((a) => a.category === 'figure' && countedFromToday(a.value));
      if (!under) return undefined;
      const today = localToday();
      const edit = frontMatterDateEdit(document.getText(), today);
      // TOML front matter, or a date over several lines: no line GeoLens could write is safe.
      if (!edit) return undefined;
      const title = edit.replaces === undefined
        ? vscode.l10n.t('Date this document: add “date: {0}” to its front matter', today)
        : vscode.l10n.t('Date this document: set its front matter’s date to {0} (it says “{1}”, which GeoLens cannot read; kept in a comment)', today, edit.replaces);
      const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
      action.edit = new vscode.WorkspaceEdit();
      action.edit.replace(document.uri, new vscode.Range(document.positionAt(edit.start), document.positionAt(edit.end)), edit.text);
      action.isPreferred = true;
      return [action];
    },
  };
  return [vscode.languages.registerCodeActionsProvider(ctx.config.value.languages.map((language) => ({ language })), provider, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] })];
}
