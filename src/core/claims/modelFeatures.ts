/**
 * What the check-worthiness model reads of a sentence: hashed word unigrams and bigrams, hashed
 * character 3–5-grams of each word, and the rule features of score.ts as a small dense vector.
 * Training (scripts/train-claims) imports this very module, so the features cannot drift apart.
 */
import { charFlags, LETTER, MARK } from '../text/charClass';
import { normaliseClaimText } from './ids';
import type { ClaimFeatures } from './features';

/** A sparse vector: parallel arrays of bucket indices and values. */
export interface SparseVector {
  indices: number[];
  values: number[];
}

/** Lower-cased, quotes and dashes unified (ids.ts), and every digit a 0, so "$48 billion" and "$12 billion" read alike. */
export function modelText(text: string): string {
  return normaliseClaimText(text).replace(/\d/g, '0');
}

/**
 * The model's words, read with the core's one character classification (text/charClass.ts): what
 * `/[\p{L}\p{M}]+(?:'\p{L}+)?|\d+(?:[.,]\d+)*|[$€£¥%?!]/gu` matches (the expression the model was
 * trained with; a test holds the two to the same answers): runs of letters and marks with one
 * apostrophe and letters after it, digits with their separators, and a few symbols.
 */
export function modelTokens(text: string): string[] {
  const t = modelText(text);
  const tokens: string[] = [];
  const n = t.length;
  let i = 0;
  while (i < n) {
    const code = t.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      let end = digitsEnd(t, i + 1);
      while ((t.charCodeAt(end) === 46 || t.charCodeAt(end) === 44) && isAsciiDigit(t.charCodeAt(end + 1))) end = digitsEnd(t, end + 2);
      tokens.push(t.slice(i, end));
      i = end;
      continue;
    }
    if (code === 36 || code === 0x20ac || code === 0xa3 || code === 0xa5 || code === 37 || code === 63 || code === 33) {
      tokens.push(t[i]);
      i++;
      continue;
    }
    // Inside the text (i < n): a code point, a whole surrogate pair when one starts here.
    const point = t.codePointAt(i) as number;
    if (charFlags(point) & (LETTER | MARK)) {
      let end = runEnd(t, i, LETTER | MARK);
      if (t.charCodeAt(end) === 39) {
        const after = runEnd(t, end + 1, LETTER);
        if (after > end + 1) end = after;
      }
      tokens.push(t.slice(i, end));
      i = end;
      continue;
    }
    i += point > 0xffff ? 2 : 1;
  }
  return tokens;
}

function isAsciiDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function digitsEnd(text: string, i: number): number {
  while (isAsciiDigit(text.charCodeAt(i))) i++;
  return i;
}

/** The end of the run of code points from `i` that have one of `flags`. */
function runEnd(text: string, i: number, flags: number): number {
  while (i < text.length) {
    const point = text.codePointAt(i) as number;
    if ((charFlags(point) & flags) === 0) break;
    i += point > 0xffff ? 2 : 1;
  }
  return i;
}

const FNV_OFFSET = 0x811c9dc5;

/** FNV-1a (as `fnv1a32`) carried on over more UTF-16 code units: a key's hash without building the key. */
function fold(hash: number, text: string, from = 0, to = text.length): number {
  let h = hash;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

const WORD_STATE = fold(FNV_OFFSET, 'w ');
const BIGRAM_STATE = fold(FNV_OFFSET, 'b ');
const CHAR_STATE = fold(FNV_OFFSET, 'c ');

/**
 * Hashed n-grams of the text, counts scaled to unit length. A hash's top bit gives the sign, so
 * colliding n-grams tend to cancel rather than add up. Keys ("w word", "b previous word", "c gra")
 * are hashed as they are read, never built as strings: this ran for every sentence of every
 * document and was the claims pipeline's largest cost. The hashes, and the order buckets are first
 * met in, are those of hashing the keys themselves (the trained model depends on both).
 */
export function hashedNgrams(text: string, buckets: number): SparseVector {
  const counts = new Map<number, number>();
  const add = (h: number): void => {
    const bucket = (h & 0x7fffffff) % buckets;
    const sign = h & 0x80000000 ? -1 : 1;
    counts.set(bucket, (counts.get(bucket) ?? 0) + sign);
  };
  const tokens = modelTokens(text);
  let previous = '<s>';
  for (const token of tokens) {
    add(fold(WORD_STATE, token));
    add(fold(fold(fold(BIGRAM_STATE, previous), ' '), token));
    previous = token;
    if (token.length < 2) continue;
    const padded = ` ${token} `;
    for (let n = 3; n <= 5; n++) {
      for (let i = 0; i + n <= padded.length; i++) add(fold(CHAR_STATE, padded, i, i + n));
    }
  }
  if (tokens.length > 0) add(fold(fold(fold(BIGRAM_STATE, previous), ' '), '</s>'));
  const indices: number[] = [];
  const values: number[] = [];
  let norm = 0;
  for (const [index, value] of counts) {
    if (value === 0) continue;
    indices.push(index);
    values.push(value);
    norm += value * value;
  }
  norm = Math.sqrt(norm);
  for (let i = 0; i < values.length; i++) values[i] /= norm;
  return { indices, values };
}

/** Names of the dense rule features, in the order of `ruleVector` (model.json keeps them to check). */
export const RULE_FEATURES = [
  'measures', 'bareNumbers', 'dates', 'entities', 'properNouns', 'superlative', 'comparative', 'causal', 'prediction',
  'factualVerb', 'hedge', 'opinion', 'firstOrSecondPerson', 'question', 'imperative', 'attributed', 'quoted', 'heading',
  'short', 'long', 'logWords',
] as const;

const flag = (b: boolean): number => (b ? 1 : 0);

/** The rule features as numbers of about unit scale (capped counts, as the hand-set score caps them). */
export function ruleVector(f: ClaimFeatures): number[] {
  return [
    Math.min(f.measures, 2) / 2,
    f.measures === 0 ? Math.min(f.bareNumbers, 2) / 2 : 0,
    Math.min(f.dates, 2) / 2,
    Math.min(f.entities, 3) / 3,
    Math.min(f.properNouns, 3) / 3,
    flag(f.superlative),
    flag(f.comparative),
    flag(f.causal),
    flag(f.prediction),
    flag(f.factualVerb),
    flag(f.hedge),
    flag(f.opinion),
    flag(f.firstOrSecondPerson && f.quoted < 0.5),
    flag(f.question),
    flag(f.imperative),
    flag(f.attributed),
    f.quoted,
    flag(f.heading),
    flag(f.words < 6),
    flag(f.words > 60),
    Math.log1p(f.words) / 4,
  ];
}
