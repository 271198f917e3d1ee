/**
 * Entity and treaty matching over tokens: applies each alias's case rule, resolves aliases shared
 * by several entries (context words, then priority), and keeps the longest match where names
 * overlap ("Indian Air Force" hides "Indian").
 */
import type { GazetteerIndex, Surface } from '../gazetteer/gazetteerIndex';
import { hashString, normAt, tokenize, TOKEN_ALL_CAPS, TOKEN_CAPITALISED, VOCABULARY, type Tokens } from '../text/tokenize';

export interface EntityMatch {
  start: number;
  end: number;
  firstToken: number;
  endToken: number;
  surface: Surface;
  /** The surface is a demonym ("Indian"), which names a people, never a place. */
  demonym: boolean;
}

function acceptsCase(surface: Surface, tokens: Tokens, text: string, first: number): boolean {
  const { rawTokens, caseRule, capitalised } = surface;
  if (caseRule === 'any') return true;
  for (let k = 0; k < rawTokens.length; k++) {
    const t = first + k;
    if (caseRule === 'exact') {
      // Compared in place: acronyms ("US", "EU") are frequent, and a slice each time was garbage.
      const raw = rawTokens[k];
      if (tokens.ends[t] - tokens.starts[t] !== raw.length || !text.startsWith(raw, tokens.starts[t])) return false;
    } else if (capitalised[k] && (tokens.flags[t] & (TOKEN_CAPITALISED | TOKEN_ALL_CAPS)) === 0) {
      return false;
    }
  }
  return true;
}

/**
 * Whether the text has a word, asked only when a context rule needs it. One pass sets a bit per
 * token hash; a word whose bit is clear is absent, and one whose bit is set is confirmed at its first
 * token with that hash. Nothing is looked up or interned for the tokens no rule asks about.
 */
class DocumentWords {
  private bits: Uint32Array | undefined;
  private readonly answers = new Map<string, boolean>();
  constructor(private readonly tokens: Tokens) {}
  has(word: string): boolean {
    const { tokens } = this;
    if (tokens.vocabulary !== VOCABULARY) return tokens.norms.includes(word);
    const known = this.answers.get(word);
    if (known !== undefined) return known;
    if (!this.bits) {
      const bits = new Uint32Array(WORD_BITS >>> 5);
      const { hashes, count } = tokens;
      for (let i = 0; i < count; i++) {
        const slot = hashes[i] & (WORD_BITS - 1);
        bits[slot >>> 5] |= 1 << (slot & 31);
      }
      this.bits = bits;
    }
    const hash = hashString(word);
    const slot = hash & (WORD_BITS - 1);
    let found = false;
    if ((this.bits[slot >>> 5] & (1 << (slot & 31))) !== 0) {
      const { hashes, count } = tokens;
      for (let i = 0; i < count && !found; i++) found = hashes[i] === hash && normAt(tokens, i) === word;
    }
    this.answers.set(word, found);
    return found;
  }
}

/** Bits in a document's word filter: few enough to clear fast, many enough that misses are rare. */
const WORD_BITS = 1 << 20;

/** How many of the surface's context words the document has. */
function contextPresent(surface: Surface, words: { has(word: string): boolean }): number {
  const { context } = surface;
  if (!context) return 0;
  let n = 0;
  for (const word of context) if (words.has(word)) n++;
  return n;
}

/** How many tokens before a shared name are read for its country: "Mexico's Senate", "the Mexican Senate". */
const LOCAL_WINDOW = 3;

/** The words right after a name, on its line and in its sentence: "the Senate in Buenos Aires". */
function wordsAfter(tokens: Tokens, text: string, end: number): string[] {
  const words: string[] = [];
  for (let k = end; k < tokens.count && k < end + LOCAL_WINDOW; k++) {
    if (text.charCodeAt(tokens.starts[k] - 1) === 0x0a) break;
    const word = normAt(tokens, k);
    if (word === '.' || word === ';') break;
    words.push(word);
  }
  return words;
}

/** The words right before a name, on its line: where "Mexico's" or "the Mexican" says whose it is. */
function wordsBefore(tokens: Tokens, text: string, first: number): string[] {
  const words: string[] = [];
  for (let k = first - 1; k >= 0 && k >= first - LOCAL_WINDOW; k--) {
    if (text.charCodeAt(tokens.ends[k]) === 0x0a) break;
    words.push(normAt(tokens, k));
  }
  return words;
}

/**
 * The surface a match stands for; undefined when every candidate needs context the document lacks.
 * A candidate whose country is named right before the name wins ("Mexico's Senate" in an article
 * that also names Argentina); then the document's words choose: the candidate with most of its
 * context words present, then priority ("Senate" in an article naming Buenos Aires and Argentina is
 * Argentina's, not the one of a country mentioned once in passing). Called for every match: it
 * reads the words before the name once, and only for a name several entries share.
 */
function choose(numbers: readonly number[], index: GazetteerIndex, words: { has(word: string): boolean }, tokens: Tokens, text: string, first: number, end: number): Surface | undefined {
  if (numbers.length === 1) {
    const only = index.surface(numbers[0]);
    return !only.contextOnly || contextPresent(only, words) > 0 ? only : undefined;
  }
  let best: Surface | undefined;
  let near: string[] | undefined;
  let after: string[] | undefined;
  let bestLocal = -1;
  let bestPresent = -1;
  for (const n of numbers) {
    const surface = index.surface(n);
    const present = contextPresent(surface, words);
    if (surface.contextOnly && present === 0) continue;
    let local = 0;
    if (surface.context) {
      // The words before weigh double those after: "Mexico's Senate and Argentina's…" is Mexico's;
      // "the Joint Chiefs of Staff in Seoul" is Seoul's.
      near ??= wordsBefore(tokens, text, first);
      after ??= wordsAfter(tokens, text, end);
      for (const word of near) if (surface.context.includes(word)) local += 2;
      for (const word of after) if (surface.context.includes(word)) local++;
    }
    if (!best || local > bestLocal || (local === bestLocal && (present > bestPresent || (present === bestPresent && surface.priority > best.priority)))) {
      best = surface;
      bestLocal = local;
      bestPresent = present;
    }
  }
  return best;
}

/**
 * `words`: the words of the whole document, which the context rules read (annotate reads a document
 * a paragraph at a time and gives the document's); by default, those of `text`.
 */
/** Words of a title an alias may open on ("Prime Minister Modi", "Dr S. Jaishankar"), in lower case. */
const TITLE_TOKENS = new Set(['field', 'marshal', 'general', 'gen', 'president', 'vice', 'premier', 'deputy', 'prime', 'minister', 'king', 'queen', 'prince', 'princess', 'crown', 'pope', 'senator', 'sen', 'dr', 'mr', 'mrs', 'ms', 'admiral', 'adm', 'ayatollah', 'mullah', 'sheikh', 'emir', 'sultan', 'chancellor', 'governor', 'mayor', 'judge', 'justice', 'cardinal', 'archbishop', 'imam', '.']);

/**
 * How many tokens of title a person's alias opens on, left out of the mention: none when the name
 * itself opens on that word ("Sheikh Hasina" is her name), and never the whole alias.
 */
function titleTokens(surface: Surface): number {
  const raw = surface.rawTokens;
  let t = 0;
  while (t < raw.length - 1 && TITLE_TOKENS.has(raw[t].toLowerCase())) t++;
  if (t === 0 || surface.name.toLowerCase().startsWith(raw[0].toLowerCase())) return 0;
  return t;
}

/** Where the person's full name ends when the text writes it whole from token `first`, else -1. */
function fullNameEnd(name: string, tokens: Tokens, first: number): number {
  const own = tokenize(name);
  if (first + own.count > tokens.count) return -1;
  for (let k = 0; k < own.count; k++) if (normAt(own, k) !== normAt(tokens, first + k)) return -1;
  return first + own.count;
}

export function matchEntities(text: string, tokens: Tokens, index: GazetteerIndex, words: { has(word: string): boolean } = new DocumentWords(tokens)): EntityMatch[] {
  const matches: EntityMatch[] = [];
  const accept = (n: number, first: number): boolean => acceptsCase(index.surface(n), tokens, text, first);
  index.matcher.findLongest(tokens, accept, (first, end, payloads) => {
    const surface = choose(payloads, index, words, tokens, text, first, end);
    if (!surface) return;
    // "Field Marshal Asim Munir", "President Xi": the title finds the person, the name is the
    // mention, and all of it ("President Xi Jinping" is "Xi Jinping", not "Xi").
    if (surface.kind === 'person') {
      const title = titleTokens(surface);
      if (title > 0) {
        first += title;
        end = Math.max(end, fullNameEnd(surface.name, tokens, first));
      }
    }
    // A name the match before ran on into ("President Xi Jinping" read whole) is part of it.
    const previous = matches.at(-1);
    if (previous !== undefined && previous.endToken > first) return;
    matches.push({
      start: tokens.starts[first],
      end: tokens.ends[end - 1],
      firstToken: first,
      endToken: end,
      surface,
      demonym: surface.role === 'demonym',
    });
  });
  return matches;
}
