// A line of a check-worthiness set as the model sees it: the source's own feature code (loaded from
// src through tsx), applied to the whole line as one claim candidate.
import { annotate } from '../../src/core/annotate.ts';
import { attributeSentences } from '../../src/core/claims/attribution.ts';
import { hashedNgrams, ruleVector } from '../../src/core/claims/modelFeatures.ts';
import { documentQuotes, quotedShare } from '../../src/core/claims/quotes.ts';
import { claimFeatures, scoreFeatures } from '../../src/core/claims/score.ts';
import { loadBundledGazetteer } from '../../src/core/gazetteer/bundled.ts';
import { splitSentences } from '../../src/core/text/sentences.ts';

let index;

export function featurise(text, buckets) {
  index ??= loadBundledGazetteer();
  const annotations = annotate(text, index);
  const sentences = splitSentences(text);
  const speaker = attributeSentences({ text, annotations, index }, sentences).find((s) => s !== null) ?? null;
  const quoted = quotedShare({ start: 0, end: text.length }, documentQuotes(text, sentences));
  const features = claimFeatures({ text, annotations, start: 0, speaker, quoted, heading: false });
  return { hash: hashedNgrams(text, buckets), rules: ruleVector(features), ruleScore: scoreFeatures(features) };
}
