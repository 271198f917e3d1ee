import assert from 'node:assert/strict';
import { copyDocument, documentKey, emptyStore, renameDocument, renameFolder, type NoteStore } from '../../src/core/notes/store';
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

  it('a document renamed onto one with the same claims keeps both sides\' notes and verdicts', () => {
    const store = storeWith('draft.md');
    store.documents['draft.md'].claims.c1.verdict = 'unverified';
    store.documents['draft.md'].claims.c1.notes = [{ id: 'n1', text: 'todo', created: 'y', modified: 'y' }];
    store.documents['final.md'] = storeWith('final.md').documents['final.md'];
    const c1 = renameDocument(store, 'draft.md', 'final.md', 'T').documents['final.md'].claims.c1;
    assert.equal(c1.verdict, 'supported', 'the replaced document\'s verdict where the moved one had none');
    assert.deepEqual(c1.notes.map((n) => [n.id, n.text]), [['n1', 'todo'], ['n2', 'checked']]);
    // Two verdicts: the moved document's, and the other in a note.
    store.documents['draft.md'].claims.c1.verdict = 'false';
    const both = renameDocument(store, 'draft.md', 'final.md', 'T').documents['final.md'].claims.c1;
    assert.equal(both.verdict, 'false');
    assert.equal(both.notes.at(-1)?.text, 'Verdict in the final.md this document replaced: supported');
    // A person's wording in the replaced document wins over the moved one's extracted words.
    store.documents['final.md'].claims.c1 = { ...store.documents['final.md'].claims.c1, text: 'Reworded by hand.', userEdited: true };
    const worded = renameDocument(store, 'draft.md', 'final.md', 'T').documents['final.md'].claims.c1;
    assert.equal(worded.text, 'Reworded by hand.');
    assert.equal(worded.userEdited, true);
  });

  it('a renamed folder takes the records of the documents under it along, and no others', () => {
    const store = storeWith('drafts/a.md');
    store.documents['drafts/sub/b.md'] = storeWith('x').documents.x;
    store.documents['drafts-old/c.md'] = storeWith('x').documents.x;
    store.documents['drafts.md'] = storeWith('x').documents.x;
    const moved = renameFolder(store, 'drafts', 'published');
    assert.deepEqual(Object.keys(moved.documents).sort(), ['drafts-old/c.md', 'drafts.md', 'published/a.md', 'published/sub/b.md']);
    assert.equal(moved.documents['published/a.md'].claims.c1.notes[0].text, 'checked');
    assert.equal(renameFolder(store, 'elsewhere', 'x'), store);
  });

  it('keys a document by its path in the store\'s folder, and by its URI in another folder of the workspace', () => {
    assert.equal(documentKey('file:///ws/a/article.md', 'file:///ws/a', 'file:///ws/a', 'article.md'), 'article.md');
    assert.equal(documentKey('file:///ws/b/article.md', 'file:///ws/b', 'file:///ws/a', 'article.md'), 'file:///ws/b/article.md');
    assert.equal(documentKey('untitled:Untitled-1', undefined, 'file:///ws/a', ''), 'untitled:Untitled-1');
  });

  it('moves a record on rename', () => {
    const moved = renameDocument(storeWith('a.md'), 'a.md', 'c.md');
    assert.deepEqual(Object.keys(moved.documents), ['c.md']);
  });
});
