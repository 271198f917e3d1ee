// Logistic regression over a hashed sparse block and a small dense block, trained by mini-batch
// Adam with L2 regularisation and class weights. Examples: `{hash: {indices, values}, rules: number[],
// label, weight?}`; `weight` (default 1) lets data sets of different sizes count alike.

/** Deterministic shuffling (mulberry32). */
function random(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sigmoid = (x) => 1 / (1 + Math.exp(-x));

export function logit(model, example) {
  let x = model.bias;
  const { indices, values } = example.hash;
  if (model.hashWeights) for (let k = 0; k < indices.length; k++) x += model.hashWeights[indices[k]] * values[k];
  if (model.ruleWeights) for (let k = 0; k < example.rules.length; k++) x += model.ruleWeights[k] * example.rules[k];
  return x;
}

export const predict = (model, example) => sigmoid(logit(model, example));

/**
 * options: buckets, useHash, useRules, l2 (per example), positiveWeight, epochs, batch, rate, seed.
 */
export function train(examples, options) {
  const { buckets, useHash = true, useRules = true, l2 = 1e-4, positiveWeight = 1, epochs = 8, batch = 64, rate = 0.02, seed = 1 } = options;
  const dims = examples[0].rules.length;
  const size = (useHash ? buckets : 0) + (useRules ? dims : 0) + 1;
  const w = new Float64Array(size);
  const m = new Float64Array(size);
  const v = new Float64Array(size);
  const g = new Float64Array(size);
  const ruleOffset = useHash ? buckets : 0;
  const biasAt = size - 1;
  const touched = new Int32Array(size);
  const rand = random(seed);
  const order = examples.map((_, i) => i);
  const weightOf = (e) => (e.weight ?? 1) * (e.label ? positiveWeight : 1);
  const totalWeight = examples.reduce((s, e) => s + weightOf(e), 0);
  let step = 0;
  const b1 = 0.9;
  const b2 = 0.999;
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    const lr = rate / Math.sqrt(1 + epoch);
    for (let from = 0; from < order.length; from += batch) {
      const ids = order.slice(from, from + batch);
      const active = [];
      const mark = (k) => {
        if (touched[k] !== step + 1) {
          touched[k] = step + 1;
          g[k] = 0;
          active.push(k);
        }
      };
      for (const id of ids) {
        const e = examples[id];
        let x = w[biasAt];
        if (useHash) for (let k = 0; k < e.hash.indices.length; k++) x += w[e.hash.indices[k]] * e.hash.values[k];
        if (useRules) for (let k = 0; k < dims; k++) x += w[ruleOffset + k] * e.rules[k];
        const err = (sigmoid(x) - (e.label ? 1 : 0)) * weightOf(e) * (examples.length / totalWeight) / ids.length;
        if (useHash) for (let k = 0; k < e.hash.indices.length; k++) {
          mark(e.hash.indices[k]);
          g[e.hash.indices[k]] += err * e.hash.values[k];
        }
        if (useRules) for (let k = 0; k < dims; k++) {
          mark(ruleOffset + k);
          g[ruleOffset + k] += err * e.rules[k];
        }
        mark(biasAt);
        g[biasAt] += err;
      }
      step++;
      // Lazy Adam: only the weights this batch touched move; L2 pulls them towards 0 as they do.
      const c1 = 1 - b1 ** step;
      const c2 = 1 - b2 ** step;
      for (const k of active) {
        const grad = g[k] + (k === biasAt ? 0 : l2 * w[k]);
        m[k] = b1 * m[k] + (1 - b1) * grad;
        v[k] = b2 * v[k] + (1 - b2) * grad * grad;
        w[k] -= (lr * (m[k] / c1)) / (Math.sqrt(v[k] / c2) + 1e-8);
      }
    }
  }
  return {
    bias: w[biasAt],
    hashWeights: useHash ? Float32Array.from(w.subarray(0, buckets)) : null,
    ruleWeights: useRules ? Array.from(w.subarray(ruleOffset, ruleOffset + dims)) : null,
  };
}
