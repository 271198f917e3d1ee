/**
 * Fuzzing and properties, shared by the bounded suite in `npm test` (test/unit/fuzz.test.ts) and the
 * long run (`npm run fuzz`, test/fuzz/run.ts). Each case is made from a seed, so a failure prints
 * the seed and replays exactly. Properties:
 * - documents (Markdown, brackets, quotes, scripts, surrogates, long lines): annotate, claims, cards
 *   and every export never throw; spans lie inside the text and say what they cover; exports parse
 *   back (JSON, CSV) and import into a store without loss;
 * - gazetteers (random YAML): loading and layering never throw; problems point inside the file;
 * - store files (random JSON): parsing never throws; what parses writes back the same;
 * - sessions (random edits, saves, reloads and a second writer): no note a person wrote is lost.
 * No property here measures time: the long run reports slow calls separately.
 */
import assert from 'node:assert/strict';
import { parse as parseCsv } from 'csv-parse/sync';
import { annotate } from '../../src/core/annotation/annotate';
import { cards } from '../../src/core/cards/cards';
import { extractClaims } from '../../src/core/claims';
import { EXPORT_FORMATS, exportClaims, importClaimsJsonWithSummary, type ExportDocument } from '../../src/core/export';
import { reviewDocument } from '../../src/core/export/json';
import { loadBundledGazetteer } from '../../src/core/gazetteer/bundled';
import { loadLayeredGazetteer } from '../../src/core/gazetteer/layers';
import { createAnchor } from '../../src/core/notes/anchor';
import { addNote, claimOf, editNote, emptyStore, mergeExtraction, parseStore, reanchorDocument, removeNote, serializeStore, setVerdict, type NoteStore } from '../../src/core/notes/store';
import { StoreSession } from '../../src/core/notes/storeSession';
import type { Annotation } from '../../src/core/types';
import { MemoryStoreFs } from '../unit/memoryStoreFs';
import { prng } from '../unit/prng';

export type Random = () => number;

export const pick = <T>(r: Random, list: readonly T[]): T => list[Math.floor(r() * list.length)];
const int = (r: Random, min: number, max: number): number => min + Math.floor(r() * (max - min + 1));

const index = loadBundledGazetteer();
const ALIASES = index.aliases().filter((_, i) => i % 7 === 0);

const PIECES = [
  ' ', ' ', ' ', ' ', '\n', '\n\n', '\r\n', '\r', '\u0085', '\u2028', '\u2029', '\t', '\u00a0', '\u200b',
  '[', ']', '(', ')', '](', '![', '[a](http://x.org/(y))', '`', '```', '*', '**', '_', '#', '## ', '> ', '- ', '1. ', '|', '| a | b |', '---', '\\', '\\$', '<', '>', '&',
  '"', '“', '”', '‘', '’', '«', '»', "'", ',', '.', '. ', '!', '?', ';', ':', '…', '—', '–', '-',
  'said', 'told', 'according to', 'he said', ', said Mr. ', 'Dr.', 'U.S.', 'A.', 'the', 'of', 'and', 'billion', 'percent', 'tonnes', 'troops',
  '$12 billion', '$12 billion to $14 billion', '40%', 'more than 90 percent', '2023', '2021–2031', 'December 26', 'last week', 'on Tuesday', 'yesterday', '12,000', '3.5',
  'Москва', 'بغداد', '北京', 'नई दिल्ली', 'Zürich', 'naïve', '😀', '👩🏽‍⚖️', '\uD800', '\uDFFF', 'ﬁ', 'Ⅻ', '١٢٣',
  'constructor', '__proto__', 'toString',
];

/** A random document: gazetteer names, figures, Markdown, quotes, scripts, surrogates and breaks. */
export function randomDocument(r: Random, maxPieces = 400): string {
  const parts: string[] = [];
  if (r() < 0.2) parts.push('---\ntitle: ', pick(r, PIECES), '\ndate: 2023-12-28\n', r() < 0.5 ? '---\n' : '');
  const n = int(r, 0, maxPieces);
  for (let i = 0; i < n; i++) {
    const roll = r();
    if (roll < 0.25) parts.push(pick(r, ALIASES));
    else if (roll < 0.3) parts.push(pick(r, PIECES).repeat(int(r, 2, 300)));
    else parts.push(pick(r, PIECES));
    if (r() < 0.5) parts.push(' ');
  }
  return parts.join('');
}

function checkSpans(text: string, spans: readonly { start: number; end: number; text: string }[], what: string): void {
  let last = -1;
  for (const s of spans) {
    assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start < s.end && s.end <= text.length, `${what}: span ${s.start}-${s.end} of ${text.length}`);
    assert.equal(s.text, text.slice(s.start, s.end), `${what}: text is the slice`);
    assert.ok(s.start >= last, `${what}: sorted by start`);
    last = s.start;
  }
}

/** Annotate, claims, cards and every export of one document. */
export function documentProperty(text: string): void {
  const annotations: Annotation[] = annotate(text, index);
  checkSpans(text, annotations, 'annotation');
  for (let i = 1; i < annotations.length; i++) assert.ok(annotations[i].start >= annotations[i - 1].end, 'annotations do not overlap');
  for (const a of annotations.slice(0, 20)) {
    const card = cards(a, { index, annotations, text });
    assert.ok(card.length > 0);
    assert.doesNotMatch(card.replace(/\n\n|  \n/g, ''), /[\r\u2028\u2029\u0085]/, 'a card holds no stray line break');
  }
  const { source, claims } = extractClaims(text, index, { includeAll: true });
  checkSpans(text, claims, 'claim');
  for (const c of claims) assert.ok(c.score >= 0 && c.score <= 1, `score ${c.score}`);
  let store = mergeExtraction(emptyStore(), 'doc.md', text, claims, source);
  const first = Object.keys(store.documents['doc.md']?.claims ?? {})[0];
  if (first) store = setVerdict(addNote(store, 'doc.md', first, `Note on ${text.slice(0, 40)}`, 'T'), 'doc.md', first, 'disputed');
  const documents: ExportDocument[] = [{ file: 'doc.md', text, source, claims, stored: store.documents['doc.md'] }];
  for (const format of EXPORT_FORMATS) {
    const out = exportClaims(format, documents, { nameOf: (id) => index.get(id)?.name, now: '2026-12-05T00:00:00.000Z' });
    if (format === 'json' || format === 'claimreview' || format === 'webannotation') JSON.parse(out);
    if (format === 'csv') assert.equal((parseCsv(out, { columns: true, bom: true }) as unknown[]).length, reviewDocument(documents[0]).claims.length, 'one CSV row per claim');
    if (format === 'json') {
      const back = importClaimsJsonWithSummary(JSON.parse(out), emptyStore(), { texts: { 'doc.md': text } });
      if (first) assert.equal(claimOf(back.store, 'doc.md', first)?.notes.length, 1, 'the note survives export and import');
      const again = importClaimsJsonWithSummary(JSON.parse(out), back.store, { texts: { 'doc.md': text } });
      assert.equal(again.summary.notesAdded + again.summary.claimsAdded, 0, 'importing twice adds nothing');
    }
  }
}

const YAML_PIECES = ['entries:', '\n', '  - ', 'id: ', 'kind: ', 'name: ', 'aliases: ', 'facts: ', 'sources: ', 'summary: ', 'disabled: true', '{ ', ' }', '[', ']', ', ', ': ', '"', "'", '&a', '*a', '<<: *a', '!!binary', '#', '---', '...', '|', '>', 'text: ', 'case: exact', 'priority: 2', 'country', 'person', 'organisation', 'zz', 'x', 'the', 'A', '.', '1e9', 'null', '~', '😀', '\uD800', '\t', '    ', 'url: "https://example.org"', 'title: t'];

/** A random gazetteer file: a valid entry with random damage, or YAML-looking noise. */
export function randomGazetteer(r: Random): string {
  if (r() < 0.5) {
    const parts: string[] = [];
    for (let i = int(r, 0, 80); i > 0; i--) parts.push(pick(r, YAML_PIECES));
    return parts.join('');
  }
  const lines = ['entries:'];
  for (let e = int(r, 1, 4); e > 0; e--) {
    const id = pick(r, ['zz-one', 'zz-two', 'ind', 'rus', 'Bad Id', '']);
    lines.push(`  - id: ${id}`, `    kind: ${pick(r, ['person', 'organisation', 'country', 'place', 'weird'])}`, `    name: ${pick(r, ['Zorvan Quill', 'the', '"Quoted: name"', '[list]', ''])}`);
    if (r() < 0.7) lines.push(`    aliases: [${Array.from({ length: int(r, 0, 4) }, () => pick(r, ['ZQ', 'a', 'the', '.', '{ text: IT, case: exact }', '{ text: 5 }', '[nested]', '"Zorvan"'])).join(', ')}]`);
    if (r() < 0.5) lines.push(`    facts: ${pick(r, ['{ office: Minister }', '{ since: 2025-05-09 }', '{ x: { y: 1 } }', '[1, 2]', 'text'])}`);
    if (r() < 0.7) lines.push(`    sources: ${pick(r, ['[{ title: t, url: "https://example.org/a" }]', '[]', '[{ url: "ftp://x" }]', 'none'])}`);
  }
  return lines.join(pick(r, ['\n', '\r\n', '\n\n']));
}

export function gazetteerProperty(text: string): void {
  const file = 'file:///ws/.geolens/gazetteer/fuzz.yaml';
  const { index: layered, problems } = loadLayeredGazetteer([{ file, label: '.geolens/gazetteer/fuzz.yaml', text }]);
  const lines = text.split(/\r\n|\r|\n/).length;
  for (const p of problems) {
    if (p.file !== file) continue;
    assert.ok(p.line >= 1 && p.line <= lines + 1 && p.column >= 1, `problem at ${p.line}:${p.column} of ${lines} lines: ${p.message}`);
  }
  checkSpans('Zorvan Quill met ZQ and India in the Kremlin.', annotate('Zorvan Quill met ZQ and India in the Kremlin.', layered), 'annotation with a user gazetteer');
}

/** A random store file: a real store, then damaged (fields removed or retyped, keys reserved). */
export function randomStoreFile(r: Random): string {
  const text = 'Exports rose 40% in 2023 to $12 billion, the ministry said.';
  let store = emptyStore();
  const keys = ['a.md', 'constructor', '__proto__', 'toString', 'dir/b.md', 'file:///x.md'];
  for (const key of keys.filter(() => r() < 0.5)) {
    const claim = { anchor: createAnchor(text, 0, int(r, 1, text.length)), text: text.slice(0, 10), type: 'statistic' as const, speaker: null, verdict: 'unverified' as const, notes: [] };
    store = { ...store, documents: { ...store.documents, [key]: { source: { title: null, author: null, publication: null, date: null, url: null }, claims: { [pick(r, ['c1', '__proto__', 'constructor'])]: claim } } } };
  }
  const data = JSON.parse(serializeStore(store)) as Record<string, unknown>;
  const damage = (value: unknown, depth: number): unknown => {
    if (depth > 6 || value === null || typeof value !== 'object') {
      if (r() < 0.05) return pick(r, [null, 1e308, -1, 'x', true, [], {}, '\uD800']);
      return value;
    }
    const out: Record<string, unknown> = Array.isArray(value) ? ([] as unknown as Record<string, unknown>) : {};
    for (const [k, v] of Object.entries(value)) if (r() > 0.03) out[k] = damage(v, depth + 1);
    return out;
  };
  if (r() < 0.2) data.version = pick(r, [0, 2, 99, '1', null]);
  const damaged = JSON.stringify(r() < 0.7 ? damage(data, 0) : data);
  return r() < 0.1 ? damaged.slice(0, int(r, 0, damaged.length)) : damaged;
}

export function storeFileProperty(json: string): void {
  const parsed = parseStore(json);
  if ('store' in parsed) {
    const written = serializeStore(parsed.store);
    const again = parseStore(written);
    assert.ok('store' in again, 'what parses writes back parseable');
    assert.equal(serializeStore(again.store), written, 'and the same');
  } else {
    assert.ok(parsed.error.length > 0);
  }
}

/**
 * A random session of work on one store by two writers (two windows), with edits of the document,
 * saves at random moments and reloads; every note written and not deleted must be in the file.
 */
export async function sessionProperty(seed: number, steps = 40): Promise<void> {
  const r = prng(seed);
  const fsys = new MemoryStoreFs();
  const FILE = '/ws/.geolens/claims.json';
  let text = 'India and Russia traded $65 billion in 2023, Jaishankar said. Exports rose 40% to $12 billion.\n\nThe programme runs from 2021 to 2031, officials said.';
  const { source, claims } = extractClaims(text, index, { includeAll: true });
  fsys.files.set(FILE, { text: serializeStore(mergeExtraction(emptyStore(), 'a.md', text, claims, source)), mtime: 0 });
  const options = { report: () => undefined, delayMs: 3_600_000, maxDelayMs: 3_600_000, sleep: async () => { fsys.now += 20; }, now: () => fsys.now };
  const writers = [new StoreSession(fsys, FILE, options), new StoreSession(fsys, FILE, options)];
  for (const w of writers) await w.load();
  const expected = new Map<string, string>(); // note text → claim id
  let counter = 0;
  for (let step = 0; step < steps; step++) {
    const w = pick(r, writers);
    const ids = Object.keys(w.store.documents['a.md']?.claims ?? {});
    const id = ids.length > 0 ? pick(r, ids) : undefined;
    const roll = r();
    if (id && roll < 0.35) {
      const note = `note ${seed}-${counter++}`;
      w.update(addNote(w.store, 'a.md', id, note, new Date(fsys.now).toISOString()));
      expected.set(note, id);
    } else if (id && roll < 0.45) {
      const claim = w.store.documents['a.md'].claims[id];
      const mine = claim.notes.find((n) => expected.has(n.text));
      if (mine) {
        const edited = `${mine.text} (edited ${counter++})`;
        w.update(editNote(w.store, 'a.md', id, mine.id, edited, new Date(fsys.now).toISOString()));
        expected.delete(mine.text);
        expected.set(edited, id);
      }
    } else if (id && roll < 0.5) {
      const claim = w.store.documents['a.md'].claims[id];
      const mine = claim.notes.find((n) => expected.has(n.text));
      if (mine) {
        w.update(removeNote(w.store, 'a.md', id, mine.id));
        expected.delete(mine.text);
      }
    } else if (id && roll < 0.6) {
      w.update(setVerdict(w.store, 'a.md', id, pick(r, ['supported', 'disputed', 'false', 'opinion', 'unverified'])));
    } else if (roll < 0.7) {
      // The article is edited above its claims and extraction runs again.
      text = `${pick(r, ['A new paragraph.', 'Update: figures revised.', ''])}\n\n${text}`;
      const again = extractClaims(text, index, { includeAll: true });
      w.update(mergeExtraction(reanchorDocument(w.store, 'a.md', text), 'a.md', text, again.claims, again.source));
    } else if (roll < 0.85) {
      await w.flush();
    } else if (roll < 0.95) {
      await w.refresh();
    } else {
      await w.load();
    }
  }
  for (const w of writers) await w.flush();
  const saved = parseStore(fsys.files.get(FILE)?.text ?? '');
  assert.ok('store' in saved, 'the file is a store');
  const onFile = new Set(Object.values(saved.store.documents['a.md']?.claims ?? {}).flatMap((c) => c.notes.map((n) => n.text)));
  // An edit made in one window to a note the other window edited too keeps both texts.
  for (const note of expected.keys()) assert.ok(onFile.has(note), `seed ${seed}: note "${note}" was lost`);
}

export function documentCase(seed: number, maxPieces?: number): string {
  return randomDocument(prng(seed), maxPieces);
}

export function gazetteerCase(seed: number): string {
  return randomGazetteer(prng(seed));
}

export function storeFileCase(seed: number): string {
  return randomStoreFile(prng(seed));
}

export type { NoteStore };
