// Instrumentation the editor bench attaches to the extension's own objects from the outside (the
// test API hands them out; src/ is not changed). Each probe replaces one method on one instance with
// a wrapper that records when it ran and for how long, and restores it on dispose.
import { performance } from 'node:perf_hooks';
import type * as vscode from 'vscode';
import type { GeoLensApi } from '../../../src/extension';

export interface AnnotateCall {
  uri: string;
  version: number;
  start: number;
  end: number;
  /** The first call for this document version: the one that ran `annotate` (later ones hit the cache). */
  computed: boolean;
}

/**
 * Wraps `api.annotations.annotations(document)`, `annotationsIn` and `quickAnnotationsIn`: every
 * feature calls one of them (decorations the last, for the lines on screen); the first call for a
 * document version is the one that brought the reading to it.
 */
export class AnnotateProbe implements vscode.Disposable {
  readonly calls: AnnotateCall[] = [];
  private readonly seen = new Set<string>();
  private static readonly METHODS = ['annotations', 'annotationsIn', 'quickAnnotationsIn'] as const;

  constructor(private readonly api: GeoLensApi) {
    const service = api.annotations as unknown as Record<string, (document: vscode.TextDocument, ...rest: unknown[]) => unknown>;
    const calls = this.calls;
    const seen = this.seen;
    for (const name of AnnotateProbe.METHODS) {
      const original = service[name];
      service[name] = function (this: unknown, document: vscode.TextDocument, ...rest: unknown[]) {
        const start = performance.now();
        const result = original.call(this, document, ...rest);
        const end = performance.now();
        const key = `${document.uri.toString()}#${document.version}`;
        const computed = result !== undefined && !seen.has(key);
        if (computed) seen.add(key);
        calls.push({ uri: document.uri.toString(), version: document.version, start, end, computed });
        if (calls.length > 10_000) calls.splice(0, 5_000);
        return result;
      };
    }
  }

  /** The call that computed this version of the document, if any did. */
  computedFor(uri: string, version: number): AnnotateCall | undefined {
    for (let i = this.calls.length - 1; i >= 0; i--) {
      const call = this.calls[i];
      if (call.uri === uri && call.version === version && call.computed) return call;
    }
    return undefined;
  }

  /** The most recent call for this document (decorations' own call, when read inside onDidApply). */
  lastFor(uri: string): AnnotateCall | undefined {
    for (let i = this.calls.length - 1; i >= 0; i--) if (this.calls[i].uri === uri) return this.calls[i];
    return undefined;
  }

  dispose(): void {
    // The instance had no own properties before: deleting them brings back the prototype's methods.
    const service = this.api.annotations as unknown as Record<string, unknown>;
    for (const name of AnnotateProbe.METHODS) delete service[name];
  }
}

export interface TimedCall {
  name: string;
  start: number;
  ms: number;
  /** Called without an argument (for getChildren: the root). */
  noArg: boolean;
}

/**
 * Wraps methods of one object (sync or async) and records each call's duration. Used on the claims
 * model (extract), its store (save) and the tree provider (refresh, getChildren, getTreeItem).
 */
export class MethodProbe implements vscode.Disposable {
  readonly calls: TimedCall[] = [];
  private readonly restore: (() => void)[] = [];

  wrap<T extends object>(target: T, names: readonly (keyof T & string)[], prefix: string): this {
    for (const name of names) {
      const hadOwn = Object.prototype.hasOwnProperty.call(target, name);
      const original = target[name] as unknown as (...args: unknown[]) => unknown;
      const calls = this.calls;
      const label = `${prefix}.${name}`;
      (target as Record<string, unknown>)[name] = function (this: unknown, ...args: unknown[]) {
        const start = performance.now();
        const noArg = args[0] === undefined;
        const result = original.apply(this, args);
        if (result instanceof Promise) {
          return result.finally(() => calls.push({ name: label, start, ms: performance.now() - start, noArg }));
        }
        calls.push({ name: label, start, ms: performance.now() - start, noArg });
        return result;
      };
      this.restore.push(() => {
        if (hadOwn) (target as Record<string, unknown>)[name] = original;
        else delete (target as Record<string, unknown>)[name];
      });
    }
    return this;
  }

  of(name: string, since = 0): TimedCall[] {
    return this.calls.filter((call) => call.name === name && call.start >= since);
  }

  dispose(): void {
    for (const restore of this.restore.reverse()) restore();
    this.restore.length = 0;
  }
}
