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

/**
 * How far scores are from being probabilities, on items `{score, gold}`: the Brier score (mean
 * squared error against 0/1) and the expected calibration error over ten equal-width bins (the
 * bins' gap between mean score and share of positives, weighted by their size).
 */
export function calibration(items, bins = 10) {
  if (items.length === 0) return { brier: null, ece: null };
  let brier = 0;
  const sums = Array.from({ length: bins }, () => ({ n: 0, score: 0, gold: 0 }));
  for (const { score, gold } of items) {
    brier += (score - (gold ? 1 : 0)) ** 2;
    const bin = sums[Math.min(bins - 1, Math.floor(score * bins))];
    bin.n++;
    bin.score += score;
    bin.gold += gold ? 1 : 0;
  }
  let ece = 0;
  for (const bin of sums) if (bin.n > 0) ece += (bin.n / items.length) * Math.abs(bin.score / bin.n - bin.gold / bin.n);
  return { brier: brier / items.length, ece };
}

/**
 * Platt scaling: the `a`, `b` of sigmoid(a·z + b) that best fit labels `y` from logits `z` (log
 * loss, a few Newton steps on the two parameters). Fitted on the articles' development half only.
 */
export function plattScaling(z, y) {
  let a = 1;
  let b = 0;
  for (let step = 0; step < 50; step++) {
    let ga = 0;
    let gb = 0;
    let haa = 1e-9;
    let hab = 0;
    let hbb = 1e-9;
    for (let i = 0; i < z.length; i++) {
      const p = 1 / (1 + Math.exp(-(a * z[i] + b)));
      const d = p - (y[i] ? 1 : 0);
      const w = p * (1 - p);
      ga += d * z[i];
      gb += d;
      haa += w * z[i] * z[i];
      hab += w * z[i];
      hbb += w;
    }
    const det = haa * hbb - hab * hab;
    if (Math.abs(det) < 1e-12) break;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    a -= da;
    b -= db;
    if (Math.abs(da) + Math.abs(db) < 1e-9) break;
  }
  return { a, b };
}
