/**
 * Runs a batch: documents spread over worker threads (each loads the gazetteer once), results
 * written in input order as soon as every earlier one is out. Inputs are pulled only while fewer
 * than a few per worker wait, so a long stdin stream or a huge folder is never held in memory.
 */
import { Worker } from 'node:worker_threads';
import { loadIndex } from '../readDocument';
import { runJob, type BatchConfig, type BatchJob, type BatchOutcome } from './jobs';
import type { FromBatchWorker, WorkerData } from './worker';

export interface BatchRun {
  config: BatchConfig;
  /** Worker threads; 1 runs in this thread. */
  jobs: number;
  /** The script a worker runs (the CLI's own file: it serves jobs when started as a worker). */
  workerScript: string;
  /** Writes one output line (newline included); resolves when the output can take more. */
  write: (line: string) => Promise<void>;
  /** The user gazetteers' problems, once. */
  report: (line: string) => void;
}

/**
 * The batch cannot go on: a gazetteer file could not be read, or a worker stopped (out of memory on
 * a huge document, killed). The run stops with exit 1 and this message, as a single run does.
 */
export class BatchStartError extends Error {}

/** How many jobs may wait per worker (queued, running or done but not yet written in order). */
const AHEAD_PER_WORKER = 4;

export async function runBatch(inputs: AsyncIterable<Omit<BatchJob, 'seq'>>, run: BatchRun): Promise<{ documents: number; failed: number }> {
  let failed = 0;
  let documents = 0;
  if (run.jobs <= 1) {
    const index = loadIndex(run.config.gazetteers, run.report);
    for await (const input of inputs) {
      const outcome = runJob({ ...input, seq: documents++ }, index, run.config);
      if (outcome.failed) failed++;
      await run.write(`${outcome.line}\n`);
    }
    return { documents, failed };
  }

  const workers = await startWorkers(run);
  try {
    const idle: Worker[] = [...workers];
    const queue: BatchJob[] = [];
    const done = new Map<number, BatchOutcome>();
    let nextToWrite = 0;
    let seq = 0;
    let wake: (() => void) | undefined;
    let fatal: Error | undefined;
    const busy = new Map<Worker, number>();

    const dispatch = (): void => {
      while (idle.length > 0 && queue.length > 0) {
        const worker = idle.pop() as Worker;
        const job = queue.shift() as BatchJob;
        busy.set(worker, job.seq);
        worker.postMessage(job);
      }
    };
    for (const worker of workers) {
      worker.on('message', (message: FromBatchWorker) => {
        if (message.type !== 'done') return;
        done.set(message.seq, message);
        busy.delete(worker);
        idle.push(worker);
        dispatch();
        wake?.();
      });
      // Which document a failing worker had: the lines before it are out; this one and those after are not.
      const where = (): string => {
        const seq = busy.get(worker);
        return seq === undefined ? '' : ` while reading document ${seq + 1} of the batch`;
      };
      worker.on('error', (error) => {
        fatal = new BatchStartError(`a worker thread failed${where()}: ${error.message}`);
        wake?.();
      });
      worker.on('exit', (code) => {
        if (busy.has(worker)) {
          fatal = new BatchStartError(`a worker thread stopped (exit ${code})${where()}`);
          wake?.();
        }
      });
    }
    const waitForProgress = (): Promise<void> => new Promise((resolve) => {
      wake = () => {
        wake = undefined;
        resolve();
      };
    });
    const flush = async (): Promise<void> => {
      for (let outcome = done.get(nextToWrite); outcome; outcome = done.get(nextToWrite)) {
        done.delete(nextToWrite++);
        if (outcome.failed) failed++;
        await run.write(`${outcome.line}\n`);
      }
    };

    const limit = workers.length * AHEAD_PER_WORKER;
    for await (const input of inputs) {
      while (seq - nextToWrite >= limit) {
        if (fatal) throw fatal;
        if (!done.has(nextToWrite)) await waitForProgress();
        await flush();
      }
      if (fatal) throw fatal;
      queue.push({ ...input, seq: seq++ });
      dispatch();
      await flush();
    }
    while (nextToWrite < seq) {
      if (fatal) throw fatal;
      if (!done.has(nextToWrite)) await waitForProgress();
      await flush();
    }
    documents = seq;
    return { documents, failed };
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/** Starts the workers and waits until each has its gazetteer (or one cannot load it). */
async function startWorkers(run: BatchRun): Promise<Worker[]> {
  const workers: Worker[] = [];
  try {
    await Promise.all(Array.from({ length: run.jobs }, (_, i) => new Promise<void>((resolve, reject) => {
      const workerData: WorkerData = { geolensBatch: true, config: run.config, report: i === 0 };
      const worker = new Worker(run.workerScript, { workerData });
      workers.push(worker);
      const onMessage = (message: FromBatchWorker): void => {
        if (message.type === 'problem') run.report(message.line);
        else if (message.type === 'fatal') reject(new BatchStartError(message.message));
        else if (message.type === 'ready') {
          worker.off('message', onMessage);
          resolve();
        }
      };
      worker.on('message', onMessage);
      worker.once('error', reject);
    })));
  } catch (error) {
    await Promise.all(workers.map((w) => w.terminate()));
    throw error;
  }
  return workers;
}
