import { strict as assert } from 'node:assert';
import { FormTrie, foldCase } from '../../src/core/figures/trie';

describe('FormTrie (the forms after a number)', () => {
  const trie = new FormTrie();
  for (const form of ['per cent', 'percent', 'percentage', 'percentage points', 'km', 'km²', 'sq km', 'złoty']) trie.add(form);
  const end = (text: string, at = 0): number => trie.endAt(text, at);

  it('takes the longest form that ends a word', () => {
    assert.equal(end('percentage points rose'), 'percentage points'.length);
    assert.equal(end('percentage rose'), 'percentage'.length);
    assert.equal(end('km² of land'), 'km²'.length);
  });

  it('falls back to a shorter form when the longer one runs into a letter or digit', () => {
    assert.equal(end('percentage pointsx'), 'percentage'.length);
    assert.equal(end('percentages'), -1);
    assert.equal(end('km2'), -1, '"2" continues the word');
    assert.equal(end('km½'), -1, 'a non-ASCII number continues it too');
    assert.equal(end('km😀'), 2, 'an emoji does not');
  });

  it('matches a space in a form with one to three spaces, hyphens or line breaks, and no more', () => {
    assert.equal(end('per-cent'), 8);
    assert.equal(end('per\u00a0cent'), 8);
    assert.equal(end('per \n cent'), 10);
    assert.equal(end('sq -\tkm'), 7);
    assert.equal(end('per    cent'), -1);
    assert.equal(end('percent', 0), 7);
  });

  it('ignores case, with Unicode folding', () => {
    assert.equal(end('PER CENT'), 8);
    assert.equal(end('ZŁOTY'), 5);
    assert.equal(end('\u212Am'), 2, 'the Kelvin sign folds to k');
    assert.equal(foldCase('ſ'.charCodeAt(0)), 's'.charCodeAt(0));
    assert.equal(foldCase('İ'.charCodeAt(0)), 'İ'.charCodeAt(0), 'no single-character fold: left as it is');
  });

  it('starts only at the given position and stops at the end of the text', () => {
    assert.equal(end('12 km', 3), 5);
    assert.equal(end('12 km', 2), -1);
    assert.equal(end('per'), -1);
    assert.equal(end(''), -1);
  });
});
