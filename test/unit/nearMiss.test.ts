// Near-miss hints ("Jaishanker" → Jaishankar) on realistic sentences, with the bundled gazetteer:
// the misspellings an editor meets are found, and ordinary words and other names are left alone.
import * as assert from 'node:assert/strict';
import { annotate } from '../../src/core/annotation/annotate';
import { loadBundledGazetteer } from '../../src/core/gazetteer/bundled';
import { GazetteerIndex } from '../../src/core/gazetteer/gazetteerIndex';
import { loadGazetteerSource } from '../../src/core/gazetteer/load';
import { boundedDistance, findNearMisses, nearMissSuggestions, type NearMiss } from '../../src/core/gazetteer/nearMiss';

const index = loadBundledGazetteer();

function hints(text: string, gazetteer: GazetteerIndex = index): NearMiss[] {
  return findNearMisses(text, gazetteer, annotate(text, gazetteer));
}

/** "word → suggestion" for each hint, to compare whole results at once. */
function summary(text: string, gazetteer: GazetteerIndex = index): string[] {
  return hints(text, gazetteer).map((h) => `${h.text} → ${h.suggestions.map((s) => s.text).join(' | ')}`);
}

describe('near-miss hints', () => {
  it('suggests the known spelling of misspelt people and countries', () => {
    const text = 'External Affairs Minister Jaishanker said on Tuesday that trade with Kazakstan had doubled.';
    const found = hints(text);
    assert.deepEqual(found.map((h) => h.text), ['Jaishanker', 'Kazakstan']);
    const [jaishanker, kazakstan] = found;
    assert.equal(text.slice(jaishanker.start, jaishanker.end), 'Jaishanker');
    assert.deepEqual(jaishanker.suggestions[0], { text: 'Jaishankar', entryId: 'subrahmanyam-jaishankar', name: 'Subrahmanyam Jaishankar', distance: 1 });
    assert.equal(kazakstan.suggestions[0].entryId, 'kaz');
    assert.equal(kazakstan.suggestions[0].text, 'Kazakhstan');
  });

  it('finds a short misspelling when the article is about its entry', () => {
    // "Lavrow" is six letters: a hint only because the text mentions Moscow, which stands for Russia.
    assert.deepEqual(summary('In Moscow, Foreign Minister Lavrow welcomed his Indian counterpart for two days of talks.'), ['Lavrow → Lavrov']);
    assert.deepEqual(summary('Deputy Prime Minister Manturow visited the Kudankulam plant with Indian officials.'), ['Manturow → Manturov']);
  });

  it('leaves a short word alone when nothing in the text is about the entry it resembles', () => {
    assert.deepEqual(summary('The novelist Lavrow wrote about fishing villages and long winters.'), []);
  });

  it('gives no hint on ordinary words and other names close to a known name', () => {
    const text = [
      'Indiana and Ohio voted early, Russell said, while the Georgian delegation left.',
      'Quite apart from that, Parts of the deal were secret. Child poverty in India rose.',
      'Columbia University hosted the Indian ambassador; Texas and Cameron were mentioned.',
      'Russians and Indians met in Kazakh and Uzbek restaurants in New Delhi.',
    ].join('\n');
    assert.deepEqual(summary(text), []);
  });

  it('gives no hint on a word the same document also writes in lower case', () => {
    // "Begin" starts a sentence; "begin" later shows it is a word, not a misspelt Benin.
    assert.deepEqual(summary('Begin with the facts. Benin and Togo border Nigeria; talks begin today.'), []);
  });

  it('gives no hint inside a recognised name, and none on exact names or their other spellings', () => {
    assert.deepEqual(summary('Subrahmanyam Jaishankar met Sergey Lavrov; Kazakhstan and Erdoğan, Erdogan too.'), []);
  });

  it('treats a given name followed by an unknown surname as someone else', () => {
    // "Georgina" is one letter from Georgia, but "Georgina Pemberton" is a person the gazetteer lacks.
    assert.deepEqual(summary('Georgina Pemberton, who covers Georgia and Armenia, filed the report.'), []);
  });

  it('takes a short word written again and again as a name of its own', () => {
    // Linked context (Russia) but three "Lavrow"s and no Lavrov: a person called Lavrow.
    assert.deepEqual(summary('Russia fined Lavrow. Lavrow appealed. Lavrow lost.'), []);
    // When the document names the entry itself, repetition does not matter.
    assert.equal(hints('Sergey Lavrov spoke. Lavrow, Lavrow and Lavrow again.').length, 3);
  });

  it('offers the same suggestions for a single word as for the document (the quick fix)', () => {
    const text = 'In Moscow, Lavrow and Jaishanker met.';
    const annotations = annotate(text, index);
    assert.deepEqual(nearMissSuggestions('Lavrow', index, annotations).map((s) => s.text), ['Lavrov']);
    assert.deepEqual(nearMissSuggestions('Jaishanker', index, annotations).map((s) => s.text), ['Jaishankar']);
    assert.deepEqual(nearMissSuggestions('Lavrow', index, []), []);
    assert.deepEqual(nearMissSuggestions('lavrow', index, annotations), []);
  });

  it('uses the user gazetteer too', () => {
    const { entries } = loadGazetteerSource({
      file: 'custom.yaml',
      text: 'entries:\n  - id: zorbland\n    kind: country\n    name: Zorbland\n    sources: [{ title: test }]\n',
    });
    const custom = new GazetteerIndex(entries);
    assert.deepEqual(summary('Officials in Zorblend denied it.', custom), ['Zorblend → Zorbland']);
    assert.deepEqual(summary('Officials in Zorblend denied it.'), [], 'not with the bundled gazetteer alone');
  });

  it('measures edits with a bound: substitutions, insertions, deletions and swapped neighbours', () => {
    assert.equal(boundedDistance('jaishanker', 'jaishankar', 2), 1);
    assert.equal(boundedDistance('kazakstan', 'kazakhstan', 2), 1);
    assert.equal(boundedDistance('jaishnakar', 'jaishankar', 2), 1);
    assert.equal(boundedDistance('russell', 'russia', 1), 2);
    assert.equal(boundedDistance('abcdefgh', 'zyxwvuts', 2), 3);
  });

  it('checks a megabyte of text in well under a second', () => {
    const paragraph = 'In Moscow, Foreign Minister Lavrow met Jaishanker. Trade with Kazakstan grew; Manturow and Sergey Lavrov spoke to Indian and Russian reporters about oil, arms and the rupee. ';
    const filler = 'Officials from Brazil, South Africa and Indonesia discussed Wheat Prices, Shipping Lanes and Insurance Costs with Analysts. ';
    let text = '';
    for (let i = 0; text.length < 1_000_000; i++) text += `${paragraph}${filler}Unusualname${i} Otherword${i % 97}.\n`;
    const annotations = annotate(text, index);
    findNearMisses('warm-up', index, []);
    const started = performance.now();
    const found = findNearMisses(text, index, annotations, { maxHints: Number.MAX_SAFE_INTEGER });
    const elapsed = performance.now() - started;
    assert.ok(found.length > 1000, `${found.length} hints`);
    assert.ok(elapsed < 1000, `${Math.round(elapsed)} ms for ${text.length} characters`);
  });
});
