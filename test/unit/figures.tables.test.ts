import { strict as assert } from 'node:assert';
import { recogniseFigures } from '../../src/core/figures';
import { WordTable, lowerAt } from '../../src/core/figures/chars';
import { scaledAmount } from '../../src/core/figures/numbers';
import { type Candidate, resolveOverlaps } from '../../src/core/figures/resolve';
import { prng as rng } from './prng';

/**
 * The fast paths of the recogniser against the plain code they stand for: each must give the
 * same answer, to the bit, on every input (the figures are compared byte for byte elsewhere).
 */

describe('figures: fast paths give the same answers as the plain code', function () {
  it('scaledAmount: the same double as parsing the decimal text', function () {
    const next = rng(20240214);
    for (let i = 0; i < 200_000; i++) {
      const len = 1 + Math.floor(next() * 18);
      let digits = '';
      for (let j = 0; j < len; j++) digits += String.fromCharCode(48 + Math.floor(next() * 10));
      if (len > 1 && next() < 0.6) {
        const point = 1 + Math.floor(next() * (len - 1));
        digits = `${digits.slice(0, point)}.${digits.slice(point)}`;
      }
      const exp = Math.floor(next() * 40) - 15;
      const expected = exp === 0 ? Number(digits) : Number(`${digits}e${exp}`);
      assert.ok(Object.is(scaledAmount(digits, exp), expected), `${digits}e${exp}`);
    }
    for (const digits of ['1e+21', '0', '00', '0.5', '.5', '']) {
      for (const exp of [0, -2, 3, 9]) {
        const expected = exp === 0 ? Number(digits) : Number(`${digits}e${exp}`);
        assert.ok(Object.is(scaledAmount(digits, exp), expected), `${digits}e${exp}`);
      }
    }
  });

  it('WordTable: the same look-up as lowerAt and a Map, Unicode letters included', function () {
    const words = ['lakh', 'k', 'may', 'march', 'thousand', 'u.s.', 'us', 'sept', 'trillion', 'złoty', 'throughout'];
    const map = new Map(words.map((w, i) => [w, i]));
    const table = new WordTable(map);
    const letters = ['a', 'k', 'K', 'h', 'l', 'L', 'm', 'M', 's', 'S', 'u', '.', 'ł', '\u212a' /* Kelvin: lower-cases to k */, 'ſ', 'İ'];
    const next = rng(7);
    const samples = [...words, 'LAKH', 'la\u212ah', 'Lakh', 'U.S.', 'MAY', 'ZŁOTY', 'lakhs', ''];
    for (let i = 0; i < 50_000; i++) {
      let w = '';
      const n = Math.floor(next() * 12);
      for (let j = 0; j < n; j++) w += letters[Math.floor(next() * letters.length)];
      samples.push(w);
    }
    for (const w of samples) {
      const text = ` ${w} `;
      assert.equal(table.get(text, 1, 1 + w.length), map.get(lowerAt(text, 1, 1 + w.length)), JSON.stringify(w));
    }
  });

  it('resolveOverlaps: the same as a stable sort by start, longest first', function () {
    const next = rng(99);
    for (let round = 0; round < 2000; round++) {
      const list: (Candidate & { id: number })[] = [];
      let at = 0;
      const n = Math.floor(next() * 30);
      for (let i = 0; i < n; i++) {
        at += Math.floor(next() * 5);
        const start = Math.max(0, at - Math.floor(next() * 12)); // a range or date reaching back
        list.push({ id: i, start, end: start + 1 + Math.floor(next() * 15) });
      }
      const sorted = list.slice().sort((a, b) => a.start - b.start || b.end - a.end);
      const expected: typeof list = [];
      for (const c of sorted) {
        let first = expected.length;
        while (first > 0 && (expected[first - 1]?.end ?? 0) > c.start) first--;
        if (expected.slice(first).every((k) => k.end - k.start < c.end - c.start)) {
          expected.length = first;
          expected.push(c);
        }
      }
      assert.deepEqual(resolveOverlaps(list).map((c) => c.id), expected.map((c) => c.id));
    }
  });

  it('keeps the Unicode cases the ASCII shortcuts hand over to the slow path', function () {
    const spans = (text: string): string[] => recogniseFigures(text).map((f) => `${f.kind}:${f.text}:${JSON.stringify(f.value)}`);
    // "ſt" is an ordinal under Unicode case folding, as the regular expression reads it
    assert.deepEqual(spans('on December 5ſt, 2023'), ['date:December 5ſt, 2023:{"date":"2023-12-05"}']);
    // the Kelvin sign lower-cases to "k": a scale and a unit, as lowerAt reads them
    assert.deepEqual(spans('Rs 5 la\u212ah'), ['money:Rs 5 la\u212ah:{"amount":500000,"currency":"INR"}']);
    assert.deepEqual(spans('costs 5 \u212am of road'), ['quantity:5 \u212am:{"amount":5,"unit":"km"}']);
    assert.deepEqual(spans('as of 2021'), ['date:2021:{"date":"2021"}']);
    assert.deepEqual(spans('by the end of the first half of 2023'), ['date:the first half of 2023:{"date":"2023"}']);
  });
});
