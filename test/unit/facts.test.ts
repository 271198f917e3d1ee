import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { annotate } from '../../src/core/annotation/annotate';
import { cards } from '../../src/core/cards/cards';
import { stripMarkdownEscapes } from '../../src/core/cards/markdown';
import { FactsAnswerError, factsEntries, readOfficeHolders } from '../../src/core/facts/wikidata';
import { aliasKey } from '../../src/core/gazetteer/aliasKey';
import { loadBundledGazetteer } from '../../src/core/gazetteer/bundled';
import { layerGazetteers } from '../../src/core/gazetteer/layers';
import { ROOT } from './helpers';

const answer = JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures/facts/office-holders.json'), 'utf8')) as unknown;

describe('Update Facts: a Wikidata answer read into a dated layer of office holders', () => {
  it('keeps the rows with a country code, a role, an item, a name and a real date; counts the others', () => {
    const { holders, skipped } = readOfficeHolders(answer);
    assert.deepEqual(holders.map((h) => `${h.country} ${h.role} ${h.qid} ${h.name} ${h.since ?? '-'}`), [
      'hun head of government Q900001 Péter Magyar 2026-05-09',
      'hun head of state Q900002 Zoltán Testnév -',
      'chl head of state Q900003 José Antonio Kast 2026-03-11',
      'chl head of government Q900003 José Antonio Kast 2026-03-11',
    ]);
    assert.equal(skipped, 4);
  });

  it('refuses an answer that is no result set, or has no usable row', () => {
    for (const bad of [null, 'text', {}, { results: {} }, { results: { bindings: 'x' } }, { results: { bindings: [] } }, { results: { bindings: [{ iso: { value: 'x' } }] } }]) {
      assert.throws(() => readOfficeHolders(bad), FactsAnswerError, JSON.stringify(bad));
    }
  });

  it('the layer updates the bundled people, and the country card names and cites the fresh holders', () => {
    const bundled = loadBundledGazetteer();
    const layer = { fetched: '2026-12-05', endpoint: 'http://127.0.0.1:1/sparql', holders: readOfficeHolders(answer).holders };
    const entries = factsEntries(layer, bundled.entries, (a, b) => aliasKey(a) === aliasKey(b));
    const magyar = entries.find((e) => e.name === 'Péter Magyar');
    assert.equal(magyar?.id, 'peter-magyar', 'the bundled entry for the same person is updated, not duplicated');
    const kast = entries.find((e) => e.name === 'José Antonio Kast');
    assert.equal(kast?.facts.role, 'head of state and government');
    assert.ok(entries.some((e) => e.id === 'wd-q900002'), 'someone the gazetteer does not know gets an entry of their own');
    const { index } = layerGazetteers([], entries);
    const text = 'Hungary and Chile signed it.';
    const annotations = annotate(text, index);
    const hungary = stripMarkdownEscapes(cards(annotations[0], { index, annotations, text, today: '2026-12-06' }));
    assert.match(hungary, /\*\*Head of state:\*\* Zoltán Testnév — as of 5 December 2026/);
    assert.match(hungary, /\*\*Head of government:\*\* Péter Magyar — Prime Minister, since 9 May 2026 \(as of 5 December 2026\)/);
    assert.doesNotMatch(hungary, /Sulyok/, 'the bundled head of state gives way to the fetched one');
    const person = stripMarkdownEscapes(cards(annotate('Péter Magyar spoke.', index)[0], { index, today: '2026-12-06' }));
    assert.match(person, /From Wikidata, fetched 5 December 2026, not the bundled gazetteer/);
    assert.match(person, /Wikidata: Péter Magyar \(Q900001\), head of government — fetched 5 December 2026/);
  });

  it('a fetched holder of several realms updates the bundled person, whose country is a list', () => {
    const bundled = loadBundledGazetteer();
    const layer = { fetched: '2026-12-05', endpoint: 'http://127.0.0.1:1/sparql', holders: [{ country: 'can', role: 'head of state' as const, qid: 'Q900010', name: 'Charles III' }] };
    const entries = factsEntries(layer, bundled.entries, (a, b) => aliasKey(a) === aliasKey(b));
    assert.deepEqual(entries.map((e) => e.id), ['charles-iii']);
  });
});
