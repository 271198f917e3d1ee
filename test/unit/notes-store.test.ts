import assert from 'node:assert/strict';
import { extractClaims } from '../../src/core/claims';
import {
  addNote, editClaim, editNote, emptyStore, mergeExtraction, parseStore, reanchorDocument, removeClaim, removeNote, renameDocument, serializeStore, setVerdict,
  STORE_VERSION, type NoteStore,
} from '../../src/core/notes/store';
import { VERDICT_ORDER, VERDICTS } from '../../src/core/notes/verdicts';
import { mergeStores } from '../../src/core/notes/merge';
import { assignIds } from '../../src/core/claims/ids';
import type { Claim } from '../../src/core/claims/types';
import { fixtureIndex } from './claims-helpers';

const index = fixtureIndex();
const KEY = 'articles/ports.md';
const NOW = '2024-05-05T10:00:00.000Z';
const ARTICLE = [
  'Velaria sold 300 tanks to Ostria in 2021, Mara Kessel said.',
  'Ostria is the largest buyer of Velarian timber.',
  'The bridge opening was postponed due to heavy floods in March 2022.',
].join('\n\n');

function extractInto(store: NoteStore, text: string): NoteStore {
  const { source, claims } = extractClaims(text, index);
  return mergeExtraction(store, KEY, text, claims, source);
}

function claimWith(store: NoteStore, words: string): [string, NoteStore['documents'][string]['claims'][string]] {
  const entry = Object.entries(store.documents[KEY].claims).find(([, c]) => c.text.includes(words));
  assert.ok(entry, `no stored claim with "${words}"`);
  return entry;
}

/** Every copy of `sentence` in `text` as an extracted claim, with the ids extraction gives repeated sentences. */
function copiesOf(sentence: string, text: string): Claim[] {
  const spans: number[] = [];
  for (let i = text.indexOf(sentence); i >= 0; i = text.indexOf(sentence, i + 1)) spans.push(i);
  const ids = assignIds(spans.map(() => sentence));
  return spans.map((start, k) => ({ id: ids[k], start, end: start + sentence.length, text: sentence, type: 'statistic', speaker: null, entities: [], figures: [], score: 1, checkWorthy: true, label: sentence }));
}

describe('notes store', () => {
  it('explains every verdict', () => {
    assert.deepEqual(Object.keys(VERDICTS).sort(), [...VERDICT_ORDER].sort());
    for (const v of VERDICT_ORDER) assert.ok(VERDICTS[v].meaning.length > 10);
  });

  it('adds extracted claims as unverified with anchors', () => {
    const store = extractInto(emptyStore(), ARTICLE);
    const claims = Object.values(store.documents[KEY].claims);
    assert.equal(claims.length, 3);
    for (const c of claims) {
      assert.equal(c.verdict, 'unverified');
      assert.deepEqual(c.notes, []);
      assert.equal(ARTICLE.slice(c.anchor.position.start, c.anchor.position.end), c.anchor.quote.exact);
    }
  });

  it('keeps notes and verdicts when text above changes and extraction runs again', () => {
    let store = extractInto(emptyStore(), ARTICLE);
    const [tanks] = claimWith(store, '300 tanks');
    store = addNote(store, KEY, tanks, 'Check the arms-transfer register.', NOW);
    store = setVerdict(store, KEY, tanks, 'supported');
    const edited = `A new first paragraph about shipping lanes, added later.\n\n${ARTICLE}`;
    store = extractInto(store, edited);
    const [id, claim] = claimWith(store, '300 tanks');
    assert.equal(id, tanks);
    assert.equal(claim.verdict, 'supported');
    assert.equal(claim.notes[0].text, 'Check the arms-transfer register.');
    assert.equal(edited.slice(claim.anchor.position.start, claim.anchor.position.end), claim.text);
    assert.ok(!claim.orphaned);
  });

  it('follows a claim whose wording changed slightly, keeping its notes; another figure is another claim', () => {
    let store = extractInto(emptyStore(), ARTICLE);
    const [tanks] = claimWith(store, '300 tanks');
    store = addNote(store, KEY, tanks, 'source?', NOW);
    store = setVerdict(store, KEY, tanks, 'false');
    const reworded = extractInto(store, ARTICLE.replace('300 tanks', '300 battle tanks'));
    const [, claim] = claimWith(reworded, '300 battle tanks');
    assert.equal(claim.notes.length, 1);
    assert.equal(claim.verdict, 'false');
    assert.equal(Object.values(reworded.documents[KEY].claims).filter((c) => c.text.includes('tanks')).length, 1);
    // "300" corrected to "310": the verdict on 300 must not land on 310. It stays, orphaned, on the
    // sentence it was given for, and the corrected sentence is a claim of its own.
    const corrected = extractInto(store, ARTICLE.replace('300 tanks', '310 tanks'));
    const old = corrected.documents[KEY].claims[tanks];
    assert.equal(old.orphaned, true);
    assert.equal(old.verdict, 'false');
    assert.match(old.text, /300 tanks/);
    const [, fresh] = claimWith(corrected, '310 tanks');
    assert.equal(fresh.verdict, 'unverified');
    assert.equal(fresh.notes.length, 0);
  });

  it('a repeated sentence keeps each copy\'s verdict and notes when another copy is added above', () => {
    const sentence = 'Unemployment fell to 3% last year.';
    const extract = (text: string) => copiesOf(sentence, text);
    const before = `In Velaria: ${sentence}\nIn Ostria: ${sentence}\n`;
    let store = mergeExtraction(emptyStore(), KEY, before, extract(before));
    const [velaria, ostria] = extract(before).map((c) => c.id);
    store = addNote(setVerdict(store, KEY, velaria, 'false'), KEY, velaria, 'Velaria: it is 11%.', NOW);
    store = setVerdict(store, KEY, ostria, 'supported');
    const after = `In Norland: ${sentence}\n${before}`;
    const merged = mergeExtraction(store, KEY, after, extract(after));
    const where = (c: { anchor: { quote: { prefix: string } } }) => /In (\w+): $/.exec(c.anchor.quote.prefix)?.[1];
    const byPlace = Object.fromEntries(Object.values(merged.documents[KEY].claims).map((c) => [where(c), [c.verdict, c.notes.map((n) => n.text)]]));
    assert.deepEqual(byPlace, { Norland: ['unverified', []], Velaria: ['false', ['Velaria: it is 11%.']], Ostria: ['supported', []] });
  });

  it('a repeated sentence: a copy re-wrapped stays where it is, and a deleted copy\'s claim is an orphan, not a second claim on the other copy', () => {
    const sentence = 'Velaria shipped 4.2 million tonnes of grain in 2022.';
    const filler = 'Ostria imported 3 million barrels of oil last year, the ministry said in its annual report.';
    const extract = (text: string) => copiesOf(sentence, text);
    const text = `Intro. ${sentence} ${filler}\n\n${filler} More text here. ${sentence} Closing words follow.\n`;
    let store = mergeExtraction(emptyStore(), KEY, text, extract(text));
    const [first, second] = extract(text).map((c) => c.id);
    store = setVerdict(setVerdict(store, KEY, first, 'supported'), KEY, second, 'false');
    // Re-wrapped outside VS Code: the spaces around the second copy became line breaks.
    const rewrapped = text.replace(`here. ${sentence} Closing`, `here.\n${sentence}\nClosing`);
    const kept = reanchorDocument(store, KEY, rewrapped).documents[KEY].claims;
    assert.equal(kept[second].anchor.position.start, rewrapped.lastIndexOf(sentence));
    assert.equal(kept[first].anchor.position.start, rewrapped.indexOf(sentence));
    // The second copy deleted: its claim is an orphan with its verdict; the first keeps its own.
    const gone = text.replace(` ${sentence} Closing`, ' Closing');
    const after = reanchorDocument(store, KEY, gone).documents[KEY].claims;
    assert.equal(after[first].verdict, 'supported');
    assert.equal(after[first].orphaned, undefined);
    assert.equal(after[second].orphaned, true);
    assert.equal(after[second].verdict, 'false');
  });

  it('orphans a claim with notes whose text is gone, and drops untouched ones', () => {
    let store = extractInto(emptyStore(), ARTICLE);
    const [tanks] = claimWith(store, '300 tanks');
    store = setVerdict(store, KEY, tanks, 'false');
    store = extractInto(store, 'A completely different article about 12 dams built in 2020 by Ostria.');
    const kept = store.documents[KEY].claims[tanks];
    assert.ok(kept, 'a claim with a verdict is never deleted');
    assert.equal(kept.orphaned, true);
    assert.equal(Object.values(store.documents[KEY].claims).some((c) => c.text.includes('largest buyer')), false);
    // The text comes back: the orphan is found again.
    store = reanchorDocument(store, KEY, ARTICLE);
    assert.equal(store.documents[KEY].claims[tanks].orphaned, undefined);
  });

  it('edits and removes notes, edits claims, and keeps removed claims as tombstones', () => {
    let store = extractInto(emptyStore(), ARTICLE);
    const [tanks] = claimWith(store, '300 tanks');
    store = addNote(store, KEY, tanks, 'one', NOW);
    store = addNote(store, KEY, tanks, 'two', NOW);
    store = editNote(store, KEY, tanks, 'n1', 'one, revised', '2024-05-06T00:00:00.000Z');
    let notes = store.documents[KEY].claims[tanks].notes;
    assert.deepEqual(notes.map((n) => [n.id, n.text]), [['n1', 'one, revised'], ['n2', 'two']]);
    assert.equal(notes[0].created, NOW);
    assert.equal(notes[0].modified, '2024-05-06T00:00:00.000Z');
    store = removeNote(store, KEY, tanks, 'n1');
    store = addNote(store, KEY, tanks, 'three', NOW);
    notes = store.documents[KEY].claims[tanks].notes;
    assert.deepEqual(notes.map((n) => n.id), ['n2', 'n3']);

    const [timber] = claimWith(store, 'largest buyer');
    store = editClaim(store, KEY, timber, { speaker: { name: 'Ostrian customs' } });
    store = removeClaim(store, KEY, tanks);
    store = extractInto(store, ARTICLE);
    assert.equal(store.documents[KEY].claims[tanks].removed, true, 'extraction does not resurrect a removed claim');
    assert.deepEqual(store.documents[KEY].claims[timber].speaker, { name: 'Ostrian customs' });
    assert.equal(store.documents[KEY].claims[timber].userEdited, true);
  });

  it('moves a document on rename / Save As', () => {
    let store = extractInto(emptyStore(), ARTICLE);
    const [tanks] = claimWith(store, '300 tanks');
    store = addNote(store, KEY, tanks, 'keep me', NOW);
    const renamed = renameDocument(store, KEY, 'articles/ports-v2.md');
    assert.equal(renamed.documents[KEY], undefined);
    assert.equal(renamed.documents['articles/ports-v2.md'].claims[tanks].notes[0].text, 'keep me');
    assert.equal(renameDocument(store, 'missing.md', 'x.md'), store);
  });

  it('serialises stably and parses back', () => {
    let store = extractInto(emptyStore(), ARTICLE);
    const [tanks] = claimWith(store, '300 tanks');
    store = addNote(store, KEY, tanks, 'note "quoted" — ✓', NOW);
    const json = serializeStore(store);
    assert.ok(json.endsWith('\n'));
    const parsed = parseStore(json);
    assert.ok('store' in parsed, 'error' in parsed ? parsed.error : '');
    assert.deepEqual(parsed.store, store);
    assert.equal(serializeStore(parsed.store), json);
    // Key order of the input does not change the output.
    const shuffled = { documents: JSON.parse(json).documents, version: STORE_VERSION };
    const again = parseStore(JSON.stringify(shuffled));
    assert.ok('store' in again);
    assert.equal(serializeStore(again.store), json);
  });

  it('keeps the entities extraction found with each claim (format 2), and reads a format-1 file as it is', () => {
    const text = 'Velaria exported $4 billion of grain to Ostria in 2022, Mara Kessel said.';
    const extracted = extractClaims(text, fixtureIndex()).claims.filter((c) => c.checkWorthy);
    assert.ok(extracted.length > 0 && extracted[0].entities.length > 0, JSON.stringify(extracted));
    const store = mergeExtraction(emptyStore(), 'a.md', text, extracted);
    const id = extracted[0].id;
    const written = JSON.parse(serializeStore(store));
    assert.equal(written.version, STORE_VERSION);
    assert.deepEqual(written.documents['a.md'].claims[id].entities, extracted[0].entities);
    const back = parseStore(serializeStore(store));
    assert.ok('store' in back);
    assert.deepEqual(back.store.documents['a.md'].claims[id].entities, extracted[0].entities);

    // A format-1 file: the same claims without entities, a verdict and a note a person wrote.
    const v1 = JSON.parse(serializeStore(addNote(setVerdict(store, 'a.md', id, 'false'), 'a.md', id, 'Checked against the ministry figures.')));
    v1.version = 1;
    delete v1.documents['a.md'].claims[id].entities;
    const migrated = parseStore(JSON.stringify(v1));
    assert.ok('store' in migrated, JSON.stringify(migrated));
    const claim = migrated.store.documents['a.md'].claims[id];
    assert.equal(claim.entities, undefined, 'no entities invented');
    assert.equal(claim.verdict, 'false');
    assert.equal(claim.notes[0].text, 'Checked against the ministry figures.');
    assert.equal(JSON.parse(serializeStore(migrated.store)).version, STORE_VERSION, 'written in the current format at the next change');
    // The next extraction fills the entities in and keeps the person's work.
    const refreshed = mergeExtraction(migrated.store, 'a.md', text, extracted).documents['a.md'].claims[id];
    assert.deepEqual(refreshed.entities, extracted[0].entities);
    assert.equal(refreshed.notes.length, 1);
    // Rewording a claim by hand drops the entities extraction found in the old wording.
    const edited = editClaim(mergeExtraction(emptyStore(), 'a.md', text, extracted), 'a.md', id, { text: 'Grain exports reached $4 billion.' });
    assert.equal(edited.documents['a.md'].claims[id].entities, undefined);
    // Re-anchoring (each pause in typing, each save) moves the anchor and keeps the person's wording.
    const moved = reanchorDocument(edited, 'a.md', `A new first line.\n\n${text}`).documents['a.md'].claims[id];
    assert.equal(moved.text, 'Grain exports reached $4 billion.');
    assert.equal(moved.anchor.position.start, edited.documents['a.md'].claims[id].anchor.position.start + 19);
    assert.ok('error' in parseStore('{"version":2,"documents":{"a":{"claims":{"c1":{"text":"x","entities":"ind","anchor":{"quote":{"exact":"x"},"position":{"start":0,"end":1}}}}}}}'));
  });

  it('keeps the fields it does not know (written by hand or another tool) through changes, merges and renames', () => {
    const file = {
      version: STORE_VERSION,
      reviewer: 'desk B',
      documents: {
        'a.md': {
          source: { title: 'T', author: null, publication: null, date: null, url: null, language: 'en' },
          claims: {
            c1: {
              anchor: { quote: { exact: 'Exports rose 4%.', prefix: '', suffix: '' }, position: { start: 0, end: 16 } },
              text: 'Exports rose 4%.', type: 'statistic', speaker: { name: 'Ana Lind', role: 'minister' }, verdict: 'unverified',
              notes: [{ id: 'n1', text: 'x', created: 'T0', modified: 'T0', author: 'alice', ['__proto__']: { polluted: true } }],
              assignedTo: 'bo',
            },
          },
          meta: { priority: 2 },
        },
      },
    };
    const parsed = parseStore(JSON.stringify(file));
    assert.ok('store' in parsed);
    let store = addNote(parsed.store, 'a.md', 'c1', 'Checked.', 'T1');
    store = setVerdict(store, 'a.md', 'c1', 'supported');
    store = renameDocument(store, 'a.md', 'b.md', 'T2');
    store = mergeStores(parsed.store, store, parsed.store).store;
    const out = JSON.parse(serializeStore(store));
    assert.equal(out.reviewer, 'desk B');
    assert.deepEqual(out.documents['b.md'].meta, { priority: 2 });
    assert.equal(out.documents['b.md'].source.language, 'en');
    const c1 = out.documents['b.md'].claims.c1;
    assert.equal(c1.assignedTo, 'bo');
    assert.equal(c1.speaker.role, 'minister');
    assert.equal(c1.notes[0].author, 'alice');
    assert.ok(Object.prototype.hasOwnProperty.call(c1.notes[0], '__proto__'), 'a field named __proto__ stays a field');
    assert.equal(({} as { polluted?: boolean }).polluted, undefined);
    // A person who names another speaker: what was known only about the old one goes with it.
    assert.equal(JSON.parse(serializeStore(editClaim(store, 'b.md', 'c1', { speaker: { name: 'Bo Rask' } }))).documents['b.md'].claims.c1.speaker.role, undefined);
  });

  it('reports corrupt, damaged or newer files as errors, never throwing', () => {
    const bad = [
      '', '{', 'null', '[]', '42', '{"version":1,"documents":[]}', '{"documents":{}}', '{"version":"1","documents":{}}',
      '{"version":1,"documents":{"a":{"claims":{"c1":{"text":"x"}}}}}',
      '{"version":1,"documents":{"a":{"claims":{"c1":{"text":"x","anchor":{"quote":{"exact":"x"},"position":{"start":5,"end":2}}}}}}}',
      '{"version":1,"documents":{"a":{"claims":{"c1":{"text":"x","verdict":"maybe","anchor":{"quote":{"exact":"x"},"position":{"start":0,"end":1}}}}}}}',
    ];
    for (const json of bad) {
      const result = parseStore(json);
      assert.ok('error' in result, json);
      assert.ok(result.error.length > 10);
    }
    const newer = parseStore(`{"version":${STORE_VERSION + 1},"documents":{}}`);
    assert.ok('error' in newer && /newer GeoLens/.test(newer.error));
    const ok = parseStore('\uFEFF{"version":1,"documents":{}}');
    assert.ok('store' in ok);
  });
});
