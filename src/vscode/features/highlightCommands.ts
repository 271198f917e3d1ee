/** Commands that switch highlights on and off, all of them or per category. */
import * as vscode from 'vscode';
import type { GeoLensContext } from '../context';

const CATEGORIES = [
  { key: 'entities', label: 'Entities', detail: 'countries, places, people, organisations, blocs, systems, events' },
  { key: 'treaties', label: 'Treaties', detail: 'treaties, agreements, partnerships, programmes' },
  { key: 'figures', label: 'Figures', detail: 'money, percentages, quantities, dates, periods' },
  { key: 'unlisted', label: 'Unlisted names', detail: 'people and organisations the text introduces that no gazetteer lists (dotted underline)' },
] as const;

/** Writes where the user would look for it: the workspace when one is open, else user settings. */
function target(): vscode.ConfigurationTarget {
  return vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
}

export function register(ctx: GeoLensContext): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('geolens.toggleHighlights', async () => {
      const enabled = !ctx.config.value.highlights.enabled;
      await vscode.workspace.getConfiguration('geolens').update('highlights.enabled', enabled, target());
      vscode.window.setStatusBarMessage(enabled ? vscode.l10n.t('GeoLens highlights on') : vscode.l10n.t('GeoLens highlights off'), 3000);
      return enabled;
    }),
    vscode.commands.registerCommand('geolens.toggleCategory', async (category?: string) => {
      const highlights = ctx.config.value.highlights;
      let key = CATEGORIES.find((c) => c.key === category)?.key;
      if (!key) {
        const picked = await vscode.window.showQuickPick(
          CATEGORIES.map((c) => ({ label: `${highlights[c.key] ? '$(eye)' : '$(eye-closed)'} ${vscode.l10n.t(c.label)}`, description: highlights[c.key] ? vscode.l10n.t('shown') : vscode.l10n.t('hidden'), detail: vscode.l10n.t(c.detail), key: c.key })),
          { title: vscode.l10n.t('Toggle a highlight category'), placeHolder: vscode.l10n.t('Pick a category to show or hide') },
        );
        key = picked?.key;
      }
      if (!key) return undefined;
      await vscode.workspace.getConfiguration('geolens').update(`highlights.${key}`, !highlights[key], target());
      return !highlights[key];
    }),
  ];
}
