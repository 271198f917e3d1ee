import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DocumentClaims, differingStretch, extractClaims } from '../../src/core/claims';
import { loadBundledGazetteer } from '../../src/core/gazetteer/bundled';
import { editScriptCase } from '../fuzz/incremental';

const index = loadBundledGazetteer();
const sample = readFileSync(path.join(__dirname, '../../samples/india-russia-defence-and-trade.md'), 'utf8');

describe('differingStretch: the one change between two texts', () => {
  it('is undefined for equal texts and the stretch between the common start and end otherwise', () => {
    assert.equal(differingStretch('abc', 'abc'), undefined);
    assert.deepEqual(differingStretch('India and Russia', 'India, Nepal and Russia'), { start: 5, end: 5, text: ', Nepal' });
    assert.deepEqual(differingStretch('India and Russia', 'India Russia'), { start: 6, end: 10, text: '' });
    assert.deepEqual(differingStretch('aaa', 'aaaa'), { start: 3, end: 3, text: 'a' });
  });

  it('never cuts a surrogate pair', () => {
    // U+1F600 and U+1F601 share their high surrogate.
    const change = differingStretch('x\u{1F600}y', 'x\u{1F601}y');
    assert.deepEqual(change, { start: 1, end: 3, text: '\u{1F601}' });
  });
});

describe('DocumentClaims: Extract Claims run again after edits', () => {
  it('gives extractClaims of the new text, and re-scores only the sentence that changed', () => {
    const claims = new DocumentClaims();
    assert.deepEqual(claims.extract(sample, index), extractClaims(sample, index));
    const scoredFirst = claims.scoredLastRun;
    assert.ok(scoredFirst > 10, `${scoredFirst} sentences scored on the first run`);
    const at = sample.indexOf('$100 billion');
    assert.ok(at > 0);
    const edited = `${sample.slice(0, at)}$120 billion${sample.slice(at + '$100 billion'.length)}`;
    assert.deepEqual(claims.extract(edited, index), extractClaims(edited, index));
    assert.ok(claims.scoredLastRun >= 1 && claims.scoredLastRun <= 2, `${claims.scoredLastRun} sentences scored again`);
    // Nothing changed: nothing is scored.
    claims.extract(edited, index);
    assert.equal(claims.scoredLastRun, 0);
  });

  it('a new threshold or a dateline that changes the document date still gives extractClaims', () => {
    const claims = new DocumentClaims();
    claims.extract(sample, index);
    assert.deepEqual(claims.extract(sample, index, { threshold: 0.2, includeAll: true }), extractClaims(sample, index, { threshold: 0.2, includeAll: true }));
    const dated = `NEW DELHI, 5 March 2026 — ${sample}`;
    assert.deepEqual(claims.extract(dated, index), extractClaims(dated, index));
    assert.equal(claims.extract(dated, index).source.date, '2026-03-05', 'the source note gives the date the figures are read with');
  });

  it('counts "yesterday" from today in an undated document when given today, as the highlights do', () => {
    const text = 'Velaria\'s port handled 2.1 million containers yesterday, up 12% on the year, the port authority said.';
    const today = '2026-12-07';
    const claims = new DocumentClaims();
    const result = claims.extract(text, index, { today });
    assert.deepEqual(result, extractClaims(text, index, { today }));
    const yesterday = result.claims.flatMap((c) => c.figures ?? []).find((f) => f.text === 'yesterday');
    assert.deepEqual(yesterday?.value, { date: '2026-12-06', from: 'today' });
    assert.deepEqual(claims.extract(text, index, { today: '2026-12-08' }), extractClaims(text, index, { today: '2026-12-08' }), 'a new day reads afresh');
  });

  it('equals extractClaims at every step of 300 random edit scripts', function () {
    this.timeout(120_000);
    for (let seed = 1; seed <= 300; seed++) {
      const script = editScriptCase(seed, 6);
      const claims = new DocumentClaims();
      let text = script.text;
      assert.deepEqual(claims.extract(text, index), extractClaims(text, index), `seed ${seed}, before any edit`);
      script.steps.forEach((changes, step) => {
        for (const change of changes) text = text.slice(0, change.start) + change.text + text.slice(change.end);
        assert.deepEqual(claims.extract(text, index, { includeAll: true }), extractClaims(text, index, { includeAll: true }), `seed ${seed}, step ${step + 1}`);
      });
    }
  });
});
