import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { recogniseFigures } from '../../src/core/figures';
import { figurePatterns, injectionGrammar } from '../../src/core/figures/grammar';
import { ROOT, seedArticle } from './helpers';

const GRAMMAR = path.join(ROOT, 'syntaxes', 'geolens-figures.injection.tmLanguage.json');

/** Every stretch the grammar scopes must lie inside a money or percentage the recogniser finds. */
function disagreements(text: string): string[] {
  const figures = recogniseFigures(text).filter((f) => f.kind === 'money' || f.kind === 'percent');
  const problems: string[] = [];
  for (const source of Object.values(figurePatterns())) {
    for (const m of text.matchAll(new RegExp(source, 'g'))) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (!figures.some((f) => f.start <= start && end <= f.end)) problems.push(`${JSON.stringify(m[0])} at ${start}`);
    }
  }
  return problems;
}

describe('TextMate injection grammar', () => {
  it('is generated from the recogniser and up to date (node scripts/grammar.mjs)', () => {
    assert.deepEqual(JSON.parse(readFileSync(GRAMMAR, 'utf8')), injectionGrammar());
  });

  it('scopes only what the recogniser also calls money or a percentage', () => {
    const text = [
      'Trade rose to \\$50 billion, from $12 billion; €3.2bn and £300,000 followed.',
      'Growth was 7.5% or 40 percent, and 12 per cent in the south.',
      'Model T-90 and S-400 are not money; version 2.5 is not a percentage; a$b neither.',
    ].join('\n');
    assert.deepEqual(disagreements(text), []);
    const scoped = [...text.matchAll(new RegExp(figurePatterns().money, 'g'))].map((m) => m[0]);
    assert.deepEqual(scoped, ['\\$50 billion', '$12 billion', '€3.2bn', '£300,000']);
  });

  it('agrees with the recogniser on the sample and the seed article', function () {
    const sample = readFileSync(path.join(ROOT, 'samples/india-russia-defence-and-trade.md'), 'utf8');
    assert.deepEqual(disagreements(sample), []);
    const seed = seedArticle();
    if (!seed) this.skip();
    assert.deepEqual(disagreements(seed), []);
  });
});
