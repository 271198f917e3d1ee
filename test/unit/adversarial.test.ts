// Inputs that made GeoLens quadratic (issue: "never hang"). No time is asserted (the bench measures
// it, test/bench/adversarial.mjs): each input is big enough that the old behaviour did not finish
// within the test timeout (76 s for 400 KB of "[", 28 s for a 2 MB paragraph), so passing is the
// proof, and the results are checked for shape.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { annotate } from '../../src/core/annotation/annotate';
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

  // A name that is all place ("Lao People's Democratic Republic") sent the unlisted-name scan back
  // a token for ever: found by the bench's alias-dense text, so every bundled alias is tried here, in
  // a child process that is killed after a minute (a synchronous endless loop outlives any timeout).
  it('every alias of the bundled gazetteer, alone and in 1 MB of aliases back to back', function () {
    this.timeout(90_000);
    const script = path.join(__dirname, '..', 'fixtures', 'annotate', 'everyAlias.ts');
    const run = spawnSync(process.execPath, ['--import', 'tsx', script], { encoding: 'utf8', timeout: 60_000, maxBuffer: 1 << 20 });
    assert.equal(run.signal, null, 'annotating the aliases finished (not killed after 60 s)');
    assert.equal(run.status, 0, run.stderr);
    const result = JSON.parse(run.stdout) as { aliases: number; denseCount: number; laos: [string, string][]; problems: string[] };
    assert.ok(result.aliases > 5000, `${result.aliases} aliases tried`);
    assert.ok(result.denseCount > 40_000, `${result.denseCount} annotations in the dense text`);
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.laos, [["Lao People's Democratic Republic", 'country']]);
  });

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
