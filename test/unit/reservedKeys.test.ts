import assert from 'node:assert/strict';
import { extractClaims } from '../../src/core/claims';
import { documentsFromStore, EXPORT_FORMATS, exportClaims, importClaimsJsonWithSummary } from '../../src/core/export';
import { mergeStores } from '../../src/core/notes/merge';
import { addNote, claimOf, copyDocument, documentOf, emptyStore, mergeExtraction, parseStore, renameDocument, serializeStore, setVerdict } from '../../src/core/notes/store';
import { fixtureIndex } from './claims-helpers';

const index = fixtureIndex();
const ARTICLE = 'Velaria sold 300 tanks to Ostria in 2021, Mara Kessel said.\n\nExports rose 40% in 2023 to $12 billion.';
const NAMES = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'];

describe('notes store: any string is a document path or claim id', () => {
  it('documents named after Object.prototype members are stored, merged, saved and read back', () => {
    const { source, claims } = extractClaims(ARTICLE, index);
    let store = emptyStore();
    for (const key of NAMES) store = mergeExtraction(store, key, ARTICLE, claims, source);
    for (const key of NAMES) assert.equal(Object.keys(documentOf(store, key)?.claims ?? {}).length, claims.length, key);
    store = addNote(store, '__proto__', claims[0].id, 'A note on a document called __proto__.', 'T');
    store = setVerdict(store, 'constructor', claims[1].id, 'false');
    const read = parseStore(serializeStore(store));
    assert.ok('store' in read);
    assert.deepEqual(Object.keys(read.store.documents).sort(), [...NAMES].sort());
    assert.equal(claimOf(read.store, '__proto__', claims[0].id)?.notes[0]?.text, 'A note on a document called __proto__.');
    assert.equal(claimOf(read.store, 'constructor', claims[1].id)?.verdict, 'false');
    const merged = mergeStores(emptyStore(), store, read.store);
    assert.deepEqual(Object.keys(merged.store.documents).sort(), [...NAMES].sort());
    const moved = renameDocument(copyDocument(store, 'toString', 'valueOf2'), '__proto__', 'renamed.md');
    assert.ok(documentOf(moved, 'renamed.md') && !documentOf(moved, '__proto__') && documentOf(moved, 'valueOf2'));
    for (const format of EXPORT_FORMATS) assert.doesNotThrow(() => exportClaims(format, documentsFromStore(store)), format);
  });

  it('imports claims with reserved ids into documents with reserved names', () => {
    const json = {
      version: 1,
      documents: NAMES.map((file) => ({
        file,
        source: { title: null, author: null, publication: null, date: null, url: null },
        claims: NAMES.map((id, i) => ({ id, start: 0, end: 10, text: ARTICLE.slice(0, 10), type: 'statistic', score: 0.9, checkWorthy: true, speaker: null, entities: [], figures: [], verdict: i % 2 ? 'false' : 'unverified', notes: [{ id: 'n1', text: `note ${file}/${id}`, created: 'T', modified: 'T' }] })),
      })),
    };
    const { store, summary } = importClaimsJsonWithSummary(json, emptyStore(), { texts: { __proto__: ARTICLE } as Record<string, string> });
    assert.equal(summary.documents, NAMES.length);
    assert.equal(summary.claimsAdded, NAMES.length * NAMES.length);
    for (const file of NAMES) for (const id of NAMES) assert.equal(claimOf(store, file, id)?.notes[0]?.text, `note ${file}/${id}`, `${file}/${id}`);
    // Imported twice: nothing is added twice.
    const again = importClaimsJsonWithSummary(json, store);
    assert.equal(again.summary.claimsAdded, 0);
    assert.equal(again.summary.notesAdded, 0);
  });
});
