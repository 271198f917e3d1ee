/**
 * The claims store kept in one file (default .geolens/claims.json), with the rules that keep a
 * person's notes safe whatever happens to the file:
 *
 * - Only a file that does not exist is "no store yet". A file that exists but cannot be read
 *   (permissions, a lock, an I/O error) makes the session read-only: nothing is written over it until
 *   `retry` reads it. A file written by a newer GeoLens is read-only too, and never overwritten.
 * - A file that is not a store (damaged JSON) is copied aside before anything replaces it.
 * - Every write happens under a lock file created exclusively beside the store (stale after 10 s):
 *   the file is read again, merged with this session's changes by id (`mergeStores`), and replaced
 *   atomically (a uniquely named temporary file, flushed, renamed). Two windows or processes editing
 *   the store at once therefore both keep what they added.
 * - Changes are written a moment later, a burst of them as one write (`WriteQueue`).
 *
 * Pure of any editor: the file system is passed in (Node's fs, VS Code's workspace.fs, or memory in
 * tests), and so are the clock and the sleep.
 */
import { emptyStore, parseStore, serializeStore, STORE_VERSION, type NoteStore } from './store';
import { mergeStores, type MergeConflict } from './merge';
import { baseName, isTemporaryOf, lockOf, RefusedError, type StoreFileSystem, type SyncStoreFileSystem } from './storeFs';
import { WriteQueue, type Timers } from './writeQueue';

export interface StoreProblem {
  message: string;
  /** 'warning': nothing was lost, but the user should know (both sides changed the same claim). */
  severity: 'error' | 'warning';
  /** Where an unreadable file was copied to. */
  backup?: string;
  /** The store is read-only until `retry` succeeds: offer the user a Retry. */
  retry?: boolean;
}

export type ReadOnlyReason = 'unreadable' | 'newer' | 'damaged' | 'refused';

export interface StoreSessionOptions {
  /** How the file is named in messages (a workspace-relative path). */
  displayName?: string;
  report: (problem: StoreProblem) => void;
  /** Quiet time after a change before writing, and the longest a change waits. */
  delayMs?: number;
  maxDelayMs?: number;
  /** How long a write waits for another writer's lock before failing (it is tried again later). */
  lockWaitMs?: number;
  /** A lock older than this was left by a writer that died: it is removed. */
  staleLockMs?: number;
  timers?: Timers;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export const SAVE_DELAY_MS = 300;
export const SAVE_MAX_DELAY_MS = 2000;
/** Longer than a lock takes to go stale, so a lock left by a writer that died is cleared within one wait. */
export const LOCK_WAIT_MS = 12_000;
export const STALE_LOCK_MS = 10_000;
/** Temporary files older than this belong to no running write: they are removed at load. */
const STALE_TEMPORARY_MS = 60_000;

/**
 * Writes to one file from this process, one at a time, whichever session makes them (two stores on
 * one file in one extension host): the file lock is then only needed between processes, where
 * some file systems can only approximate it.
 */
const processLocks = new Map<string, Promise<void>>();

async function inProcessTurn(location: string): Promise<() => void> {
  const previous = processLocks.get(location) ?? Promise.resolve();
  let release!: () => void;
  const mine = new Promise<void>((resolve) => (release = resolve));
  const tail = previous.then(() => mine);
  processLocks.set(location, tail);
  await previous;
  return () => {
    release();
    if (processLocks.get(location) === tail) processLocks.delete(location);
  };
}

/** The store cannot be written now; the message says why and what to do. */
export class ReadOnlyStoreError extends Error {
  override name = 'ReadOnlyStoreError';
}

function describe(error: unknown): string {
  const e = error as { code?: unknown; message?: unknown } | undefined;
  const code = typeof e?.code === 'string' ? e.code : undefined;
  const message = error instanceof Error ? error.message : String(error);
  return code && !message.includes(code) ? `${code}: ${message}` : message;
}

/** How long to wait between reads of a file that reads as damaged, in case it is being written. */
const SETTLE_WAITS_MS = [50, 150, 400, 1000];

function backupStamp(now: number): string {
  return new Date(now).toISOString().replace(/[:.]/g, '-');
}

/** What the file holds, as far as the store is concerned. */
type Disk =
  | { kind: 'missing' }
  | { kind: 'store'; text: string; store: NoteStore }
  | { kind: 'newer'; text: string; version: number; readable?: NoteStore }
  | { kind: 'damaged'; text: string; message: string }
  | { kind: 'foreign'; text: string };

function interpret(text: string | undefined): Disk {
  if (text === undefined) return { kind: 'missing' };
  const parsed = parseStore(text);
  if ('store' in parsed) return { kind: 'store', text, store: parsed.store };
  if (parsed.newerVersion !== undefined) return { kind: 'newer', text, version: parsed.newerVersion, readable: parsed.readableStore };
  if (foreignJson(text)) return { kind: 'foreign', text };
  return { kind: 'damaged', text, message: parsed.error };
}

/**
 * Whole, valid JSON that was never a claims store (a `package.json` the store setting was pointed
 * at by mistake): a damaged store is copied aside and written over, this file must not be.
 */
function foreignJson(text: string): boolean {
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return false;
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return true;
  // A store has a numeric "version" or a "documents" object; `{}` is an empty start, not a foreign file.
  const o = data as { version?: unknown; documents?: unknown };
  return Object.keys(o).length > 0 && typeof o.version !== 'number' && (o.documents === null || typeof o.documents !== 'object');
}

export class StoreSession {
  private current: NoteStore = emptyStore();
  /** The store as last read from or written to the file: what `current` changed since is this session's. */
  private base: NoteStore = this.current;
  /** The file's text as last read or written here (a change on disk is any other text). */
  private lastText: string | undefined;
  /** Damaged text already copied aside, so reading it again makes no second copy. */
  private backedUp: string | undefined;
  private readOnlyState: { reason: ReadOnlyReason; message: string } | undefined;
  readonly queue: WriteQueue;
  private readonly name: string;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;
  /** This session's own write holds the lock right now. */
  private holdingLock = false;
  /** What the synchronous last write put in the file, and how (an async write still running must not replace it). */
  private finalWrite: { fs: SyncStoreFileSystem; text: string } | undefined;
  /** Identifies this writer in the lock file (for a person who finds one). */
  private readonly owner = `geolens ${Math.random().toString(36).slice(2)}`;

  constructor(private readonly fs: StoreFileSystem, readonly location: string, private readonly options: StoreSessionOptions) {
    this.name = options.displayName ?? baseName(location);
    this.now = options.now ?? (() => Date.now());
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.queue = new WriteQueue({
      write: () => this.write(),
      delayMs: options.delayMs ?? SAVE_DELAY_MS,
      maxDelayMs: options.maxDelayMs ?? SAVE_MAX_DELAY_MS,
      timers: options.timers,
      now: options.now,
      // A read-only store was reported when it became so; other failures are told as they happen.
      onError: (error) => {
        if (!(error instanceof ReadOnlyStoreError)) this.options.report({ severity: 'error', message: `GeoLens could not save the claims store ${this.name}: ${describe(error)}` });
      },
    });
  }

  get store(): NoteStore {
    return this.current;
  }

  /** Why nothing is written, when nothing is. */
  get readOnly(): { reason: ReadOnlyReason; message: string } | undefined {
    return this.readOnlyState;
  }

  /** Reads the file, after writing what is pending (what is read back includes it). */
  async load(): Promise<void> {
    await this.queue.flush().catch(() => undefined);
    await this.queue.exclusive(async () => {
      await this.removeLeftovers();
      const disk = await this.readSettled();
      this.queue.discard();
      if (!disk) {
        this.current = emptyStore();
        this.base = this.current;
        this.lastText = undefined;
        return;
      }
      this.readOnlyState = undefined;
      await this.takeIn(disk, false);
    });
  }

  /**
   * Reads the file again after it could not be read (or was of a newer format): on success the
   * session is writable again and what it holds in memory is merged with the file.
   */
  async retry(): Promise<boolean> {
    return this.queue.exclusive(async () => {
      const disk = await this.readSettled();
      if (!disk) return false;
      this.readOnlyState = undefined;
      await this.takeIn(disk, true);
      if (this.readOnlyState) return false;
      if (this.current !== this.base) this.queue.schedule();
      return true;
    });
  }

  /** Replaces the store; it is written shortly, with any other change made meanwhile. */
  update(store: NoteStore): void {
    this.current = store;
    this.queue.schedule();
  }

  /** Replaces the store in memory only (claims re-found in a document with unsaved edits). */
  setInMemory(store: NoteStore): void {
    this.current = store;
  }

  /** Writes what is pending now; resolves when every change made so far is in the file. */
  flush(): Promise<void> {
    return this.queue.flush();
  }

  /**
   * The file changed on disk (a watcher said so): its changes are taken in, merged with this
   * session's pending ones. True when the store changed.
   */
  async refresh(): Promise<boolean> {
    return this.queue.exclusive(async () => {
      const read = async (): Promise<Disk | undefined> => {
        try {
          const text = await this.fs.read(this.location);
          return text === undefined ? undefined : interpret(text);
        } catch {
          // Not readable right now: the next write reads it under the lock and stops if it still is not.
          return undefined;
        }
      };
      // A watcher fires while the other program is still writing: half a file is not damage.
      const disk = await this.settle(await read(), read);
      if (disk === undefined || disk.kind === 'missing' || disk.text === this.lastText) return false;
      const before = this.current;
      await this.takeIn(disk, this.queue.pending);
      return this.current !== before;
    });
  }

  /**
   * Takes in what the file holds. `dirty`: this session has changes not yet written, merged with the
   * file's (reported when both changed the same claim).
   */
  private async takeIn(disk: Disk, dirty: boolean): Promise<void> {
    switch (disk.kind) {
      case 'missing':
        // Deleted on disk: what this session holds is written again with its next change.
        this.base = emptyStore();
        this.lastText = undefined;
        return;
      case 'store': {
        if (dirty) {
          const merged = mergeStores(this.base, this.current, disk.store);
          this.current = merged.store;
          this.reportConflicts(merged.conflicts);
        } else {
          this.current = disk.store;
        }
        this.base = disk.store;
        this.lastText = disk.text;
        return;
      }
      case 'newer':
        // Shown as far as this build can read it; its claims are the user's, and nothing here writes them.
        if (!dirty && disk.readable) {
          this.current = disk.readable;
          this.base = disk.readable;
        }
        this.lastText = disk.text;
        this.makeReadOnly('newer', `The claims store ${this.name} was written by a newer GeoLens (format version ${disk.version}; this one writes ${STORE_VERSION}). It is opened read-only and never overwritten: update GeoLens to change it.`);
        return;
      case 'foreign':
        this.lastText = disk.text;
        this.makeReadOnly('refused', `${this.name} is not a GeoLens claims store (it holds other JSON), so GeoLens neither reads nor writes it: point geolens.claims.storeFile at a file of its own.`);
        return;
      case 'damaged': {
        if (disk.text === this.backedUp) return;
        const backup = `${this.location}.corrupt-${backupStamp(this.now())}.bak`;
        try {
          await this.fs.copyExclusive(this.location, backup);
        } catch (error) {
          this.makeReadOnly('damaged', `The claims store ${this.name} could not be read (${disk.message}) nor copied aside (${describe(error)}); GeoLens will not write to it until it is fixed.`);
          return;
        }
        this.backedUp = disk.text;
        this.base = emptyStore();
        // Backed up: the next write may replace it.
        this.lastText = disk.text;
        if (!dirty) this.current = emptyStore();
        this.options.report({
          severity: 'error',
          backup,
          message: dirty || Object.keys(this.current.documents).length > 0
            ? `The claims store ${this.name} could not be read (${disk.message}). It was copied to ${baseName(backup)}; GeoLens writes the claims of this window in its place.`
            : `The claims store ${this.name} could not be read (${disk.message}). It was copied to ${baseName(backup)}; GeoLens starts a new store.`,
        });
        if (Object.keys(this.current.documents).length > 0) this.queue.schedule();
        return;
      }
    }
  }

  /**
   * The file as it is now, read again while it reads as damaged and still changes: another program
   * (a second window, git, a sync tool) caught in the middle of writing it leaves half a file for an
   * instant, which is not damage and must not be copied aside and written over.
   */
  private async readSettled(): Promise<Disk | undefined> {
    return this.settle(await this.readDisk(), () => this.readDisk());
  }

  /** `first`, or while it reads as damaged, the file read again until it holds still or reads well. */
  private async settle(first: Disk | undefined, readAgain: () => Promise<Disk | undefined>): Promise<Disk | undefined> {
    let disk = first;
    for (const wait of SETTLE_WAITS_MS) {
      if (disk?.kind !== 'damaged') return disk;
      await this.sleep(wait);
      const again = await readAgain();
      // The same damaged text twice: it holds still, so it is damaged.
      if (again?.kind === 'damaged' && again.text === disk.text) return again;
      disk = again;
    }
    return disk;
  }

  /** The file as it is now; undefined (and the session read-only) when it exists but cannot be read. */
  private async readDisk(): Promise<Disk | undefined> {
    try {
      return interpret(await this.fs.read(this.location));
    } catch (error) {
      if (error instanceof RefusedError) {
        this.makeReadOnly('refused', `GeoLens does not use the claims store ${this.name}: ${error.message}. Nothing there is read or written; keep the store inside the workspace folder (geolens.claims.storeFile).`);
        return undefined;
      }
      this.makeReadOnly('unreadable', `The claims store ${this.name} exists but cannot be read (${describe(error)}). GeoLens does not write to it, so nothing in it is lost; fix the file's permissions or close what holds it, then choose Retry.`);
      return undefined;
    }
  }

  private makeReadOnly(reason: ReadOnlyReason, message: string): void {
    const first = this.readOnlyState?.message !== message;
    this.readOnlyState = { reason, message };
    if (first) this.options.report({ severity: 'error', message, retry: true });
  }

  private reportConflicts(conflicts: readonly MergeConflict[]): void {
    if (conflicts.length === 0) return;
    const where = [...new Set(conflicts.map((c) => c.key))].slice(0, 3).join(', ');
    const notes = conflicts.filter((c) => c.kind === 'note').length;
    const wordings = conflicts.filter((c) => c.kind === 'wording').length;
    const verdicts = conflicts.length - notes - wordings;
    const parts = [
      notes > 0 ? `${notes} note${notes === 1 ? ' was' : 's were'} edited both here and in another window: both texts are kept, the other one as a new note` : '',
      wordings > 0 ? `${wordings} claim${wordings === 1 ? ' was' : 's were'} reworded both here and in another window: this window's wording is kept, the other one as a note` : '',
      verdicts > 0 ? `${verdicts} verdict${verdicts === 1 ? ' was' : 's were'} set differently both here and in another window: this window's ${verdicts === 1 ? 'is' : 'are'} kept` : '',
    ].filter(Boolean);
    this.options.report({ severity: 'warning', message: `In ${this.name} (${where}): ${parts.join('; ')}.` });
  }

  /** One write of the current store, under the lock (the queue runs one at a time). */
  private async write(): Promise<void> {
    if (this.readOnlyState) throw new ReadOnlyStoreError(this.readOnlyState.message);
    await this.withLock(async () => {
      const disk = await this.readSettled();
      if (!disk) throw new ReadOnlyStoreError(this.readOnlyState?.message ?? 'The claims store cannot be read.');
      if (disk.kind !== 'missing' && disk.text !== this.lastText) {
        await this.takeIn(disk, true);
        if (this.readOnlyState) throw new ReadOnlyStoreError(this.readOnlyState.message);
      }
      const merged = this.current;
      const text = serializeStore(merged);
      if (disk.kind === 'missing' || text !== disk.text) await this.fs.replace(this.location, text);
      // Shut down meanwhile: the last write went first and this older one landed on it; put it back.
      if (this.finalWrite && this.finalWrite.text !== text) this.finalWrite.fs.replace(this.location, this.finalWrite.text);
      this.lastText = text;
      this.base = merged;
      // Changed while the file was being written: those changes are this session's, still to write.
      if (this.current !== merged) this.queue.schedule();
    });
  }

  private async withLock<T>(task: () => Promise<T>): Promise<T> {
    const endTurn = await inProcessTurn(this.location);
    try {
      return await this.withFileLock(task);
    } finally {
      endTurn();
    }
  }

  private async withFileLock<T>(task: () => Promise<T>): Promise<T> {
    const lock = lockOf(this.location);
    const staleMs = this.options.staleLockMs ?? STALE_LOCK_MS;
    const deadline = this.now() + (this.options.lockWaitMs ?? LOCK_WAIT_MS);
    for (;;) {
      if (await this.fs.createExclusive(lock, `${this.owner} ${new Date(this.now()).toISOString()}\n`)) break;
      const age = await this.fs.ageMs(lock);
      if (age !== undefined && age > staleMs) {
        // Left by a writer that stopped (a crash, a killed window): it holds nothing any more.
        await this.fs.remove(lock);
        continue;
      }
      if (this.now() > deadline) throw new Error(`another window is writing ${this.name} (its lock file ${baseName(lock)} is held); GeoLens tries again with your next change.`);
      await this.sleep(10 + Math.floor(Math.random() * 40));
    }
    this.holdingLock = true;
    try {
      return await task();
    } finally {
      this.holdingLock = false;
      await this.fs.remove(lock).catch(() => undefined);
    }
  }

  /** Temporary files of writes that never finished (a crash between write and rename). */
  private async removeLeftovers(): Promise<void> {
    const name = baseName(this.location);
    let names: string[];
    try {
      names = await this.fs.siblings(this.location);
    } catch {
      return;
    }
    const folder = this.location.slice(0, this.location.length - name.length);
    for (const sibling of names) {
      if (!isTemporaryOf(name, sibling)) continue;
      const path = `${folder}${sibling}`;
      const age = await this.fs.ageMs(path).catch(() => undefined);
      if (age !== undefined && age > STALE_TEMPORARY_MS) await this.fs.remove(path).catch(() => undefined);
    }
  }

  /**
   * The last write, synchronously (on shutdown nothing waits for a promise): the same rules, under
   * the same lock, with a file system that blocks. False when it could not write.
   */
  writeSync(fs: SyncStoreFileSystem): boolean {
    if (this.readOnlyState) return false;
    const lock = lockOf(this.location);
    // This session's own write holds the lock (and cannot finish while this blocks): write under it.
    const ownLock = this.holdingLock;
    let locked = false;
    try {
      const deadline = this.now() + 2000;
      const wait = new Int32Array(new SharedArrayBuffer(4));
      while (!locked && !ownLock) {
        locked = fs.createExclusive(lock, `${this.owner} ${new Date(this.now()).toISOString()}\n`);
        if (locked) break;
        const age = fs.ageMs(lock);
        if (age !== undefined && age > (this.options.staleLockMs ?? STALE_LOCK_MS)) fs.remove(lock);
        else if (this.now() > deadline) return false;
        else Atomics.wait(wait, 0, 0, 20);
      }
      let text: string | undefined;
      try {
        text = fs.read(this.location);
      } catch {
        return false;
      }
      const disk = interpret(text);
      if (disk.kind === 'newer' || disk.kind === 'foreign') return false;
      if (disk.kind === 'store' && disk.text !== this.lastText) {
        const merged = mergeStores(this.base, this.current, disk.store);
        this.current = merged.store;
        this.base = disk.store;
      }
      if (disk.kind === 'damaged' && disk.text !== this.backedUp) fs.copyExclusive(this.location, `${this.location}.corrupt-${backupStamp(this.now())}.bak`);
      const out = serializeStore(this.current);
      if (out !== text) fs.replace(this.location, out);
      this.finalWrite = { fs, text: out };
      this.lastText = out;
      this.base = this.current;
      this.queue.discard();
      return true;
    } catch {
      return false;
    } finally {
      if (locked) {
        try {
          fs.remove(lock);
        } catch {
          // A lock left behind is stale in 10 s and removed by the next writer.
        }
      }
    }
  }
}
