/**
 * The claims store on a workspace file (default .geolens/claims.json): the editor's side of the core
 * `StoreSession`, which holds the rules (read-only when the file cannot be read or is newer, backups,
 * writes merged under a lock). Here: which file system it uses (Node's fs for a local `file:` store,
 * with O_EXCL locks and fsync; `workspace.fs` otherwise, the browser included), a watcher that takes
 * in changes made outside (git pull, another window), and the last write on shutdown.
 */
import type * as NodeFs from 'node:fs';
import * as vscode from 'vscode';
import { type NoteStore, RefusedError, type StoreFileSystem, type StoreProblem, StoreSession, type StoreSessionOptions, type SyncStoreFileSystem } from '../core/notes';
import { createNodeStoreFs } from '../node/nodeStoreFs';
import { linkOnTheWay } from './workspacePaths';
import { createWorkspaceStoreFs } from './workspaceStoreFs';

export { SAVE_DELAY_MS, SAVE_MAX_DELAY_MS } from '../core/notes';

export interface StoreLoadProblem {
  message: string;
  backup?: vscode.Uri;
  /** 'warning': nothing was lost, but the user should know (both sides changed the same claim). */
  severity?: 'error' | 'warning';
  /** The store is read-only until it can be read again: offer Retry. */
  retry?: boolean;
}

/**
 * Node's fs in the Node extension host (desktop, server), undefined in the browser.
 * `process.getBuiltinModule` needs no bundler support, so the browser bundle stays free of Node APIs.
 */
function nodeFs(): typeof NodeFs | undefined {
  const host = globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } };
  return host.process?.getBuiltinModule?.('node:fs') as typeof NodeFs | undefined;
}

/**
 * Every operation on the store and its siblings (lock, temporary files, backups) first checks that no
 * symbolic link on the way leads outside the workspace folder; if one does, nothing is read or written.
 */
function guarded(inner: StoreFileSystem, check: () => Promise<void>): StoreFileSystem {
  return {
    read: async (l) => (await check(), inner.read(l)),
    replace: async (l, t) => (await check(), inner.replace(l, t)),
    createExclusive: async (l, t) => (await check(), inner.createExclusive(l, t)),
    ageMs: async (l) => (await check(), inner.ageMs(l)),
    remove: async (l) => (await check(), inner.remove(l)),
    copyExclusive: async (f, t) => (await check(), inner.copyExclusive(f, t)),
    siblings: async (l) => (await check(), inner.siblings(l)),
  };
}

export interface FileNoteStoreOptions extends Pick<StoreSessionOptions, 'delayMs' | 'maxDelayMs' | 'lockWaitMs'> {
  /** The workspace folder the store must stay inside (no symbolic link on the way out of it). */
  root?: vscode.Uri;
}

export class FileNoteStore implements vscode.Disposable {
  private readonly session: StoreSession;
  /** The blocking file system for the last write on shutdown (Node, `file:` stores only). */
  private readonly syncFs: SyncStoreFileSystem | undefined;
  private readonly toUri: (location: string) => vscode.Uri;
  private disposed = false;
  /** The last check found the way to the file clear (the synchronous last write relies on it). */
  private insideWorkspace = false;
  private readonly emitter = new vscode.EventEmitter<void>();
  /** Fires when the store was re-read from disk after an outside change (or merged with it). */
  readonly onDidChangeOnDisk = this.emitter.event;
  private readonly disposables: vscode.Disposable[] = [this.emitter];

  constructor(readonly uri: vscode.Uri, report: (problem: StoreLoadProblem) => void, options: FileNoteStoreOptions = {}) {
    const fs = uri.scheme === 'file' ? nodeFs() : undefined;
    const toProblem = (problem: StoreProblem): StoreLoadProblem => ({ ...problem, backup: problem.backup ? this.toUri(problem.backup) : undefined });
    const { root, ...delays } = options;
    const sessionOptions: StoreSessionOptions = { ...delays, displayName: vscode.workspace.asRelativePath(uri), report: (problem) => report(toProblem(problem)) };
    const check = async (): Promise<void> => {
      const problem = root ? await linkOnTheWay(root, uri) : undefined;
      this.insideWorkspace = problem === undefined;
      if (problem) throw new RefusedError(problem);
    };
    if (fs) {
      const nodeStoreFs = createNodeStoreFs(fs);
      this.syncFs = nodeStoreFs.sync;
      this.toUri = (location) => vscode.Uri.file(location);
      this.session = new StoreSession(guarded(nodeStoreFs, check), uri.fsPath, sessionOptions);
    } else {
      this.toUri = (location) => vscode.Uri.parse(location, true);
      this.session = new StoreSession(guarded(createWorkspaceStoreFs(), check), uri.toString(), sessionOptions);
    }
    const folder = vscode.Uri.joinPath(uri, '..');
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, uri.path.split('/').pop() ?? 'claims.json'));
    this.disposables.push(
      watcher,
      watcher.onDidChange(() => void this.refresh()),
      watcher.onDidCreate(() => void this.refresh()),
    );
  }

  get value(): NoteStore {
    return this.session.store;
  }

  /** Nothing is written: the file could not be read, is of a newer format, or is damaged and could not be copied aside. */
  get isReadOnly(): boolean {
    return this.session.readOnly !== undefined;
  }

  /** A change not yet in the file. */
  get hasPendingWrite(): boolean {
    return this.session.queue.pending;
  }

  /** Reads the file (after writing what is pending: what is read back includes it). */
  load(): Promise<void> {
    return this.session.load();
  }

  /** Reads a file that could not be read before; true when the store is writable again. */
  async retry(): Promise<boolean> {
    const ok = await this.session.retry();
    this.emitter.fire();
    return ok;
  }

  /** Replaces the store in memory only (claims re-found in a document with unsaved edits). */
  setInMemory(store: NoteStore): void {
    this.session.setInMemory(store);
  }

  /** Replaces the store; it is written shortly, with any other change made meanwhile. */
  update(store: NoteStore): void {
    this.session.update(store);
  }

  /** Replaces the store and writes it now; resolves when it is in the file. */
  save(store: NoteStore): Promise<void> {
    this.update(store);
    return this.flush();
  }

  /** Writes what is pending now; resolves when every change made so far is in the file. */
  flush(): Promise<void> {
    return this.session.flush();
  }

  /** Resolves once nothing is waiting to be written (the delay included). */
  whenSaved(): Promise<void> {
    return this.session.queue.whenIdle();
  }

  private async refresh(): Promise<void> {
    if (this.disposed) return;
    if (await this.session.refresh()) this.emitter.fire();
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    for (const d of this.disposables) d.dispose();
    const queue = this.session.queue;
    queue.dispose();
    // Deactivation does not wait for promises: what is pending is written synchronously where Node's
    // fs is at hand, under the same lock and merge as every write.
    if (!queue.pending && !queue.isWriting) return;
    if (this.syncFs && this.insideWorkspace && this.session.writeSync(this.syncFs)) return;
    // The browser (or a store not on the local disk): as soon as possible, asynchronously.
    void queue.flush().catch(() => undefined);
  }
}
