/**
 * The evaluation's calibration measures (scripts/train-claims): Brier score, expected calibration
 * error, and the Platt scaling measured beside them.
 */
import assert from 'node:assert/strict';
import { calibration, plattScaling } from '../../scripts/train-claims/metrics.mjs';

describe('evaluation: calibration', () => {
  it('scores that are probabilities have no calibration error; overconfident ones do', () => {
    // Ten items at 0.8, eight of them positive: calibrated.
    const fair = Array.from({ length: 10 }, (_, i) => ({ score: 0.8, gold: i < 8 }));
    assert.ok(Math.abs(calibration(fair).ece ?? 1) < 1e-12);
    assert.ok(Math.abs((calibration(fair).brier ?? 1) - (8 * 0.04 + 2 * 0.64) / 10) < 1e-12);
    // The same items scored 0.99: ten points of error.
    const sure = fair.map((x) => ({ ...x, score: 0.99 }));
    assert.ok(Math.abs((calibration(sure).ece ?? 1) - 0.19) < 1e-9);
    assert.deepEqual(calibration([]), { brier: null, ece: null });
  });

  it('Platt scaling recovers the slope and offset that made the labels', () => {
    // Labels drawn as if P(y) = sigmoid(2z - 1), in expectation: each z repeated with the right share of positives.
    const z: number[] = [];
    const y: boolean[] = [];
    for (let k = -20; k <= 20; k++) {
      const zk = k / 5;
      const p = 1 / (1 + Math.exp(-(2 * zk - 1)));
      const positives = Math.round(p * 1000);
      for (let i = 0; i < 1000; i++) {
        z.push(zk);
        y.push(i < positives);
      }
    }
    const { a, b } = plattScaling(z, y);
    assert.ok(Math.abs(a - 2) < 0.02, `a ${a}`);
    assert.ok(Math.abs(b + 1) < 0.02, `b ${b}`);
  });
});

describe('evaluation: speakers', () => {
  it('takes a speaker for the gold one by name, surname, a fuller name, an acronym or the same entry, and nothing else', async () => {
    const { sameSpeaker } = await import('../eval/articles.mjs');
    assert.ok(sameSpeaker('Gustavo Petro', { name: 'Gustavo Francisco Petro Urrego' }));
    assert.ok(sameSpeaker('OECD', { name: 'Organisation for Economic Co-operation and Development' }));
    assert.ok(sameSpeaker('US State Department', { name: 'United States Department of State', id: 'us-state-department' }, 'us-state-department'));
    assert.ok(sameSpeaker('author', null));
    assert.ok(!sameSpeaker('Gustavo Petro', { name: 'Gustavo Bolívar' }));
    assert.ok(!sameSpeaker('OECD', { name: 'Organization of American States' }));
    assert.ok(!sameSpeaker('US State Department', { name: 'Pentagon', id: 'pentagon' }, 'us-state-department'));
    assert.ok(!sameSpeaker('author', { name: 'Reuters' }));
  });
});
