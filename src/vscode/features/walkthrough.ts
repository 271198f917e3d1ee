/**
 * First run: the Get Started walkthrough's commands. The sample article ships inside the extension;
 * it opens as an untitled copy so that a newcomer can edit it and extract claims without a workspace.
 */
import * as vscode from 'vscode';
import type { GeoLensContext } from '../context';

export const SAMPLE_ARTICLE = 'samples/india-russia-defence-and-trade.md';

export function register(ctx: GeoLensContext): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('geolens.openSample', async () => {
      const uri = vscode.Uri.joinPath(ctx.extension.extensionUri, SAMPLE_ARTICLE);
      try {
        const content = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
        const document = await vscode.workspace.openTextDocument({ language: 'markdown', content });
        return vscode.window.showTextDocument(document);
      } catch (error) {
        const message = vscode.l10n.t('The sample article could not be opened ({0}).', error instanceof Error ? error.message : String(error));
        ctx.output.error(message);
        void vscode.window.showErrorMessage(message);
        return undefined;
      }
    }),
  ];
}
