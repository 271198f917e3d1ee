/**
 * A batch worker thread: loads the gazetteer once, then answers jobs one at a time. Started by
 * `runBatch` from the CLI's own file, so there is one bundle to ship.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadIndex } from '../readDocument';
import { runJob, type BatchConfig, type BatchJob } from './jobs';

export interface WorkerData {
  geolensBatch: true;
  config: BatchConfig;
  /** Whether this worker reports the user gazetteers' problems (one of them does). */
  report: boolean;
}

/** Messages from a worker: ready (index loaded), a job's outcome, or a failure to start. */
export type FromBatchWorker =
  | { type: 'ready' }
  | { type: 'problem'; line: string }
  | { type: 'done'; seq: number; line: string; failed: boolean }
  | { type: 'fatal'; message: string };

export function isBatchWorker(data: unknown): data is WorkerData {
  return typeof data === 'object' && data !== null && (data as { geolensBatch?: unknown }).geolensBatch === true;
}

export function serveBatchWorker(): void {
  const port = parentPort;
  if (!port || !isBatchWorker(workerData)) return;
  const { config, report } = workerData;
  let index;
  try {
    index = loadIndex(config.gazetteers, (line) => {
      if (report) port.postMessage({ type: 'problem', line } satisfies FromBatchWorker);
    });
  } catch (error) {
    port.postMessage({ type: 'fatal', message: error instanceof Error ? error.message : String(error) } satisfies FromBatchWorker);
    return;
  }
  const loaded = index;
  port.on('message', (job: BatchJob) => {
    const outcome = runJob(job, loaded, config);
    port.postMessage({ type: 'done', ...outcome } satisfies FromBatchWorker);
  });
  port.postMessage({ type: 'ready' } satisfies FromBatchWorker);
}
