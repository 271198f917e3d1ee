/**
 * The people of a region or a big city, named after it: "Manitobans", "Ohioans", "Ontarians",
 * "Long Islanders", "New Yorkers", "Californian voters". The gazetteer lists the demonyms of
 * countries and continents; these are made from the layer's own names by the regular English
 * endings, so no list is kept: the name + "ans", "ians", "ers" or "ites" (and "ian" for one person),
 * with the name's final "a", "o", "e", "as" or "ia" dropped first where English drops it ("Manitoba"
 * → "Manitobans", "Ontario" → "Ontarians", "Texas" → "Texans", "California" → "Californians"). Only
 * first-level regions and cities of BIG_CITY people get them, so "Lakers" (no place "Lake") and
 * "Brewers" stay words.
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

/**
 * A bit per value of the low 20 bits of the tokeniser's hash of every form's last word ("ohioans",
 * "islanders"): made once per layer from the keys that can have a demonym, and read before any
 * string is made, so most capitalised words cost one typed-array read. The forms themselves are not
 * kept (34,000 of them were 9 MB).
 */
const lastWordBits = new WeakMap<WorldPlaces, Uint32Array>();

function formBits(places: WorldPlaces): Uint32Array {
  let bits = lastWordBits.get(places);
  if (bits) return bits;
  bits = new Uint32Array(1 << 15);
  for (let key = 0; key < places.keyCount(); key++) {
    if (placeOfDemonym(places, key) < 0) continue;
    const name = places.keyAt(key);
    for (const [ending, restored] of ENDINGS) {
      for (const r of restored) {
        if (!name.endsWith(r) || name.length - r.length < 3) continue;
        const form = name.slice(0, name.length - r.length) + ending;
        const hash = hashString(form.slice(form.lastIndexOf(' ') + 1));
        bits[(hash & 0xfffff) >>> 5] |= 1 << (hash & 31);
      }
    }
  }
  lastWordBits.set(places, bits);
  return bits;
}

/**
 * The demonym ending at token i, as a mention of its region or city, or undefined. `free(i)`: token
 * i is inside no other annotation. One before another capitalised word is part of a name ("Texans
 * Stadium"), one before a number is a book ("Romans 15:13"), and one after a capitalised word that
 * is not its first is part of a longer name ("Perry Meridian"). Asked of every capitalised word:
 * the hash is read first (`formBits`), and only a word that may be a form is taken apart and looked up.
 */
export function demonymAt(tokens: Tokens, i: number, places: WorldPlaces, free: (i: number) => boolean): PlaceMention | undefined {
  if ((tokens.flags[i] & CAPITALISED_WORD) !== CAPITALISED_WORD || tokens.ends[i] - tokens.starts[i] < 6) return undefined;
  const hash = tokens.hashes[i];
  if ((formBits(places)[(hash & 0xfffff) >>> 5] & (1 << (hash & 31))) === 0 || !free(i)) return undefined;
  const word = normAt(tokens, i);
  const n = tokens.count;
  const next = i + 1 < n ? tokens.flags[i + 1] : 0;
  if ((next & CAPITALISED_WORD) === CAPITALISED_WORD || (next & TOKEN_NUMBER) !== 0) return undefined;
  // A free capitalised word before it makes a two-word form ("Long Islanders") or none at all.
  const before = i > 0 && (tokens.flags[i - 1] & CAPITALISED_WORD) === CAPITALISED_WORD && free(i - 1) ? normAt(tokens, i - 1) : undefined;
  const written = before === undefined ? word : `${before} ${word}`;
  // Of the names the form can come from, the first key wins (one form, one place, whatever the order asked).
  let key = -1;
  let row = -1;
  for (const [ending, restored] of ENDINGS) {
    if (!written.endsWith(ending)) continue;
    if (ending === 'ian' && (next & (TOKEN_WORD | TOKEN_CAPITALISED)) !== TOKEN_WORD) continue;
    const stem = written.slice(0, written.length - ending.length);
    if (stem.length < 3) continue;
    for (const r of restored) {
      const k = places.keyNumber(stem + r);
      if (k < 0 || (key >= 0 && k >= key)) continue;
      const place = placeOfDemonym(places, k);
      if (place < 0) continue;
      key = k;
      row = place;
    }
  }
  if (row < 0) return undefined;
  const first = before === undefined ? i : i - 1;
  return { start: tokens.starts[first], end: tokens.ends[i], firstToken: first, endToken: i + 1, row, others: [] };
}

/** The region or big city a demonym's key names: its first-level region, else its biggest city if big enough; -1 otherwise. */
function placeOfDemonym(places: WorldPlaces, key: number): number {
  const [from, to] = places.rowsOf(key);
  for (let r = from; r < to; r++) if (places.isRegion(r)) return r;
  let biggest = -1;
  for (let r = from; r < to; r++) if (!places.isSecondLevel(r) && (biggest < 0 || places.populationOf(r) > places.populationOf(biggest))) biggest = r;
  return biggest >= 0 && places.populationOf(biggest) >= BIG_CITY ? biggest : -1;
}
