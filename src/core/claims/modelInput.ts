/**
 * One line of a check-worthiness data set as the model reads it: the whole line as one claim
 * candidate, with its annotations, speaker and quotes worked out by the same code the extension
 * runs. Training and the evaluation (scripts/train-claims) call it through dist/core.js, so what
 * the model learns from and what it sees in an editor cannot drift apart.
 */
import { annotate } from '../annotation/annotate';
import type { GazetteerIndex } from '../gazetteer/gazetteerIndex';
import { splitSentences } from '../text/sentences';
import { attributeSentences } from './attribution';
import { modelBuckets, probabilityOf } from './model';
import { hashedNgrams, ruleVector, type SparseVector } from './modelFeatures';
import { documentQuotes, quotedShare } from './quotes';
import { claimFeatures, scoreFeatures } from './score';

export interface ModelInput {
  hash: SparseVector;
  rules: number[];
  /** The hand-set rule score of the line (the baseline the model is measured against). */
  ruleScore: number;
}

export function modelInput(text: string, index: GazetteerIndex, buckets: number): ModelInput {
  const annotations = annotate(text, index);
  const sentences = splitSentences(text);
  const speaker = attributeSentences({ text, annotations, index }, sentences).find((s) => s !== null) ?? null;
  const quoted = quotedShare({ start: 0, end: text.length }, documentQuotes(text, sentences));
  const features = claimFeatures({ text, annotations, start: 0, speaker, quoted, heading: false });
  return { hash: hashedNgrams(text, buckets), rules: ruleVector(features), ruleScore: scoreFeatures(features) };
}

/** The shipped model's probability for a line (the line read as `modelInput` reads it). */
export function shippedModelScore(text: string, index: GazetteerIndex): { score: number; ruleScore: number } {
  const input = modelInput(text, index, modelBuckets());
  return { score: probabilityOf(input.hash, input.rules), ruleScore: input.ruleScore };
}
