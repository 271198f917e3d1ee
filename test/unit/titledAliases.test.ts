import assert from 'node:assert/strict';
import { annotate } from '../../src/core/annotation/annotate';
import { loadGazetteerSource } from '../../src/core/gazetteer/load';
import { GazetteerIndex } from '../../src/core/gazetteer/gazetteerIndex';

// A gazetteer of our own: one person known by a titled alias only, one whose name opens on a title word.
const { entries } = loadGazetteerSource({
  file: 'titles.yaml',
  text: [
    'entries:',
    '  - { id: ana-berg, kind: person, name: Ana Berg, aliases: ["President Berg", "Field Marshal Ana Berg"], sources: [{ title: t }] }',
    '  - { id: sheikh-omar, kind: person, name: Sheikh Omar, sources: [{ title: t }] }',
    '  - { id: xu-ling, kind: person, name: Xu Ling, aliases: ["President Xu"], sources: [{ title: t }] }',
  ].join('\n'),
});
const index = new GazetteerIndex(entries);

const mentions = (text: string): string[] => annotate(text, index).filter((a) => a.category === 'entity').map((a) => text.slice(a.start, a.end));

describe('a person found by a titled alias', () => {
  it('is highlighted without the title, which only finds them', () => {
    assert.deepEqual(mentions('President Berg met the envoy on 3 May.'), ['Berg']);
    assert.deepEqual(mentions('Field Marshal Ana Berg met the envoy on 3 May.'), ['Ana Berg']);
  });

  it('reads the full name on after the title when the text writes it ("President Xu Ling" is "Xu Ling")', () => {
    assert.deepEqual(mentions('President Xu Ling met the envoy. President Xu left on 3 May.'), ['Xu Ling', 'Xu']);
  });

  it('keeps a name that opens on a title word whole', () => {
    assert.deepEqual(mentions('Sheikh Omar met the envoy on 3 May.'), ['Sheikh Omar']);
  });
});
