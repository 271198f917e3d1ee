import assert from 'node:assert/strict';
import { annotate } from '../../src/core/annotation/annotate';
import { cards } from '../../src/core/cards/cards';
import { stripMarkdownEscapes } from '../../src/core/cards/markdown';
import { staleness } from '../../src/core/cards/currency';
import { loadLayeredGazetteer } from '../../src/core/gazetteer/layers';
import type { Entry } from '../../src/core/gazetteer/schema';

const entry = (over: Partial<Entry>): Entry => ({ id: 'x', kind: 'person', name: 'X', aliases: [], demonyms: [], metonyms: [], facts: {}, related: [], sources: [], file: 'f', line: 1, ...over });

describe('cards: facts that may be out of date say so', () => {
  it('flags facts older than staleAfterDays, counted from the last day their as-of date can mean', () => {
    const e = entry({ asOf: '2026-01' });
    assert.deepEqual(staleness(e, '2026-07-30').reasons, [], '180 days after 31 January 2026 is 30 July');
    assert.match(staleness(e, '2026-12-05').reasons.join(), /more than 180 days old/);
    assert.deepEqual(staleness(e, '2026-12-05', 400).reasons, []);
    assert.deepEqual(staleness(e, undefined).reasons, [], 'no today, no flag');
  });

  it('does not flag a place for the age of facts that do not change (where it is, what it is); a place with a status is dated', () => {
    const capital = entry({ kind: 'place', asOf: '2026-01', facts: { country: 'bel', type: 'capital' } });
    assert.deepEqual(staleness(capital, '2026-12-05').reasons, []);
    const front = entry({ kind: 'place', asOf: '2026-01', facts: { country: 'ukr', status: 'held by Russia since May 2024' } });
    assert.match(staleness(front, '2026-12-05').reasons.join(), /more than 180 days old/);
    const person = entry({ asOf: '2026-01', facts: { country: 'bel' } });
    assert.match(staleness(person, '2026-12-05').reasons.join(), /more than 180 days old/);
  });

  it('flags a term end or an expected election that has passed since the facts were written', () => {
    const e = entry({ asOf: '2026-01', facts: { nextElection: 'October 2026', termEnds: '2027-05-09' } });
    assert.deepEqual(staleness(e, '2026-10-15', 3650).reasons, []);
    assert.deepEqual(staleness(e, '2026-11-01', 3650).reasons, ['the election it expected (October 2026) has been held']);
    assert.equal(staleness(e, '2027-06-01', 3650).reasons.length, 2);
  });

  it('a country card names its current leaders; a former office holder says "Former"; a stale card says "check"', () => {
    const text = [
      'entries:',
      '  - { id: zemb, kind: country, name: Zembla, asOf: "2026-11", sources: [{ title: t, url: "https://example.org/z" }] }',
      '  - { id: ada-kor, kind: person, name: Ada Kor, facts: { office: President, role: head of state, country: zemb, since: "2024-03-01" }, asOf: "2026-11", sources: [{ title: t, url: "https://example.org/a" }] }',
      '  - { id: ben-ulm, kind: person, name: Ben Ulm, facts: { office: Prime Minister, role: head of government, country: zemb, since: "2025-02-10" }, asOf: "2026-01", sources: [{ title: t, url: "https://example.org/b" }] }',
      '  - { id: cy-ord, kind: person, name: Cy Ord, facts: { office: Prime Minister, role: head of government, country: zemb, since: "2010-05-29", until: "2025-02-10" }, asOf: "2026-01", sources: [{ title: t, url: "https://example.org/c" }] }',
    ].join('\n');
    const { index, problems } = loadLayeredGazetteer([{ file: 'zembla.yaml', text }]);
    assert.deepEqual(problems.filter((p) => p.severity === 'error'), []);
    const doc = 'Zembla said so; Cy Ord and Ben Ulm disagreed.';
    const annotations = annotate(doc, index);
    // The card's Markdown with its escapes read as a reader sees them.
    const card = (name: string) => stripMarkdownEscapes(cards(annotations.find((a) => a.text === name) ?? annotations[0], { index, annotations, text: doc, today: '2026-12-05' }));
    const zembla = card('Zembla');
    assert.match(zembla, /\*\*Head of state:\*\* Ada Kor — President, since 1 March 2024 \(as of November 2026\)/);
    assert.match(zembla, /\*\*Head of government:\*\* Ben Ulm — Prime Minister, since 10 February 2025 \(as of January 2026\)/);
    assert.doesNotMatch(zembla, /Cy Ord/, 'a former office holder is not named as the current one');
    assert.doesNotMatch(zembla, /May be out of date/);
    assert.match(card('Cy Ord'), /\*\*Former\*\* Prime Minister of Zembla, 2010–2025/);
    assert.match(card('Ben Ulm'), /May be out of date: check\.\* Its facts are more than 180 days old \(facts as of January 2026\)/);
  });
});
