/**
 * Coalesced, serialised writes of one file (the claims store): many changes in a burst become one
 * write, a few hundred milliseconds after the last of them (and at most `maxDelayMs` after the first,
 * so a steady stream of changes is still saved). Writes never overlap; `exclusive` runs other work
 * on the file (reading it back, merging an outside change) between them. Pure: the clock and the
 * timers are passed in, so tests drive them by hand; the VS Code layer supplies the write.
 */

export interface Timers {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

/** The host's own timers (Node and browsers both have them). */
export const hostTimers: Timers = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface WriteQueueOptions {
  /** Writes the current state; the queue calls it at most once at a time. */
  write: () => Promise<void>;
  /** Quiet time after the last change before writing. */
  delayMs: number;
  /** Longest a change waits while more keep coming (default 4 × delayMs). */
  maxDelayMs?: number;
  timers?: Timers;
  now?: () => number;
  /** A write started by the timer failed (a `flush` caller gets the error itself instead). */
  onError?: (error: unknown) => void;
}

export class WriteQueue {
  private readonly delayMs: number;
  private readonly maxDelayMs: number;
  private readonly timers: Timers;
  private readonly now: () => number;
  private dirty = false;
  /** When the oldest change not yet written was scheduled. */
  private firstChangeAt: number | undefined;
  private timer: unknown;
  private hasTimer = false;
  private tail: Promise<void> = Promise.resolve();
  /** Tasks (writes and exclusive work) queued or running. */
  private tasks = 0;
  private writing = false;
  private idleWaiters: (() => void)[] = [];
  private disposed = false;

  constructor(private readonly options: WriteQueueOptions) {
    this.delayMs = options.delayMs;
    this.maxDelayMs = Math.max(options.delayMs, options.maxDelayMs ?? options.delayMs * 4);
    this.timers = options.timers ?? hostTimers;
    this.now = options.now ?? (() => Date.now());
  }

  /** A change not yet on disk (scheduled, or made while a write was running, or whose write failed). */
  get pending(): boolean {
    return this.dirty;
  }

  /** A write is running right now. */
  get isWriting(): boolean {
    return this.writing;
  }

  /** A write or an exclusive task is queued or running. */
  get busy(): boolean {
    return this.tasks > 0;
  }

  /** Records a change: written after `delayMs` of quiet (or `maxDelayMs` after the first change). */
  schedule(): void {
    this.dirty = true;
    if (this.disposed) return;
    const now = this.now();
    this.firstChangeAt ??= now;
    const wait = Math.max(0, Math.min(this.delayMs, this.firstChangeAt + this.maxDelayMs - now));
    this.cancelTimer();
    this.hasTimer = true;
    this.timer = this.timers.set(() => {
      this.hasTimer = false;
      this.flush().catch((error: unknown) => this.options.onError?.(error));
    }, wait);
  }

  /**
   * Writes what is pending now, after any write or task already queued. Resolves when every change
   * recorded before the call is written (at once when there is none); rejects when the write fails,
   * and the change then stays pending.
   */
  flush(): Promise<void> {
    this.cancelTimer();
    return this.enqueue(async () => {
      if (!this.dirty) return;
      // Whatever is scheduled is written now, by this write.
      this.cancelTimer();
      this.dirty = false;
      this.firstChangeAt = undefined;
      this.writing = true;
      try {
        await this.options.write();
      } catch (error) {
        this.dirty = true;
        throw error;
      } finally {
        this.writing = false;
      }
    });
  }

  /** Runs `task` with no write running (reading the file back, merging an outside change). */
  exclusive<T>(task: () => Promise<T>): Promise<T> {
    return this.enqueue(task);
  }

  /** Resolves once nothing is pending, queued or running (a change made meanwhile is waited for too). */
  whenIdle(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Forgets what is pending (the state was replaced by the file's own, or written another way). */
  discard(): void {
    this.cancelTimer();
    this.dirty = false;
    this.firstChangeAt = undefined;
    if (this.isIdle()) for (const resolve of this.idleWaiters.splice(0)) resolve();
  }

  /** Stops the timer; what is pending stays pending (the owner writes it its own way, or not). */
  dispose(): void {
    this.disposed = true;
    this.cancelTimer();
  }

  private isIdle(): boolean {
    return !this.dirty && this.tasks === 0;
  }

  private cancelTimer(): void {
    if (!this.hasTimer) return;
    this.timers.clear(this.timer);
    this.hasTimer = false;
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    this.tasks++;
    const run = this.tail.then(task);
    const done = () => {
      this.tasks--;
      if (this.isIdle()) for (const resolve of this.idleWaiters.splice(0)) resolve();
    };
    this.tail = run.then(done, done);
    return run;
  }
}
