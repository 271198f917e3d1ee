/**
 * Check-worthiness: a sentence's features, then a score in [0, 1]. The score is the probability of
 * the trained model (model.ts: a logistic regression over the sentence's hashed n-grams and these
 * same features, trained on the public CheckThat!/ClaimBuster sets). The hand-set logistic score
 * (`scoreFeatures`) is kept as the rule baseline the model is measured against.
 */
import { SENTENCE_STARTERS } from '../text/sentences';
import type { Annotation } from '../types';
import {
  CAUSAL, COMPARATIVE, FACTUAL_VERB, FIRST_SECOND_PERSON, HEDGE, IMPERATIVE, NUMBER_WORD, OPINION, PREDICTION, QUESTION, SUPERLATIVE,
} from './cues';
import { modelProbability } from './model';
import trained from './threshold.json';
import type { Speaker } from './types';
import type { ClaimFeatures } from './features';

/**
 * Claims scoring at or above it are check-worthy: written with the model by its training
 * (threshold.json, small and apart from the lazily read weights), chosen by cross-validation across
 * the training sets, never on a set it is reported on. An article's share of claims is unknown, so
 * it is the best on average over sets whose share differs, not the best for any one of them.
 */
export const DEFAULT_THRESHOLD: number = trained.threshold;

export interface FeatureInput {
  text: string;
  /** Annotations inside the sentence, offsets into the document. */
  annotations: readonly Annotation[];
  /** Where the sentence starts in the document (to place its annotations in `text`). */
  start: number;
  speaker: Speaker | null;
  /** Share of the sentence inside direct quotes, 0 to 1. */
  quoted: number;
  heading: boolean;
}

export type { ClaimFeatures };

/** The text with annotated stretches blanked, so their digits are not counted twice. */
function outsideAnnotations(input: FeatureInput): string {
  const text = input.text;
  const pieces: string[] = [];
  let at = 0;
  for (const a of input.annotations) {
    const from = a.start - input.start;
    const to = a.end - input.start;
    if (from < at || to > text.length) continue;
    pieces.push(text.slice(at, from), ' '.repeat(to - from));
    at = to;
  }
  pieces.push(text.slice(at));
  return pieces.join('');
}

/**
 * A date written with a number or a month's name. "last week", "on Tuesday", "this year" are dates
 * only when the document has a date of its own, and the model learnt from sentences without one:
 * counting them would score the same sentence higher in a dated article.
 */
const WRITTEN_DATE = /\d|\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i;

export function claimFeatures(input: FeatureInput): ClaimFeatures {
  const text = input.text;
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  const ids = new Set<string>();
  let measures = 0;
  let dates = 0;
  for (const a of input.annotations) {
    if (a.category === 'figure') {
      if (a.kind !== 'date' && a.kind !== 'period') measures++;
      else if (WRITTEN_DATE.test(a.text)) dates++;
    } else ids.add(a.id ?? `unlisted:${a.name}`);
  }
  const rest = outsideAnnotations(input);
  const bareNumbers = (rest.match(/\d+(?:[.,]\d+)*/g) ?? []).filter((n) => !/^(?:1[89]|20)\d\d$/.test(n)).length +
    (/\b(?:million|billion|trillion|percent|per cent|thousands|hundreds|dozens)\b/i.test(rest) ? 1 : 0);
  // The first word is capitalised anyway: it counts only when it is not a usual sentence opener.
  const firstIsName = words.length > 0 && !SENTENCE_STARTERS.has(words[0].replace(/^\W+|\W+$/g, '').toLowerCase());
  const properNouns = (firstIsName ? words : words.slice(1)).filter((w) => /^["“‘(]?\p{Lu}\p{Ll}/u.test(w)).length;
  return {
    words: words.length,
    measures,
    dates,
    bareNumbers: NUMBER_WORD.test(rest) ? bareNumbers : 0,
    entities: ids.size,
    properNouns,
    superlative: SUPERLATIVE.test(text),
    comparative: COMPARATIVE.test(text),
    causal: CAUSAL.test(text),
    prediction: PREDICTION.test(text),
    factualVerb: FACTUAL_VERB.test(text),
    hedge: HEDGE.test(text),
    opinion: OPINION.test(text),
    firstOrSecondPerson: FIRST_SECOND_PERSON.test(text),
    question: QUESTION.test(text),
    imperative: IMPERATIVE.test(text),
    attributed: input.speaker !== null,
    quoted: input.quoted,
    heading: input.heading,
  };
}

/**
 * Hand-set weights of the logistic score; positive pushes towards check-worthy. Set by judgement,
 * then nudged towards a logistic fit of these features on the public CheckThat! 2024 and ClaimBuster
 * training sets (debates: there, forecasts and names count for less than in news articles, so
 * `prediction` and `entity` keep the higher weights articles need).
 */
export const WEIGHTS = {
  bias: -1.3,
  measure: 2.0,
  bareNumber: 1.3,
  date: 0.7,
  entity: 0.35,
  properNoun: 0.4,
  superlative: 1.0,
  comparative: 0.7,
  causal: 0.6,
  prediction: 0.2,
  factualVerb: 0.9,
  attributed: 0.4,
  hedge: -0.4,
  opinion: -0.9,
  firstOrSecondPerson: -0.5,
  question: -1.5,
  imperative: -0.8,
  short: -0.8,
  long: 0,
  heading: -0.3,
} as const;

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

export function scoreFeatures(f: ClaimFeatures): number {
  const w = WEIGHTS;
  let x = w.bias;
  x += Math.min(f.measures, 2) * w.measure;
  if (f.measures === 0) x += Math.min(f.bareNumbers, 2) * w.bareNumber;
  x += Math.min(f.dates, 2) * w.date;
  // Gazetteer names count most; capitalised words stand in when the gazetteer knows none.
  x += Math.max(Math.min(f.entities, 3) * w.entity, Math.min(f.properNouns, 3) * w.properNoun);
  if (f.superlative) x += w.superlative;
  if (f.comparative) x += w.comparative;
  if (f.causal) x += w.causal;
  if (f.prediction) x += w.prediction;
  if (f.factualVerb) x += w.factualVerb;
  if (f.attributed) x += w.attributed;
  if (f.hedge) x += w.hedge;
  if (f.opinion) x += w.opinion;
  if (f.firstOrSecondPerson && f.quoted < 0.5) x += w.firstOrSecondPerson;
  if (f.question) x += w.question;
  if (f.imperative) x += w.imperative;
  if (f.words < 6) x += w.short;
  if (f.words > 60) x += w.long;
  if (f.heading) x += w.heading;
  return Math.round(sigmoid(x) * 1000) / 1000;
}

/** The sentence's features and its check-worthiness: the trained model's probability, to 3 decimals. */
export function scoreSentence(input: FeatureInput): { features: ClaimFeatures; score: number } {
  const features = claimFeatures(input);
  return { features, score: Math.round(modelProbability(input.text, features) * 1000) / 1000 };
}
