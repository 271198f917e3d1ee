import assert from 'node:assert/strict';
import { annotate } from '../../src/core/annotation/annotate';
import { aliasKey } from '../../src/core/gazetteer/aliasKey';
import { loadBundledGazetteer } from '../../src/core/gazetteer/bundled';
import type { EntityAnnotation } from '../../src/core/types';
// The build's rule, as compile.mjs runs it over the hand-written people.
import { addPersonSurnames, givenThenSurname } from '../../scripts/gazetteer/surnames.mjs';

const index = loadBundledGazetteer();
const people = (text: string): string[] =>
  annotate(text, index)
    .filter((a): a is EntityAnnotation => a.category === 'entity' && a.kind === 'person')
    .map((a) => `${a.text} = ${a.id}`);

describe('the surname alone of a hand-written person', () => {
  it('reads given names then a surname, and refuses the names where the last word is not the surname', () => {
    assert.equal(givenThenSurname('Michele Bullock', 'aus')?.surname, 'Bullock');
    assert.equal(givenThenSurname('Espen Barth Eide', 'nor')?.surname, 'Eide');
    assert.equal(givenThenSurname('Cindy McCain', 'usa')?.surname, 'McCain');
    // A second surname (the mother's), a family name first, a particle, an initial, one word.
    assert.equal(givenThenSurname('Laura Fernández Delgado', 'cri'), undefined);
    assert.equal(givenThenSurname('Chen Yixin', 'chn'), undefined);
    assert.equal(givenThenSurname('Alexander De Croo', 'bel'), undefined);
    assert.equal(givenThenSurname('Ahmed Aboul Gheit', 'egy'), undefined);
    assert.equal(givenThenSurname('Kim J. Smith', 'usa'), undefined);
    assert.equal(givenThenSurname('Lula', 'bra'), undefined);
  });

  it('adds it only to the people it is asked for, never for a shared surname, a given name or someone who has one', () => {
    const entries = [
      { id: 'fatih-karahan', kind: 'person', name: 'Fatih Karahan', aliases: [] },
      { id: 'tarique-rahman', kind: 'person', name: 'Tarique Rahman', aliases: [] },
      { id: 'khalilur-rahman', kind: 'person', name: 'Khalilur Rahman', aliases: [] },
      { id: 'jameel-ahmad', kind: 'person', name: 'Jameel Ahmad', aliases: [] },
      { id: 'jose-antonio-kast', kind: 'person', name: 'Jose Antonio Kast', aliases: [{ text: 'Kast' }] },
      { id: 'generated-leader', kind: 'person', name: 'Robert Abela', aliases: [] },
      { id: 'bullock-place', kind: 'place', name: 'Yaron', aliases: [] },
      { id: 'amir-yaron', kind: 'person', name: 'Amir Yaron', aliases: [] },
    ];
    const ids = new Set(['fatih-karahan', 'tarique-rahman', 'khalilur-rahman', 'jameel-ahmad', 'jose-antonio-kast', 'amir-yaron']);
    const added = addPersonSurnames(entries, ids, aliasKey);
    assert.deepEqual(added, [{ id: 'fatih-karahan', text: 'Karahan', case: 'exact', context: ['fatih'], contextOnly: true }]);
    assert.deepEqual(entries[0].aliases, [{ text: 'Karahan', case: 'exact', context: ['fatih'], contextOnly: true }]);
  });

  it('links a later bare surname in a document that names the person in full, and not elsewhere', () => {
    assert.deepEqual(people('Michele Bullock spoke in Sydney on Tuesday. Bullock said inflation was still too high.'), [
      'Michele Bullock = michele-bullock',
      'Bullock = michele-bullock',
    ]);
    assert.deepEqual(people('Bullock said inflation was still too high.'), []);
    assert.deepEqual(people('The central bank governor, Fatih Karahan, kept rates on hold. Karahan said the lira was stable.').slice(-1), ['Karahan = fatih-karahan']);
  });
});
