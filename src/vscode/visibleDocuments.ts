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

/** A document's first reading in slices (the annotation service): `update` waits for its end. */
export interface Readings {
  isReading(document: vscode.TextDocument): boolean;
  onDidRead: vscode.Event<vscode.TextDocument>;
}

export function watchVisibleDocuments(update: (document: vscode.TextDocument) => void, forget: (document: vscode.TextDocument) => void, debounceMs: number, readings?: Readings): VisibleDocuments {
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  // Documents whose update waits for their first reading: asking earlier would finish it at once,
  // blocking the host for the whole document when only its first screen was needed.
  const waiting = new Set<vscode.TextDocument>();
  const cancel = (document: vscode.TextDocument): void => {
    const key = document.uri.toString();
    clearTimeout(timers.get(key));
    timers.delete(key);
  };
  const run = (document: vscode.TextDocument): void => {
    cancel(document);
    if (readings?.isReading(document)) waiting.add(document);
    else update(document);
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
      waiting.delete(document);
      forget(document);
    }),
    ...(readings
      ? [
          readings.onDidRead((document) => {
            if (waiting.delete(document) && !document.isClosed) update(document);
          }),
        ]
      : []),
  ];
  return {
    refreshVisible,
    dispose: () => {
      timers.forEach((timer) => clearTimeout(timer));
      subscriptions.forEach((s) => s.dispose());
    },
  };
}
