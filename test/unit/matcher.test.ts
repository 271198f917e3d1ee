import assert from 'node:assert/strict';
import { matchEntities } from '../../src/core/match/entities';
import { senseOf } from '../../src/core/match/sense';
import { tokenize } from '../../src/core/text/tokenize';
import { miniIndex } from './helpers';

const index = miniIndex();

function ids(text: string): string[] {
  return matchEntities(text, tokenize(text), index).map((m) => m.surface.entry.id);
}

function spans(text: string): string[] {
  return matchEntities(text, tokenize(text), index).map((m) => text.slice(m.start, m.end));
}

describe('tokenize', () => {
  it('splits words, numbers and punctuation; skips spaces, dashes and Markdown escapes', () => {
    const t = tokenize('India\u2019s \\$50 Su-30MKI 2021–2031');
    assert.deepEqual(t.norms, ['india', "'", 's', '$', '50', 'su', '30', 'mki', '2021', '2031']);
    assert.equal(t.starts[0], 0);
    assert.equal(t.ends[0], 5);
  });

  it('folds case and diacritics', () => {
    assert.deepEqual(tokenize('TÜRKİYE Côte').norms.slice(-1), ['cote']);
  });

  it('gives every Han character its own token', () => {
    assert.deepEqual(tokenize('中国和印度').norms, ['中', '国', '和', '印', '度']);
  });

  it('keeps offsets right around astral characters', () => {
    const text = '😀 India';
    const t = tokenize(text);
    const i = t.norms.indexOf('india');
    assert.equal(text.slice(t.starts[i], t.ends[i]), 'India');
  });
});

describe('entity matcher', () => {
  it('finds names, aliases and demonyms as whole words', () => {
    assert.deepEqual(ids('India, Russia and the Republic of India'), ['ind', 'rus', 'ind']);
    assert.deepEqual(ids('Indiana and Russiagate are not countries'), []);
    assert.deepEqual(ids('Indian and Russian officials'), ['ind', 'rus']);
  });

  it('tolerates possessives with straight and curly apostrophes', () => {
    assert.deepEqual(spans("India's exports and Russia’s oil"), ['India', 'Russia']);
  });

  it('treats hyphens and en dashes alike and ignores Markdown escapes and line breaks', () => {
    assert.deepEqual(ids('the MTC 2021–2031 and the MTC 2021-2031'), ['mtc-2021-2031', 'mtc-2021-2031']);
    assert.deepEqual(spans('the Agreement on Military\nTechnical  Cooperation Program'), ['Agreement on Military\nTechnical  Cooperation Program']);
    assert.deepEqual(spans('the *Indian Air Force*'), ['Indian Air Force']);
  });

  it('prefers the longest name: "Indian" inside "Indian Air Force" is not separate', () => {
    assert.deepEqual(ids('The Indian Air Force (IAF) said'), ['iaf', 'iaf']);
  });

  it('matches "Su-30 MKI", "Su-30MKI" and "Su 30 MKI" as one system', () => {
    assert.deepEqual(ids('Su-30 MKI, Su-30MKI and Su 30 MKI'), ['su-30mki', 'su-30mki', 'su-30mki']);
  });

  it('applies case rules: acronyms exact, proper names need capitals', () => {
    assert.deepEqual(ids('The US said'), ['usa']);
    assert.deepEqual(ids('Tell us more'), []);
    assert.deepEqual(ids('fine china and China'), ['chn']);
    assert.deepEqual(ids('INDIA AND RUSSIA'), ['ind', 'rus']);
  });

  it('resolves a shared alias by context words, then priority', () => {
    assert.deepEqual(ids('Georgia is in the Caucasus'), ['geo']);
    assert.deepEqual(ids('Georgia votes; Atlanta counts'), ['us-ga']);
    assert.deepEqual(ids('Georgia again'), ['geo']);
  });

  it('finds names in other scripts, without word boundaries where the script has none', () => {
    assert.deepEqual(ids('Россия и भारत'), ['rus', 'ind']);
    assert.deepEqual(ids('中国和印度'), ['chn']);
  });

  it('returns nothing for empty or name-free text', () => {
    assert.deepEqual(ids(''), []);
    assert.deepEqual(ids('   \n\n  '), []);
  });
});

describe('sense (metonymy)', () => {
  function senseIn(text: string, name: string): string {
    const tokens = tokenize(text);
    const match = matchEntities(text, tokens, index).find((m) => text.slice(m.start, m.end) === name);
    assert.ok(match, `${name} found`);
    return senseOf(tokens, match.firstToken, match.endToken);
  }

  it('reads a capital that acts as its government', () => {
    assert.equal(senseIn('Washington is forced now to show understanding', 'Washington'), 'metonymic');
    assert.equal(senseIn('despite attempts by Washington to prevent this', 'Washington'), 'metonymic');
    assert.equal(senseIn('New Delhi has also expressed concern', 'New Delhi'), 'metonymic');
    assert.equal(senseIn("according to New Delhi's aims", 'New Delhi'), 'metonymic');
    assert.equal(senseIn('to try to isolate Moscow', 'Moscow'), 'metonymic');
    assert.equal(senseIn('New Delhi-Moscow relations', 'New Delhi'), 'metonymic');
    assert.equal(senseIn('Washington Fails to Deter New Delhi', 'Washington'), 'metonymic', 'a Title Case headline');
    assert.equal(senseIn('Washington Post reporters met', 'Washington'), 'literal');
  });

  it('reads a capital as a place', () => {
    assert.equal(senseIn('the diaspora in Moscow on December 26', 'Moscow'), 'literal');
    assert.equal(senseIn('Jaishankar visited Moscow last week', 'Moscow'), 'literal');
    assert.equal(senseIn("the success of the visit to Moscow", 'Moscow'), 'literal');
    assert.equal(senseIn("Moscow's metro is busy", 'Moscow'), 'literal');
  });
});
