/**
 * Exports: Markdown report, CSV (read back with a real CSV parser), JSON (and its import into the
 * notes store), schema.org ClaimReview and W3C Web Annotation JSON-LD. Invented articles only.
 */
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { extractClaims, type Claim } from '../../src/core/claims';
import { claimsToCsv, claimsToMarkdown, CSV_HEADER } from '../../src/core/export/claimsTable';
import { claimReviews, ratingOf, readableText, textFragmentUrl, type ClaimReview } from '../../src/core/export/claimReview';
import { csvCell, neutralise } from '../../src/core/export/csv';
import {
  EXPORT_FORMATS, FORMAT_INFO, formats, isExportFormat, type ExportDocument,
} from '../../src/core/export/index';
import {
  claimsJsonData, claimsToJson, documentsFromStore, importClaimsJson, importClaimsJsonWithSummary, ImportError, reviewDocument,
} from '../../src/core/export/json';
import { countVerdicts } from '../../src/core/export/report';
import { codePointOffsets, webAnnotationCollection, webAnnotations, type TextPositionSelector, type TextQuoteSelector, type WebAnnotation } from '../../src/core/export/webAnnotation';
import { resolveAnchor } from '../../src/core/notes/anchor';
import {
  addNote, editClaim, emptyStore, markIntended, mergeExtraction, removeClaim, serializeStore, setVerdict, type NoteStore,
} from '../../src/core/notes/store';
import type { Verdict } from '../../src/core/notes/verdicts';
import { fixtureIndex } from './claims-helpers';

const index = fixtureIndex();
const nameOf = (id: string): string | undefined => index.get(id)?.name;
const kindOf = (id: string): string | undefined => index.get(id)?.kind;
const NOW = '2024-06-01T12:00:00.000Z';
const NOTE_TIME = '2024-05-20T09:30:00.000Z';
const KEY = 'articles/ports.md';

const ARTICLE = [
  '---', 'title: "Ports, trade & the \\"Velaria question\\""', 'author: Jane Roe', 'publication: Harbour Weekly', 'date: 2024-05-05', 'url: https://example.org/ports-trade', '---',
  '# Ports, trade and the Velaria question', '',
  'Velaria sold 300 tanks to Ostria in 2021, Mara Kessel said.', '',
  'The Velarian Navy said it had doubled its fleet to 40 ships since 2019.', '',
  'Ostria is the largest buyer of Velarian timber.', '',
  'The bridge opening was postponed due to heavy floods in March 2022.',
].join('\n');

function idOf(store: NoteStore, words: string, key = KEY): string {
  const entry = Object.entries(store.documents[key].claims).find(([, c]) => c.text.includes(words));
  assert.ok(entry, `no stored claim with "${words}"`);
  return entry[0];
}

/** The article extracted into a store, with notes and verdicts on some claims. */
function reviewedStore(): NoteStore {
  const { source, claims } = extractClaims(ARTICLE, index);
  let store = mergeExtraction(emptyStore(), KEY, ARTICLE, claims, source);
  const tanks = idOf(store, 'tanks');
  const navy = idOf(store, 'Navy');
  const timber = idOf(store, 'timber');
  store = setVerdict(store, KEY, tanks, 'false');
  store = addNote(store, KEY, tanks, 'Arms register lists 120 tanks, not 300.\nSee the 2022 "transfers" table, row 14.', NOTE_TIME);
  store = addNote(store, KEY, tanks, '=HYPERLINK("http://evil.example","click")', '2024-05-21T10:00:00.000Z');
  store = setVerdict(store, KEY, navy, 'supported');
  store = setVerdict(store, KEY, timber, 'opinion');
  store = addNote(store, KEY, timber, 'Ranking depends on the year; <script>alert(1)</script> [x](javascript:alert(1))', NOTE_TIME);
  return store;
}

/** As the CLI builds them: extraction plus the document's stored record. */
function cliDocuments(store: NoteStore): ExportDocument[] {
  const { source, claims } = extractClaims(ARTICLE, index);
  return [{ file: KEY, uri: 'file:///work/articles/ports.md', text: ARTICLE, source, claims, stored: store.documents[KEY] }];
}

/** A hand-made document whose claims hold the text a spreadsheet or a JSON-LD page must survive. */
const TRICKY_TEXT = [
  '=SUM(A1:A9) was the "total", officials said, with a comma.',
  '+44 tonnes moved; -5% fell.\nA second line 😀 in Zürich — naïve café.',
  '@here\tTabbed claim: Ostria\'s exports rose by \\$9 billion </script>.',
].join('\n');

function claimAt(text: string, fragment: string, id: string, extra: Partial<Claim> = {}): Claim {
  const start = text.indexOf(fragment);
  assert.ok(start >= 0, fragment);
  return {
    id, start, end: start + fragment.length, text: fragment, type: 'statistic', score: 0.8125, checkWorthy: true, speaker: null,
    entities: ['ostrava-land'], figures: [], label: fragment.slice(0, 80), ...extra,
  };
}

function trickyDocument(): ExportDocument {
  const claims = [
    claimAt(TRICKY_TEXT, '=SUM(A1:A9) was the "total", officials said, with a comma.', 'c1', { speaker: { name: 'officials', verb: 'said' } }),
    claimAt(TRICKY_TEXT, '+44 tonnes moved; -5% fell.\nA second line 😀 in Zürich — naïve café.', 'c2', { type: 'comparison', score: 0.5 }),
    claimAt(TRICKY_TEXT, '@here\tTabbed claim: Ostria\'s exports rose by \\$9 billion </script>.', 'c3', { speaker: { name: 'Velarian Navy', id: 'velarian-navy', verb: 'said' } }),
  ];
  const store = (() => {
    let s = mergeExtraction(emptyStore(), 'tricky.md', TRICKY_TEXT, claims, { title: '-Tricky | "title"', author: null, publication: '@Pub', date: null, url: null });
    s = setVerdict(s, 'tricky.md', 'c2', 'disputed');
    s = addNote(s, 'tricky.md', 'c2', '-1 is "wrong", really', NOTE_TIME);
    s = setVerdict(s, 'tricky.md', 'c3', 'false');
    return s;
  })();
  return { file: 'tricky.md', text: TRICKY_TEXT, source: store.documents['tricky.md'].source, claims, stored: store.documents['tricky.md'] };
}

type Row = Record<string, string>;

function readCsv(csv: string): Row[] {
  return parse(csv, { columns: true, bom: true, skip_empty_lines: false, relax_quotes: false, relax_column_count: false }) as Row[];
}

describe('export: CSV (RFC 4180, read back with csv-parse)', () => {
  it('writes one row per claim with CRLF records and the documented header', () => {
    const csv = formats.csv(cliDocuments(reviewedStore()));
    const records = readCsv(csv);
    assert.equal(records.length, extractClaims(ARTICLE, index).claims.length);
    assert.deepEqual(Object.keys(records[0]), CSV_HEADER);
    assert.ok(csv.endsWith('\r\n'));
    assert.ok(csv.startsWith(`${CSV_HEADER.join(',')}\r\n`));
  });

  it('round-trips every field, including quotes, commas, newlines, formula-looking text and Unicode', () => {
    const doc = trickyDocument();
    const records = readCsv(formats.csv([doc]));
    const reviewed = reviewDocument(doc).claims;
    assert.equal(records.length, reviewed.length);
    records.forEach((row, i) => {
      const claim = reviewed[i];
      const text = (value: string | null | undefined): string => neutralise(value ?? '');
      assert.deepEqual(row, {
        file: 'tricky.md', title: "'-Tricky | \"title\"", author: '', publication: "'@Pub", date: '', url: '',
        claim_id: claim.id, start: String(claim.start), end: String(claim.end), text: text(claim.text), type: claim.type, score: String(claim.score),
        check_worthy: 'true', speaker: text(claim.speaker?.name), speaker_id: text(claim.speaker?.id), verb: text(claim.speaker?.verb),
        entities: 'ostrava-land', figures: '', verdict: claim.verdict, notes: text(claim.notes.map((n) => n.text).join('\n')), checks: '',
      });
      // Numbers stay numbers: the parser gives back the same number.
      assert.equal(Number(row.start), claim.start);
      assert.equal(Number(row.score), claim.score);
    });
    assert.equal(records[0].text, `'${TRICKY_TEXT.split('\n')[0]}`);
    assert.match(records[1].text, /\n.*😀 in Zürich — naïve café\.$/);
    assert.equal(records[1].notes, "'-1 is \"wrong\", really");
    assert.match(records[2].text, /^'@here\t/);
  });

  it('a spreadsheet splitting on ";" or tabs, leading spaces and full-width signs never start a formula', () => {
    const title = "News;=cmd|' /C calc'!A0";
    assert.equal(csvCell(title), `"${title}"`, 'quoted: a ";" splitter reads one cell');
    for (const cell of [' =1+1', '\u00a0\u00a0+1', '\uFF1D1+1', '\uFF0B1', '\uFF0D1', '\uFF201', '\u22121', '\u3000=1']) {
      assert.equal(csvCell(cell)[1], "'", JSON.stringify(cell));
    }
    // Read back with ";" as the separator, the title is still one field.
    const rows = parse(`${csvCell(title)}\r\n`, { delimiter: ';' }) as string[][];
    assert.deepEqual(rows, [[title]]);
  });

  it('neutralises every text cell that starts with = + - @ tab or CR, and leaves numbers alone', () => {
    for (const trigger of ['=', '+', '-', '@', '\t', '\r']) assert.equal(csvCell(`${trigger}1+1`).replace(/^"/, '')[0], "'", JSON.stringify(trigger));
    assert.equal(csvCell(-5), '-5');
    assert.equal(csvCell(0.8125), '0.8125');
    assert.equal(csvCell(Number.NaN), '');
    assert.equal(csvCell(true), 'true');
    assert.equal(csvCell(null), '');
    assert.equal(csvCell('plain'), '"plain"', 'every text cell is quoted');
    assert.equal(csvCell('a "b", c'), '"a ""b"", c"');
    const records = readCsv(formats.csv(cliDocuments(reviewedStore())));
    for (const row of records) {
      for (const [column, value] of Object.entries(row)) assert.doesNotMatch(value, /^[=+\-@\t\r]/, `${column}: ${value}`);
    }
    const tanks = records.find((r) => r.text.includes('tanks'));
    assert.ok(tanks);
    assert.equal(tanks.notes.split('\n')[2], '=HYPERLINK("http://evil.example","click")', 'a later line is not the start of the cell');
    assert.ok(tanks.notes.startsWith('Arms register'));
    assert.equal(tanks.verdict, 'false');
  });

  it('adds a UTF-8 byte order mark only when asked (for Excel)', () => {
    const docs = [trickyDocument()];
    assert.ok(!formats.csv(docs).startsWith('\uFEFF'));
    const withBom = formats.csv(docs, { bom: true });
    assert.ok(withBom.startsWith('\uFEFF'));
    assert.deepEqual(readCsv(withBom), readCsv(formats.csv(docs)));
  });

  it('keeps claimsToCsv for the simpler ClaimsDocument input', () => {
    const { source, claims } = extractClaims(ARTICLE, index);
    const csv = claimsToCsv([{ file: KEY, source, claims, reviews: { [claims[0].id]: { verdict: 'supported', notes: ['one', 'two'] } } }]);
    const records = readCsv(csv);
    assert.equal(records[0].verdict, 'supported');
    assert.equal(records[0].notes, 'one\ntwo');
    assert.equal(records[1].verdict, 'unverified');
  });
});

describe('export: JSON (the CLI claims schema + verdicts and notes)', () => {
  const CLAIM_KEYS = ['id', 'start', 'end', 'text', 'type', 'score', 'checkWorthy', 'speaker', 'entities', 'figures', 'verdict', 'notes'];

  it('follows the claims schema, with verdict and notes on every claim', () => {
    const store = reviewedStore();
    const data = JSON.parse(formats.json(cliDocuments(store))) as ReturnType<typeof claimsJsonData>;
    assert.equal(data.version, 1);
    assert.equal(data.documents.length, 1);
    const [doc] = data.documents;
    assert.equal(doc.file, KEY);
    assert.deepEqual(Object.keys(doc.source), ['title', 'author', 'publication', 'date', 'url']);
    for (const claim of doc.claims) {
      assert.deepEqual(Object.keys(claim), CLAIM_KEYS);
      assert.equal(ARTICLE.slice(claim.start, claim.end), claim.text);
      assert.ok(typeof claim.score === 'number' && claim.score >= 0 && claim.score <= 1);
    }
    const tanks = doc.claims.find((c) => c.text.includes('tanks'));
    assert.equal(tanks?.verdict, 'false');
    assert.deepEqual(tanks?.notes.map((n) => n.id), ['n1', 'n2']);
  });

  it('is the CLI output exactly, plus verdict and notes, when there is no store', () => {
    const { source, claims } = extractClaims(ARTICLE, index);
    const cli = { version: 1, documents: [{ file: KEY, source, claims: claims.map(({ label: _label, ...claim }) => claim) }] };
    const ours = JSON.parse(claimsToJson([{ file: KEY, source, claims }])) as ReturnType<typeof claimsJsonData>;
    const stripped = { ...ours, documents: ours.documents.map((d) => ({ ...d, claims: d.claims.map(({ verdict: _v, notes: _n, ...c }) => c) })) };
    assert.deepEqual(stripped, JSON.parse(JSON.stringify(cli)));
    assert.ok(ours.documents[0].claims.every((c) => c.verdict === 'unverified' && c.notes.length === 0));
  });

  it('round-trips a store: store → JSON → new store has the same claims, verdicts and notes', () => {
    const store = reviewedStore();
    const json = formats.json(documentsFromStore(store, { [KEY]: ARTICLE }));
    const back = importClaimsJson(json, emptyStore(), { texts: { [KEY]: ARTICLE } });
    assert.equal(serializeStore(back), serializeStore(store));
  });

  it('round-trips verdicts and notes without the document text, anchoring new claims at start/end + text', () => {
    const store = reviewedStore();
    const back = importClaimsJson(formats.json(documentsFromStore(store)), emptyStore());
    for (const [id, claim] of Object.entries(store.documents[KEY].claims)) {
      const imported = back.documents[KEY].claims[id];
      assert.ok(imported, id);
      assert.equal(imported.verdict, claim.verdict);
      assert.deepEqual(imported.notes, claim.notes);
      assert.deepEqual(imported.anchor.position, claim.anchor.position);
      assert.deepEqual(resolveAnchor(ARTICLE, imported.anchor), claim.anchor.position);
    }
    assert.deepEqual(back.documents[KEY].source, store.documents[KEY].source);
  });

  it('merges into an existing store without dropping or duplicating notes', () => {
    const store = reviewedStore();
    const tanks = idOf(store, 'tanks');
    const navy = idOf(store, 'Navy');
    const bridge = idOf(store, 'bridge');
    // Someone else's export: the same claims, one extra note, a different verdict, a new claim.
    let theirs = addNote(store, KEY, tanks, 'Second source agrees.', '2024-05-25T08:00:00.000Z');
    theirs = setVerdict(theirs, KEY, bridge, 'supported');
    theirs = setVerdict(theirs, KEY, navy, 'unverified');
    const json = JSON.parse(formats.json(documentsFromStore(theirs))) as ReturnType<typeof claimsJsonData>;
    json.documents[0].claims.push({
      id: 'cnew', start: 0, end: 3, text: '---', type: 'other', score: null, checkWorthy: true, speaker: null, entities: [], figures: [], verdict: 'opinion',
      notes: [{ id: 'n1', text: 'Imported note', created: NOTE_TIME, modified: NOTE_TIME }],
    });
    // Ours meanwhile: a local note on the same claim under the same id the import uses.
    const ours = addNote(store, KEY, tanks, 'My own local note.', '2024-05-24T08:00:00.000Z');
    const { store: merged, summary } = importClaimsJsonWithSummary(json, ours);
    const notes = merged.documents[KEY].claims[tanks].notes;
    assert.deepEqual(notes.map((n) => n.text), [
      'Arms register lists 120 tanks, not 300.\nSee the 2022 "transfers" table, row 14.',
      '=HYPERLINK("http://evil.example","click")',
      'My own local note.',
      'Second source agrees.',
    ]);
    assert.equal(new Set(notes.map((n) => n.id)).size, notes.length, 'note ids stay unique');
    assert.equal(merged.documents[KEY].claims[navy].verdict, 'supported', 'an unverified import does not clear a verdict');
    assert.equal(merged.documents[KEY].claims[bridge].verdict, 'supported');
    assert.equal(merged.documents[KEY].claims.cnew.verdict, 'opinion');
    assert.deepEqual(merged.documents[KEY].claims.cnew.anchor, { quote: { exact: '---', prefix: '', suffix: '' }, position: { start: 0, end: 3 } });
    assert.deepEqual(summary, { documents: 1, claimsAdded: 1, notesAdded: 2, verdictsSet: 2 });
    // Importing the same file twice changes nothing more.
    assert.equal(serializeStore(importClaimsJson(json, merged)), serializeStore(merged));
  });

  it('an import keeps the marks on figure checks, and a verdict it replaces as a note', () => {
    let store = reviewedStore();
    const navy = idOf(store, 'Navy');
    store = setVerdict(store, KEY, navy, 'supported');
    store = markIntended(store, KEY, { kind: 'change', exact: '40%', sentence: 'Exports rose 40%.' });
    const theirs = setVerdict(store, KEY, navy, 'false');
    const json = JSON.parse(formats.json(documentsFromStore(theirs))) as ReturnType<typeof claimsJsonData>;
    const merged = importClaimsJson(json, store, { now: NOW });
    assert.deepEqual(merged.documents[KEY].intended, store.documents[KEY].intended);
    assert.equal(merged.documents[KEY].claims[navy].verdict, 'false');
    assert.equal(merged.documents[KEY].claims[navy].notes.at(-1)?.text, 'Verdict before the import: supported');
  });

  it('orphans an imported claim whose text is not in the given document text', () => {
    const json = { version: 1, documents: [{ file: KEY, source: null, claims: [{ id: 'cx', start: 5, end: 20, text: 'Nowhere in this article at all.', type: 'event', notes: ['plain string note'] }] }] };
    const store = importClaimsJson(json, emptyStore(), { texts: { [KEY]: ARTICLE }, now: NOW });
    const claim = store.documents[KEY].claims.cx;
    assert.equal(claim.orphaned, true);
    assert.equal(claim.verdict, 'unverified');
    assert.deepEqual(claim.notes, [{ id: 'n1', text: 'plain string note', created: NOW, modified: NOW }]);
  });

  it('rejects what is not a claims export with a readable ImportError', () => {
    const bad: [unknown, RegExp][] = [
      ['{ nope', /not valid JSON/],
      ['[]', /must be an object/],
      ['{"version": 2, "documents": []}', /version 2/],
      ['{"version": 1}', /no "documents"/],
      ['{"version": 1, "documents": [{"file": "a", "claims": [{"id": "c", "start": 0, "end": 1, "text": "x", "verdict": "maybe"}]}]}', /verdict must be/],
      [{ version: 1, documents: [{ file: 'a', claims: [{ id: 'c', start: 4, end: 1, text: 'x' }] }] }, /ends before it starts/],
    ];
    for (const [input, message] of bad) assert.throws(() => importClaimsJson(input, emptyStore()), (e: unknown) => e instanceof ImportError && message.test(e.message));
  });

  it('joins extraction with the store: removed claims out, orphans with notes kept, user edits win', () => {
    let store = reviewedStore();
    const bridge = idOf(store, 'bridge');
    const navy = idOf(store, 'Navy');
    store = removeClaim(store, KEY, bridge);
    store = editClaim(store, KEY, navy, { text: 'The Velarian Navy doubled its fleet (edited).', type: 'event' });
    const kept = { anchor: { quote: { exact: 'A sentence since deleted.', prefix: '', suffix: '' }, position: { start: 10, end: 35 } }, text: 'A sentence since deleted.', type: 'event' as const, speaker: null, verdict: 'disputed' as Verdict, notes: [] };
    const untouched = { ...kept, text: 'Nobody touched this one.', anchor: { ...kept.anchor, quote: { ...kept.anchor.quote, exact: 'Nobody touched this one.' } }, verdict: 'unverified' as Verdict };
    store = { ...store, documents: { [KEY]: { ...store.documents[KEY], claims: { ...store.documents[KEY].claims, cgone: kept, cdull: untouched } } } };
    const [doc] = cliDocuments(store).map(reviewDocument);
    const ids = doc.claims.map((c) => c.id);
    assert.ok(!ids.includes(bridge), 'removed claims are not exported');
    assert.ok(!ids.includes('cdull'), 'stored claims nobody worked on follow the extraction');
    const gone = doc.claims.find((c) => c.id === 'cgone');
    assert.equal(gone?.orphaned, true);
    assert.equal(gone?.verdict, 'disputed');
    const edited = doc.claims.find((c) => c.id === navy);
    assert.equal(edited?.text, 'The Velarian Navy doubled its fleet (edited).');
    assert.equal(edited?.type, 'event');
    assert.deepEqual(ids, [...doc.claims].sort((a, b) => a.start - b.start).map((c) => c.id), 'sorted by position');
  });

  it('documentsFromStore rebuilds claims from the store alone (score unknown, no figures, the entities the store kept)', () => {
    const store = reviewedStore();
    const edited = ARTICLE.replace('Ostria is the largest buyer of Velarian timber.', 'Something else entirely now.');
    const [withText] = documentsFromStore(store, { [KEY]: `Inserted line.\n${edited}` }, (key) => `file:///ws/${key}`);
    assert.equal(withText.uri, 'file:///ws/articles/ports.md');
    assert.deepEqual(withText.source, store.documents[KEY].source);
    for (const claim of withText.claims) {
      assert.equal(claim.score, null);
      assert.equal(claim.checkWorthy, true);
      assert.deepEqual(claim.entities, store.documents[KEY].claims[claim.id].entities ?? []);
      assert.deepEqual(claim.figures, []);
      if (claim.text.includes('timber')) assert.equal(claim.orphaned, true);
      else assert.equal(withText.text?.slice(claim.start, claim.end), claim.text, 're-anchored in the current text');
    }
    assert.ok(withText.claims.some((c) => c.entities.length > 0), 'the store kept the entities');
    const [noText] = documentsFromStore(store);
    assert.equal(noText.text, undefined);
    assert.deepEqual(noText.claims.map((c) => [c.start, c.end]), Object.values(store.documents[KEY].claims).map((c) => [c.anchor.position.start, c.anchor.position.end]).sort((a, b) => a[0] - b[0]));
  });
});

describe('export: Markdown report', () => {
  it('has a verdict summary per document and overall, then each document with its source note and claims', () => {
    const store = reviewedStore();
    const docs = [...cliDocuments(store), trickyDocument()];
    const md = formats.md(docs, { nameOf });
    assert.match(md, /^# GeoLens claims report\n/);
    assert.ok(md.includes('| Document | Claims | Unverified | Supported | Disputed | False | Opinion |'), md);
    assert.ok(md.includes('| Ports, trade &amp; the "Velaria question" | 4 | 1 | 1 | 0 | 1 | 1 |'), md);
    assert.ok(md.includes('| \\-Tricky \\| "title" | 3 | 1 | 0 | 1 | 1 | 0 |'), md);
    assert.ok(md.includes('| **All documents** | 7 | 2 | 1 | 1 | 2 | 1 |'), md);
    assert.ok(md.includes('- Author: Jane Roe\n- Publication: Harbour Weekly\n- Date: 2024-05-05\n- URL: [https://example.org/ports-trade](https://example.org/ports-trade)\n- File: `articles/ports.md`'), md);
    // The score comes from the check-worthiness model: any two-decimal value will do here.
    assert.match(md, /1\. Velaria sold 300 tanks to Ostria in 2021, Mara Kessel said\.\n   - Speaker: Mara Kessel \(said\) · type: statistic · score: [01]\.\d\d\n   - Verdict: \*\*False\*\*\n   - Entities: Velaria, Ostria, Mara Kessel\n   - Figures: 300 tanks, 2021/);
    assert.ok(md.includes('   - Note (2024-05-20): Arms register lists 120 tanks, not 300.\\\n     See the 2022 "transfers" table, row 14.'), md);
    assert.ok(md.includes('   - Speaker: the author · type: comparison'), md);
    assert.ok(md.includes('- Source: unknown') === false);
  });

  it('says beside a known speaker what they are, escaped, when asked', () => {
    const docs = [trickyDocument()];
    const md = formats.md(docs, { nameOf, describe: (id) => (id === 'velarian-navy' ? 'Navy <b>of</b> Velaria' : undefined) });
    assert.ok(md.includes('Speaker: Velarian Navy (said) — Navy &lt;b&gt;of&lt;/b&gt; Velaria · type:'), md);
    assert.ok(md.includes('Speaker: officials (said) · type:'), md);
    assert.ok(formats.md(docs, { nameOf }).includes('Speaker: Velarian Navy (said) · type:'), 'nothing beside it without describe');
  });

  it('escapes untrusted note and claim text: no HTML, links or headings get through', () => {
    const md = formats.md(cliDocuments(reviewedStore()));
    assert.ok(!md.includes('<script>'));
    assert.ok(md.includes('&lt;script&gt;alert\\(1\\)&lt;/script&gt; \\[x\\]\\(javascript:alert\\(1\\)\\)'), md);
    const tricky = formats.md([trickyDocument()]);
    assert.ok(tricky.includes('## \\-Tricky \\| "title"'), tricky);
    assert.ok(tricky.includes('\\=SUM\\(A1:A9\\)'), tricky);
    assert.ok(tricky.includes('- Source: unknown') === false && tricky.includes('- Publication: @Pub'), tricky);
    assert.ok(tricky.includes('\\$9 billion &lt;/script&gt;'), tricky);
  });

  it('says when a document has no claims or no source, and keeps claimsToMarkdown working', () => {
    const empty = formats.md([{ file: 'a`b.md', source: { title: null, author: null, publication: null, date: null, url: null }, claims: [] }]);
    assert.ok(empty.includes('No check-worthy claims found.'));
    assert.ok(empty.includes('- Source: unknown'));
    assert.ok(empty.includes('- File: ``a`b.md``'), empty);
    const { source, claims } = extractClaims(ARTICLE, index);
    const md = claimsToMarkdown([{ file: KEY, source, claims, reviews: { [claims[0].id]: { verdict: 'disputed', notes: ['a # note'] } } }], (id) => index.get(id)?.name ?? id);
    assert.ok(md.includes('Verdict: **Disputed**'));
    assert.ok(md.includes('   - Note: a # note'), md);
    assert.ok(md.includes('Entities: Velaria, Ostria'));
  });

  it('counts verdicts', () => {
    assert.deepEqual(countVerdicts([{ verdict: 'false' }, { verdict: 'false' }, { verdict: 'opinion' }]), { total: 3, unverified: 0, supported: 0, disputed: 0, false: 2, opinion: 1 });
  });
});

/** The fields Google's Fact Check (ClaimReview) markup documentation requires or recommends. */
function checkClaimReview(review: ClaimReview): void {
  const r = review as unknown as Record<string, unknown>;
  assert.equal(r['@context'], 'https://schema.org');
  assert.equal(r['@type'], 'ClaimReview');
  // Required: claimReviewed (short text), reviewRating with alternateName, url; recommended: author, itemReviewed.
  assert.equal(typeof review.claimReviewed, 'string');
  assert.ok(review.claimReviewed.trim().length > 0);
  assert.doesNotMatch(review.claimReviewed, /\\[$*_[\]()]/, 'no Markdown escapes');
  assert.equal(review.reviewRating['@type'], 'Rating');
  assert.ok(review.reviewRating.alternateName.length > 0);
  if (review.reviewRating.ratingValue !== undefined) {
    assert.equal(review.reviewRating.bestRating, 5);
    assert.equal(review.reviewRating.worstRating, 1);
    assert.ok(review.reviewRating.ratingValue >= 1 && review.reviewRating.ratingValue <= 5);
  } else {
    assert.equal(review.reviewRating.bestRating, undefined);
  }
  assert.doesNotThrow(() => new URL(review.url), review.url);
  assert.ok(['Person', 'Organization'].includes(review.author['@type']));
  assert.ok(review.author.name.length > 0);
  assert.match(review.datePublished, /^\d{4}-\d{2}-\d{2}$/);
  assert.equal(review.itemReviewed['@type'], 'Claim');
  if (review.itemReviewed.author) {
    assert.ok(['Person', 'Organization'].includes(review.itemReviewed.author['@type']));
    assert.ok(review.itemReviewed.author.name.length > 0);
  }
  const appearance = review.itemReviewed.appearance;
  if (appearance) {
    assert.equal(appearance['@type'], 'CreativeWork');
    if (appearance.url) assert.doesNotThrow(() => new URL(appearance.url ?? ''));
  }
}

describe('export: schema.org ClaimReview', () => {
  it('gives one valid ClaimReview per claim with a verdict other than unverified', () => {
    const reviews = JSON.parse(formats.claimreview(cliDocuments(reviewedStore()), { now: NOW, kindOf })) as ClaimReview[];
    assert.ok(Array.isArray(reviews));
    assert.equal(reviews.length, 3);
    for (const review of reviews) {
      checkClaimReview(review);
      assert.ok(review.itemReviewed.author, 'every claim here has a speaker or a document author');
      assert.deepEqual(review.itemReviewed.appearance, {
        '@type': 'CreativeWork', url: 'https://example.org/ports-trade', headline: 'Ports, trade & the "Velaria question"',
        author: { '@type': 'Person', name: 'Jane Roe' }, publisher: { '@type': 'Organization', name: 'Harbour Weekly' }, datePublished: '2024-05-05',
      });
      assert.equal(review.itemReviewed.datePublished, '2024-05-05');
      assert.deepEqual(review.author, { '@type': 'Person', name: 'GeoLens user' });
    }
    const [tanks, navy, timber] = reviews;
    assert.equal(tanks.claimReviewed, 'Velaria sold 300 tanks to Ostria in 2021, Mara Kessel said.');
    assert.deepEqual(tanks.reviewRating, { '@type': 'Rating', alternateName: 'False', ratingValue: 1, bestRating: 5, worstRating: 1 });
    assert.deepEqual(tanks.itemReviewed.author, { '@type': 'Person', name: 'Mara Kessel' });
    assert.equal(tanks.datePublished, '2024-05-21', 'the last note’s date');
    assert.deepEqual(navy.itemReviewed.author, { '@type': 'Organization', name: 'Velarian Navy' }, 'a gazetteer organisation speaks as an Organization');
    assert.equal(navy.reviewRating.alternateName, 'True');
    assert.equal(navy.datePublished, '2024-06-01', 'no notes: today as passed in');
    assert.deepEqual(timber.reviewRating, { '@type': 'Rating', alternateName: 'Opinion' });
    assert.deepEqual(timber.itemReviewed.author, { '@type': 'Person', name: 'Jane Roe' }, 'the author’s own claim');
    assert.equal(tanks.url, 'https://example.org/ports-trade#:~:text=Velaria%20sold%20300%20tanks%20to,in%202021%2C%20Mara%20Kessel%20said.');
  });

  it('maps verdicts to ratings', () => {
    assert.deepEqual(ratingOf('supported'), { '@type': 'Rating', alternateName: 'True', ratingValue: 5, bestRating: 5, worstRating: 1 });
    assert.deepEqual(ratingOf('disputed'), { '@type': 'Rating', alternateName: 'Disputed', ratingValue: 3, bestRating: 5, worstRating: 1 });
    assert.deepEqual(ratingOf('false'), { '@type': 'Rating', alternateName: 'False', ratingValue: 1, bestRating: 5, worstRating: 1 });
    assert.deepEqual(ratingOf('opinion'), { '@type': 'Rating', alternateName: 'Opinion' });
  });

  it('removes Markdown escapes, falls back for urls and authors, and is safe inside a script element', () => {
    const doc = trickyDocument();
    const text = formats.claimreview([{ ...doc, uri: 'file:///ws/tricky.md' }], { now: NOW, kindOf, reviewer: { name: 'Harbour Checks', type: 'Organization', url: 'https://checks.example' } });
    assert.doesNotMatch(text, /[<>&]/, 'no raw < > & in the JSON text');
    const reviews = JSON.parse(text) as ClaimReview[];
    assert.equal(reviews.length, 2);
    reviews.forEach(checkClaimReview);
    const [c2, c3] = reviews;
    assert.equal(c2.claimReviewed, '+44 tonnes moved; -5% fell. A second line 😀 in Zürich — naïve café.');
    assert.deepEqual(c2.itemReviewed.author, { '@type': 'Organization', name: '@Pub' }, 'no speaker, no document author: the publication');
    const anonymous = claimReviews([{ ...doc, source: { ...doc.source, publication: null } }], { now: NOW });
    assert.equal(anonymous[0].itemReviewed.author, undefined, 'nobody known: left out');
    assert.equal(c2.itemReviewed.appearance?.publisher?.name, '@Pub');
    assert.equal(c2.url, 'file:///ws/tricky.md');
    assert.equal(c3.claimReviewed, "@here Tabbed claim: Ostria's exports rose by $9 billion </script>.");
    assert.deepEqual(c3.author, { '@type': 'Organization', name: 'Harbour Checks', url: 'https://checks.example' });
    const noUri = claimReviews([doc], { now: NOW });
    assert.equal(noUri[0].url, 'urn:geolens:tricky.md:c2');
    const custom = claimReviews([doc], { now: NOW, reviewUrl: (_d, claim) => `https://checks.example/${claim.id}` });
    assert.equal(custom[1].url, 'https://checks.example/c3');
  });

  it('builds text fragment links and readable claim text', () => {
    assert.equal(textFragmentUrl('https://a.example/x', 'Short, *bold* - claim & more'), 'https://a.example/x#:~:text=Short%2C%20bold%20%2D%20claim%20%26%20more');
    assert.equal(textFragmentUrl('https://a.example/x#top', 'one two'), 'https://a.example/x#top:~:text=one%20two');
    assert.equal(readableText('Rose by \\$50 billion, [said](https://x.example) **the** _minister_ of snake_case.'), 'Rose by $50 billion, said the minister of snake_case.');
  });

  it('is deterministic given now, and empty without verdicts', () => {
    const docs = cliDocuments(reviewedStore());
    assert.equal(formats.claimreview(docs, { now: NOW }), formats.claimreview(docs, { now: NOW }));
    assert.equal(formats.claimreview([{ ...docs[0], stored: undefined }], { now: NOW }), '[]\n');
  });
});

function isQuote(s: TextQuoteSelector | TextPositionSelector): s is TextQuoteSelector {
  return s.type === 'TextQuoteSelector';
}

function checkAnnotation(a: WebAnnotation): void {
  assert.equal(a['@context'], 'http://www.w3.org/ns/anno.jsonld');
  assert.match(a.id, /^urn:geolens:[^:]+:[^:]+(:[^:]+)?$/);
  assert.equal(a.type, 'Annotation');
  assert.ok(['highlighting', 'assessing', 'commenting'].includes(a.motivation));
  assert.ok(a.target.source.length > 0);
  assert.ok(a.target.selector.length >= 1);
  assert.ok(a.target.selector.some(isQuote));
  for (const body of a.body ?? []) {
    assert.equal(body.type, 'TextualBody');
    assert.equal(body.format, 'text/plain');
    assert.equal(typeof body.value, 'string');
  }
  assert.ok(!Number.isNaN(Date.parse(a.created)));
  if (a.modified) assert.ok(!Number.isNaN(Date.parse(a.modified)));
  assert.equal(a.generator.name, 'GeoLens');
}

describe('export: W3C Web Annotation', () => {
  it('gives an AnnotationCollection with one annotation per claim and per note', () => {
    const docs = cliDocuments(reviewedStore());
    const collection = JSON.parse(formats.webannotation(docs, { now: NOW })) as ReturnType<typeof webAnnotationCollection>;
    assert.equal(collection['@context'], 'http://www.w3.org/ns/anno.jsonld');
    assert.equal(collection.type, 'AnnotationCollection');
    assert.match(collection.id, /^urn:geolens:collection:[0-9a-f]{8}$/);
    assert.equal(collection.first.type, 'AnnotationPage');
    const items = collection.first.items;
    assert.equal(collection.total, items.length);
    assert.equal(items.length, 4 + 3, 'four claims, three notes');
    items.forEach(checkAnnotation);
    assert.equal(new Set(items.map((a) => a.id)).size, items.length, 'ids are unique');
    for (const a of items) {
      assert.equal(a.target.source, 'file:///work/articles/ports.md');
      const quote = a.target.selector.find(isQuote);
      const position = a.target.selector.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector');
      assert.ok(quote && position, 'both selectors when the text is known');
      assert.equal(quote.exact, ARTICLE.slice(position.start, position.end));
      assert.equal(quote.prefix, ARTICLE.slice(Math.max(0, position.start - 32), position.start));
      assert.equal(quote.suffix, ARTICLE.slice(position.end, position.end + 32));
    }
    const tanks = items.filter((a) => a.target.selector.some((s) => isQuote(s) && s.exact.includes('tanks')));
    assert.deepEqual(tanks.map((a) => a.motivation), ['assessing', 'commenting', 'commenting']);
    assert.deepEqual(tanks[0].body, [
      { type: 'TextualBody', value: 'statistic', format: 'text/plain', purpose: 'tagging' },
      { type: 'TextualBody', value: 'False', format: 'text/plain', purpose: 'assessing' },
    ]);
    assert.equal(tanks[0].created, NOTE_TIME);
    assert.equal(tanks[0].modified, '2024-05-21T10:00:00.000Z');
    assert.equal(tanks[1].id, `${tanks[0].id}:n1`);
    assert.equal(tanks[1].body?.[0].value, 'Arms register lists 120 tanks, not 300.\nSee the 2022 "transfers" table, row 14.');
    assert.equal(tanks[1].created, NOTE_TIME);
    const bridge = items.find((a) => a.target.selector.some((s) => isQuote(s) && s.exact.includes('bridge')));
    assert.equal(bridge?.motivation, 'highlighting');
    assert.equal(bridge?.created, NOW);
    assert.equal(tanks[0].id, `urn:geolens:articles%2Fports.md:${idOf(reviewedStore(), 'tanks')}`);
  });

  it('counts positions in code points (the model’s characters) after an emoji', () => {
    const doc = trickyDocument();
    const items = webAnnotations([doc], { now: NOW });
    items.forEach(checkAnnotation);
    const points = Array.from(TRICKY_TEXT);
    const c3 = items.find((a) => a.id === 'urn:geolens:tricky.md:c3');
    assert.ok(c3);
    const quote = c3.target.selector.find(isQuote);
    const position = c3.target.selector.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector');
    assert.ok(quote && position);
    assert.equal(points.slice(position.start, position.end).join(''), quote.exact);
    assert.equal(position.start, TRICKY_TEXT.indexOf('@here') - 1, 'one surrogate pair before it');
    assert.equal(quote.exact, doc.claims[2].text);
    for (const a of items) {
      const q = a.target.selector.find(isQuote);
      const p = a.target.selector.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector');
      assert.ok(q && p);
      assert.equal(points.slice(p.start, p.end).join(''), q.exact);
      assert.ok(points.slice(0, p.start).join('').endsWith(q.prefix ?? ''));
      assert.ok(points.slice(p.end).join('').startsWith(q.suffix ?? ''));
    }
    const toCodePoint = codePointOffsets('a😀b😀c');
    assert.deepEqual([0, 1, 3, 4, 6, 7].map(toCodePoint), [0, 1, 2, 3, 4, 5]);
  });

  it('without the document text gives the stored quote only, with stable ids', () => {
    const store = reviewedStore();
    const items = webAnnotations(documentsFromStore(store), { now: NOW });
    items.forEach(checkAnnotation);
    for (const a of items) {
      assert.deepEqual(a.target.selector.map((s) => s.type), ['TextQuoteSelector']);
      assert.equal(a.target.source, KEY);
    }
    const withText = webAnnotations(cliDocuments(store), { now: '2030-01-01T00:00:00.000Z' });
    assert.deepEqual(items.map((a) => a.id), withText.map((a) => a.id), 'ids do not depend on text, time or the way in');
    const quote = items[0].target.selector[0] as TextQuoteSelector;
    const anchor = Object.values(store.documents[KEY].claims).find((c) => c.anchor.quote.exact === quote.exact)?.anchor;
    assert.deepEqual({ exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix }, anchor?.quote);
  });
});

describe('export: formats map', () => {
  it('offers md, csv, json, claimreview and webannotation, each deterministic given now', () => {
    assert.deepEqual([...EXPORT_FORMATS].sort(), ['claimreview', 'csv', 'json', 'md', 'webannotation']);
    const docs = [...cliDocuments(reviewedStore()), trickyDocument()];
    for (const format of EXPORT_FORMATS) {
      assert.ok(isExportFormat(format));
      assert.ok(FORMAT_INFO[format].extension.length > 0);
      const a = formats[format](docs, { now: NOW, nameOf, kindOf });
      const b = formats[format](docs, { now: NOW, nameOf, kindOf });
      assert.equal(a, b, format);
      assert.ok(a.endsWith('\n'), format);
      const empty = formats[format]([], { now: NOW });
      assert.equal(typeof empty, 'string');
      if (format !== 'md' && format !== 'csv') JSON.parse(empty);
    }
    assert.ok(!isExportFormat('xml'));
    assert.ok(!isExportFormat('toString'));
  });

  it('pretty-prints JSON on request and keeps the CLI one-line default', () => {
    const docs = cliDocuments(reviewedStore());
    assert.equal(formats.json(docs).split('\n').length, 2);
    assert.ok(formats.json(docs, { pretty: true }).split('\n').length > 10);
    assert.deepEqual(JSON.parse(formats.json(docs, { pretty: true })), JSON.parse(formats.json(docs)));
  });
});
