// "GeoLens: Search Gazetteer" ranks entries with Fuse.js over names, aliases and ids: typos find
// the right entry first.
import * as assert from 'node:assert/strict';
import { loadBundledGazetteer } from '../../src/core/gazetteer/bundled';
import { GazetteerIndex } from '../../src/core/gazetteer/gazetteerIndex';
import { searchGazetteer } from '../../src/core/gazetteer/search';

const index = loadBundledGazetteer();

function top(query: string): string | undefined {
  return searchGazetteer(index, query, 5)[0]?.entry.id;
}

describe('searchGazetteer', () => {
  it('finds people and countries despite typos', () => {
    assert.equal(top('Lavrow'), 'sergey-lavrov');
    assert.equal(top('Jaishanker'), 'subrahmanyam-jaishankar');
    assert.equal(top('Kazakstan'), 'kaz');
    assert.equal(top('Manturow'), 'denis-manturov');
  });

  it('finds entries by exact name, alias (in any case) and id', () => {
    assert.equal(top('India'), 'ind');
    assert.equal(top('brics'), 'brics');
    assert.equal(top('S-400'), 's-400');
    assert.equal(top('mtc-2021-2031'), 'mtc-2021-2031');
  });

  it('says which alias matched when it was not the name', () => {
    const [hit] = searchGazetteer(index, 'Jaishankar', 1);
    assert.equal(hit.entry.id, 'subrahmanyam-jaishankar');
    const [alias] = searchGazetteer(index, 'MTC 2021–2031', 1);
    assert.equal(alias.entry.id, 'mtc-2021-2031');
    assert.equal(alias.matched, 'MTC 2021–2031');
  });

  it('returns nothing for an empty query and at most `limit` hits, best first', () => {
    assert.deepEqual(searchGazetteer(index, '   '), []);
    const hits = searchGazetteer(index, 'India', 7);
    assert.ok(hits.length <= 7 && hits.length > 1);
    for (let i = 1; i < hits.length; i++) assert.ok(hits[i - 1].score <= hits[i].score);
  });

  it('builds one search index per gazetteer index and follows a new one', () => {
    const small = new GazetteerIndex([
      { id: 'zorbland', kind: 'country', name: 'Zorbland', aliases: [], demonyms: [], metonyms: [], facts: {}, related: [], sources: [{ title: 't' }], file: 'x.yaml', line: 1 },
    ]);
    assert.equal(searchGazetteer(small, 'Zorblend')[0]?.entry.id, 'zorbland');
    assert.equal(searchGazetteer(index, 'Zorbland').some((h) => h.entry.id === 'zorbland'), false);
    // One search index per gazetteer index: later searches do not read the entries again.
    let reads = 0;
    const entries = Object.getOwnPropertyDescriptor(GazetteerIndex.prototype, 'entries');
    assert.ok(entries?.get);
    const getter = entries.get;
    Object.defineProperty(small, 'entries', { get() { reads++; return getter.call(this); } });
    for (let i = 0; i < 20; i++) searchGazetteer(small, `Zorb${i}`);
    assert.equal(reads, 0, 'the search index is not rebuilt on every search');
    // A new gazetteer index gets its own.
    const other = new GazetteerIndex([...small.entries.values()]);
    Object.defineProperty(other, 'entries', { get() { reads++; return getter.call(this); } });
    searchGazetteer(other, 'Qqqqqq');
    const built = reads;
    assert.ok(built >= 1, 'a new index gets a search index of its own');
    searchGazetteer(other, 'Wwwwww');
    assert.equal(reads, built);
  });
});
