// Claims: GeoLens' check-worthiness, sentence by sentence as `geolens claims --per-line` scores a line
// (extractClaims with includeAll on the one sentence; the score is the best claim's, 0 without one).
import { checkThat2019, checkThat2024, claimBuster } from '../../scripts/train-claims/data.mjs';
import { averagePrecision, prf } from './lib.mjs';

// The shipped model is trained on all three (scripts/train-claims): these are scores on its own
// training data, through the whole extraction pipeline. The unseen scores are protocol.mjs's.
export const CLAIM_SETS = [
  { name: 'ClaimBuster test (trained on)', read: () => claimBuster('test') },
  { name: 'CheckThat! 2024 dev (trained on)', read: () => checkThat2024('dev') },
  { name: 'CheckThat! 2019 train (trained on)', read: () => checkThat2019() },
];

/** `{score, checkWorthy}` of one sentence, as the CLI's per-line mode gives it. */
export function perLineScore(core, index, text) {
  let score = 0;
  let checkWorthy = false;
  if (text.trim() !== '') {
    for (const claim of core.extractClaims(text, index, { includeAll: true }).claims) {
      if (claim.score > score) ({ score, checkWorthy } = claim);
    }
  }
  return { score, checkWorthy };
}

/** P/R/F1 of the positive class at the flags given, AP of the scores (MAP over groups when rows have one). */
export function scoreRows(rows, predictions) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const groups = new Map();
  rows.forEach((row, i) => {
    const { score, checkWorthy } = predictions[i];
    if (checkWorthy && row.label) tp++;
    else if (checkWorthy) fp++;
    else if (row.label) fn++;
    const g = row.group ?? '';
    if (!groups.has(g)) groups.set(g, []);
    groups.get(g).push({ score, gold: row.label });
  });
  const aps = [...groups.values()].map(averagePrecision);
  return { sentences: rows.length, positives: tp + fn, ...prf(tp, fp, fn), map: aps.reduce((a, b) => a + b, 0) / aps.length };
}

export function evalClaims(core, index) {
  return CLAIM_SETS.map((set) => {
    const rows = set.read();
    return { name: set.name, ...scoreRows(rows, rows.map((r) => perLineScore(core, index, r.text))) };
  });
}
