/**
 * The people of a region or a big city, named after it: "Manitobans", "Ohioans", "Ontarians",
 * "Long Islanders", "New Yorkers", "Californian voters". The gazetteer lists the demonyms of
 * countries and continents; these are made from the layer's own names by the regular English
 * endings, so no list is kept. Only plain forms are read: the name + "ans", "ians", "ers" or
 * "ites" (and "ian" for one person), with the name's final "a", "o", "e", "as" or "ia" dropped
 * first where English drops it ("Manitoba" → "Manitobans", "Ontario" → "Ontarians", "Texas" →
 * "Texans", "California" → "Californians"). A form counts only when it names a first-level region
 * or a city of BIG_CITY people, so "Lakers" (no place "Lake") and "Brewers" stay words.
 */
import { normAt, TOKEN_CAPITALISED, TOKEN_NUMBER, TOKEN_WORD, type Tokens } from '../text/tokenize';
import type { PlaceMention } from './findPlaces';
import type { WorldPlaces } from './worldPlaces';

/** A city this big has a demonym the news uses ("Bostonians", "Londoners"); smaller ones rarely do. */
export const BIG_CITY = 250_000;

/** Endings, longest first, and what the place's name may have had where the ending stands. */
const ENDINGS: readonly [string, readonly string[]][] = [
  ['ians', ['', 'a', 'ia', 'io', 'o', 'e', 'y']],
  ['ites', ['', 'e']],
  ['ans', ['', 'a', 'as', 'o', 'e']],
  ['ers', ['', 'e']],
  ['ian', ['', 'a', 'ia', 'io', 'o', 'e', 'y']],
];

const CAPITALISED_WORD = TOKEN_CAPITALISED | TOKEN_WORD;

/**
 * The demonyms in the text, as mentions of their region or city. `free(i)`: token i is inside no
 * other annotation. A demonym right before another capitalised word is part of a name ("Texans
 * Stadium").
 */
export function findRegionalDemonyms(tokens: Tokens, places: WorldPlaces, free: (i: number) => boolean): PlaceMention[] {
  const mentions: PlaceMention[] = [];
  const n = tokens.count;
  for (let i = 0; i < n; i++) {
    if ((tokens.flags[i] & CAPITALISED_WORD) !== CAPITALISED_WORD || !free(i)) continue;
    const word = normAt(tokens, i);
    if (word.length < 6) continue;
    const ending = ENDINGS.find(([suffix]) => word.endsWith(suffix));
    if (ending === undefined) continue;
    if (i + 1 < n && (tokens.flags[i + 1] & CAPITALISED_WORD) === CAPITALISED_WORD) continue;
    // "Romans 15:13" is a book; one "Californian" is an adjective, before its noun ("Californian voters").
    if (i + 1 < n && (tokens.flags[i + 1] & TOKEN_NUMBER) !== 0) continue;
    if (ending[0] === 'ian' && !(i + 1 < n && (tokens.flags[i + 1] & (TOKEN_WORD | TOKEN_CAPITALISED)) === TOKEN_WORD)) continue;
    const stem = word.slice(0, word.length - ending[0].length);
    // "Long Islanders", "New Yorkers": a capitalised word before may be the name's first word.
    const before = i > 0 && (tokens.flags[i - 1] & CAPITALISED_WORD) === CAPITALISED_WORD && free(i - 1) ? normAt(tokens, i - 1) : undefined;
    let found: { row: number; first: number } | undefined;
    for (const restored of ending[1]) {
      for (const [key, first] of before !== undefined ? [[`${before} ${stem}${restored}`, i - 1] as const, [`${stem}${restored}`, i] as const] : [[`${stem}${restored}`, i] as const]) {
        const number = places.keyNumber(key);
        if (number < 0) continue;
        const row = placeOfDemonym(places, number);
        if (row >= 0) {
          found = { row, first };
          break;
        }
      }
      if (found) break;
    }
    // After a capitalised word that is not its first ("Perry Meridian"), it is part of a longer name.
    if (found === undefined || (before !== undefined && found.first === i)) continue;
    mentions.push({ start: tokens.starts[found.first], end: tokens.ends[i], firstToken: found.first, endToken: i + 1, row: found.row, others: [] });
  }
  return mentions;
}

/** The region or big city a demonym's key names: its first-level region, else its biggest city if big enough; -1 otherwise. */
function placeOfDemonym(places: WorldPlaces, key: number): number {
  const [from, to] = places.rowsOf(key);
  for (let r = from; r < to; r++) if (places.isRegion(r)) return r;
  let biggest = -1;
  for (let r = from; r < to; r++) if (!places.isSecondLevel(r) && (biggest < 0 || places.populationOf(r) > places.populationOf(biggest))) biggest = r;
  return biggest >= 0 && places.populationOf(biggest) >= BIG_CITY ? biggest : -1;
}
