// `npm run bench`: how fast GeoLens reads a document, beside peer matchers on the same text and the
// same aliases. A benchmark, not a test: it asserts nothing about time.
//
// Usage: node test/bench/run.mjs [--write] [--quick]
//   --write  replace the generated part of test/bench/RESULTS.md with this run's tables
//   --quick  fewer repeats and no 10 MB document (a smoke run)
//
// Uses the built library dist/core.js (`npm run build` first). The tokeniser and the entity matcher
// alone are reached through test/bench/entry.ts, bundled here with esbuild into a temporary folder.
// Units: MB = 10^6 bytes of UTF-8 text; times are medians of repeated runs (p95 where shown).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { benchBatches } from './batch.mjs';
import { aliasDenseDocument, articleDocument, loadSources, rng, scaledEntries } from './corpus.mjs';
import { SpacyLikePhraseMatcher, bareLoop, classifyLoop } from './peers.mjs';
import { olderThanSources } from './staleBuild.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const args = process.argv.slice(2);
const WRITE = args.includes('--write');
const QUICK = args.includes('--quick');
// `--against DIR`: another build of GeoLens (a worktree of an older commit, built), timed beside this
// one on the same documents, runs interleaved, so that a ratio is not one machine state against another.
const AGAINST = args.includes('--against') ? path.resolve(args[args.indexOf('--against') + 1] ?? '') : undefined;

// Garbage is collected before each implementation's runs (not between its repeats: a forced full
// collection shrinks the young generation, and the next run then pays to grow it again — up to 3×
// the steady-state time at 1 MB for code that allocates its results — which is not how an editor
// calls annotate). Each implementation's own garbage is charged to its own runs.
if (typeof globalThis.gc !== 'function') {
  const r = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), ...args], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}

const require = createRequire(import.meta.url);
const now = () => Number(process.hrtime.bigint()) / 1e6;
const log = (line) => process.stderr.write(`${line}\n`);
const benchStart = now();
const loadAtStart = os.loadavg()[0];

// ---------------------------------------------------------------------------------------- setup

const corePath = path.join(root, 'dist', 'core.js');
if (!existsSync(corePath)) {
  console.error('dist/core.js is missing: run `npm run build` first.');
  process.exit(1);
}
const staleCore = olderThanSources(corePath, path.join(root, 'src', 'core'));
if (staleCore) log('warning: src/core is newer than dist/core.js: run `npm run build` for numbers that match the source.');

const tmp = mkdtempSync(path.join(os.tmpdir(), 'geolens-bench-'));
const entryBundle = path.join(tmp, 'entry.cjs');
const esbuild = await import('esbuild');
await esbuild.build({ entryPoints: [path.join(here, 'entry.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'es2022', outfile: entryBundle, logLevel: 'warning' });
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));

const core = require(corePath);
const lib = require(entryBundle);
const AhoCorasick = require('ahocorasick');
const { AhoCorasick: MonyoneAhoCorasick } = require('@monyone/aho-corasick');

const index = core.loadBundledGazetteer();
const aliases = index.aliases();
const libIndex = new lib.GazetteerIndex(core.bundledEntries());
const sources = loadSources(root);
for (const note of sources.notes) log(`note: ${note}`);

const SIZES = QUICK ? [10_000, 100_000, 1_000_000] : [10_000, 100_000, 1_000_000, 10_000_000];
const label = (bytes) => (bytes >= 1e6 ? `${bytes / 1e6} MB` : `${bytes / 1e3} KB`);
const docs = new Map(SIZES.map((bytes) => [bytes, articleDocument(sources.paragraphs, bytes)]));
const mbOf = (text) => Buffer.byteLength(text) / 1e6;

// ------------------------------------------------------------------------------------ measuring

function stats(times) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return { median: at(0.5), p95: at(0.95), min: sorted[0], reps: sorted.length };
}

/**
 * Repeats per document size: many on small documents, three on 10 MB. The warm-up is a number of
 * calls and a time: the 10 KB document is timed first, and 30 calls of code as large as annotate
 * left V8 still compiling it (20 MB/s at 10 KB against 46 MB/s once warm), while a peer's single
 * loop was optimised within its first call. An editor calls annotate all day, warm.
 */
function plan(bytes) {
  const q = QUICK ? 0.3 : 1;
  if (bytes <= 10_000) return { warmup: 30, warmupMs: 400 * q, reps: Math.ceil(60 * q), budgetMs: 1500 * q };
  if (bytes <= 100_000) return { warmup: 5, warmupMs: 400 * q, reps: Math.ceil(25 * q), budgetMs: 2500 * q };
  if (bytes <= 1_000_000) return { warmup: 2, warmupMs: 400 * q, reps: Math.ceil(9 * q), budgetMs: 4000 * q };
  return { warmup: 1, warmupMs: 0, reps: 3, budgetMs: 6000 };
}

/** Median and p95 of `fn(text)`; stops early once the budget is spent (at least 3 repeats). */
function measure(fn, text, { warmup, warmupMs = 0, reps, budgetMs }) {
  let hits = 0;
  globalThis.gc();
  const warmStart = now();
  for (let i = 0; i < warmup || now() - warmStart < warmupMs; i++) hits = fn(text);
  const times = [];
  let spent = 0;
  for (let i = 0; i < reps; i++) {
    const t = now();
    hits = fn(text);
    const ms = now() - t;
    times.push(ms);
    spent += ms;
    if (spent > budgetMs && times.length >= 3) break;
  }
  return { ...stats(times), hits, mb: mbOf(text) };
}

/** Runs a slow matcher in a worker on growing slices; terminates it past the timeout. */
function sliceRun(kind, aliasList, text, { sliceBudgetMs = 1500, totalBudgetMs = 5000, timeoutMs = 20000 } = {}) {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./sliceWorker.mjs', import.meta.url), { workerData: { kind, aliases: aliasList, text, sliceBudgetMs, totalBudgetMs } });
    const slices = [];
    let buildMs;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      worker.terminate();
    }, timeoutMs);
    worker.on('message', (m) => {
      if (m.type === 'build') buildMs = m.ms;
      else if (m.type === 'slice') slices.push(m);
    });
    worker.on('error', (e) => log(`${kind}: ${e.message}`));
    worker.on('exit', () => {
      clearTimeout(timer);
      resolve({ buildMs, slices, timedOut });
    });
  });
}

/** The throughput of the largest slice a slice run completed, as a scalable measurement. */
function fromSlices(run) {
  const last = run.slices[run.slices.length - 1];
  if (!last) return undefined;
  const rate = last.bytes / 1e6 / (last.ms / 1000);
  return { rate, slice: last, complete: !run.timedOut };
}

// -------------------------------------------------------------------------------- implementations

const geolens = [
  { name: 'GeoLens annotate (full)', key: 'annotate', run: (t) => core.annotate(t, index).length },
  { name: 'GeoLens matcher alone (tokenize + entities)', key: 'matcher', run: (t) => lib.matchEntities(t, lib.tokenize(t), libIndex).length },
  { name: '  of which tokenize', key: 'tokenize', run: (t) => lib.tokenize(t).count },
  { name: 'GeoLens figures alone', key: 'figures', run: (t) => core.recogniseFigures(t).length },
  // The annotations are made once per text (the editor has them already): the checks alone are timed (median of runs).
  { name: 'GeoLens figure checks (annotations given)', key: 'checks', run: (t) => core.checkFigures(t, annotationsOf(t)).length },
];
let annotated = { text: undefined, annotations: [] };
function annotationsOf(text) {
  if (annotated.text !== text) annotated = { text, annotations: core.annotate(text, index) };
  return annotated.annotations;
}
const claims = { name: 'GeoLens extractClaims', key: 'claims', run: (t) => core.extractClaims(t, index).claims.length };

function makePeers(aliasList) {
  const t0 = now();
  const ac = new AhoCorasick(aliasList);
  const t1 = now();
  const mony = new MonyoneAhoCorasick(aliasList);
  const t2 = now();
  const spacy = new SpacyLikePhraseMatcher(aliasList);
  const t3 = now();
  return [
    { name: '(a) ahocorasick', key: 'ahocorasick', buildMs: t1 - t0, run: (t) => ac.search(t).length, peer: true },
    { name: '(b) @monyone/aho-corasick', key: 'monyone', buildMs: t2 - t1, run: (t) => mony.matchInText(t).length, peer: true },
    { name: '(d) spaCy-style token + hash-map PhraseMatcher', key: 'spacy', buildMs: t3 - t2, run: (t) => spacy.match(t).length, peer: true },
  ];
}
const floors = [
  { name: '(f) floor: bare charCodeAt loop', key: 'floor', run: (t) => bareLoop(t) },
  { name: '    tokenising floor: charCodeAt + class table', key: 'classify', run: (t) => classifyLoop(t) },
];

// ------------------------------------------------------------------------------ document sizes

const peers = makePeers(aliases);
const rows = new Map(); // key → { name, cells: Map(bytes → result) }
const row = (impl) => {
  if (!rows.has(impl.key)) rows.set(impl.key, { name: impl.name, peer: !!impl.peer, cells: new Map() });
  return rows.get(impl.key);
};

for (const bytes of SIZES) {
  const text = docs.get(bytes);
  log(`document ${label(bytes)} (${text.length} UTF-16 units)…`);
  for (const impl of [...geolens, ...peers, ...floors]) row(impl).cells.set(bytes, measure(impl.run, text, plan(bytes)));
}

// This build's annotate against another's, alternating one run of each (see AGAINST).
const against = [];
if (AGAINST) {
  const otherPath = path.join(AGAINST, 'dist', 'core.js');
  if (!existsSync(otherPath)) {
    console.error(`--against: ${otherPath} is missing (build that commit first).`);
    process.exit(1);
  }
  const other = require(otherPath);
  const otherIndex = other.loadBundledGazetteer();
  const otherCommit = spawnSync('git', ['-C', AGAINST, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).stdout.trim() || AGAINST;
  for (const bytes of SIZES) {
    const text = docs.get(bytes);
    log(`against ${otherCommit}: ${label(bytes)}…`);
    const { warmup, reps } = plan(bytes);
    globalThis.gc();
    for (let i = 0; i < warmup; i++) {
      core.annotate(text, index);
      other.annotate(text, otherIndex);
    }
    const mine = [];
    const theirs = [];
    for (let i = 0; i < Math.max(reps, 3); i++) {
      let t = now();
      core.annotate(text, index);
      mine.push(now() - t);
      t = now();
      other.annotate(text, otherIndex);
      theirs.push(now() - t);
    }
    against.push({ bytes, commit: otherCommit, mine: stats(mine), theirs: stats(theirs) });
  }
}

// extractClaims is far slower: once a document would take more than ~8 s, time the largest one that
// does not and scale it linearly (marked ~).
{
  let last;
  for (const bytes of SIZES) {
    const text = docs.get(bytes);
    const estimate = last ? last.median * (bytes / last.bytes) : 0;
    if (estimate > 8000) {
      row(claims).cells.set(bytes, { ...last, median: estimate, p95: undefined, mb: mbOf(text), scaledFrom: last.bytes, hits: undefined });
      continue;
    }
    const p = plan(bytes);
    const result = measure(claims.run, text, { warmup: bytes <= 100_000 ? p.warmup : 0, reps: p.reps, budgetMs: Math.min(p.budgetMs, 6000) });
    row(claims).cells.set(bytes, result);
    last = { ...result, bytes };
  }
}

// The stalling and the slow peers: growing slices in a worker, scaled to each document size.
log('modern-ahocorasick and RegExp alternation on slices (bounded)…');
const bigText = docs.get(1_000_000);
const modern = await sliceRun('modern-ahocorasick', aliases, bigText);
const regexp = await sliceRun('regexp', aliases, bigText.slice(0, 200_000));
for (const [key, name, run] of [['modern', '(c) modern-ahocorasick (slices, bounded)', modern], ['regexp', '(e) RegExp alternation of all aliases (slice)', regexp]]) {
  const r = row({ key, name, peer: true });
  const m = fromSlices(run);
  if (!m) continue;
  for (const bytes of SIZES) {
    const mb = mbOf(docs.get(bytes));
    r.cells.set(bytes, { median: (mb / m.rate) * 1000, mb, scaledFrom: m.slice.bytes, lowerBound: key === 'modern' });
  }
  r.slices = run.slices;
  r.buildMs = run.buildMs;
  r.timedOut = run.timedOut;
}

// ---------------------------------------------------------------------------- alias-dense text

log('alias-dense worst case…');
const DENSE_BYTES = 1_000_000;
const dense = aliasDenseDocument(aliases, DENSE_BYTES);
const denseRows = [];
for (const impl of [...geolens, ...peers, ...floors]) denseRows.push({ name: impl.name, key: impl.key, peer: !!impl.peer, ...measure(impl.run, dense, plan(DENSE_BYTES)) });
{
  const m = fromSlices(await sliceRun('modern-ahocorasick', aliases, dense));
  if (m) denseRows.push({ name: '(c) modern-ahocorasick (slices, bounded)', key: 'modern', peer: true, median: (mbOf(dense) / m.rate) * 1000, mb: mbOf(dense), scaledFrom: m.slice.bytes, lowerBound: true });
  const r = fromSlices(await sliceRun('regexp', aliases, dense.slice(0, 100_000)));
  if (r) denseRows.push({ name: '(e) RegExp alternation of all aliases (slice)', key: 'regexp', peer: true, median: (mbOf(dense) / r.rate) * 1000, mb: mbOf(dense), scaledFrom: r.slice.bytes });
}

// ------------------------------------------------------------------------------ gazetteer size

log('gazetteer size…');
const GAZ_TARGETS = [1_000, 10_000, 100_000];
const gazText = docs.get(1_000_000);
const realEntries = core.bundledEntries();
const gazRows = [];
for (const target of GAZ_TARGETS) {
  const entries = scaledEntries(realEntries, aliases.length, target);
  globalThis.gc();
  const t0 = now();
  const scaled = new core.GazetteerIndex(entries);
  const buildMs = now() - t0;
  const scaledAliases = scaled.aliases();
  const libScaled = new lib.GazetteerIndex(entries);
  const p = { warmup: 1, reps: QUICK ? 3 : 5, budgetMs: 3000 };
  const result = {
    target,
    aliases: scaledAliases.length,
    annotate: { buildMs, ...measure((t) => core.annotate(t, scaled).length, gazText, p) },
    matcher: { buildMs, ...measure((t) => lib.matchEntities(t, lib.tokenize(t), libScaled).length, gazText, p) },
  };
  for (const peer of makePeers(scaledAliases)) result[peer.key] = { buildMs: peer.buildMs, ...measure(peer.run, gazText, p) };
  gazRows.push(result);
  log(`  ${scaledAliases.length} aliases done`);
}

// ---------------------------------------------------------------------------------- activation

log('activation (fresh processes)…');
function child(childArgs) {
  const out = execFileSync(process.execPath, ['--expose-gc', path.join(here, 'child.mjs'), ...childArgs], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split('\n').pop());
}
// Fifteen: one process in a few starts while the machine is busy elsewhere, and seven let that move the median.
// Incremental annotation: a one-character edit at a random place, then the annotations of the whole
// document, against a full annotate of the same text (goal: ≥ 20× faster at 1 MB).
log('incremental annotation…');
const incremental = [];
for (const bytes of [100_000, 1_000_000]) {
  const text = articleDocument(sources.paragraphs, bytes, 7);
  const full = measure(() => core.annotate(text, index), text, { warmup: 2, reps: QUICK ? 5 : 9, budgetMs: 15_000 });
  const openStarted = now();
  const annotator = core.createDocumentAnnotator(text, index);
  const openMs = now() - openStarted;
  const random = rng(11);
  globalThis.gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const edits = [];
  const counts = { firstPasses: 0, secondPasses: 0 };
  for (let i = 0; i < (QUICK ? 100 : 300); i++) {
    const at = Math.floor(random() * annotator.text.length);
    // Typing a letter, then taking it back: the document stays the size it was.
    const change = i % 2 === 0 ? { start: at, end: at, text: 'e' } : { start: edits.at(-1).at, end: edits.at(-1).at + 1, text: '' };
    // Pairs of edits alternate between the two ways of reading the result: the whole list
    // (`update`), and the editor's (`edit`, then the annotations of ±6,000 characters: a screen and
    // the margin decorations read around it).
    const stretch = (i >> 1) % 2 === 1;
    const started = now();
    if (stretch) {
      annotator.edit([change]);
      annotator.annotationsIn(Math.max(0, change.start - 6_000), change.start + 6_000);
    } else annotator.update([change]);
    edits.push({ at: change.start, ms: now() - started, stretch });
    counts.firstPasses += annotator.lastUpdate.firstPasses;
    counts.secondPasses += annotator.lastUpdate.secondPasses;
  }
  globalThis.gc();
  // What the edits left on the heap (the reading itself stays): a paragraph cut from each version of
  // the text once kept every version alive.
  const heapGrowth = process.memoryUsage().heapUsed - heapBefore;
  incremental.push({ bytes, full: full.median, openMs, edit: stats(edits.slice(10).filter((e) => !e.stretch).map((e) => e.ms)), editStretch: stats(edits.slice(10).filter((e) => e.stretch).map((e) => e.ms)), paragraphs: annotator.lastUpdate.paragraphs, perEdit: { first: counts.firstPasses / edits.length, second: counts.secondPasses / edits.length }, edits: edits.length, heapGrowth });
}

const ACTIVATION_RUNS = QUICK ? 3 : 15;
const activation = { bundle: [], json: [] };
for (let i = 0; i < ACTIVATION_RUNS; i++) {
  activation.bundle.push(child(['activation-bundle', root]));
  activation.json.push(child(['activation-json', root]));
}
const med = (list, key) => stats(list.map((x) => x[key])).median;

// ------------------------------------------------------------------------------------- memory

log('peak memory (fresh processes)…');
const MEMORY_BYTES = QUICK ? 1_000_000 : 10_000_000;
const memory = [];
for (const task of ['annotate', 'matcher', 'figures', 'ahocorasick', '@monyone/aho-corasick', 'spacy-like']) {
  memory.push(child(['memory', root, entryBundle, task, String(MEMORY_BYTES)]));
}

// ------------------------------------------------------------------------------- robustness

log('claims at scale and adversarial inputs (fresh processes)…');
const CLAIMS_SCALE = QUICK ? [1_000_000] : [1_000_000, 10_000_000];
const claimsScale = CLAIMS_SCALE.map((bytes) => child(['claims-scale', root, '', '', String(bytes)]));
const adversarial = child(['adversarial', root]);
const reanchor = child(['reanchor', root, entryBundle, '', String(1_000_000)]);

// -------------------------------------------------------------------------------- CLI batches

log('CLI batches: claims --jsonl over a folder of articles, 1 and 2 workers (fresh processes)…');
const batches = benchBatches({ root, tmp, paragraphs: sources.paragraphs, articles: QUICK ? 100 : 500, runs: QUICK ? 1 : 3 });

// ------------------------------------------------------------------------------------- report

const f1 = (x) => (x === undefined ? '–' : x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const ms = (x) => (x === undefined ? '–' : x >= 100 ? `${x.toFixed(0)}` : x >= 1 ? x.toFixed(1) : x.toFixed(2));
const mbps = (cell) => (cell ? cell.mb / (cell.median / 1000) : undefined);
const mib = (b) => `${(b / 2 ** 20).toFixed(1)} MiB`;
const mark = (cell) => (cell?.lowerBound ? '≤' : cell?.scaledFrom ? '~' : '');

const cpuModel = (() => {
  try {
    return /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? os.cpus()[0]?.model;
  } catch {
    return os.cpus()[0]?.model;
  }
})();
const git = (() => {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', 'src/core'], { cwd: root, encoding: 'utf8' }).trim() !== '';
    return `${head}${dirty ? ' + uncommitted changes in src/core' : ''}`;
  } catch {
    return 'unknown';
  }
})();

const out = [];
const p = (line = '') => out.push(line);
p(`Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC · ${cpuModel}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB · Node ${process.version} · ${os.type()} ${os.release()} · commit ${git} · load average ${loadAtStart.toFixed(1)} at start, ${os.loadavg()[0].toFixed(1)} at end${QUICK ? ' · --quick' : ''}${staleCore ? ' · **dist/core.js older than src/core**' : ''}`);
p();
p(`Text: ${sources.files.join(', ')} — paragraphs repeated, reshuffled and with digits shifted each round. ${aliases.length} aliases (\`index.aliases()\`). MB = 10^6 bytes of UTF-8. Medians; p95 in the second table.`);
p();
p('### Throughput (MB/s) by document size, article text');
p();
p(`| implementation | ${SIZES.map(label).join(' | ')} | hits at ${label(SIZES[SIZES.length - 1])} |`);
p(`|---|${SIZES.map(() => '--:').join('|')}|--:|`);
for (const r of rows.values()) {
  const lastCell = r.cells.get(SIZES[SIZES.length - 1]);
  p(`| ${r.name.trim()} | ${SIZES.map((b) => `${mark(r.cells.get(b))}${f1(mbps(r.cells.get(b)))}`).join(' | ')} | ${lastCell?.hits ?? '–'} |`);
}
p();
p('### Time per document (ms): median (p95 / best)');
p();
p(`| implementation | ${SIZES.map(label).join(' | ')} | 10× size → time × |`);
p(`|---|${SIZES.map(() => '--:').join('|')}|--:|`);
for (const r of rows.values()) {
  const cells = SIZES.map((b) => {
    const c = r.cells.get(b);
    if (!c) return '–';
    return `${mark(c)}${ms(c.median)}${c.p95 !== undefined && !c.scaledFrom ? ` (${ms(c.p95)} / ${ms(c.min)})` : ''}`;
  });
  const a = r.cells.get(1_000_000);
  const b = r.cells.get(SIZES[SIZES.length - 1]);
  const growth = a && b && b !== a && !b.scaledFrom ? (b.median / a.median).toFixed(1) : '–';
  p(`| ${r.name.trim()} | ${cells.join(' | ')} | ${growth} |`);
}
p();
p('`~` scaled linearly from a smaller document or slice; `≤` an upper bound on throughput (a lower bound on time): the matcher grows faster than linearly, so it was timed on the largest slice that finished within budget and scaled as if linear. The last column is time(10 MB) / time(1 MB); 10.0 is linear.');
for (const key of ['modern', 'regexp']) {
  const r = rows.get(key);
  if (r?.slices) p(`\n${r.name.trim()}: build ${ms(r.buildMs)} ms; slices ${r.slices.map((s) => `${(s.chars / 1000).toFixed(0)}k chars ${ms(s.ms)} ms`).join(', ')}${r.timedOut ? ' — then stopped by the timeout' : ''}.`);
}
p();

// Ratios: speed of GeoLens over each peer (> 1: GeoLens faster) and the floor's speed over GeoLens.
const ann = rows.get('annotate');
const mat = rows.get('matcher');
p('### Ratios (speed; > 1 means GeoLens is faster)');
p();
p(`| | ${SIZES.map(label).join(' | ')} |`);
p(`|---|${SIZES.map(() => '--:').join('|')}|`);
const peerRows = [...rows.entries()].filter(([, r]) => r.peer);
for (const [who, ours] of [['annotate', ann], ['matcher', mat]]) {
  for (const [, r] of peerRows) p(`| ${who} / ${r.name.trim()} | ${SIZES.map((b) => f1(mbps(ours.cells.get(b)) / mbps(r.cells.get(b)))).join(' | ')} |`);
}
for (const [who, ours] of [['annotate', ann], ['matcher', mat]]) {
  const best = SIZES.map((b) => Math.max(...peerRows.map(([, r]) => mbps(r.cells.get(b)) ?? 0)));
  p(`| **${who} / best peer** | ${SIZES.map((b, i) => `**${f1(mbps(ours.cells.get(b)) / best[i])}**`).join(' | ')} |`);
  p(`| **floor / ${who}** (time; goal ≤ 2 for annotate) | ${SIZES.map((b) => `**${f1(mbps(rows.get('floor').cells.get(b)) / mbps(ours.cells.get(b)))}**`).join(' | ')} |`);
  p(`| tokenising floor / ${who} (time) | ${SIZES.map((b) => f1(mbps(rows.get('classify').cells.get(b)) / mbps(ours.cells.get(b)))).join(' | ')} |`);
}
p();
if (against.length > 0) {
  p(`### Against commit ${against[0].commit} (annotate, runs of the two builds interleaved in this process)`);
  p();
  p('| document | this build, median ms | that build, median ms | speed, this / that |');
  p('|---|--:|--:|--:|');
  for (const a of against) p(`| ${label(a.bytes)} | ${f1(a.mine.median)} | ${f1(a.theirs.median)} | ${(a.theirs.median / a.mine.median).toFixed(2)}× |`);
  p();
}
p('### Incremental annotation (DocumentAnnotator: a one-character edit, then the whole list, or the annotations around the edit)');
p();
p('| document | paragraphs | full annotate, median ms | first reading (new DocumentAnnotator) ms | update (edit + whole list), median / p95 ms | edit + annotationsIn(±6,000 chars), median / p95 ms | paragraphs read per edit (first / second pass) | heap left by the edits | full / update (goal ≥ 20× at 1 MB) | full / edit + stretch |');
p('|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|');
for (const r of incremental) p(`| ${label(r.bytes)} | ${r.paragraphs} | ${f1(r.full)} | ${f1(r.openMs)} | ${ms(r.edit.median)} / ${ms(r.edit.p95)} | ${ms(r.editStretch.median)} / ${ms(r.editStretch.p95)} | ${r.perEdit.first.toFixed(2)} / ${r.perEdit.second.toFixed(2)} | ${mib(r.heapGrowth)} after ${r.edits} | **${(r.full / r.edit.median).toFixed(1)}×** | **${(r.full / r.editStretch.median).toFixed(0)}×** |`);
p();
p(`### Alias-dense worst case (${label(DENSE_BYTES)}: only aliases, separated by commas, "and", dashes)`);
p();
p('| implementation | MB/s | median ms (p95) | hits |');
p('|---|--:|--:|--:|');
for (const r of denseRows) p(`| ${r.name.trim()} | ${mark(r)}${f1(r.mb / (r.median / 1000))} | ${mark(r)}${ms(r.median)}${r.p95 !== undefined && !r.scaledFrom ? ` (${ms(r.p95)})` : ''} | ${r.hits ?? '–'} |`);
{
  const a = denseRows.find((r) => r.key === 'annotate');
  const best = Math.max(...denseRows.filter((r) => r.peer).map((r) => r.mb / (r.median / 1000)));
  p();
  p(`annotate / best peer: ${f1(a.mb / (a.median / 1000) / best)}×.`);
}
p();
p(`### Gazetteer size (${label(1_000_000)} article text)`);
p();
p('Below the bundled size: a random subset of the real entries; above it: all of them plus generated variants of real names ("North Abuja", "Kazakhstan Forum").');
p();
const gazKeys = [['annotate', 'GeoLens annotate'], ['matcher', 'GeoLens matcher'], ['ahocorasick', '(a) ahocorasick'], ['monyone', '(b) @monyone'], ['spacy', '(d) spaCy-style']];
p(`| aliases | ${gazKeys.map(([, n]) => `${n} MB/s`).join(' | ')} | ${gazKeys.filter(([k]) => k !== 'matcher').map(([, n]) => `${n} build ms`).join(' | ')} |`);
p(`|--:|${gazKeys.map(() => '--:').join('|')}|${gazKeys.filter(([k]) => k !== 'matcher').map(() => '--:').join('|')}|`);
for (const g of gazRows) {
  p(`| ${g.aliases} | ${gazKeys.map(([k]) => f1(g[k].mb / (g[k].median / 1000))).join(' | ')} | ${gazKeys.filter(([k]) => k !== 'matcher').map(([k]) => ms(g[k].buildMs)).join(' | ')} |`);
}
{
  const [, g10, g100] = gazRows;
  p();
  p(`Time at ${g100.aliases} aliases / time at ${g10.aliases}: ${gazKeys.map(([k, n]) => `${n} ${(g100[k].median / g10[k].median).toFixed(2)}×`).join(', ')} (goal for annotate ≤ 1.5×).`);
}
p();
p('### Activation (fresh process each, median of ' + ACTIVATION_RUNS + ')');
p();
p('| step | ms |');
p('|---|--:|');
p(`| require dist/core.js (it reads and parses dist/gazetteer.json; the claims model waits for the first claim) | ${ms(med(activation.bundle, 'requireMs'))} |`);
p(`| loadBundledGazetteer(): the index from its prebuilt data | ${ms(med(activation.bundle, 'buildMs'))} |`);
p(`| **total: what activation pays** (goal ≤ 50) | **${ms(med(activation.bundle, 'totalMs'))}** |`);
p(`| of which: read + JSON.parse dist/gazetteer.json (${(statSync(path.join(root, 'dist', 'gazetteer.json')).size / 1e6).toFixed(2)} MB) | ${ms(med(activation.json, 'parseMs'))} |`);
p(`| later, on the first card or search: the entries' details (facts, sources…) | ${ms(med(activation.json, 'detailsMs'))} |`);
p(`| for comparison: an index built by tokenising every alias (user gazetteers still do) | ${ms(med(activation.json, 'tokenisedBuildMs'))} |`);
p();
p(`### Memory (${label(MEMORY_BYTES)} article text, fresh process each)`);
p();
p('| task | structure (index or automaton, heap) | peak RSS over baseline during the run | heap right after the run | result retained | results |');
p('|---|--:|--:|--:|--:|--:|');
for (const m of memory) p(`| ${m.task} | ${mib(m.structureBytes)} | ${m.peakRaised ? '' : '≤ '}${mib(m.peakRssDelta)} | ${mib(m.heapAfterRun)} | ${mib(m.resultBytes)} | ${m.results} |`);
p();
p('### Robustness: claims at scale, and inputs built to be slow (fresh process each)');
p();
p('| document | extractClaims | peak RSS of the process | claims |');
p('|---|--:|--:|--:|');
for (const c of claimsScale) p(`| ${label(c.bytes)} article text | ${ms(c.ms)} ms | ${mib(c.maxRssBytes)} | ${c.claims} |`);
p();
p('Goals: claims on 1 MB ≤ 1 s; on 10 MB ≤ 10 s and ≤ 1 GB.');
p();
p(`Re-anchoring the claims store of a ${label(reanchor.bytes)} document (${reanchor.claims} claims) after one character typed at its top, as the Claims view does when typing pauses: ${ms(reanchor.withMs)} ms with the edit carried to each anchor, ${ms(reanchor.withoutMs)} ms searching for each claim (${f1(reanchor.withoutMs / reanchor.withMs)}×); with anchors checked against the text typed into (the editor after its first re-anchoring), claims away from the edit only move: ${ms(reanchor.afterTopMs)} ms for that character, ${ms(reanchor.afterMiddleMs)} ms for one typed in the middle.`);
p();
p(`| 400 KB of … | annotate ms | claims ms |`);
p('|---|--:|--:|');
for (const a of adversarial) p(`| ${a.name} | ${ms(a.annotateMs)} | ${ms(a.claimsMs)}${a.annotateMs > 1000 || a.claimsMs > 1000 ? ' (over the goal)' : ''} |`);
p();
p(`Goal: any 400 KB adversarial input ≤ 1 s for annotate and for claims. Slowest here: annotate ${ms(Math.max(...adversarial.map((a) => a.annotateMs)))} ms, claims ${ms(Math.max(...adversarial.map((a) => a.claimsMs)))} ms.`);
p();
p(`### CLI batches (\`geolens claims --jsonl FOLDER --jobs N\`, ${batches.articles} articles of ${label(batches.bytes)}, ${batches.cores} cores, fresh process, median of ${batches.runs})`);
p();
p('| --jobs | wall time | documents a second | speed-up over --jobs 1 | peak RSS of the process |');
p('|--:|--:|--:|--:|--:|');
{
  const one = batches.results.find((r) => r.jobs === 1);
  for (const r of batches.results) p(`| ${r.jobs} | ${ms(r.wallMs)} ms | ${f1(r.documents / (r.wallMs / 1000))} | ${f1(one.wallMs / r.wallMs)}× | ${mib(r.maxRssBytes)} |`);
  const two = batches.results.find((r) => r.jobs === 2);
  p();
  p(`Goals: --jobs 2 ≥ 1.7× --jobs 1 on 2 cores over 500 articles (here ${f1(one.wallMs / two.wallMs)}× on ${batches.cores} cores over ${batches.articles}${one.wallMs / two.wallMs >= 1.7 ? ' ✓' : ' ✗'}); memory per worker ≤ 150 MB (one more worker adds ${mib(two.maxRssBytes - one.maxRssBytes)}${two.maxRssBytes - one.maxRssBytes <= 150 * 2 ** 20 ? ' ✓' : ' ✗'}: --jobs 1 works in the main thread, --jobs 2 in two workers beside it). Wall times include starting Node and loading the gazetteer in each worker.`);
}
p();
p(`Peers match raw characters case-sensitively with no word boundaries (so "Iran" is found inside "Irani", and "india" is missed); GeoLens and the spaCy-style matcher match normalised tokens (case, diacritics, quotes, dashes, Markdown escapes) and GeoLens also applies case rules, picks the longest name and resolves shared aliases. Hit counts therefore differ. Bench run time ${((now() - benchStart) / 1000).toFixed(0)} s.`);

const report = out.join('\n');
console.log(report);

if (WRITE) {
  const file = path.join(here, 'RESULTS.md');
  const BEGIN = '<!-- bench:begin (generated by `npm run bench -- --write`; edit outside these markers) -->';
  const END = '<!-- bench:end -->';
  let doc = existsSync(file) ? readFileSync(file, 'utf8') : `# GeoLens benchmark results\n\n${BEGIN}\n${END}\n`;
  const a = doc.indexOf(BEGIN);
  const b = doc.indexOf(END);
  doc = a >= 0 && b > a ? `${doc.slice(0, a + BEGIN.length)}\n${report}\n${doc.slice(b)}` : `${doc.trimEnd()}\n\n${BEGIN}\n${report}\n${END}\n`;
  writeFileSync(file, doc);
  log(`wrote ${path.relative(root, file)}`);
}
