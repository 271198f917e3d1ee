import assert from 'node:assert/strict';
import { createAnchor } from '../../src/core/notes/anchor';
import { mergeStores } from '../../src/core/notes/merge';
import { addNote, editClaim, emptyStore, parseStore, reanchorDocument, removeClaim, renameDocument, serializeStore, setVerdict, type NoteStore } from '../../src/core/notes/store';

const TEXT = 'India and Russia traded goods worth $65 billion. Exports of oil rose by 40% in 2023.';

function claim(start: number, end: number) {
  return { anchor: createAnchor(TEXT, start, end), text: TEXT.slice(start, end), type: 'statistic' as const, speaker: null, verdict: 'unverified' as const, notes: [] };
}

function base(): NoteStore {
  const store = emptyStore();
  for (const key of ['a.md', 'b.md']) {
    store.documents[key] = { source: { title: key, author: null, publication: null, date: null, url: null }, claims: { c1: claim(0, 48), c2: claim(49, 84) } };
  }
  return store;
}

/** What another window (or git) wrote: the file read back, so no object is shared with ours. */
function onDisk(store: NoteStore): NoteStore {
  const parsed = parseStore(serializeStore(store));
  assert.ok('store' in parsed);
  return parsed.store;
}

describe('notes store: merging an outside change with pending changes', () => {
  it('a claim reworded or removed on one side and re-anchored on the other keeps the rewording or the removal', () => {
    const b = base();
    const moved = `A new first line. ${TEXT}`;
    const ours = reanchorDocument(b, 'a.md', moved);
    const reworded = onDisk(editClaim(b, 'a.md', 'c1', { text: 'India–Russia trade: $65 billion (2023).' }));
    const merged = mergeStores(b, ours, reworded, 'T');
    assert.equal(merged.store.documents['a.md'].claims.c1.text, 'India–Russia trade: $65 billion (2023).');
    assert.equal(merged.store.documents['a.md'].claims.c1.userEdited, true);
    assert.equal(merged.store.documents['a.md'].claims.c1.anchor.position.start, 18, 'the place from the side that moved it');
    assert.deepEqual(merged.conflicts, []);
    // The other way round: reworded here, re-anchored there.
    const back = mergeStores(b, editClaim(b, 'a.md', 'c1', { text: 'Reworded here.' }), onDisk(reanchorDocument(b, 'a.md', moved)), 'T').store.documents['a.md'].claims.c1;
    assert.equal(back.text, 'Reworded here.');
    assert.equal(back.anchor.position.start, 18);
    // Removed there, re-anchored here: stays removed.
    assert.equal(mergeStores(b, ours, onDisk(removeClaim(b, 'a.md', 'c1')), 'T').store.documents['a.md'].claims.c1.removed, true);
  });

  it('a claim reworded differently on both sides keeps ours and theirs as a note, and says so', () => {
    const b = base();
    const ours = editClaim(b, 'a.md', 'c1', { text: 'Ours: $65 billion.' });
    const theirs = onDisk(editClaim(b, 'a.md', 'c1', { text: 'Theirs: $65 bn.', speaker: { name: 'Ostrian customs' } }));
    const { store, conflicts } = mergeStores(b, ours, theirs, '2026-12-07T08:00:00.000Z');
    const c1 = store.documents['a.md'].claims.c1;
    assert.equal(c1.text, 'Ours: $65 billion.');
    assert.deepEqual(c1.notes.map((n) => n.text), ['Reworded in another window as: "Theirs: $65 bn." (statistic; speaker: Ostrian customs)']);
    assert.deepEqual(conflicts, [{ key: 'a.md', id: 'c1', kind: 'wording' }]);
  });

  it('keeps this window\'s verdict and the other window\'s note on another claim', () => {
    const b = base();
    const ours = setVerdict(b, 'a.md', 'c1', 'supported');
    const theirs = onDisk(addNote(b, 'b.md', 'c2', 'Checked in the other window.', 'T'));
    const { store, conflicts } = mergeStores(b, ours, theirs);
    assert.equal(store.documents['a.md'].claims.c1.verdict, 'supported');
    assert.equal(store.documents['b.md'].claims.c2.notes[0]?.text, 'Checked in the other window.');
    assert.deepEqual(conflicts, []);
  });

  it('merges changes to different claims of the same document', () => {
    const b = base();
    const ours = setVerdict(b, 'a.md', 'c1', 'false');
    const theirs = onDisk(setVerdict(b, 'a.md', 'c2', 'disputed'));
    const { store, conflicts } = mergeStores(b, ours, theirs);
    assert.equal(store.documents['a.md'].claims.c1.verdict, 'false');
    assert.equal(store.documents['a.md'].claims.c2.verdict, 'disputed');
    assert.deepEqual(conflicts, []);
  });

  it('keeps ours when both changed the same claim, and reports it', () => {
    const b = base();
    const ours = setVerdict(b, 'a.md', 'c1', 'supported');
    const theirs = onDisk(setVerdict(b, 'a.md', 'c1', 'false'));
    const { store, conflicts } = mergeStores(b, ours, theirs);
    assert.equal(store.documents['a.md'].claims.c1.verdict, 'supported');
    assert.deepEqual(conflicts, [{ key: 'a.md', id: 'c1', kind: 'verdict' }]);
  });

  it('the same change on both sides is no conflict', () => {
    const b = base();
    const { conflicts } = mergeStores(b, setVerdict(b, 'a.md', 'c1', 'opinion'), onDisk(setVerdict(b, 'a.md', 'c1', 'opinion')));
    assert.deepEqual(conflicts, []);
  });

  it('takes documents and claims added or removed on disk when ours did not touch them', () => {
    const b = base();
    const ours = setVerdict(b, 'a.md', 'c1', 'supported');
    const other = onDisk(b);
    delete other.documents['b.md'];
    other.documents['c.md'] = { source: { title: 'c', author: null, publication: null, date: null, url: null }, claims: { c9: claim(0, 48) } };
    delete other.documents['a.md'].claims.c2;
    const { store } = mergeStores(b, ours, other);
    assert.deepEqual(Object.keys(store.documents).sort(), ['a.md', 'c.md']);
    assert.deepEqual(Object.keys(store.documents['a.md'].claims), ['c1'], 'c2, removed on disk and untouched here, stays removed');
    assert.equal(store.documents['a.md'].claims.c1.verdict, 'supported');
  });

  it('keeps a document renamed here, and one changed on disk under its old name', () => {
    const b = base();
    const renamed = renameDocument(b, 'b.md', 'b2.md');
    assert.deepEqual(Object.keys(mergeStores(b, renamed, onDisk(b)).store.documents).sort(), ['a.md', 'b2.md']);
    const changedThere = onDisk(setVerdict(b, 'b.md', 'c1', 'false'));
    const { store } = mergeStores(b, renamed, changedThere);
    assert.deepEqual(Object.keys(store.documents).sort(), ['a.md', 'b.md', 'b2.md'], 'the other window\'s verdict is not lost');
    assert.equal(store.documents['b.md'].claims.c1.verdict, 'false');
  });

  it('a claim removed here (tombstone) stays removed unless changed on disk', () => {
    const b = base();
    const ours = removeClaim(b, 'a.md', 'c2');
    const { store } = mergeStores(b, ours, onDisk(b));
    assert.equal(store.documents['a.md'].claims.c2.removed, true);
  });

  it('without changes here, the disk version is taken as it is', () => {
    const b = base();
    const theirs = onDisk(setVerdict(addNote(b, 'a.md', 'c1', 'x', 'T'), 'b.md', 'c2', 'supported'));
    const { store } = mergeStores(b, b, theirs);
    assert.equal(serializeStore(store), serializeStore(theirs));
  });
});
