// Headlines and front matter (issue #14): a title keeps its names, and a URL slug or a tag list in
// the front matter never changes how the body or the title is read.
import assert from 'node:assert/strict';
import { annotate } from '../../src/core/annotation/annotate';
import { loadBundledGazetteer } from '../../src/core/gazetteer/bundled';

const index = loadBundledGazetteer();
const countries = (text: string): string[] => annotate(text, index).filter((a) => a.kind === 'country').map((a) => a.text);

describe('headlines and front matter', () => {
  it('a lower-case "china" in a URL slug or the tags does not make the title\'s China porcelain', () => {
    const text = [
      '---',
      'title: Manila Accuses China Of Ramming Supply Boat',
      'url: https://news.example/asia/manila-accuses-china-of-ramming-supply-boat',
      'tags: [china, maritime, philippines]',
      '---',
      '',
      '# Manila Accuses China Of Ramming Supply Boat',
      '',
      'The coast guard said the collision happened at dawn.',
    ].join('\n');
    assert.deepEqual(countries(text), ['China', 'China']);
  });

  it('the article\'s own lower-case "china" still makes a title\'s China the common noun', () => {
    assert.deepEqual(countries('# Antique Dealers Sell Fine China At Auction\n\nThe china came from an estate sale.'), []);
  });

  it('a country before an acronym in a headline is the country, not a given name ("India DGMOs")', () => {
    assert.deepEqual(countries('Pakistan, India DGMOs hold hotline talks'), ['Pakistan', 'India']);
    assert.deepEqual(countries('Kenya MPs reject the finance bill'), ['Kenya']);
  });
});
