/**
 * The claims store on a workspace file (default .geolens/claims.json), through `workspace.fs` so it
 * also works in the browser. Changes are written a moment later, a burst of them as one write
 * (`update`); `flush` writes at once, and reading the file back (`load`) flushes first. Writes are
 * atomic (a temporary file, then a rename); a file that does not parse is copied aside and reported,
 * never overwritten before that; changes made outside (git pull, another window) are read back in,
 * and merged with this window's changes not yet written (the file is checked again just before each
 * write, so they are never overwritten unseen). Disposing writes what is pending.
 */
import type * as NodeFs from 'node:fs';
import * as vscode from 'vscode';
import { mergeStores } from '../core/notes/merge';
import { emptyStore, parseStore, serializeStore, type NoteStore } from '../core/notes/store';
import { WriteQueue } from '../core/notes/writeQueue';

export interface StoreLoadProblem {
  message: string;
  backup?: vscode.Uri;
  /** 'warning': nothing was lost, but the user should know (both sides changed the same claim). */
  severity?: 'error' | 'warning';
}

/** Quiet time after a change before the store is written, and the longest a change waits. */
export const SAVE_DELAY_MS = 300;
export const SAVE_MAX_DELAY_MS = 2000;

const decoder = new TextDecoder('utf-8');
const encoder = new TextEncoder();

/** What identifies one version of the file without reading it. */
interface Stamp {
  mtime: number;
  size: number;
}

function sameStamp(a: Stamp | undefined, b: Stamp | undefined): boolean {
  return a !== undefined && b !== undefined && a.mtime === b.mtime && a.size === b.size;
}

/**
 * Node's fs in the Node extension host (desktop, server), undefined in the browser. Only for the last
 * write on dispose: the extension host exits right after deactivation without waiting for promises.
 * `process.getBuiltinModule` needs no bundler support, so the browser bundle stays free of Node APIs.
 */
function nodeFs(): typeof NodeFs | undefined {
  const host = globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } };
  return host.process?.getBuiltinModule?.('node:fs') as typeof NodeFs | undefined;
}

function backupStamp(): string {
  return new Date().toISOString().replace(/[:.]/g, '-');
}

export class FileNoteStore implements vscode.Disposable {
  private store: NoteStore = emptyStore();
  /** The store as last read from or written to the file: what `store` changed since is this window's. */
  private base: NoteStore = this.store;
  private lastWritten: string | undefined;
  /** The damaged text last copied aside, so that reading it again makes no second copy. */
  private backedUp: string | undefined;
  /** The file as last read or written by this store (so its own writes are not read back). */
  private stamp: Stamp | undefined;
  /** True when the file on disk could not be read: saving then would destroy the user's data. */
  private readOnly = false;
  private disposed = false;
  /** What the synchronous write on dispose put in the file (a write still running must not replace it). */
  private finalText: string | undefined;
  private readonly queue: WriteQueue;
  private readonly emitter = new vscode.EventEmitter<void>();
  /** Fires when the store was re-read from disk after an outside change (or merged with it). */
  readonly onDidChangeOnDisk = this.emitter.event;
  private readonly failures = new vscode.EventEmitter<Error>();
  /** Fires when a write started by the timer failed (the change stays pending and is tried again). */
  readonly onDidFailToSave = this.failures.event;
  private readonly disposables: vscode.Disposable[] = [this.emitter, this.failures];

  constructor(readonly uri: vscode.Uri, private readonly report: (problem: StoreLoadProblem) => void, delays: { delayMs?: number; maxDelayMs?: number } = {}) {
    this.queue = new WriteQueue({
      write: () => this.write(),
      delayMs: delays.delayMs ?? SAVE_DELAY_MS,
      maxDelayMs: delays.maxDelayMs ?? SAVE_MAX_DELAY_MS,
      onError: (error) => this.failures.fire(error instanceof Error ? error : new Error(String(error))),
    });
    const folder = vscode.Uri.joinPath(uri, '..');
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, uri.path.split('/').pop() ?? 'claims.json'));
    this.disposables.push(
      watcher,
      watcher.onDidChange(() => void this.reloadIfChanged()),
      watcher.onDidCreate(() => void this.reloadIfChanged()),
    );
  }

  get value(): NoteStore {
    return this.store;
  }

  get isReadOnly(): boolean {
    return this.readOnly;
  }

  /** A change not yet in the file. */
  get hasPendingWrite(): boolean {
    return this.queue.pending;
  }

  /** Reads the file (after writing what is pending: what is read back includes it). */
  async load(): Promise<void> {
    await this.flush().catch((error: unknown) => this.failures.fire(error instanceof Error ? error : new Error(String(error))));
    await this.queue.exclusive(async () => {
      const text = await this.readText();
      this.queue.discard();
      if (text === undefined) {
        this.store = emptyStore();
        this.base = this.store;
        this.readOnly = false;
        this.lastWritten = undefined;
        this.stamp = undefined;
        return;
      }
      await this.integrate(text, false);
    });
  }

  /** Replaces the store in memory only (claims re-found in a document with unsaved edits). */
  setInMemory(store: NoteStore): void {
    this.store = store;
  }

  /** Replaces the store; it is written shortly, with any other change made meanwhile. */
  update(store: NoteStore): void {
    this.store = store;
    this.queue.schedule();
  }

  /** Replaces the store and writes it now; resolves when it is in the file. */
  save(store: NoteStore): Promise<void> {
    this.update(store);
    return this.flush();
  }

  /** Writes what is pending now; resolves when every change made so far is in the file. */
  flush(): Promise<void> {
    return this.queue.flush();
  }

  /** Resolves once nothing is waiting to be written (the delay included). */
  whenSaved(): Promise<void> {
    return this.queue.whenIdle();
  }

  private async readText(): Promise<string | undefined> {
    try {
      return decoder.decode(await vscode.workspace.fs.readFile(this.uri));
    } catch {
      return undefined;
    }
  }

  private async statFile(): Promise<Stamp | undefined> {
    try {
      const stat = await vscode.workspace.fs.stat(this.uri);
      return { mtime: stat.mtime, size: stat.size };
    } catch {
      return undefined;
    }
  }

  /**
   * Takes in the file's text. `dirty`: this window has changes not yet written, which are merged with
   * the file's (a claim changed on both sides keeps this window's version, and the user is told).
   */
  private async integrate(text: string, dirty: boolean): Promise<void> {
    this.stamp = await this.statFile();
    const parsed = parseStore(text);
    if ('store' in parsed) {
      if (dirty) {
        const merged = mergeStores(this.base, this.store, parsed.store);
        this.store = merged.store;
        if (merged.conflicts.length > 0) {
          const where = [...new Set(merged.conflicts.map((c) => c.key))].slice(0, 3).join(', ');
          this.report({
            severity: 'warning',
            message: vscode.l10n.t('{0} claims ({1}) were changed both in this window and in {2} on disk; this window\'s version of them was kept, the other changes on disk were taken in.', merged.conflicts.length, where, vscode.workspace.asRelativePath(this.uri)),
          });
        }
      } else {
        this.store = parsed.store;
      }
      this.base = parsed.store;
      this.readOnly = false;
      this.lastWritten = text;
      return;
    }
    // The same damaged text read again (the watcher and a reload can both see one change): it is
    // already copied aside and reported.
    if (text === this.backedUp && !this.readOnly) {
      if (!dirty) this.store = emptyStore();
      return;
    }
    // Keep what the user had: copy the unreadable file aside before anything else touches it.
    const backup = this.uri.with({ path: `${this.uri.path}.corrupt-${backupStamp()}.bak` });
    try {
      await vscode.workspace.fs.copy(this.uri, backup, { overwrite: false });
      this.backedUp = text;
      // Backed up: the next write may replace it. With changes of its own this window keeps its store.
      if (!dirty) this.store = emptyStore();
      this.base = emptyStore();
      this.readOnly = false;
      this.lastWritten = text;
      this.report({
        message: dirty
          ? `The claims store ${vscode.workspace.asRelativePath(this.uri)} could not be read (${parsed.error}). It was copied to ${vscode.workspace.asRelativePath(backup)}; GeoLens writes the claims of this window in its place.`
          : `The claims store ${vscode.workspace.asRelativePath(this.uri)} could not be read (${parsed.error}). It was copied to ${vscode.workspace.asRelativePath(backup)}; GeoLens starts a new store.`,
        backup,
      });
    } catch (error) {
      this.readOnly = true;
      this.report({ message: `The claims store ${vscode.workspace.asRelativePath(this.uri)} could not be read (${parsed.error}) nor backed up (${error instanceof Error ? error.message : String(error)}); GeoLens will not write to it until it is fixed.` });
    }
  }

  /** The file changed on disk (or was written by this store: then its stamp is ours and nothing is read). */
  private async reloadIfChanged(): Promise<void> {
    if (this.disposed) return;
    await this.queue.exclusive(async () => {
      if (this.disposed) return;
      const stamp = await this.statFile();
      if (stamp && sameStamp(stamp, this.stamp)) return;
      const text = await this.readText();
      if (text === undefined) return;
      if (text === this.lastWritten) {
        this.stamp = stamp;
        return;
      }
      await this.integrate(text, this.queue.pending);
      this.emitter.fire();
    });
  }

  /** One write of the current store (the queue runs one at a time). */
  private async write(): Promise<void> {
    if (this.readOnly) throw new Error('The claims store on disk is unreadable; fix or move it, then reload the window.');
    // Changed outside since this store last read or wrote it, and the watcher has not said so yet.
    const stamp = await this.statFile();
    if (stamp && !sameStamp(stamp, this.stamp)) {
      const text = await this.readText();
      if (text !== undefined && text !== this.lastWritten) {
        await this.integrate(text, true);
        this.emitter.fire();
        if (this.readOnly) throw new Error('The claims store on disk is unreadable; fix or move it, then reload the window.');
      }
    }
    const store = this.store;
    const text = serializeStore(store);
    if (text === this.lastWritten) {
      this.base = store;
      return;
    }
    const folder = vscode.Uri.joinPath(this.uri, '..');
    await vscode.workspace.fs.createDirectory(folder);
    const temp = this.uri.with({ path: `${this.uri.path}.${Date.now().toString(36)}.tmp` });
    await vscode.workspace.fs.writeFile(temp, encoder.encode(text));
    if (this.finalText !== undefined) {
      // Disposed meanwhile, and the last write already made: this older one must not replace it.
      await vscode.workspace.fs.delete(temp).then(undefined, () => undefined);
      return;
    }
    await vscode.workspace.fs.rename(temp, this.uri, { overwrite: true });
    if (this.finalText !== undefined && this.finalText !== text) this.writeSync(this.finalText);
    this.lastWritten = text;
    this.base = store;
    this.stamp = await this.statFile();
  }

  /**
   * The write on dispose, synchronous where Node's fs is at hand (a `file:` store in the Node
   * extension host): deactivation does not wait for promises. Merges an outside change and backs up
   * an unreadable file first, as the asynchronous write does. False when it could not write.
   */
  private writeFinal(): boolean {
    const fs = nodeFs();
    if (!fs || this.uri.scheme !== 'file' || this.readOnly) return false;
    try {
      const file = this.uri.fsPath;
      let onDisk: string | undefined;
      try {
        const stat = fs.statSync(file);
        if (!sameStamp({ mtime: stat.mtime.getTime(), size: stat.size }, this.stamp)) onDisk = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
      } catch {
        onDisk = undefined;
      }
      if (onDisk !== undefined && onDisk !== this.lastWritten) {
        const parsed = parseStore(onDisk);
        if ('store' in parsed) this.store = mergeStores(this.base, this.store, parsed.store).store;
        else fs.copyFileSync(file, `${file}.corrupt-${backupStamp()}.bak`, fs.constants.COPYFILE_EXCL);
      }
      const text = serializeStore(this.store);
      if (text !== this.lastWritten) this.writeSync(text);
      this.finalText = text;
      return true;
    } catch {
      return false;
    }
  }

  private writeSync(text: string): void {
    const fs = nodeFs();
    if (!fs) return;
    const file = this.uri.fsPath;
    fs.mkdirSync(vscode.Uri.joinPath(this.uri, '..').fsPath, { recursive: true });
    const temp = `${file}.${Date.now().toString(36)}.tmp`;
    fs.writeFileSync(temp, text);
    fs.renameSync(temp, file);
    this.lastWritten = text;
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    for (const d of this.disposables) d.dispose();
    this.queue.dispose();
    // A write still running may not finish before the extension host exits: write the final state too.
    if (!this.queue.pending && !this.queue.isWriting) return;
    if (this.writeFinal()) {
      this.queue.discard();
      return;
    }
    // The browser (or a store not on the local disk): as soon as possible, asynchronously.
    void this.queue.flush().catch(() => undefined);
  }
}
