import assert from 'node:assert/strict';
import { copyDocument, emptyStore, renameDocument, type NoteStore } from '../../src/core/notes/store';
import { createAnchor } from '../../src/core/notes/anchor';

function storeWith(key: string): NoteStore {
  const text = 'India and Russia traded goods worth $65 billion.';
  const store = emptyStore();
  store.documents[key] = {
    source: { title: 'T', author: null, publication: null, date: null, url: null },
    claims: { c1: { anchor: createAnchor(text, 0, text.length), text, type: 'statistic', speaker: null, verdict: 'supported', notes: [{ id: 'n1', text: 'checked', created: 'x', modified: 'x' }] } },
  };
  return store;
}

describe('notes store: documents that change name', () => {
  it('copies a document record for Save As, leaving the original and its notes intact', () => {
    const copied = copyDocument(storeWith('a.md'), 'a.md', 'b.md');
    assert.deepEqual(Object.keys(copied.documents).sort(), ['a.md', 'b.md']);
    assert.equal(copied.documents['b.md'].claims.c1.notes[0].text, 'checked');
    copied.documents['b.md'].claims.c1.notes[0].text = 'changed';
    assert.equal(copied.documents['a.md'].claims.c1.notes[0].text, 'checked', 'a deep copy');
  });

  it('never overwrites a document that already has claims', () => {
    const store = storeWith('a.md');
    store.documents['b.md'] = storeWith('b.md').documents['b.md'];
    store.documents['b.md'].claims.c1.verdict = 'false';
    assert.equal(copyDocument(store, 'a.md', 'b.md').documents['b.md'].claims.c1.verdict, 'false');
  });

  it('moves a record on rename', () => {
    const moved = renameDocument(storeWith('a.md'), 'a.md', 'c.md');
    assert.deepEqual(Object.keys(moved.documents), ['c.md']);
  });
});
