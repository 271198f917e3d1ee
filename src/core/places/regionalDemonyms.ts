/**
 * The people of a region or a big city, named after it: "Manitobans", "Ohioans", "Ontarians",
 * "Long Islanders", "New Yorkers", "Californian voters". The gazetteer lists the demonyms of
 * countries and continents; these are made from the layer's own names by the regular English
 * endings, so no list is kept: the name + "ans", "ians", "ers" or "ites" (and "ian" for one person),
 * with the name's final "a", "o", "e", "as" or "ia" dropped first where English drops it ("Manitoba"
 * → "Manitobans", "Ontario" → "Ontarians", "Texas" → "Texans", "California" → "Californians"). Only
 * first-level regions and cities of BIG_CITY people get them, so "Lakers" (no place "Lake") and
 * "Brewers" stay words. The forms are made once per layer, keyed by the hash of their last word, so
 * reading a document costs one look-up per capitalised word.
 */
import { hashString, normAt, TOKEN_CAPITALISED, TOKEN_NUMBER, TOKEN_WORD, type Tokens } from '../text/tokenize';
import type { PlaceMention } from './findPlaces';
import type { WorldPlaces } from './worldPlaces';

/** A city this big has a demonym the news uses ("Bostonians", "Londoners"); smaller ones rarely do. */
export const BIG_CITY = 250_000;

/** Endings, and what the place's name may have had where the ending stands. */
const ENDINGS: readonly [string, readonly string[]][] = [
  ['ians', ['', 'a', 'ia', 'io', 'o', 'e', 'y']],
  ['ites', ['', 'e']],
  ['ans', ['', 'a', 'as', 'o', 'e']],
  ['ers', ['', 'e']],
  ['ian', ['', 'a', 'ia', 'io', 'o', 'e', 'y']],
];

const CAPITALISED_WORD = TOKEN_CAPITALISED | TOKEN_WORD;

interface DemonymForm {
  /** The whole form ("long islanders") and its words before the last. */
  form: string;
  words: number;
  row: number;
  /** "ian": one person, an adjective before its noun ("Californian voters"). */
  singular: boolean;
}

const formsByLayer = new WeakMap<WorldPlaces, Map<number, DemonymForm[]>>();

/** Every demonym form of the layer's regions and big cities, by the hash of its last word. */
function formsOf(places: WorldPlaces): Map<number, DemonymForm[]> {
  let forms = formsByLayer.get(places);
  if (forms) return forms;
  forms = new Map();
  const seen = new Set<string>();
  for (let number = 0; number < places.keyCount(); number++) {
    const row = placeOfDemonym(places, number);
    if (row < 0) continue;
    const key = places.keyAt(number);
    for (const [ending, restored] of ENDINGS) {
      for (const r of restored) {
        if (!key.endsWith(r) || key.length - r.length < 3) continue;
        const form = key.slice(0, key.length - r.length) + ending;
        if (seen.has(form)) continue;
        seen.add(form);
        const words = form.split(' ');
        const hash = hashString(words[words.length - 1]);
        const list = forms?.get(hash) ?? [];
        list.push({ form, words: words.length, row, singular: ending === 'ian' });
        forms?.set(hash, list);
      }
    }
  }
  formsByLayer.set(places, forms);
  return forms;
}

/**
 * The demonym forms of a layer, made on first use (see `formsOf`), with a bit per value of their
 * last words' hashes' low 20 bits: most capitalised words are no demonym, and one read says so.
 */
export interface DemonymForms {
  byHash: Map<number, DemonymForm[]>;
  bits: Uint32Array;
}

const formsWithBits = new WeakMap<WorldPlaces, DemonymForms>();

export function demonymForms(places: WorldPlaces): DemonymForms {
  let made = formsWithBits.get(places);
  if (made === undefined) {
    const byHash = formsOf(places);
    const bits = new Uint32Array(1 << 15);
    for (const hash of byHash.keys()) bits[(hash & 0xfffff) >>> 5] |= 1 << (hash & 31);
    made = { byHash, bits };
    formsWithBits.set(places, made);
  }
  return made;
}

/**
 * The demonym ending at token i, as a mention of its region or city, or undefined. `free(i)`: token
 * i is inside no other annotation. One before another capitalised word is part of a name ("Texans
 * Stadium"), one before a number is a book ("Romans 15:13"), and one after a capitalised word that
 * is not its first is part of a longer name ("Perry Meridian"). Asked of every token: the hash is
 * looked up first.
 */
export function demonymAt(tokens: Tokens, i: number, forms: DemonymForms, free: (i: number) => boolean): PlaceMention | undefined {
  if ((tokens.flags[i] & CAPITALISED_WORD) !== CAPITALISED_WORD || tokens.ends[i] - tokens.starts[i] < 6) return undefined;
  const hash = tokens.hashes[i];
  if ((forms.bits[(hash & 0xfffff) >>> 5] & (1 << (hash & 31))) === 0) return undefined;
  const candidates = forms.byHash.get(hash);
  if (candidates === undefined || !free(i)) return undefined;
  const n = tokens.count;
  const next = i + 1 < n ? tokens.flags[i + 1] : 0;
  if ((next & CAPITALISED_WORD) === CAPITALISED_WORD || (next & TOKEN_NUMBER) !== 0) return undefined;
  const before = i > 0 && (tokens.flags[i - 1] & CAPITALISED_WORD) === CAPITALISED_WORD && free(i - 1) ? normAt(tokens, i - 1) : undefined;
  const word = normAt(tokens, i);
  for (const c of candidates) {
    const written = c.words === 2 && before !== undefined ? `${before} ${word}` : word;
    if (c.form !== written || (c.words === 1 && before !== undefined)) continue;
    if (c.singular && (next & (TOKEN_WORD | TOKEN_CAPITALISED)) !== TOKEN_WORD) continue;
    const first = i - c.words + 1;
    return { start: tokens.starts[first], end: tokens.ends[i], firstToken: first, endToken: i + 1, row: c.row, others: [] };
  }
  return undefined;
}

/** The region or big city a demonym's key names: its first-level region, else its biggest city if big enough; -1 otherwise. */
function placeOfDemonym(places: WorldPlaces, key: number): number {
  const [from, to] = places.rowsOf(key);
  for (let r = from; r < to; r++) if (places.isRegion(r)) return r;
  let biggest = -1;
  for (let r = from; r < to; r++) if (!places.isSecondLevel(r) && (biggest < 0 || places.populationOf(r) > places.populationOf(biggest))) biggest = r;
  return biggest >= 0 && places.populationOf(biggest) >= BIG_CITY ? biggest : -1;
}
