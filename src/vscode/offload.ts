/**
 * Long work off the extension host's event loop: in the Node extension host a worker thread
 * (dist/worker.js) parses big gazetteer files and extracts claims from big documents; cancelling
 * stops the worker (a new one starts with the next request). The browser host has no worker thread
 * here: `available` is false and callers run the work themselves, between progress reports.
 */
import type * as NodeWorkers from 'node:worker_threads';
import * as vscode from 'vscode';
import type { WorkerAnswer, WorkerRequest } from '../node/workerMain';

type Request = WorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

function workerThreads(): typeof NodeWorkers | undefined {
  const host = globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } };
  return host.process?.getBuiltinModule?.('node:worker_threads') as typeof NodeWorkers | undefined;
}

export class CancelledError extends Error {
  override name = 'CancelledError';
}

export class Offload implements vscode.Disposable {
  private worker: NodeWorkers.Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  private readonly threads = workerThreads();
  /** Tasks the worker finished (for tests and the log). */
  completed = 0;

  /** `workerFile`: the worker bundle, where the extension has one (the Node build). */
  constructor(private readonly workerFile: vscode.Uri | undefined) {}

  /** A worker thread can take work (the Node extension host with a local extension folder). */
  get available(): boolean {
    return this.threads !== undefined && this.workerFile?.scheme === 'file';
  }

  run<T>(request: Request, token?: vscode.CancellationToken): Promise<T> {
    const worker = this.start();
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      if (token?.isCancellationRequested) {
        reject(new CancelledError('cancelled'));
        return;
      }
      const cancel = token?.onCancellationRequested(() => {
        // The worker cannot be interrupted mid-task: stop it; the next request starts a new one.
        this.stop(new CancelledError('cancelled'));
      });
      this.pending.set(id, {
        resolve: (value) => {
          cancel?.dispose();
          resolve(value as T);
        },
        reject: (error) => {
          cancel?.dispose();
          reject(error);
        },
      });
      worker.postMessage({ ...request, id });
    });
  }

  private start(): NodeWorkers.Worker {
    if (this.worker) return this.worker;
    if (!this.threads || !this.workerFile) throw new Error('no worker thread in this extension host');
    const worker = new this.threads.Worker(this.workerFile.fsPath);
    worker.on('message', (answer: WorkerAnswer) => {
      const waiting = this.pending.get(answer.id);
      if (!waiting) return;
      this.pending.delete(answer.id);
      this.completed++;
      if ('error' in answer) waiting.reject(new Error(answer.error));
      else waiting.resolve(answer.result);
    });
    worker.on('error', (error) => this.stop(error instanceof Error ? error : new Error(String(error))));
    worker.on('exit', () => {
      if (this.worker === worker) this.stop(new Error('the GeoLens worker stopped'));
    });
    // An idle worker must not keep the extension host alive.
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private stop(reason: Error): void {
    const worker = this.worker;
    this.worker = undefined;
    for (const waiting of this.pending.values()) waiting.reject(reason);
    this.pending.clear();
    void worker?.terminate();
  }

  dispose(): void {
    this.stop(new CancelledError('GeoLens is shutting down'));
  }
}
