import assert from 'node:assert/strict';
import { checkData, isHomePage, oldestSources } from '../../src/core/gazetteer/checkData';
import type { Entry } from '../../src/core/gazetteer/schema';

const entry = (over: Partial<Entry>): Entry => ({ id: 'x', kind: 'person', name: 'X Y', aliases: [], demonyms: [], metonyms: [], facts: {}, related: [], sources: [{ title: 't', url: 'https://example.org/a/page', date: '2026-01' }], file: 'f.yaml', line: 3, ...over });
const rules = (e: Entry, today = '2026-12-05') => checkData([e], today).map((f) => f.rule);

describe('check:data: facts held to a fact-checker\'s rules', () => {
  it('a source needs a specific page and a date; a home page is no source', () => {
    assert.deepEqual(rules(entry({})), []);
    assert.deepEqual(rules(entry({ sources: [] })), ['source']);
    assert.deepEqual(rules(entry({ sources: [{ title: 't', url: 'https://example.org/a' }] })), ['source']);
    assert.deepEqual(rules(entry({ sources: [{ title: 't', date: '2026-01' }] })), ['source']);
    for (const url of ['https://asean.org/', 'https://brics.br/en', 'http://www.eaeunion.org/?lang=en']) assert.ok(isHomePage(url), url);
    for (const url of ['https://www.nato.int/cps/en/natohq/topics_52044.htm', 'https://tawazon.media/?p=7039', 'https://example.org/a#section']) assert.ok(!isHomePage(url), url);
  });

  it('an office whose term has ended must say so (until and a successor); dates must be plausible', () => {
    assert.deepEqual(rules(entry({ facts: { termEnds: '2026-12-31' } })), []);
    assert.deepEqual(rules(entry({ facts: { termEnds: '2026-12-31' } }), '2027-01-02'), ['term-ended']);
    assert.deepEqual(rules(entry({ facts: { termEnds: '2026-12-31', until: '2026-12-31' } }), '2027-01-02'), []);
    assert.deepEqual(rules(entry({ facts: { termEnds: '2026-12-31', succession: 'The winner of the 2026 election; not yet sourced.' } }), '2027-01-02'), []);
    assert.deepEqual(rules(entry({ facts: { since: '2027-03-01' } })), ['date']);
    assert.deepEqual(rules(entry({ facts: { since: '2025-06-23', until: '2024-01-01' } })), ['date']);
    assert.deepEqual(rules(entry({ sources: [{ title: 't', url: 'https://example.org/p', date: '23 June 2025' }] })), ['date']);
  });

  it('member counts the organisations publish, and names as written', () => {
    assert.deepEqual(rules(entry({ id: 'eu', kind: 'bloc', facts: { members: ['aut', 'bel'] } })), ['members']);
    assert.deepEqual(rules(entry({ name: 'Tuimaleali\'ifano Va’aletoa Sualauvi Ii' })), ['name']);
    assert.deepEqual(rules(entry({ name: 'al-Shabaab' })), []);
    assert.deepEqual(rules(entry({ name: 'Xi Jinping' })), []);
  });

  it('reports the entries whose newest source is oldest', () => {
    const a = entry({ id: 'a', sources: [{ title: 't', url: 'https://e.org/p', date: '2019-05' }, { title: 'u', url: 'https://e.org/q', date: '2024-01' }] });
    const b = entry({ id: 'b', sources: [{ title: 't', url: 'https://e.org/p', date: '2020-01' }] });
    assert.deepEqual(oldestSources([a, b], 5), [{ id: 'b', newest: '2020-01' }, { id: 'a', newest: '2024-01' }]);
  });
});
