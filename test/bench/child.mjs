// Fresh-process measurements for the bench: activation (load the core and build the gazetteer
// index) and peak memory of one task on one document. Prints one JSON line.
// Usage: node --expose-gc child.mjs activation-bundle|activation-json ROOT
//        node --expose-gc child.mjs memory ROOT ENTRY_BUNDLE TASK BYTES
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const now = () => Number(process.hrtime.bigint()) / 1e6;
const [mode, root, entryBundle, task, bytesArg] = process.argv.slice(2);
const gc = () => globalThis.gc?.();

if (mode === 'activation-bundle') {
  // What the extension does: load the bundle (the compiled gazetteer is inside it), build the index.
  const t0 = now();
  const core = require(path.join(root, 'dist', 'core.js'));
  const t1 = now();
  const index = core.loadBundledGazetteer();
  const t2 = now();
  console.log(JSON.stringify({ requireMs: t1 - t0, buildMs: t2 - t1, totalMs: t2 - t0, aliases: index.aliases().length }));
} else if (mode === 'activation-json') {
  // The shipped gazetteer read and parsed on its own, then the index from its prebuilt data, and,
  // for comparison, the index built the old way: every alias tokenised at activation.
  const core = require(path.join(root, 'dist', 'core.js'));
  const t0 = now();
  const shipped = JSON.parse(readFileSync(path.join(root, 'dist', 'gazetteer.json'), 'utf8'));
  const t1 = now();
  new core.GazetteerIndex(shipped.entries, { prebuilt: shipped.index });
  const t2 = now();
  const entries = core.bundledEntries();
  const t3 = now();
  new core.GazetteerIndex(entries);
  const t4 = now();
  console.log(JSON.stringify({ parseMs: t1 - t0, buildMs: t2 - t1, totalMs: t2 - t0, detailsMs: t3 - t2, tokenisedBuildMs: t4 - t3 }));
} else if (mode === 'claims-scale') {
  // Claims of one article-like document: time, and peak memory of the whole process.
  const { loadSources, articleDocument } = await import('./corpus.mjs');
  const core = require(path.join(root, 'dist', 'core.js'));
  const text = articleDocument(loadSources(root).paragraphs, Number(bytesArg));
  const index = core.loadBundledGazetteer();
  core.extractClaims('Warm-up: India said exports rose 5% in 2023.', index);
  gc();
  const t0 = now();
  const claims = core.extractClaims(text, index).claims.length;
  const ms = now() - t0;
  console.log(JSON.stringify({ bytes: Number(bytesArg), ms, claims, maxRssBytes: process.resourceUsage().maxRSS * 1024 }));
} else if (mode === 'reanchor') {
  // The claims store of one big document re-anchored after one character typed at its top: the
  // Claims view does this after typing pauses. With the edit carried to each anchor, and without.
  const { loadSources, articleDocument } = await import('./corpus.mjs');
  const core = require(path.join(root, 'dist', 'core.js'));
  const lib = require(entryBundle);
  const text = articleDocument(loadSources(root).paragraphs, Number(bytesArg));
  const index = core.loadBundledGazetteer();
  const { claims, source } = core.extractClaims(text, index);
  const store = lib.mergeExtraction(lib.emptyStore(), 'a.md', text, claims, source);
  const edited = `x${text}`;
  const edits = [{ start: 0, end: 0, length: 1 }];
  const time = (withEdits) => {
    const runs = [];
    for (let i = 0; i < 5; i++) {
      const t0 = now();
      lib.reanchorDocument(store, 'a.md', edited, withEdits ? edits : undefined);
      runs.push(now() - t0);
    }
    return runs.sort((a, b) => a - b)[2];
  };
  const withoutMs = time(false);
  const withMs = time(true);
  // As the editor does once the anchors were checked against the text typed into: claims away from
  // the edit only move; the text is read near the edit (a string reader here: an editor's is slower
  // per slice, but reads no more).
  const middle = Math.floor(text.length / 2);
  const typed = `${text.slice(0, middle)}x${text.slice(middle)}`;
  const timeAfter = (reader, edit) => {
    const runs = [];
    for (let i = 0; i < 5; i++) {
      const t0 = now();
      lib.reanchorAfterEdits(store, 'a.md', reader, [edit]);
      runs.push(now() - t0);
    }
    return runs.sort((a, b) => a - b)[2];
  };
  const afterTopMs = timeAfter(lib.stringReader(edited), edits[0]);
  const afterMiddleMs = timeAfter(lib.stringReader(typed), { start: middle, end: middle, length: 1 });
  console.log(JSON.stringify({ bytes: Number(bytesArg), claims: claims.length, withMs, withoutMs, afterTopMs, afterMiddleMs }));
} else if (mode === 'adversarial') {
  // Each adversarial input once through annotate and once through extractClaims (fresh process).
  const { adversarialInputs } = await import('./adversarial.mjs');
  const core = require(path.join(root, 'dist', 'core.js'));
  const index = core.loadBundledGazetteer();
  core.extractClaims('Warm-up: India said exports rose 5% in 2023.', index);
  const rows = [];
  for (const [name, text] of adversarialInputs()) {
    gc();
    const t0 = now();
    core.annotate(text, index);
    const t1 = now();
    core.extractClaims(text, index);
    const t2 = now();
    rows.push({ name, bytes: Buffer.byteLength(text), annotateMs: t1 - t0, claimsMs: t2 - t1 });
  }
  console.log(JSON.stringify(rows));
} else if (mode === 'memory') {
  const { loadSources, articleDocument } = await import('./corpus.mjs');
  const { SpacyLikePhraseMatcher } = await import('./peers.mjs');
  const core = require(path.join(root, 'dist', 'core.js'));
  const lib = require(entryBundle);
  const text = articleDocument(loadSources(root).paragraphs, Number(bytesArg));
  const geolens = task === 'annotate'; // 'matcher' builds its own index below, measured as its structure
  gc();
  let heap0 = process.memoryUsage().heapUsed;
  const index = core.loadBundledGazetteer();
  const aliases = index.aliases();
  if (!geolens) {
    // A peer's structure is its own automaton, not GeoLens' index.
    gc();
    heap0 = process.memoryUsage().heapUsed;
  }
  let run;
  if (task === 'annotate') run = () => core.annotate(text, index);
  else if (task === 'matcher') {
    // The bundle's own index: its trie is keyed by the bundle's own tokeniser vocabulary.
    const own = new lib.GazetteerIndex(core.bundledEntries());
    run = () => lib.matchEntities(text, lib.tokenize(text), own);
  }
  else if (task === 'figures') run = () => core.recogniseFigures(text);
  else if (task === 'ahocorasick') {
    const AhoCorasick = require('ahocorasick');
    const ac = new AhoCorasick(aliases);
    run = () => ac.search(text);
  } else if (task === '@monyone/aho-corasick') {
    const { AhoCorasick } = require('@monyone/aho-corasick');
    const ac = new AhoCorasick(aliases);
    run = () => ac.matchInText(text);
  } else if (task === 'spacy-like') {
    const m = new SpacyLikePhraseMatcher(aliases);
    run = () => m.match(text);
  } else throw new Error(`unknown task ${task}`);
  gc();
  const heap1 = process.memoryUsage().heapUsed;
  const rss0 = process.memoryUsage().rss;
  const maxBefore = process.resourceUsage().maxRSS * 1024;
  const result = run();
  const maxAfter = process.resourceUsage().maxRSS * 1024;
  const heapWithResult = process.memoryUsage().heapUsed;
  gc();
  const heapRetained = process.memoryUsage().heapUsed - heap1;
  console.log(JSON.stringify({
    task,
    structureBytes: heap1 - heap0,
    peakRssDelta: maxAfter - rss0,
    peakRaised: maxAfter > maxBefore,
    heapAfterRun: heapWithResult - heap1,
    resultBytes: heapRetained,
    results: result.length,
  }));
} else {
  console.error(`unknown mode ${mode}`);
  process.exit(2);
}
