import { strict as assert } from 'node:assert';
import { createAnchor } from '../../src/core/notes/anchor';
import { compareGroups, groupsOf, isVisible, visibleClaims, type ClaimGroup, type Grouping } from '../../src/core/notes/claimGroups';
import { STORE_VERSION, type NoteStore, type StoredClaim } from '../../src/core/notes/store';

const TEXT = 'Velaria exported grain. Ostria bought timber. Mara Kessel said exports rose. The port reopened.';

function claim(text: string, extra: Partial<StoredClaim> = {}): StoredClaim {
  const start = TEXT.indexOf(text);
  return { anchor: createAnchor(TEXT, start, start + text.length), text, type: 'event', speaker: null, verdict: 'unverified', notes: [], ...extra };
}

const store: NoteStore = {
  version: STORE_VERSION,
  documents: {
    'b.md': {
      source: { title: null, author: null, publication: null, date: null, url: null },
      claims: {
        k1: claim('The port reopened.', { verdict: 'false' }),
        k2: claim('Velaria exported grain.', { entities: ['velaria'], notes: [{ id: 'n1', text: 'Customs data agree', created: 'T', modified: 'T' }] }),
      },
    },
    'a.md': {
      source: { title: null, author: null, publication: null, date: null, url: null },
      claims: {
        c2: claim('Mara Kessel said exports rose.', { speaker: { name: 'Mara Kessel', id: 'mara-kessel' }, entities: ['mara-kessel', 'velaria'] }),
        c1: claim('Ostria bought timber.', { entities: ['ostria'], verdict: 'supported' }),
        gone: claim('Velaria exported grain.', { removed: true }),
      },
    },
  },
};

describe('Claims view grouping and filtering (core)', () => {
  it('lists visible claims by document, then by position, without removed ones', () => {
    assert.deepEqual(visibleClaims(store, {}).map((r) => `${r.key}:${r.id}`), ['a.md:c1', 'a.md:c2', 'b.md:k2', 'b.md:k1']);
  });

  it('filters by verdict and by words of the text, speaker, document or notes, in any case', () => {
    assert.deepEqual(visibleClaims(store, { verdict: 'false' }).map((r) => r.id), ['k1']);
    assert.deepEqual(visibleClaims(store, { text: 'CUSTOMS' }).map((r) => r.id), ['k2'], 'a note');
    assert.deepEqual(visibleClaims(store, { text: 'kessel' }).map((r) => r.id), ['c2'], 'the speaker');
    assert.deepEqual(visibleClaims(store, { text: 'b.md' }).map((r) => r.id), ['k2', 'k1'], 'the document');
    assert.equal(isVisible({ key: 'a.md', id: 'gone' }, store.documents['a.md'].claims.gone, {}), false);
  });

  it('puts a claim in one group per grouping, or under every entity it names', () => {
    const of = (key: string, id: string, grouping: Grouping, fallback?: (c: StoredClaim) => string[]): ClaimGroup[] => groupsOf({ key, id }, store.documents[key].claims[id], grouping, fallback);
    assert.deepEqual(of('a.md', 'c2', 'speaker'), [{ key: 'mara-kessel', kind: 'speaker', name: 'Mara Kessel' }]);
    assert.deepEqual(of('a.md', 'c1', 'speaker').map((g) => g.kind), ['author']);
    assert.deepEqual(of('a.md', 'c2', 'entity').map((g) => g.key), ['mara-kessel', 'velaria']);
    assert.deepEqual(of('b.md', 'k1', 'entity').map((g) => g.kind), ['no-entity'], 'a claim without stored entities and no fallback');
    assert.deepEqual(of('b.md', 'k1', 'entity', () => ['port-x', 'port-x']).map((g) => g.key), ['port-x'], 'the fallback, each entity once');
    assert.deepEqual(of('b.md', 'k1', 'verdict'), [{ key: 'false', kind: 'verdict', verdict: 'false' }]);
    assert.deepEqual(of('b.md', 'k1', 'document'), [{ key: 'b.md', kind: 'document', document: 'b.md' }]);
    // The author's group can never be a speaker's: no name or id is a NUL character.
    assert.notEqual(of('a.md', 'c1', 'speaker')[0].key, 'The author');
  });

  it('orders verdict groups as verdicts go, documents by key, others by size then label', () => {
    const g = (group: ClaimGroup, count: number, label: string) => ({ group, count, label });
    const verdicts = [g({ key: 'false', kind: 'verdict', verdict: 'false' }, 9, 'False'), g({ key: 'unverified', kind: 'verdict', verdict: 'unverified' }, 1, 'Unverified')];
    assert.deepEqual(verdicts.sort((a, b) => compareGroups('verdict', a, b)).map((x) => x.group.key), ['unverified', 'false']);
    const speakers = [g({ key: 'b', kind: 'speaker', name: 'B' }, 1, 'B'), g({ key: 'a', kind: 'speaker', name: 'A' }, 1, 'A'), g({ key: 'c', kind: 'speaker', name: 'C' }, 3, 'C')];
    assert.deepEqual(speakers.sort((a, b) => compareGroups('speaker', a, b)).map((x) => x.label), ['C', 'A', 'B']);
    const docs = [g({ key: 'b.md', kind: 'document', document: 'b.md' }, 5, 'b.md'), g({ key: 'a.md', kind: 'document', document: 'a.md' }, 1, 'a.md')];
    assert.deepEqual(docs.sort((a, b) => compareGroups('document', a, b)).map((x) => x.label), ['a.md', 'b.md']);
  });
});
