import assert from 'node:assert/strict';
import { WriteQueue, type Timers } from '../../src/core/notes/writeQueue';

/** Timers on a clock the test moves by hand: no real time passes, nothing depends on the machine's speed. */
class ManualClock implements Timers {
  now = 0;
  private nextId = 1;
  private readonly pending = new Map<number, { at: number; callback: () => void }>();

  set(callback: () => void, ms: number): unknown {
    const id = this.nextId++;
    this.pending.set(id, { at: this.now + ms, callback });
    return id;
  }

  clear(handle: unknown): void {
    this.pending.delete(handle as number);
  }

  get timers(): number {
    return this.pending.size;
  }

  /** Moves the clock, firing due timers in order. */
  advance(ms: number): void {
    const end = this.now + ms;
    for (;;) {
      const due = [...this.pending.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.pending.delete(due[0]);
      this.now = due[1].at;
      due[1].callback();
    }
    this.now = end;
  }
}

/** A write the test finishes when it wants, recording what state each write saw. */
function controlledWrites() {
  const started: { state: number; finish: () => void; fail: (e: Error) => void }[] = [];
  let state = 0;
  let running = 0;
  let maxRunning = 0;
  const write = () =>
    new Promise<void>((resolve, reject) => {
      running++;
      maxRunning = Math.max(maxRunning, running);
      started.push({
        state,
        finish: () => {
          running--;
          resolve();
        },
        fail: (e) => {
          running--;
          reject(e);
        },
      });
    });
  return {
    write,
    started,
    set state(value: number) {
      state = value;
    },
    get maxRunning() {
      return maxRunning;
    },
  };
}

const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('write queue (coalesced store writes)', () => {
  it('writes a burst of changes once, after the quiet delay', async () => {
    const clock = new ManualClock();
    let writes = 0;
    const queue = new WriteQueue({ write: async () => void writes++, delayMs: 300, timers: clock, now: () => clock.now });
    for (let i = 0; i < 10; i++) {
      queue.schedule();
      clock.advance(100);
    }
    assert.equal(writes, 0, 'nothing written while changes keep coming within the delay');
    assert.ok(queue.pending);
    clock.advance(300);
    await queue.whenIdle();
    assert.equal(writes, 1);
    assert.equal(queue.pending, false);
  });

  it('does not wait longer than maxDelayMs for a steady stream of changes', async () => {
    const clock = new ManualClock();
    const at: number[] = [];
    const queue = new WriteQueue({ write: async () => void at.push(clock.now), delayMs: 300, maxDelayMs: 1000, timers: clock, now: () => clock.now });
    for (let i = 0; i < 15; i++) {
      queue.schedule();
      clock.advance(100);
      await settle();
    }
    assert.deepEqual(at, [1000], 'one write 1000 ms after the first change, though changes never paused');
    clock.advance(300);
    await queue.whenIdle();
    assert.equal(at.length, 2, 'the changes after it are written too');
  });

  it('flush writes at once, and the timer then has nothing left to write', async () => {
    const clock = new ManualClock();
    let writes = 0;
    const queue = new WriteQueue({ write: async () => void writes++, delayMs: 300, timers: clock, now: () => clock.now });
    queue.schedule();
    await queue.flush();
    assert.equal(writes, 1);
    assert.equal(clock.timers, 0, 'the pending timer was cancelled');
    clock.advance(1000);
    await settle();
    assert.equal(writes, 1);
    await queue.flush();
    assert.equal(writes, 1, 'flush with nothing pending writes nothing');
  });

  it('never runs two writes at once; a change made during a write is written after it', async () => {
    const clock = new ManualClock();
    const writes = controlledWrites();
    const queue = new WriteQueue({ write: writes.write, delayMs: 300, timers: clock, now: () => clock.now });
    writes.state = 1;
    queue.schedule();
    clock.advance(300);
    await settle();
    assert.equal(writes.started.length, 1);
    assert.ok(queue.isWriting);
    writes.state = 2;
    queue.schedule();
    const flushed = queue.flush();
    await settle();
    assert.equal(writes.started.length, 1, 'the second write waits for the first');
    writes.started[0].finish();
    await settle();
    assert.equal(writes.started.length, 2);
    assert.equal(writes.started[1].state, 2, 'the second write saw the later change');
    writes.started[1].finish();
    await flushed;
    assert.equal(writes.maxRunning, 1);
    assert.equal(queue.pending, false);
  });

  it('flush waits for a write already running, even with nothing new to write', async () => {
    const clock = new ManualClock();
    const writes = controlledWrites();
    const queue = new WriteQueue({ write: writes.write, delayMs: 300, timers: clock, now: () => clock.now });
    queue.schedule();
    clock.advance(300);
    await settle();
    let flushed = false;
    const flush = queue.flush().then(() => {
      flushed = true;
    });
    await settle();
    assert.equal(flushed, false, 'not resolved while the write runs');
    writes.started[0].finish();
    await flush;
    assert.equal(writes.started.length, 1);
  });

  it('keeps a change whose write failed pending, reports it, and writes it on the next try', async () => {
    const clock = new ManualClock();
    const writes = controlledWrites();
    const errors: unknown[] = [];
    const queue = new WriteQueue({ write: writes.write, delayMs: 300, timers: clock, now: () => clock.now, onError: (e) => errors.push(e) });
    queue.schedule();
    clock.advance(300);
    await settle();
    writes.started[0].fail(new Error('disk full'));
    await settle();
    assert.equal(errors.length, 1, 'a failed timer write is reported');
    assert.ok(queue.pending, 'the change is still pending');
    const retry = queue.flush();
    await settle();
    writes.started[1].finish();
    await retry;
    assert.equal(queue.pending, false);

    queue.schedule();
    const failing = queue.flush();
    await settle();
    writes.started[2].fail(new Error('read-only'));
    await assert.rejects(failing, /read-only/, 'flush rejects to its caller');
    assert.ok(queue.pending);
  });

  it('runs exclusive work between writes, never during one', async () => {
    const clock = new ManualClock();
    const writes = controlledWrites();
    const queue = new WriteQueue({ write: writes.write, delayMs: 300, timers: clock, now: () => clock.now });
    queue.schedule();
    clock.advance(300);
    await settle();
    let ranWhileWriting: boolean | undefined;
    const task = queue.exclusive(async () => {
      ranWhileWriting = queue.isWriting;
      return 'read';
    });
    await settle();
    assert.equal(ranWhileWriting, undefined, 'waits for the running write');
    writes.started[0].finish();
    assert.equal(await task, 'read');
    assert.equal(ranWhileWriting, false);
  });

  it('dispose stops the timer but keeps the change pending for its owner', async () => {
    const clock = new ManualClock();
    let writes = 0;
    const queue = new WriteQueue({ write: async () => void writes++, delayMs: 300, timers: clock, now: () => clock.now });
    queue.schedule();
    queue.dispose();
    clock.advance(1000);
    await settle();
    assert.equal(writes, 0);
    assert.ok(queue.pending, 'the owner sees there is something to write');
    await queue.flush();
    assert.equal(writes, 1, 'and can still write it');
    queue.schedule();
    queue.discard();
    assert.equal(queue.pending, false);
    await queue.whenIdle();
  });
});
