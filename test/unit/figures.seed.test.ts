import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { recogniseFigures } from '../../src/core/figures';
import type { FigureValue } from '../../src/core/types';

/**
 * The seed article lives beside the repository (../shared/corpus), never inside it: it is read
 * here and the test says so when it is missing.
 */
const SEED = resolve(__dirname, '../../../shared/corpus/seed-article.md');

const usd = (amount: number): FigureValue => ({ amount, currency: 'USD' });

describe('figures: seed article', function () {
  let text = '';

  before(function () {
    if (!existsSync(SEED)) {
      console.warn(`    (skipped: seed article not found at ${SEED})`);
      this.skip();
    }
    text = readFileSync(SEED, 'utf8').replace(/^\uFEFF/, '');
  });

  it('finds exactly the figures a reader sees, with their values', function () {
    const got = recogniseFigures(text, { documentDate: '2023-12-28' }).map((a) => [a.kind, a.text, a.value]);
    assert.deepEqual(got, [
      ['money', '\\$50 Billion', usd(5e10)], // the title
      ['date', 'December 28, 2023', { date: '2023-12-28' }],
      ['money', '\\$50 billion', usd(5e10)],
      ['date', 'this year', { date: '2023' }], // "exceeded $50 billion this year": the dateline's year
      ['money', '\\$50 billion', usd(5e10)], // "from the present $50 billion to $100 billion" is a change, not a range
      ['money', '\\$100 billion', usd(1e11)],
      ['date', 'December 26', { date: '2023-12-26' }],
      ['money', 'between \\$12 billion and \\$14 billion', { min: 1.2e10, max: 1.4e10, currency: 'USD' }],
      ['date', 'the beginning of 2024', { date: '2024' }],
      ['date', 'March 2020', { date: '2020-03' }],
      ['money', 'billions of dollars', { currency: 'USD', approximate: true }],
      ['date', 'earlier this year', { date: '2023' }], // "the last week of the year" is no relative date
      ['date', 'December 2021', { date: '2021-12' }],
      ['period', '2021-2031', { start: '2021', end: '2031' }],
      ['money', '\\$50 billion', usd(5e10)],
      ['money', '\\$100 billion', usd(1e11)],
    ]);
  });

  it('gives spans that slice back to the text, sorted and disjoint', function () {
    let last = 0;
    for (const a of recogniseFigures(text)) {
      assert.equal(text.slice(a.start, a.end), a.text);
      assert.ok(a.start >= last);
      last = a.end;
    }
  });

  it('leaves the rest alone: counts, model numbers, the copyright year', function () {
    const texts = recogniseFigures(text).map((a) => a.text);
    for (const noise of ['51', 'five-day', '90', '30', '400', '203', '19', '2023']) {
      assert.ok(!texts.includes(noise), `${noise} is not a figure`);
    }
  });

  it('writes the day without a year as --MM-DD when the document date is unknown', function () {
    const day = recogniseFigures(text).find((a) => a.text === 'December 26');
    assert.deepEqual(day?.value, { date: '--12-26' });
  });
});
