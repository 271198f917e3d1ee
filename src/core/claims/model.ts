/**
 * The trained check-worthiness model (model.json, written by scripts/train-claims/train.mjs): a
 * logistic regression over hashed n-grams of the sentence and its rule features (modelFeatures.ts).
 * The hashed weights are 16-bit integers in base64; they are decoded once, on first use.
 */
import model from './model.json';
import type { ClaimFeatures } from './features';
import { hashedNgrams, RULE_FEATURES, ruleVector, type SparseVector } from './modelFeatures';

interface ModelFile {
  format: string;
  buckets: number;
  bias: number;
  rules: Record<string, number>;
  hashScale: number;
  hashWeights: string;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 to bytes, without Node's Buffer or the DOM's atob (the core also runs in a web worker). */
function base64Bytes(text: string): Uint8Array {
  const values = new Uint8Array(128);
  for (let i = 0; i < ALPHABET.length; i++) values[ALPHABET.charCodeAt(i)] = i;
  const clean = text.replace(/=+$/, '');
  const bytes = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let buffer = 0;
  let at = 0;
  for (let i = 0; i < clean.length; i++) {
    buffer = (buffer << 6) | values[clean.charCodeAt(i)];
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[at++] = (buffer >> bits) & 0xff;
    }
  }
  return bytes;
}

interface Loaded {
  buckets: number;
  bias: number;
  rules: number[];
  hash: Float32Array;
}

let loaded: Loaded | undefined;

function load(): Loaded {
  if (loaded) return loaded;
  const file: ModelFile = model;
  const bytes = base64Bytes(file.hashWeights);
  const hash = new Float32Array(file.buckets);
  // Little-endian 16-bit signed integers, times the scale.
  for (let i = 0; i < file.buckets; i++) {
    const raw = bytes[2 * i] | (bytes[2 * i + 1] << 8);
    hash[i] = (raw >= 0x8000 ? raw - 0x10000 : raw) * file.hashScale;
  }
  loaded = { buckets: file.buckets, bias: file.bias, rules: RULE_FEATURES.map((name) => file.rules[name] ?? 0), hash };
  return loaded;
}

/** The model's probability for a sentence already turned into its hashed n-grams and rule vector. */
export function probabilityOf(hash: SparseVector, rules: readonly number[]): number {
  const m = load();
  let x = m.bias;
  for (let k = 0; k < hash.indices.length; k++) x += m.hash[hash.indices[k]] * hash.values[k];
  for (let k = 0; k < rules.length; k++) x += m.rules[k] * rules[k];
  return 1 / (1 + Math.exp(-x));
}

/** The model's probability that the sentence is check-worthy, in [0, 1]. */
export function modelProbability(text: string, features: ClaimFeatures): number {
  return probabilityOf(hashedNgrams(text, load().buckets), ruleVector(features));
}

/** The hashed-feature width the model was trained with. */
export function modelBuckets(): number {
  return load().buckets;
}
