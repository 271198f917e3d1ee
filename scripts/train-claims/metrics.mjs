// Small metrics shared by training and the evaluation.

export const ratio = (n, d) => (d === 0 ? null : n / d);

export function prf(tp, fp, fn) {
  const p = ratio(tp, tp + fp);
  const r = ratio(tp, tp + fn);
  const f1 = p === null || r === null || p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { precision: p, recall: r, f1 };
}

/** Average precision of a ranking: items `{score, gold}` (gold true = relevant); ties keep input order. */
export function averagePrecision(items) {
  const ranked = items.map((x, i) => ({ ...x, i })).sort((a, b) => b.score - a.score || a.i - b.i);
  let hits = 0;
  let sum = 0;
  ranked.forEach((x, k) => {
    if (x.gold) {
      hits++;
      sum += hits / (k + 1);
    }
  });
  return hits === 0 ? 0 : sum / hits;
}
