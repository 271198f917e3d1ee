/**
 * The claims of the workspace: extraction into the notes store, keys for documents, re-anchoring as
 * documents change, and moving claims along when a file is renamed or an untitled one saved.
 */
import * as vscode from 'vscode';
import { annotate } from '../core/annotation';
import { type Claim, DocumentClaimsCache, extractClaims, type ExtractResult } from '../core/claims';
import { type ClaimRef, type NoteStore, resolveAnchor, type StoredClaim, type Verdict } from '../core/notes';
import * as notes from '../core/notes';
import type { GeoLensContext } from './context';
import { localToday } from '../clock';
import { FileNoteStore } from './fileNoteStore';
import { CancelledError } from './offload';

export type { ClaimRef };

/** What changed: `claims` when only those claims did (a verdict, a note), else everything may have. */
export interface ClaimsChange {
  claims?: readonly ClaimRef[];
}

const REANCHOR_DEBOUNCE_MS = 400;
/** Documents longer than this (UTF-16 code units; ~100 ms of extraction) go to the worker thread. */
const OFFLOAD_CHARS = 100_000;

/**
 * The claims of one document that re-anchoring changed (position, text or orphaned), so the view
 * refreshes those alone; undefined when their order in the document changed, which only a full
 * refresh of the view puts right.
 */
function changedClaims(before: NoteStore, after: NoteStore, key: string): ClaimRef[] | undefined {
  const old = notes.documentOf(before, key)?.claims ?? {};
  const now = notes.documentOf(after, key)?.claims ?? {};
  const ids = Object.keys(now);
  const byStart = (claims: Record<string, StoredClaim>) => [...ids].sort((a, b) => (claims[a]?.anchor.position.start ?? 0) - (claims[b]?.anchor.position.start ?? 0));
  const oldOrder = byStart(old);
  if (byStart(now).some((id, i) => id !== oldOrder[i])) return undefined;
  return ids
    .filter((id) => {
      const a = old[id];
      const b = now[id];
      return !a || a.text !== b.text || a.orphaned !== b.orphaned || a.anchor.position.start !== b.anchor.position.start || a.anchor.position.end !== b.anchor.position.end;
    })
    .map((id) => ({ key, id }));
}
/** An open document's text read a stretch at a time; the whole string is built only when asked. */
function documentReader(document: vscode.TextDocument, wholeText: () => string): notes.TextReader {
  let whole: string | undefined;
  const length = document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
  return {
    length,
    slice: (start, end) => {
      // An offset between a CR and its LF has no position of its own (positionAt puts it before the
      // CR): read from positions on either side of the stretch and cut it out by offsets.
      const from = document.positionAt(start);
      let to = document.positionAt(end);
      if (document.offsetAt(to) < end) to = new vscode.Position(to.line + 1, 0);
      return document.getText(new vscode.Range(from, to)).slice(start - document.offsetAt(from), end - document.offsetAt(from));
    },
    whole: () => (whole ??= wholeText()),
  };
}

/** How long after an untitled document closes a saved copy of it may appear (Save As). */
const SAVE_AS_WINDOW_MS = 5000;

export class ClaimsModel implements vscode.Disposable {
  readonly file: FileNoteStore;
  private readonly emitter = new vscode.EventEmitter<ClaimsChange>();
  readonly onDidChange = this.emitter.event;
  private readonly disposables: vscode.Disposable[] = [this.emitter];
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /**
   * Per document key, the edits typed since its claims were last anchored, and the stored document
   * they apply to (anything else that replaces it — an extraction, the file changing on disk —
   * makes them stale, and they are dropped).
   */
  private readonly pendingEdits = new Map<string, { base: notes.DocumentRecord; edits: notes.TextEdit[]; checked: boolean }>();
  /**
   * Per document key, the stored document whose anchors were last checked against an open
   * document's text, and that document: edits made to it from there need the claims near them
   * looked at, not the whole text (`reanchorAfterEdits`).
   */
  /** How many re-anchorings read a document's whole text (the tests check that typing needs none). */
  wholeTextReads = 0;
  private readonly anchoredTo = new Map<string, { record: notes.DocumentRecord; document: vscode.TextDocument; version: number }>();
  private readonly entityCache = new Map<string, string[]>();
  /** Single-document extractions' readings, kept for the next run on the same document. */
  private readonly kept = new DocumentClaimsCache();
  private closedWithClaims: { key: string; untitled: boolean; text: string; at: number } | undefined;
  readonly ready: Promise<void>;

  /** The workspace folder that holds the store: its documents are keyed by relative path. */
  private readonly storeFolder: vscode.Uri | undefined;

  constructor(private readonly ctx: GeoLensContext, store: { uri: vscode.Uri; root?: vscode.Uri }) {
    this.storeFolder = store.root;
    this.file = new FileNoteStore(store.uri, (problem) => {
      if (problem.severity === 'warning') {
        ctx.output.warn(problem.message);
        void vscode.window.showWarningMessage(problem.message);
        return;
      }
      ctx.output.error(problem.message);
      const openBackup = vscode.l10n.t('Open Backup');
      const retry = vscode.l10n.t('Retry');
      const actions = [...(problem.backup ? [openBackup] : []), ...(problem.retry ? [retry] : [])];
      void vscode.window.showErrorMessage(problem.message, ...actions).then(async (choice) => {
        if (choice === openBackup && problem.backup) void vscode.window.showTextDocument(problem.backup);
        if (choice === retry && (await this.file.retry())) void vscode.window.showInformationMessage(vscode.l10n.t('The claims store can be read again; GeoLens saves to it.'));
      });
    }, { root: store.root });
    this.ready = this.file.load().then(() => this.emitter.fire({}));
    this.disposables.push(
      this.file,
      this.file.onDidChangeOnDisk(() => this.emitter.fire({})),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length > 0 && notes.documentOf(this.store, this.keyOf(event.document.uri))) {
          this.recordEdits(event.document, event.contentChanges);
          this.scheduleReanchor(event.document);
        }
      }),
      vscode.workspace.onDidSaveTextDocument((document) => {
        if (notes.documentOf(this.store, this.keyOf(document.uri))) void this.reanchorNow(document, true);
      }),
      vscode.workspace.onDidRenameFiles((event) => {
        let store = this.store;
        for (const { oldUri, newUri } of event.files) {
          store = notes.renameDocument(store, this.keyOf(oldUri), this.keyOf(newUri));
          // A folder's rename is reported for the folder alone: the documents under it move with it.
          store = notes.renameFolder(store, this.keyOf(oldUri), this.keyOf(newUri));
        }
        if (store !== this.store) void this.commit(store);
      }),
      // Save As closes the old document and opens the new one with the same text: the claims follow.
      vscode.workspace.onDidCloseTextDocument((document) => {
        const key = this.keyOf(document.uri);
        this.kept.forget(key);
        this.anchoredTo.delete(key);
        // A re-anchoring still to come would read the closed document's last text (a reverted one's,
        // or edits the user chose not to save): the claims stay where they were saved.
        clearTimeout(this.timers.get(document.uri.toString()));
        this.timers.delete(document.uri.toString());
        this.pendingEdits.delete(key);
        if (notes.documentOf(this.store, key)) this.closedWithClaims = { key, untitled: document.isUntitled, text: document.getText(), at: Date.now() };
      }),
      vscode.workspace.onDidOpenTextDocument((document) => {
        const pending = this.closedWithClaims;
        if (!pending || Date.now() - pending.at > SAVE_AS_WINDOW_MS || document.isUntitled) return;
        const key = this.keyOf(document.uri);
        if (key === pending.key || notes.documentOf(this.store, key) || document.getText() !== pending.text) return;
        this.closedWithClaims = undefined;
        // An untitled document is gone once saved; a saved file stays, so its claims are copied.
        void this.commit(pending.untitled ? notes.renameDocument(this.store, pending.key, key) : notes.copyDocument(this.store, pending.key, key));
      }),
      { dispose: () => this.timers.forEach((timer) => clearTimeout(timer)) },
    );
  }

  get store(): NoteStore {
    return this.file.value;
  }

  /** Path relative to the store's workspace folder for its files (so the store travels with the repo), else the URI. */
  keyOf(uri: vscode.Uri): string {
    const folder = vscode.workspace.getWorkspaceFolder(uri)?.uri.toString();
    return notes.documentKey(uri.toString(), folder, this.storeFolder?.toString(), folder === undefined ? '' : vscode.workspace.asRelativePath(uri, false));
  }

  uriOf(key: string): vscode.Uri {
    if (/^[a-z][a-z0-9+.-]*:/i.test(key)) return vscode.Uri.parse(key);
    const folder = vscode.workspace.workspaceFolders?.[0];
    return folder ? vscode.Uri.joinPath(folder.uri, key) : vscode.Uri.file(key);
  }

  /** The open document for a key, if any. */
  documentOf(key: string): vscode.TextDocument | undefined {
    return vscode.workspace.textDocuments.find((document) => this.keyOf(document.uri) === key);
  }

  claim(ref: ClaimRef): StoredClaim | undefined {
    return notes.claimOf(this.store, ref.key, ref.id);
  }

  /**
   * Ids of the entities and treaties a claim names: as the store keeps them (format 2), else (a
   * claim stored by format 1, or reworded by hand) its text annotated, once per text.
   */
  entitiesOf(claim: StoredClaim): string[] {
    if (claim.entities) return claim.entities;
    let ids = this.entityCache.get(claim.text);
    if (!ids) {
      ids = [...new Set(annotate(claim.text, this.ctx.annotations.index).flatMap((a) => (a.category === 'figure' || a.id === undefined ? [] : [a.id])))];
      if (this.entityCache.size > 5000) this.entityCache.clear();
      this.entityCache.set(claim.text, ids);
    }
    return ids;
  }

  /** Extracts a document's check-worthy claims and merges them into the store (notes kept). */
  async extract(document: vscode.TextDocument): Promise<Claim[]> {
    return this.extractAll([{ uri: document.uri, text: document.getText() }]);
  }

  /**
   * Extracts many documents and saves the store once at the end (or when cancelled, with what was
   * done): saving after each document made a workspace of 1,000 articles take many minutes.
   */
  async extractAll(
    items: readonly { uri: vscode.Uri; text: string }[],
    token?: vscode.CancellationToken,
    onProgress?: (uri: vscode.Uri, done: number) => void,
    onSkip?: (uri: vscode.Uri, reason: string) => void,
  ): Promise<Claim[]> {
    await this.ready;
    const { maxFileSize, claims: { threshold } } = this.ctx.config.value;
    // Merged into the store as it is when they are saved, not as it was when the run began: a note,
    // a verdict or another window's change made meanwhile would otherwise be written over.
    const extracted: { key: string; text: string; claims: Claim[]; source: ExtractResult['source'] }[] = [];
    const all: Claim[] = [];
    for (const [done, { uri, text }] of items.entries()) {
      if (token?.isCancellationRequested) break;
      onProgress?.(uri, done);
      if (text.length > maxFileSize) {
        const reason = vscode.l10n.t('{0} has {1} characters, over the geolens.maxFileSize limit of {2}.', vscode.workspace.asRelativePath(uri), text.length, maxFileSize);
        if (onSkip) onSkip(uri, reason);
        else throw new Error(reason);
        continue;
      }
      let result: ExtractResult;
      try {
        // A single document's run keeps its reading for the next run (the command run again after
        // an edit); a batch's documents would only fill the memory.
        result = await this.extractOne(text, threshold, token, items.length === 1 ? this.keyOf(uri) : undefined);
      } catch (error) {
        if (error instanceof CancelledError) break;
        throw error;
      }
      const { source, claims } = result;
      const worthy = claims.filter((claim) => claim.checkWorthy);
      extracted.push({ key: this.keyOf(uri), text, claims: worthy, source });
      all.push(...worthy);
    }
    let store = this.store;
    for (const { key, text, claims, source } of extracted) store = notes.mergeExtraction(store, key, text, claims, source);
    // Written at once: the result of a long command, not one of a burst of small changes.
    try {
      await this.file.save(store);
    } catch (error) {
      this.reportSaveError(error);
    } finally {
      this.emitter.fire({});
    }
    return all;
  }

  /**
   * One document's claims: a big one in the worker thread (where the host has one), so the editor
   * stays responsive; otherwise here, after yielding to the event loop so that each document of a
   * batch is a slice of its own, between which typing and cancelling get their turn.
   */
  private async extractOne(text: string, threshold: number, token?: vscode.CancellationToken, keep?: string): Promise<ExtractResult> {
    if (text.length > OFFLOAD_CHARS && this.ctx.offload.available) {
      return this.ctx.offload.run<ExtractResult>({ kind: 'extractClaims', text, threshold, today: localToday(), gazetteer: this.ctx.annotations.layers, keep }, token);
    }
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (token?.isCancellationRequested) throw new CancelledError('cancelled');
    // Relative dates count from today in an undated document, as its highlights do.
    const options = { threshold, today: localToday() };
    if (keep === undefined) return extractClaims(text, this.ctx.annotations.index, options);
    return this.kept.get(keep).extract(text, this.ctx.annotations.index, options);
  }

  /** Where a claim is now in its open document (or by its stored position when not open). */
  locate(ref: ClaimRef): { document: vscode.TextDocument; range: vscode.Range } | undefined {
    const claim = this.claim(ref);
    const document = this.documentOf(ref.key);
    if (!claim || !document) return undefined;
    const span = resolveAnchor(document.getText(), claim.anchor);
    return span ? { document, range: new vscode.Range(document.positionAt(span.start), document.positionAt(span.end)) } : undefined;
  }

  async addNote(ref: ClaimRef, text: string): Promise<void> {
    await this.commit(notes.addNote(this.store, ref.key, ref.id, text), [ref]);
  }

  async editNote(ref: ClaimRef, noteId: string, text: string): Promise<void> {
    await this.commit(notes.editNote(this.store, ref.key, ref.id, noteId, text), [ref]);
  }

  async removeNote(ref: ClaimRef, noteId: string): Promise<void> {
    await this.commit(notes.removeNote(this.store, ref.key, ref.id, noteId), [ref]);
  }

  async setVerdict(ref: ClaimRef, verdict: Verdict): Promise<void> {
    await this.commit(notes.setVerdict(this.store, ref.key, ref.id, verdict), [ref]);
  }

  async remove(ref: ClaimRef): Promise<void> {
    await this.commit(notes.removeClaim(this.store, ref.key, ref.id), [ref]);
  }

  /** The figure-check findings of a document the user marked as intended. */
  intendedOf(uri: vscode.Uri): readonly notes.IntendedMark[] | undefined {
    return notes.documentOf(this.store, this.keyOf(uri))?.intended;
  }

  /** Marks a figure-check finding as intended, kept beside the document's notes. */
  async markIntended(uri: vscode.Uri, mark: notes.IntendedMark): Promise<void> {
    const next = notes.markIntended(this.store, this.keyOf(uri), mark);
    if (next !== this.store) await this.commit(next);
  }

  /** VS Code gives one event's changes in the order they apply, each against the text the previous one left. */
  private recordEdits(document: vscode.TextDocument, changes: readonly vscode.TextDocumentContentChangeEvent[]): void {
    const key = this.keyOf(document.uri);
    const current = notes.documentOf(this.store, key);
    if (!current) return;
    let pending = this.pendingEdits.get(key);
    if (!pending || pending.base !== current) {
      const anchored = this.anchoredTo.get(key);
      // Every change since that version came through here, so the anchors matched the text these edits were made to.
      const checked = anchored !== undefined && anchored.record === current && anchored.document === document && anchored.version < document.version;
      pending = { base: current, edits: [], checked };
      this.pendingEdits.set(key, pending);
    }
    for (const change of changes) pending.edits.push({ start: change.rangeOffset, end: change.rangeOffset + change.rangeLength, length: change.text.length });
  }

  private scheduleReanchor(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => void this.reanchorNow(document, false), REANCHOR_DEBOUNCE_MS));
  }

  /** Re-finds claims in the edited text; persisted when the document is saved. */
  private async reanchorNow(document: vscode.TextDocument, persist: boolean): Promise<void> {
    const key = this.keyOf(document.uri);
    const pending = this.pendingEdits.get(key);
    this.pendingEdits.delete(key);
    const current = pending && pending.base === notes.documentOf(this.store, key) ? pending : undefined;
    const whole = (): string => {
      this.wholeTextReads++;
      return document.getText();
    };
    const next = current?.checked
      ? notes.reanchorAfterEdits(this.store, key, documentReader(document, whole), current.edits)
      : notes.reanchorDocument(this.store, key, whole(), current?.edits);
    const record = notes.documentOf(next, key);
    if (record) this.anchoredTo.set(key, { record, document, version: document.version });
    const changed = changedClaims(this.store, next, key);
    if (persist) await this.commit(next, changed);
    else {
      // In memory only: unsaved edits must not move anchors on disk.
      this.file.setInMemory(next);
      if (!changed || changed.length > 0) this.emitter.fire(changed ? { claims: changed } : {});
    }
  }

  /**
   * Takes a new store: the view is told at once (only about `changed` claims when given), the file is
   * written shortly after, one write for a burst of changes (`flush` writes at once).
   */
  async commit(store: NoteStore, changed?: readonly ClaimRef[]): Promise<void> {
    this.file.update(store);
    this.emitter.fire(changed ? { claims: changed } : {});
  }

  /** Writes pending changes now (before exporting, or reading the store back); false when that failed (reported). */
  async flush(): Promise<boolean> {
    try {
      await this.file.flush();
      return true;
    } catch (error) {
      this.reportSaveError(error);
      return false;
    }
  }

  private reportSaveError(error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    this.ctx.output.error(`Saving claims failed: ${message}`);
    void vscode.window.showErrorMessage(vscode.l10n.t('GeoLens could not save the claims store: {0}', message));
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
