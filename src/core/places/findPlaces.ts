/**
 * Places of the world layer in a document's text, where no gazetteer name or unlisted name stands:
 * which capitalised words name a place, and which of the places of that name is meant.
 *
 * With 140,000 names, precision is the work, so a name must earn its highlight:
 * - never: part of a longer capitalised name ("Nelson Mandela", "Boise State"), a person's name
 *   (after a given name anywhere in the document, before "said"), inside a web address, or in
 *   lower case;
 * - the evidence it needs grows as the place shrinks: a large place (100,000 people, or a
 *   first-level region) needs none; a middle one a preposition of place ("in", "near", "outside"),
 *   or its country or region named in the document; a small one a qualifier ("Makurdi, Nigeria"),
 *   a dateline, or both a preposition and its country or region. A name that is also a common
 *   English word ("Reading", "Mobile", "Of") needs a qualifier or a dateline, or a preposition and
 *   its country or region, whatever its size;
 * - one sense per document: the evidence of one mention holds for the others (a dateline's
 *   "MAKURDI" makes a later "Makurdi" a place), and every mention names the same place.
 * Which place: a qualifier decides ("Portland, Maine"); otherwise a place in a country or region
 * the document names is preferred, then the bigger one.
 */
import { GIVEN_NAMES, insideUrl } from '../match/notPlace';
import { normAt, TOKEN_ALL_CAPS, TOKEN_CAPITALISED, TOKEN_WORD, type Tokens } from '../text/tokenize';
import type { WorldPlaces } from './worldPlaces';

/** A place of at least this many people needs no evidence beyond its capitalised name. */
export const LARGE_PLACE = 100_000;
/** Below this, a place needs a qualifier, a dateline, or a preposition with its country or region. */
export const MIDDLE_PLACE = 15_000;

const words = (list: string): Set<string> => new Set(list.trim().split(/\s+/));

/** Lower-case words that may stand inside a place's name ("Stratford-upon-Avon", "Rio de Janeiro"). */
const NAME_CONNECTORS = words('de la le les du des of on upon the am an der den di da do dos das del el al en sur y e i op aan');
/** Words before a name that mark a place. */
const PLACE_PREPOSITIONS = words(`in at near from outside inside into to towards toward across around throughout via
  through between beyond within off outskirts nearby`);
/** Verbs of speech after a name: a person ("Henderson said"). */
const SPEECH_VERBS = words('said says told added wrote asked argued noted explained tweeted stated insisted replied recalled admitted warned');
/** Lower-case roles before a name: a person ("coach Henderson", "president Lincoln"). */
const ROLES = words(`president minister senator governor mayor coach judge officer spokesman spokeswoman director chief
  secretary ambassador leader captain manager striker midfielder defender goalkeeper player star actor actress singer
  author writer professor dr mr mrs ms sir lord lady saint st`);
/** Marks after which a capital letter says nothing (a sentence or a line begins). */
const SENTENCE_ENDS = words('. ! ? : " “ ” « » ( [ * # > -');

export interface PlaceMention {
  start: number;
  end: number;
  firstToken: number;
  endToken: number;
  /** The chosen row of the layer. */
  row: number;
  /** The other rows of that name the choice was made among (likeliest first). */
  others: number[];
}

export interface FindPlacesContext {
  /** Tokens already inside another annotation, one flag per token. */
  covered: Uint8Array;
  /** Countries the document names (gazetteer ids), from its other annotations. */
  countries: ReadonlySet<string>;
  /** The gazetteer country annotated at this offset, if any ("Makurdi, Nigeria"). */
  countryAt: (offset: number) => string | undefined;
  /** Lower-case norms of words that are part of a person's name in the document. */
  personWords: ReadonlySet<string>;
}

interface Candidate {
  firstToken: number;
  endToken: number;
  key: number;
  /** Rows a qualifier after this mention allows (empty: no qualifier). */
  qualified: number[];
  dateline: boolean;
  preposition: boolean;
  sentenceStart: boolean;
}

const isWord = (tokens: Tokens, i: number): boolean => i >= 0 && i < tokens.count && (tokens.flags[i] & TOKEN_WORD) !== 0;
const capitalised = (tokens: Tokens, i: number): boolean => isWord(tokens, i) && (tokens.flags[i] & TOKEN_CAPITALISED) !== 0;

/** Only spaces between two tokens (no line break or mark): "Nelson Mandela", not "Nelson. Mandela". */
function spaceBetween(text: string, tokens: Tokens, a: number, b: number): boolean {
  const from = tokens.ends[a];
  const to = tokens.starts[b];
  if (to <= from) return false;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 0xa0) return false;
  }
  return true;
}

function lineBreakBetween(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

/** The token opens its line, after at most Markdown marks and spaces. */
function opensLine(text: string, tokens: Tokens, i: number): boolean {
  for (let k = tokens.starts[i] - 1; k >= 0; k--) {
    const c = text[k];
    if (c === '\n') return true;
    if (c !== ' ' && c !== '\t' && c !== '*' && c !== '_' && c !== '#' && c !== '>') return false;
  }
  return true;
}

function opensSentence(text: string, tokens: Tokens, i: number): boolean {
  if (i === 0 || opensLine(text, tokens, i)) return true;
  const before = normAt(tokens, i - 1);
  return SENTENCE_ENDS.has(before) || ((before === "'" || before === '"') && i > 1 && /^[.!?]$/.test(normAt(tokens, i - 2)));
}

export class RegionKeys {
  private readonly keys = new Map<string, string>();
  constructor(private readonly keyOf: (name: string) => string) {}
  get(region: string): string {
    let key = this.keys.get(region);
    if (key === undefined) {
      key = this.keyOf(region);
      this.keys.set(region, key);
    }
    return key;
  }
}

/** The rows whose region or country the words after a comma name: "Portland, Maine", "Makurdi, Nigeria". */
function qualifiedRows(text: string, tokens: Tokens, end: number, rows: readonly number[], places: WorldPlaces, context: FindPlacesContext, regionKeys: RegionKeys): number[] {
  if (end + 1 >= tokens.count || normAt(tokens, end) !== ',' || lineBreakBetween(text, tokens.ends[end - 1], tokens.starts[end + 1])) return [];
  const country = context.countryAt(tokens.starts[end + 1]);
  const allowed: number[] = [];
  for (const row of rows) {
    if (country !== undefined) {
      if (places.countryOf(row) === country) allowed.push(row);
      continue;
    }
    const region = places.regionOf(row);
    if (region === undefined || places.isRegion(row)) continue;
    const key = regionKeys.get(region);
    const words = key.split(' ');
    let matches = words.length > 0;
    for (let w = 0; w < words.length && matches; w++) matches = end + 1 + w < tokens.count && normAt(tokens, end + 1 + w) === words[w];
    if (matches && !capitalised(tokens, end + 1 + words.length)) allowed.push(row);
  }
  return allowed;
}

/** A person's name, not a place: after a given name or a role, before a verb of speech, or a known person's word. */
function personLike(text: string, tokens: Tokens, first: number, end: number, context: FindPlacesContext): boolean {
  if (end - first === 1 && context.personWords.has(normAt(tokens, first))) return true;
  const before = first - 1;
  if (before >= 0 && ROLES.has(normAt(tokens, before)) && !capitalised(tokens, before)) return true;
  if (capitalised(tokens, before) && GIVEN_NAMES.has(normAt(tokens, before)) && spaceBetween(text, tokens, before, first)) return true;
  return end < tokens.count && SPEECH_VERBS.has(normAt(tokens, end));
}

/** Reasons a mention is never a place, whatever the evidence. */
function ruledOut(text: string, tokens: Tokens, first: number, end: number, context: FindPlacesContext): boolean {
  for (let k = first; k < end; k++) {
    if (!isWord(tokens, k)) continue;
    if (!capitalised(tokens, k) && !NAME_CONNECTORS.has(normAt(tokens, k))) return true;
  }
  if (!capitalised(tokens, end - 1)) return true;
  // Part of a longer capitalised name: "Nelson Mandela", "Boise State", "Jordan Henderson".
  if (capitalised(tokens, end) && spaceBetween(text, tokens, end - 1, end)) return true;
  const before = first - 1;
  if (capitalised(tokens, before) && spaceBetween(text, tokens, before, first)) {
    const sentenceWord = opensSentence(text, tokens, before) && (PLACE_PREPOSITIONS.has(normAt(tokens, before)) || normAt(tokens, before) === 'the');
    if (!sentenceWord) return true;
  }
  if (insideUrl(text, tokens.starts[first])) return true;
  return personLike(text, tokens, first, end, context);
}

/** Every place of the layer in the text, in order (see the module comment). */
export function findPlaces(text: string, tokens: Tokens, places: WorldPlaces, context: FindPlacesContext, regionKeys: RegionKeys): PlaceMention[] {
  const n = tokens.count;
  const candidates: Candidate[] = [];
  for (let i = 0; i < n; i++) {
    if (context.covered[i] || (tokens.flags[i] & (TOKEN_WORD | TOKEN_CAPITALISED)) !== (TOKEN_WORD | TOKEN_CAPITALISED)) continue;
    const first = normAt(tokens, i);
    const longest = places.longestFrom(first);
    if (longest === 0) continue;
    let key = first;
    let best = -1;
    let bestEnd = i;
    for (let end = i + 1; end <= i + longest && end <= n; end++) {
      if (end > i + 1) {
        if (context.covered[end - 1] || lineBreakBetween(text, tokens.ends[end - 2], tokens.starts[end - 1])) break;
        key += ` ${normAt(tokens, end - 1)}`;
      }
      const k = places.keyNumber(key);
      if (k >= 0) {
        best = k;
        bestEnd = end;
      }
    }
    if (best < 0) continue;
    if (!ruledOut(text, tokens, i, bestEnd, context)) {
      const allCaps = (tokens.flags[i] & TOKEN_ALL_CAPS) !== 0;
      const [from, to] = places.rowsOf(best);
      const rows: number[] = [];
      for (let row = from; row < to; row++) rows.push(row);
      const qualified = qualifiedRows(text, tokens, bestEnd, rows, places, context, regionKeys);
      const next = bestEnd < n ? normAt(tokens, bestEnd) : '';
      const dateline = opensLine(text, tokens, i) && (allCaps || qualified.length > 0) && (next === ',' || next === '(' || next === '-' || next === '—' || next === '–');
      // An acronym or a shouted word is no place name, except in a dateline ("MAKURDI, Nigeria").
      if (!allCaps || dateline || bestEnd - i > 1) {
        const before = i > 0 ? normAt(tokens, i - 1) : '';
        candidates.push({
          firstToken: i,
          endToken: bestEnd,
          key: best,
          qualified,
          dateline,
          preposition: PLACE_PREPOSITIONS.has(before),
          sentenceStart: opensSentence(text, tokens, i),
        });
      }
    }
    i = bestEnd - 1;
  }
  if (candidates.length === 0) return [];
  return choose(tokens, candidates, places, context, regionKeys);
}

/** One decision per name for the whole document (see the module comment). */
function choose(tokens: Tokens, candidates: readonly Candidate[], places: WorldPlaces, context: FindPlacesContext, regionKeys: RegionKeys): PlaceMention[] {
  const byKey = new Map<number, Candidate[]>();
  for (const c of candidates) {
    const list = byKey.get(c.key);
    if (list) list.push(c);
    else byKey.set(c.key, [c]);
  }
  // The regions the document names (their keys), and their countries with the ones it names.
  const mentionedKeys = new Set<string>();
  const countries = new Set(context.countries);
  for (const [key, list] of byKey) {
    const [from] = places.rowsOf(key);
    if (places.isRegion(from)) {
      countries.add(places.countryOf(from));
      mentionedKeys.add(normsOf(tokens, list[0].firstToken, list[0].endToken));
    }
  }
  const chosen = new Map<number, number>();
  for (const [key, list] of byKey) {
    const [from, to] = places.rowsOf(key);
    const qualified = list.find((c) => c.qualified.length > 0)?.qualified[0];
    let row = qualified ?? from;
    if (qualified === undefined) {
      let best = -Infinity;
      for (let r = from; r < to; r++) {
        const region = places.regionOf(r);
        const score =
          (places.isRegion(r) ? 8 : Math.log10(places.populationOf(r) + 1)) +
          (countries.has(places.countryOf(r)) ? 2 : 0) +
          (region !== undefined && !places.isRegion(r) && mentionedKeys.has(regionKeys.get(region)) ? 3 : 0);
        if (score > best) {
          best = score;
          row = r;
        }
      }
    }
    const inContext = countries.has(places.countryOf(row)) || (places.regionOf(row) !== undefined && mentionedKeys.has(regionKeys.get(places.regionOf(row) as string)));
    const strong = list.some((c) => c.qualified.length > 0 || c.dateline);
    const preposition = list.some((c) => c.preposition && !c.sentenceStart);
    const size = places.isRegion(row) ? LARGE_PLACE : places.populationOf(row);
    let accepted: boolean;
    if (places.isCommonWord(key)) accepted = strong || (preposition && inContext);
    else if (size >= LARGE_PLACE) accepted = true;
    else if (size >= MIDDLE_PLACE) accepted = strong || preposition || inContext;
    else accepted = strong || (preposition && inContext);
    if (accepted) chosen.set(key, row);
  }
  const mentions: PlaceMention[] = [];
  for (const c of candidates) {
    const row = chosen.get(c.key);
    if (row === undefined) continue;
    // A common word opening a sentence is the word ("Mobile phones…") unless this mention itself shows a place.
    if (c.sentenceStart && places.isCommonWord(c.key) && c.qualified.length === 0 && !c.dateline) continue;
    const [from, to] = places.rowsOf(c.key);
    const others: number[] = [];
    for (let r = from; r < to && others.length < 5; r++) if (r !== row) others.push(r);
    mentions.push({ start: tokens.starts[c.firstToken], end: tokens.ends[c.endToken - 1], firstToken: c.firstToken, endToken: c.endToken, row, others });
  }
  return mentions;
}

function normsOf(tokens: Tokens, first: number, end: number): string {
  let key = normAt(tokens, first);
  for (let k = first + 1; k < end; k++) key += ` ${normAt(tokens, k)}`;
  return key;
}
