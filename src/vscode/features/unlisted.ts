/**
 * Names no gazetteer lists (annotated `listed: false`): a quick fix on one adds it to the workspace
 * gazetteer (.geolens/gazetteer/custom.yaml) with the kind, the name in its fullest form and the role
 * the article gave it, so that it gets a card of its own from then on. Highlights and the card are
 * the decorations' and the hover's, like every other annotation.
 */
import * as vscode from 'vscode';
import { isUnlisted } from '../../core/types';
import type { GeoLensContext } from '../context';
import type { AddToGazetteerArgs } from './gazetteerCommands';

export function register(ctx: GeoLensContext): vscode.Disposable[] {
  const provider: vscode.CodeActionProvider = {
    provideCodeActions(document, range) {
      // Asked on every move of the cursor: the annotations under it, not the document's; none while a
      // long document's first reading is under way (asking would finish it at once).
      const offset = document.offsetAt(range.start);
      const end = document.offsetAt(range.end);
      const quick = ctx.annotations.quickAnnotationsIn(document, offset, end);
      if (!quick?.exact) return undefined;
      const { annotations } = quick;
      const actions: vscode.CodeAction[] = [];
      for (const annotation of annotations) {
        if (annotation.start > end) break;
        if (!isUnlisted(annotation) || annotation.end < offset) continue;
        const args: AddToGazetteerArgs = {
          text: annotation.name,
          kind: annotation.kind,
          summary: annotation.role ? `${annotation.role} (as ${vscode.workspace.asRelativePath(document.uri)} introduces ${annotation.kind === 'person' ? 'them' : 'it'}).` : undefined,
          role: annotation.role,
        };
        const label = annotation.role
          ? vscode.l10n.t('Add “{0}” to the workspace gazetteer ({1}, {2})', annotation.name, vscode.l10n.t(annotation.kind), annotation.role)
          : vscode.l10n.t('Add “{0}” to the workspace gazetteer ({1})', annotation.name, vscode.l10n.t(annotation.kind));
        const action = new vscode.CodeAction(label, vscode.CodeActionKind.QuickFix);
        action.command = { command: 'geolens.addToGazetteer', title: label, arguments: [args] };
        action.isPreferred = true;
        actions.push(action);
        // One name under the cursor is the one meant.
        break;
      }
      return actions;
    },
  };
  return [vscode.languages.registerCodeActionsProvider(ctx.config.value.languages.map((language) => ({ language })), provider, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] })];
}
