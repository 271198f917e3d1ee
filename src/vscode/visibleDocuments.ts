/**
 * Keeps something per visible document up to date (diagnostics, hints): `update` runs for every
 * visible document when the visible editors change or `refreshVisible` is called, and shortly after
 * each edit of a visible document (debounced per document); `forget` runs when a document closes.
 */
import * as vscode from 'vscode';

export interface VisibleDocuments extends vscode.Disposable {
  /** Runs `update` now for each visible document (once per document, however many editors show it). */
  refreshVisible(): void;
}

export function watchVisibleDocuments(update: (document: vscode.TextDocument) => void, forget: (document: vscode.TextDocument) => void, debounceMs: number): VisibleDocuments {
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const cancel = (document: vscode.TextDocument): void => {
    const key = document.uri.toString();
    clearTimeout(timers.get(key));
    timers.delete(key);
  };
  const run = (document: vscode.TextDocument): void => {
    cancel(document);
    update(document);
  };
  const refreshVisible = (): void => {
    const seen = new Set<string>();
    for (const editor of vscode.window.visibleTextEditors) {
      const key = editor.document.uri.toString();
      if (seen.has(key)) continue;
      seen.add(key);
      run(editor.document);
    }
  };
  const subscriptions = [
    vscode.window.onDidChangeVisibleTextEditors(refreshVisible),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.contentChanges.length === 0 || !vscode.window.visibleTextEditors.some((e) => e.document === event.document)) return;
      const key = event.document.uri.toString();
      clearTimeout(timers.get(key));
      timers.set(key, setTimeout(() => run(event.document), debounceMs));
    }),
    vscode.workspace.onDidCloseTextDocument((document) => {
      cancel(document);
      forget(document);
    }),
  ];
  return {
    refreshVisible,
    dispose: () => {
      timers.forEach((timer) => clearTimeout(timer));
      subscriptions.forEach((s) => s.dispose());
    },
  };
}
