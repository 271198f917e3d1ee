// Inputs that made GeoLens quadratic (issue: "never hang"). No time is asserted (the bench measures
// it, test/bench/adversarial.mjs): each input is big enough that the old behaviour did not finish
// within the test timeout (76 s for 400 KB of "[", 28 s for a 2 MB paragraph), so passing is the
// proof, and the results are checked for shape.
import assert from 'node:assert/strict';
import { annotate } from '../../src/core/annotate';
import { extractClaims } from '../../src/core/claims';
import { loadBundledGazetteer } from '../../src/core/gazetteer/bundled';
import { adversarialInputs } from '../bench/adversarial.mjs';

const index = loadBundledGazetteer();

describe('adversarial inputs finish (linear time)', function () {
  this.timeout(20_000);

  for (const [name, text] of adversarialInputs()) {
    it(`400 KB of ${name}`, () => {
      for (const a of annotate(text, index)) assert.equal(a.text, text.slice(a.start, a.end));
      for (const c of extractClaims(text, index, { includeAll: true }).claims) assert.ok(c.end - c.start <= 8192, 'a sentence is at most two windows long');
    });
  }

  it('a 2 MB paragraph of attributed sentences', () => {
    const sentence = 'India and Russia traded $65 billion in 2023, Jaishankar said in Moscow. ';
    const text = sentence.repeat(Math.ceil(2_000_000 / sentence.length));
    const { claims } = extractClaims(text, index);
    assert.ok(claims.length > 20_000);
    assert.equal(claims[100].speaker?.name, 'Subrahmanyam Jaishankar');
  });

  it('a document with one quote per sentence, 20,000 of them', () => {
    const text = '“Exports rose,” the minister said on Monday. '.repeat(20_000);
    const { claims } = extractClaims(text, index, { includeAll: true });
    assert.equal(claims.length, 20_000);
  });
});
