// Trains GeoLens' check-worthiness model: writes src/core/claims/model.json (the weights) and
// src/core/claims/threshold.json (the default threshold).
//
//   npm run build && node scripts/train-claims/train.mjs
//
// Reads ../shared/eval/claims in place and never copies it. The model learns from every public set
// (each sentence once, none labelled both ways; protocol.mjs), and its threshold is chosen on the
// development halves of GeoLens' own articles, the product's input, together with the public
// validation sets, each scored by a model that never saw it. What it scores on data it was not trained on is `npm run eval`'s
// job: there, each held-out set is scored by a model trained without it.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCore } from './core.mjs';
import { predict } from './lr.mjs';
import { ROOT } from './data.mjs';
import { articleDevExamples, BUCKETS, CONFIG_GRID, describeConfig, featurise, fit, readSets, sharedThreshold, trainingExamples, validationF1, validationModel } from './protocol.mjs';

const MODEL = join(ROOT, 'src/core/claims/model.json');
const THRESHOLD = join(ROOT, 'src/core/claims/threshold.json');

const began = Date.now();
const core = loadCore();
const index = core.loadBundledGazetteer();
const featurised = featurise(core, index, readSets());
const articles = articleDevExamples(core, index);
const examples = trainingExamples(featurised.flatMap((s) => s.examples));
const counts = {};
for (const e of examples) counts[e.dataset] = (counts[e.dataset] ?? 0) + 1;
console.log(`${examples.length} training sentences (${Object.entries(counts).map(([k, n]) => `${k} ${n}`).join(', ')}), featurised in ${((Date.now() - began) / 1000).toFixed(1)} s`);

// The configuration, as `npm run eval` chooses one for each held-out set: the best mean F1 on the
// two projects' validation sets, each predicted by a model trained without it.
let chosen;
for (const config of CONFIG_GRID) {
  const f1s = ['CheckThat! 2024 dev', 'ClaimBuster test'].map((name) => validationF1(featurised, config, name, articles));
  const mean = f1s.reduce((a, b) => a + b, 0) / f1s.length;
  console.log(`${describeConfig(config)}: ${f1s.map((f) => f.toFixed(3)).join(' / ')}, mean ${mean.toFixed(3)}`);
  if (chosen === undefined || mean > chosen.mean) chosen = { config, mean };
}
console.log(`chosen: ${describeConfig(chosen.config)}`);
const model = fit(examples, chosen.config);
// The threshold: the best mean F1 over the articles' development halves (scored by this model) and
// the two projects' validation sets, each scored by a model of this recipe that never saw it.
const VALIDATION = ['CheckThat! 2024 dev', 'ClaimBuster test'];
const { threshold, f1, f1s } = sharedThreshold([
  articles.map((e) => ({ score: predict(model, e), gold: e.label })),
  ...VALIDATION.map((name) => validationModel(featurised, chosen.config, name).scored),
]);
console.log(`threshold ${threshold} (mean F1 ${f1.toFixed(3)}: ${f1s.map((x) => x.toFixed(3)).join(' / ')} on the article sets' development halves, each sentence read as a line, and on ${VALIDATION.join(' and ')}, each unseen)`);

// Weights as 16-bit integers in base64 (one scale for the block), so model.json stays small.
const quantise = (weights) => {
  const max = weights.reduce((m, w) => Math.max(m, Math.abs(w)), 0) || 1;
  const scale = max / 32767;
  const ints = Int16Array.from(weights, (w) => Math.round(w / scale));
  return { scale, base64: Buffer.from(ints.buffer).toString('base64') };
};
const hash = quantise(model.hashWeights);
const out = {
  format: 'geolens-claims-lr/1',
  about: 'Logistic regression on hashed word 1-2-grams, character 3-5-grams and rule features; trained by scripts/train-claims/train.mjs on CheckThat! 2024 (train, dev), ClaimBuster (train, test) and the CheckThat! 2019 training debates, each sentence once, the data sets weighted alike (CheckThat! 2019 by the factor chosen on validation sets).',
  buckets: BUCKETS,
  bias: model.bias,
  rules: Object.fromEntries(core.RULE_FEATURES.map((name, i) => [name, model.ruleWeights[i]])),
  hashScale: hash.scale,
  hashWeights: hash.base64,
};
writeFileSync(MODEL, JSON.stringify(out) + '\n');
writeFileSync(THRESHOLD, JSON.stringify({ threshold, chosenBy: `scripts/train-claims/train.mjs: the best mean F1 over the development halves of the article sets and ${VALIDATION.join(' and ')}, each scored by a model that never saw it` }, null, 2) + '\n');
console.log(`wrote ${MODEL} (${(JSON.stringify(out).length / 1024).toFixed(0)} KB) and ${THRESHOLD} in ${((Date.now() - began) / 1000).toFixed(1)} s`);
