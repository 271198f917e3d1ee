import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { annotate } from '../../src/core/annotation/annotate';
import { bundledEntries, loadBundledGazetteer } from '../../src/core/gazetteer/bundled';
import { GazetteerIndex, prebuildIndex } from '../../src/core/gazetteer/gazetteerIndex';
import { PackedEntries, packGazetteer } from '../../src/core/gazetteer/packed';
import { PhraseMatcher } from '../../src/core/gazetteer/phraseMatcher';
import { bundledPlaces } from '../../src/core/places/bundledPlaces';
import { tokenize } from '../../src/core/text/tokenize';
import { miniIndex, ROOT, seedArticle } from './helpers';

/** Text that exercises case rules, shared aliases, multi-word names, scripts and possessives. */
const STRESS = [
  'The US and us; IT and May; Georgia (Atlanta) and Georgia (Tbilisi); china plates and China.',
  "New Delhi's talks with the Kremlin, Washington and Beijing; the United Arab Emirates and the UAE.",
  'Россия, भारत and 中国 signed; S-400, Su-30MKI and BrahMos; the MTC 2021–2031 programme; NATO at 32.',
  'Chad Smith visited N’Djamena; Jordan Peele and Amman; Turkey (the bird) and Türkiye.',
].join('\n');

function texts(): string[] {
  const sample = readFileSync(path.join(ROOT, 'samples/india-russia-defence-and-trade.md'), 'utf8');
  return [STRESS, sample, seedArticle() ?? ''].filter((t) => t.length > 0);
}

describe('prebuilt gazetteer index', () => {
  it('annotates exactly as an index built from the entries at run time', () => {
    const shipped = loadBundledGazetteer();
    const fresh = new GazetteerIndex(bundledEntries(), { places: bundledPlaces });
    for (const text of texts()) {
      assert.deepEqual(annotate(text, shipped), annotate(text, fresh));
    }
    assert.deepEqual(shipped.aliases().sort(), fresh.aliases().sort());
    assert.equal(shipped.matcher.size, fresh.matcher.size);
  });

  it('survives a JSON round trip, as the build ships it', () => {
    const entries = bundledEntries();
    const { gazetteer, details } = JSON.parse(JSON.stringify(packGazetteer({ version: 1, entries }, prebuildIndex(entries))));
    const index = new GazetteerIndex(new PackedEntries(gazetteer.entries, () => details.details), { prebuilt: gazetteer.index, places: bundledPlaces });
    const text = texts().join('\n\n');
    assert.deepEqual(JSON.parse(JSON.stringify(annotate(text, index))), JSON.parse(JSON.stringify(annotate(text, loadBundledGazetteer()))));
  });

  it('is ignored when it was built from other entries', () => {
    const entries = bundledEntries();
    const prebuilt = prebuildIndex(entries.slice(0, 10));
    const index = new GazetteerIndex(entries, { prebuilt, places: bundledPlaces });
    assert.ok(index.aliases().includes('Bharat'), 'built from the entries instead');
  });

  it('hands out complete entries: details are added before the first one is read', () => {
    const entries = bundledEntries();
    const { gazetteer, details } = JSON.parse(JSON.stringify(packGazetteer({ version: 1, entries }, prebuildIndex(entries))));
    assert.equal(gazetteer.entries.find((e: { id: string }) => e.id === 'ind').sources, undefined, 'packed entries carry only what matching reads');
    let completions = 0;
    const packed = new PackedEntries(gazetteer.entries, () => {
      completions++;
      return details.details;
    });
    const index = new GazetteerIndex(packed, { prebuilt: gazetteer.index, places: bundledPlaces });
    assert.ok(annotate('India and Russia', index).length === 2);
    assert.equal(completions, 0, 'matching needs no details');
    const india = index.get('ind');
    assert.ok(india && india.sources.length > 0 && india.summary && Object.keys(india.facts).length > 0);
    assert.deepEqual(india, entries.find((e) => e.id === 'ind'));
    index.get('rus');
    assert.deepEqual(packed.details('rus'), entries.find((e) => e.id === 'rus'));
    assert.equal(completions, 1, 'details are read once');
  });
});

/** Every leftmost-longest match as [first token, end token, payloads]. */
function longest(matcher: PhraseMatcher, tokens: ReturnType<typeof tokenize>): [number, number, number[]][] {
  const found: [number, number, number[]][] = [];
  matcher.findLongest(tokens, () => true, (first, end, payloads) => found.push([first, end, [...payloads]]));
  return found;
}

describe('phrase matcher serialisation', () => {
  it('finds the same phrases with the same payloads after a round trip', () => {
    const matcher = new PhraseMatcher();
    const phrases = ['new delhi', 'new york', 'new', 'delhi', 'united states', 'united states of america', 'su 30 mki'];
    phrases.forEach((phrase, n) => matcher.add(phrase.split(' '), n));
    matcher.add(['new', 'delhi'], 99);
    const copy = PhraseMatcher.fromSerialized(JSON.parse(JSON.stringify(matcher.serialize())));
    const tokens = tokenize('New Delhi and the United States of America fly the Su-30MKI to New York, new.');
    assert.deepEqual(longest(copy, tokens), longest(matcher, tokens));
    assert.equal(copy.size, matcher.size);
    assert.deepEqual(
      longest(matcher, tokens).map(([, , payloads]) => payloads),
      [[0, 99], [5], [6], [1], [2]],
      'New Delhi (two payloads), United States of America, Su 30 MKI, New York, new',
    );
  });

  it('matches the same when the norms come in another order than this process interned them', () => {
    const matcher = new PhraseMatcher();
    // More than eight words after "the": that node's edges are bisected, so their order matters.
    const phrases = ['the kremlin', 'the quad', 'the white house', 'the hague', 'the united states', 'the vatican', 'the gambia', 'the bahamas', 'the netherlands', 'the philippines', 'the pentagon', 'new delhi', 'new york', 'new zealand'];
    phrases.forEach((phrase, n) => matcher.add(phrase.split(' '), n));
    const data = matcher.serialize();
    // Reverse the norms (and renumber the edges): ids no longer follow positions, so edges must be re-sorted on load.
    const reversed = { ...data, norms: [...data.norms].reverse(), edgeTokens: data.edgeTokens.map((k) => data.norms.length - 1 - k) };
    const copy = PhraseMatcher.fromSerialized(JSON.parse(JSON.stringify(reversed)));
    const tokens = tokenize('The Hague, the Quad and the White House; New Zealand and New York; the United States and the Kremlin; the Pentagon, the Vatican, the Gambia, the Bahamas, the Netherlands, the Philippines.');
    assert.deepEqual(longest(copy, tokens), longest(matcher, tokens));
    assert.equal(longest(copy, tokens).length, 13);
  });

  it('refuses new phrases once read back, instead of silently dropping them', () => {
    const copy = PhraseMatcher.fromSerialized(new PhraseMatcher().serialize());
    assert.throws(() => copy.add(['x'], 0), /cannot take new phrases/);
  });

  it('works the same on a small invented gazetteer', () => {
    const index = miniIndex();
    const text = 'India and Russia; the Indian Air Force; New Delhi said.';
    const copy = new GazetteerIndex([...index.entries.values()], { prebuilt: prebuildIndex([...index.entries.values()]) });
    assert.deepEqual(annotate(text, copy), annotate(text, index));
  });
});
