// Runs a slow or unpredictable matcher on growing slices of a text inside a worker, so that the
// main bench can stop it (terminate) when it stalls. Posts one message per completed slice.
import { parentPort, workerData } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { aliasRegExp, regexMatchAll } from './peers.mjs';

const require = createRequire(import.meta.url);
const { kind, aliases, text, sliceBudgetMs, totalBudgetMs } = workerData;

const now = () => Number(process.hrtime.bigint()) / 1e6;

let run;
const t0 = now();
if (kind === 'modern-ahocorasick') {
  const mod = require('modern-ahocorasick');
  const AhoCorasick = mod.default ?? mod;
  const matcher = new AhoCorasick(aliases);
  run = (slice) => matcher.search(slice).length;
} else if (kind === 'regexp') {
  const re = aliasRegExp(aliases);
  run = (slice) => regexMatchAll(re, slice);
} else {
  throw new Error(`unknown kind ${kind}`);
}
// Compile (the RegExp compiles lazily: on its first use).
run('warm up');
parentPort.postMessage({ type: 'build', ms: now() - t0 });

const start = now();
for (let chars = 1000; ; chars *= 2) {
  const slice = text.slice(0, Math.min(chars, text.length));
  const a = now();
  const hits = run(slice);
  const ms = now() - a;
  parentPort.postMessage({ type: 'slice', chars: slice.length, bytes: Buffer.byteLength(slice), ms, hits });
  if (slice.length >= text.length || ms > sliceBudgetMs || now() - start > totalBudgetMs) break;
}
parentPort.postMessage({ type: 'done' });
