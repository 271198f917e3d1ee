/**
 * GeoLens: Show Overview — the article at a glance in a webview beside the editor: a map of the
 * countries and places it names, a timeline of its dates, its money in one currency and its
 * percentages, the people and organisations it names, and its claims by verdict. The panel follows
 * the active editor and updates shortly after each edit; the cursor in the text lights up the
 * matching marks and a click on a mark selects its mentions in the text. Charts export as SVG or
 * PNG. The webview loads only its own script and stylesheet (strict CSP, a nonce, no inline code).
 */
import * as vscode from 'vscode';
import type { Overview } from '../../core/overview';
import type { Span } from '../../core/types';
import type { ChartName, ExportFormat, FromWebview, ToWebview } from '../../webview/protocol';
import { requireApi, type GeoLensContext } from '../context';
import { documentOverview } from '../documentOverview';

const VIEW_TYPE = 'geolens.overview';
const UPDATE_DEBOUNCE_MS = 300;
const EXPORT_TIMEOUT_MS = 15_000;

export interface RenderEvent {
  version: number;
  /** The webview's own drawing: from receiving the overview to the frame it is on screen. */
  ms: number;
  /** For the drawing that answers the command: ms from the command to drawn. */
  sinceShow?: number;
  /**
   * Its parts when the command opened the panel: `extensionMs` to build the overview and the page,
   * `beforePageMs` until the page began to load (that plus VS Code creating the webview),
   * `pageLoadMs` from there until the page's script ran (HTML, CSS, the bundle).
   */
  phases?: { extensionMs: number; beforePageMs: number; pageLoadMs: number };
}

export interface OverviewApi {
  /** Opens (or reveals) the panel for `document` (default: the active editor's). */
  show(document?: vscode.TextDocument): Promise<void>;
  /** The document the panel shows, if it is open. */
  readonly document: vscode.TextDocument | undefined;
  /** The overview last sent to the panel. */
  readonly overview: Overview | undefined;
  /** Fires when the webview has drawn an overview (see `RenderEvent`). */
  readonly onDidRender: vscode.Event<RenderEvent>;
  /** Fires when the webview asks to select spans in the text (a click on a mark). */
  readonly onDidReveal: vscode.Event<readonly Span[]>;
  /** A chart as the webview exports it (SVG text, or PNG as base64), without asking where to save. */
  exportChart(chart: ChartName, format: ExportFormat): Promise<string>;
}

function nonce(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The page, with the first overview inside it as JSON (a data block, never executed: the CSP allows
 * it), so that the panel draws as soon as its script loads instead of after a message round trip.
 */
function pageHtml(webview: vscode.Webview, extensionUri: vscode.Uri, initial?: ToWebview): string {
  const script = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webview', 'overview.js'));
  const style = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', 'overview.css'));
  const token = nonce();
  const csp = [`default-src 'none'`, `img-src ${webview.cspSource} data: blob:`, `style-src ${webview.cspSource}`, `font-src ${webview.cspSource}`, `script-src 'nonce-${token}'`].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style}">
<title>GeoLens Overview</title>
</head>
<body>
<main id="root" aria-live="polite"><p>Reading the article…</p></main>
${initial ? `<script type="application/json" id="initial">${JSON.stringify(initial).replace(/</g, '\\u003c')}</script>` : ''}
<script nonce="${token}" src="${script}"></script>
</body>
</html>`;
}

function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function documentTitle(document: vscode.TextDocument): string {
  // `uri.path` is already decoded: decoding again threw on "50% growth.md" and turned a name's "%2F"
  // into a "/" in the file name the save dialog proposes.
  const name = document.uri.path.split('/').pop() ?? document.uri.toString();
  return document.isUntitled ? 'Untitled' : name;
}

declare module '../context' {
  interface FeatureApis {
    overview?: OverviewApi;
  }
}

export function register(ctx: GeoLensContext): vscode.Disposable[] {
  const { model } = requireApi(ctx, 'claims');
  let panel: vscode.WebviewPanel | undefined;
  let current: vscode.TextDocument | undefined;
  let lastOverview: Overview | undefined;
  let version = 0;
  let shownAt: number | undefined;
  let pageSetAt: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let requests = 0;
  const pending = new Map<number, { resolve: (data: string) => void; reject: (error: Error) => void }>();
  const rendered = new vscode.EventEmitter<RenderEvent>();
  const revealed = new vscode.EventEmitter<readonly Span[]>();
  const panelDisposables: vscode.Disposable[] = [];

  const post = (message: ToWebview): void => {
    void panel?.webview.postMessage(message);
  };

  /** The message drawing the current document's overview, as a new version. */
  const overviewMessage = (): ToWebview | undefined => {
    if (!current || current.isClosed) return undefined;
    const overview = documentOverview(ctx, model, current);
    if (!overview) return undefined;
    lastOverview = overview;
    version++;
    return { type: 'overview', title: documentTitle(current), overview, version };
  };

  const send = (): void => {
    if (!panel) return;
    const message = overviewMessage();
    if (!message) return;
    panel.title = vscode.l10n.t('Overview: {0}', documentTitle(current as vscode.TextDocument));
    post(message);
  };

  const schedule = (): void => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      send();
    }, UPDATE_DEBOUNCE_MS);
  };

  const follow = (document: vscode.TextDocument | undefined): void => {
    if (!panel || !document || !ctx.annotations.isSupported(document) || document === current) return;
    current = document;
    send();
  };

  const reveal = async (spans: readonly Span[]): Promise<void> => {
    revealed.fire(spans);
    if (!current || current.isClosed || spans.length === 0) return;
    const column = vscode.window.visibleTextEditors.find((e) => e.document === current)?.viewColumn ?? vscode.ViewColumn.One;
    const editor = await vscode.window.showTextDocument(current, { viewColumn: column, preserveFocus: false });
    const length = editor.document.getText().length;
    const selections = spans.filter((s) => s.end <= length).map((s) => new vscode.Selection(editor.document.positionAt(s.start), editor.document.positionAt(s.end)));
    if (selections.length === 0) return;
    editor.selections = selections;
    editor.revealRange(selections[0], vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  };

  const save = async (chart: ChartName, format: ExportFormat, data: string): Promise<void> => {
    const folder = current ? vscode.workspace.getWorkspaceFolder(current.uri) ?? vscode.workspace.workspaceFolders?.[0] : vscode.workspace.workspaceFolders?.[0];
    const base = current ? documentTitle(current).replace(/\.[^.]+$/, '') : 'overview';
    const defaultUri = folder ? vscode.Uri.joinPath(folder.uri, `${base}-${chart}.${format}`) : undefined;
    const target = await vscode.window.showSaveDialog({ defaultUri, filters: format === 'svg' ? { SVG: ['svg'] } : { PNG: ['png'] }, title: vscode.l10n.t('Save the {0} as {1}', chart, format.toUpperCase()) });
    if (!target) return;
    const bytes = format === 'svg' ? new TextEncoder().encode(data) : base64ToBytes(data);
    try {
      await vscode.workspace.fs.writeFile(target, bytes);
      void vscode.window.showInformationMessage(vscode.l10n.t('Saved {0}.', vscode.workspace.asRelativePath(target)));
    } catch (error) {
      void vscode.window.showErrorMessage(vscode.l10n.t('GeoLens could not save {0}: {1}', target.toString(true), error instanceof Error ? error.message : String(error)));
    }
  };

  const receive = (message: FromWebview): void => {
    switch (message.type) {
      case 'ready':
        // The page already holds the latest overview unless the text changed while it loaded.
        if (message.version !== version) send();
        break;
      case 'rendered':
        if (shownAt !== undefined) {
          const event: RenderEvent = { version: message.version, ms: message.ms, sinceShow: Date.now() - shownAt };
          if (message.timing && pageSetAt !== undefined) {
            event.phases = { extensionMs: pageSetAt - shownAt, beforePageMs: message.timing.pageAt - shownAt, pageLoadMs: message.timing.scriptAt - message.timing.pageAt };
          }
          pageSetAt = undefined;
          rendered.fire(event);
          shownAt = undefined;
        } else rendered.fire({ version: message.version, ms: message.ms });
        break;
      case 'reveal':
        void reveal(message.spans);
        break;
      case 'exported':
        if (message.request !== undefined) {
          pending.get(message.request)?.resolve(message.data);
          pending.delete(message.request);
        } else void save(message.chart, message.format, message.data);
        break;
      case 'error':
        for (const waiting of pending.values()) waiting.reject(new Error(message.message));
        pending.clear();
        void vscode.window.showWarningMessage(message.message);
        break;
    }
  };

  const show = async (document?: vscode.TextDocument): Promise<void> => {
    const target = document ?? vscode.window.activeTextEditor?.document ?? current;
    if (!target || !ctx.annotations.isSupported(target)) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a Markdown or plain-text article to see its overview.'));
      return;
    }
    shownAt = Date.now();
    if (panel) {
      panel.reveal(vscode.ViewColumn.Beside, true);
      if (target !== current) {
        current = target;
        send();
      } else send();
      return;
    }
    current = target;
    panel = vscode.window.createWebviewPanel(VIEW_TYPE, vscode.l10n.t('Overview: {0}', documentTitle(target)), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
      enableScripts: true,
      localResourceRoots: [vscode.Uri.joinPath(ctx.extension.extensionUri, 'dist', 'webview'), vscode.Uri.joinPath(ctx.extension.extensionUri, 'media')],
    });
    panel.iconPath = vscode.Uri.joinPath(ctx.extension.extensionUri, 'media', 'icon.png');
    panel.webview.html = pageHtml(panel.webview, ctx.extension.extensionUri, overviewMessage());
    pageSetAt = Date.now();
    panelDisposables.push(
      panel.webview.onDidReceiveMessage(receive),
      panel.onDidDispose(() => {
        panel = undefined;
        current = undefined;
        for (const waiting of pending.values()) waiting.reject(new Error('The overview was closed.'));
        pending.clear();
        panelDisposables.splice(0).forEach((d) => d.dispose());
      }),
    );
  };

  const api: OverviewApi = {
    show,
    get document() {
      return panel ? current : undefined;
    },
    get overview() {
      return lastOverview;
    },
    onDidRender: rendered.event,
    onDidReveal: revealed.event,
    exportChart(chart, format) {
      if (!panel) return Promise.reject(new Error('The overview is not open.'));
      const request = ++requests;
      return new Promise<string>((resolve, reject) => {
        const timeout = setTimeout(() => {
          pending.delete(request);
          reject(new Error(`The ${chart} export did not answer within ${EXPORT_TIMEOUT_MS} ms.`));
        }, EXPORT_TIMEOUT_MS);
        pending.set(request, {
          resolve: (data) => {
            clearTimeout(timeout);
            resolve(data);
          },
          reject: (error) => {
            clearTimeout(timeout);
            reject(error);
          },
        });
        post({ type: 'export', chart, format, request });
      });
    },
  };

  ctx.apis.overview = api;
  return [
    rendered,
    revealed,
    vscode.commands.registerCommand('geolens.showOverview', (arg?: unknown) => show(arg instanceof vscode.Uri ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === arg.toString()) : undefined)),
    vscode.window.onDidChangeActiveTextEditor((editor) => follow(editor?.document)),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (panel && event.document === current && event.contentChanges.length > 0) schedule();
    }),
    vscode.window.onDidChangeTextEditorSelection((event) => {
      if (panel && event.textEditor.document === current) post({ type: 'cursor', offset: event.textEditor.document.offsetAt(event.selections[0].active) });
    }),
    model.onDidChange(() => {
      if (panel) schedule();
    }),
    ctx.annotations.onDidInvalidate(() => {
      if (panel) schedule();
    }),
    { dispose: () => (timer ? clearTimeout(timer) : undefined) },
    { dispose: () => panel?.dispose() },
  ];
}
