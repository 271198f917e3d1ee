import assert from 'node:assert/strict';
import { modelTokens, modelText } from '../../src/core/claims/modelFeatures';
import { isLetterOrNumberAt, isWhiteSpaceCode } from '../../src/core/figures/chars';
import { charFlags, DASH_OR_FORMAT, LETTER, MARK, NUMBER, UNSPACED, WHITE_SPACE } from '../../src/core/text/charClass';

const PROPERTIES: [string, RegExp, number][] = [
  ['\\p{L}', /\p{L}/u, LETTER],
  ['\\p{M}', /\p{M}/u, MARK],
  ['\\p{N}', /\p{N}/u, NUMBER],
  ['unspaced scripts', /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}]/u, UNSPACED],
  ['\\s', /\s/u, WHITE_SPACE],
  ['\\p{Pd}\\p{Cf}', /[\p{Pd}\p{Cf}]/u, DASH_OR_FORMAT],
];

/** The expression the claims model was trained with: modelTokens must read what it reads. */
const TRAINED_TOKEN = /[\p{L}\p{M}]+(?:'[\p{L}]+)?|\d+(?:[.,]\d+)*|[$€£¥%?!]/gu;

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

describe('the one character classification (text/charClass)', () => {
  it('gives every BMP code point and a sample of astral ones the flags of the Unicode properties', () => {
    const points: number[] = [];
    for (let c = 0; c < 0x10000; c++) points.push(c);
    for (let c = 0x10000; c < 0x10ffff; c += 97) points.push(c);
    for (const c of points) {
      const ch = String.fromCodePoint(c);
      const flags = charFlags(c);
      for (const [name, property, flag] of PROPERTIES) {
        if (property.test(ch) !== ((flags & flag) !== 0)) assert.fail(`U+${c.toString(16)} and ${name}`);
      }
    }
    assert.equal(charFlags(Number.NaN), 0);
  });

  it('the figure recogniser\'s letters, numbers and white space are the same', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      assert.equal(isWhiteSpaceCode(c), /\s/.test(ch), `U+${c.toString(16)}`);
      assert.equal(isLetterOrNumberAt(ch, 0), /[\p{L}\p{N}]/u.test(ch), `U+${c.toString(16)}`);
    }
    assert.equal(isLetterOrNumberAt('\u{1D400}', 0), true);
    assert.equal(isLetterOrNumberAt('\u{1F600}', 0), false);
  });

  it('the claims model reads the words its training expression read, on 20,000 random strings', () => {
    const alphabet = ['a', 'Z', 'é', 'e\u0301', '\u0301', "'", '’', '‘', '"', '“', '0', '7', '.', ',', '$', '€', '£', '¥', '%', '?', '!', '-', '–', ' ', '\n', '\u00a0', 'ß', 'İ', 'ǅ', '中', 'ไ', 'ー', '\u{1D400}', '\u{1F600}', '\ud800', '\udc00', '²', '½', '٣', '_', '#'];
    const random = prng(7);
    for (let k = 0; k < 20_000; k++) {
      let text = '';
      const length = 1 + Math.floor(random() * 14);
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * alphabet.length)];
      const expected = modelText(text).match(TRAINED_TOKEN) ?? [];
      assert.deepEqual(modelTokens(text), expected, JSON.stringify(text));
    }
  });
});
