import { strict as assert } from 'node:assert';
import { recogniseFigures } from '../../src/core/figures';
import { FIGURE_KINDS, type FigureAnnotation } from '../../src/core/types';
import { prng as rng } from './prng';

/**
 * Robustness: random and adversarial inputs up to about 1 MB must come back, with well-formed
 * results. No timing is asserted; a regular expression that backtracks catastrophically (or a
 * quadratic scan) would not finish these inputs within the timeout, so passing is the proof.
 */


const ALPHABET = [
  '0', '1', '2', '5', '9', '2024', '12', '$', '\\$', '€', '£', '₹', ' ', ' ', ' ', '\u00a0', '\u202f', '\n', '-', '–', '—', ',',
  '.', '/', '%', 'a', 'e', 's', 'm', 'k', 'bn', 'billion', 'million', 'thousand', 'trillion', 'lakh', 'crore', 'mn', 'dollars',
  'percent', 'per cent', 'between', 'and', 'to', 'from', 'in', 'the beginning of', 'December', 'Dec.', 'May', 'one', 'twenty',
  'billions of', 'barrels per day', 'km', 'US', 'Rs', 'USD', 'http://', 'T-', 'mid-',
];

function randomText(next: () => number, tokens: number): string {
  const parts: string[] = [];
  for (let i = 0; i < tokens; i++) parts.push(ALPHABET[Math.floor(next() * ALPHABET.length)] ?? ' ');
  return parts.join('');
}

function assertWellFormed(text: string, out: readonly FigureAnnotation[]): void {
  let last = 0;
  for (const a of out) {
    assert.ok(FIGURE_KINDS.includes(a.kind));
    assert.ok(a.start >= last && a.start < a.end && a.end <= text.length, `bad span ${a.start}-${a.end}`);
    assert.equal(a.text, text.slice(a.start, a.end));
    for (const v of Object.values(a.value)) {
      if (typeof v === 'number') assert.ok(Number.isFinite(v), `non-finite value in ${JSON.stringify(a)}`);
    }
    last = a.end;
  }
}

const MB = 1 << 20;

describe('figures: fuzz and adversarial input', function () {
  this.timeout(20000);

  it('handles random strings from a figure-heavy alphabet', function () {
    const next = rng(20231228);
    for (let i = 0; i < 200; i++) {
      const text = randomText(next, 1 + Math.floor(next() * 400));
      assertWellFormed(text, recogniseFigures(text, { documentDate: '2023-12-28' }));
    }
    const big = randomText(next, 120_000); // about 0.5 MB
    assertWellFormed(big, recogniseFigures(big));
  });

  it('handles long runs built to make a backtracking or quadratic parser hang', function () {
    // 256 KB is plenty: a quadratic scan would make some 10^10 steps on it, an exponential one
    // would never return; the cheapest runs go to 1 MB.
    const K = 256 * 1024;
    const runs: [string, string][] = [
      ['digits', '9'.repeat(MB)],
      ['spaces', `1${' '.repeat(MB)}billion`],
      ['url', `http://${'a1%'.repeat(MB / 3)}`],
      ['dollars', '$'.repeat(K)],
      ['escaped dollars', '\\$'.repeat(K / 2)],
      ['comma chains', '1,'.repeat(K / 2)],
      ['group chains', '1,000'.repeat(K / 5)],
      ['dash chains', '1-'.repeat(K / 2)],
      ['year chains', '2021-'.repeat(K / 5)],
      ['decimal chains', '1.'.repeat(K / 2)],
      ['no-break spaces', '1\u00a0'.repeat(K / 2)],
      ['between', 'between 1 and '.repeat(K / 14)],
      ['number words', 'one hundred and '.repeat(K / 16)],
      ['scales', 'billion '.repeat(K / 8)],
      ['money ranges', '$1-$1 to 1% '.repeat(K / 12)],
    ];
    for (const [name, text] of runs) {
      const out = recogniseFigures(text);
      assert.ok(Array.isArray(out), name);
      assertWellFormed(text, out);
    }
  });

  it('reads 5 MB of prose', function () {
    const paragraph =
      'In 2024, the two governments said bilateral trade of \\$65 billion could reach between $80 billion and ' +
      '$90 billion by 2030, up 12% on the year. Oil flows of 1.8 million barrels per day began in March 2022; ' +
      'talks resume on May 14 and a plan for 2025-2030 covers 3 GW of new capacity and Rs 1.2 lakh crore.\n\n';
    const text = paragraph.repeat(Math.ceil((5 * MB) / paragraph.length));
    const out = recogniseFigures(text, { documentDate: '2024-05-01' });
    assertWellFormed(text, out);
    assert.equal(out.length, 11 * Math.ceil((5 * MB) / paragraph.length));
  });

  it('returns [] for empty text', function () {
    assert.deepEqual(recogniseFigures(''), []);
  });
});
