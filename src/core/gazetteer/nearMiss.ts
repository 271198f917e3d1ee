/**
 * Near misses: capitalised words close to, but not equal to, a one-word name or alias in the
 * gazetteer ("Jaishanker" → Jaishankar, "Kazakstan" → Kazakhstan, "Lavrow" → Lavrov). They are
 * offered as hints with a replacement, never as highlights: a near miss may be another name.
 *
 * Candidates are capitalised words of 5+ letters (first letter upper-case, the rest lower-case) that
 * no annotation covers. A candidate is compared with the one-word names and aliases that start with
 * the same letter and have a length within 2 of its own (an index by first letter and length), with
 * an edit distance (insertions, deletions, substitutions, swaps of neighbours) of at most 1 for
 * words of 5–7 letters and 2 for 8 or more (the shorter word's length counts).
 *
 * To keep ordinary English out:
 * - a word that is itself a known name token ("Georgian", "Sergei") is never a miss;
 * - nor a word that is one of the names plus or minus letters at its end ("Indiana", "Kazakh"):
 *   derived forms and other names, not typos;
 * - nor a word the document also writes in lower case ("Parts … the parts"), nor one of a small
 *   stoplist of common words close to a name ("Quite"/Quito, "Child"/Chile, "Begin"/Benin);
 * - nor a word followed by another capitalised word that is not a known name ("Georgina Pemberton"):
 *   a given name or a headline, not a misspelt name.
 *
 * Offsets are UTF-16 code units into the text, as everywhere in the core.
 */
import type { Annotation, Span } from '../types';
import type { GazetteerIndex } from './gazetteerIndex';
import { tokenize } from '../text/tokenize';

export interface NearMissSuggestion {
  /** The known spelling, as the gazetteer writes it ("Jaishankar"). */
  text: string;
  entryId: string;
  /** The entry's canonical name ("Subrahmanyam Jaishankar"). */
  name: string;
  distance: number;
}

export interface NearMiss extends Span {
  /** The word as written in the text. */
  text: string;
  /** Best first (smallest distance); at most three, from different entries or spellings. */
  suggestions: NearMissSuggestion[];
}

export interface NearMissOptions {
  /** Stop after this many hints (a document full of unknown names should not flood the editor). */
  maxHints?: number;
}

const MIN_LENGTH = 5;
const MAX_SUGGESTIONS = 3;
const DEFAULT_MAX_HINTS = 500;

/**
 * Common English words, and a few well-known names missing from the gazetteer, within an edit or
 * two of a one-word name in the bundled gazetteer (found by running the hints over public news and
 * debate corpora). They start sentences and headings; when the same document never writes them in
 * lower case, only this list keeps them from looking like misspelt names.
 */
const STOPLIST = new Set([
  'apace', 'babies', 'basis', 'began', 'begin', 'belie', 'borne', 'caves', 'chases', 'child', 'chill', 'chime',
  'condo', 'emanates', 'embraces', 'emigrated', 'farmlands', 'fiance', 'flatlands', 'gotta', 'hungry', 'indie',
  'interior', 'internal', 'maladies', 'mangle', 'mantle', 'melons', 'miles', 'nausea', 'organ', 'pairs', 'parks',
  'parts', 'pecking', 'plague', 'poking', 'pretrial', 'printing', 'pristine', 'quite', 'raffle', 'sands', 'sandy',
  'saved', 'school', 'sedan', 'singer', 'skied', 'slain', 'spawn', 'spied', 'sprain', 'surname', 'surnamed', 'whips',
  // Names and titles: a US state, a university, presidents and prime ministers, a form of address.
  'cameron', 'columbia', 'holiness', 'nixon', 'texas',
]);

interface Target {
  /** Normalised (lower case, no diacritics). */
  norm: string;
  /** As the gazetteer writes it. */
  text: string;
  entryId: string;
  name: string;
}

interface Lexicon {
  /** Every normalised token of every surface form (names, aliases, demonyms). */
  known: Set<string>;
  /** One-word names and aliases by first letter and length: key `${letter}${length}`. */
  buckets: Map<string, Target[]>;
  /** For each entry, the entries it is linked with (both ways), to tell whether a document is about it. */
  neighbours: Map<string, Set<string>>;
}

/**
 * Facts whose values name the entries an entry belongs with (a minister's country, a treaty's
 * parties, a system's operators). Membership lists are left out: a link from every country to the
 * UN would make every country look at home in any article.
 */
const LINKING_FACTS = new Set(['country', 'capital', 'parties', 'origin', 'operators', 'operator', 'location', 'refersTo', 'headquarters']);

function linkNeighbours(index: GazetteerIndex): Map<string, Set<string>> {
  const neighbours = new Map<string, Set<string>>();
  const link = (a: string, b: string): void => {
    if (a === b || !index.entries.has(b)) return;
    for (const [from, to] of [[a, b], [b, a]]) {
      const set = neighbours.get(from) ?? new Set<string>();
      set.add(to);
      neighbours.set(from, set);
    }
  };
  for (const entry of index.entries.values()) {
    for (const id of entry.related) link(entry.id, id);
    for (const id of entry.metonyms) link(entry.id, id);
    if (entry.metonymFor) link(entry.id, entry.metonymFor);
    for (const [key, value] of Object.entries(entry.facts)) {
      if (!LINKING_FACTS.has(key)) continue;
      for (const id of Array.isArray(value) ? value : [value]) if (typeof id === 'string') link(entry.id, id);
    }
  }
  return neighbours;
}

const lexicons = new WeakMap<GazetteerIndex, Lexicon>();

const NON_ASCII = /[^\x00-\x7f]/;
const COMBINING = /\p{M}/gu;

function normalise(word: string): string {
  const lower = word.toLowerCase();
  return NON_ASCII.test(lower) ? lower.normalize('NFD').replace(COMBINING, '') : lower;
}

const ONE_CAPITALISED_WORD = /^\p{Lu}[\p{Ll}\p{M}]+$/u;

function lexiconFor(index: GazetteerIndex): Lexicon {
  let lexicon = lexicons.get(index);
  if (lexicon) return lexicon;
  const known = new Set<string>();
  const buckets = new Map<string, Target[]>();
  const seen = new Set<string>();
  for (const entry of index.entries.values()) {
    const surfaces = [
      { text: entry.name, target: true },
      // Names in other languages ("Pérou", "Japón") are matched, but a near miss of one is more
      // likely an English word or name ("Perot", "Jason") than a misspelling.
      ...entry.aliases.map((a) => ({ text: a.text, target: a.lang === undefined })),
      ...entry.demonyms.map((d) => ({ text: d.text, target: false })),
    ];
    for (const surface of surfaces) {
      for (const norm of tokenize(surface.text).norms) known.add(norm);
      if (!surface.target) continue;
      const text = surface.text.trim();
      if (!ONE_CAPITALISED_WORD.test(text)) continue;
      const norm = normalise(text);
      if (norm.length < MIN_LENGTH) continue;
      const dedupe = `${norm}\u0000${entry.id}`;
      if (seen.has(dedupe)) continue;
      seen.add(dedupe);
      const key = `${norm[0]}${norm.length}`;
      const list = buckets.get(key) ?? [];
      list.push({ norm, text, entryId: entry.id, name: entry.name });
      buckets.set(key, list);
    }
  }
  lexicon = { known, buckets, neighbours: linkNeighbours(index) };
  lexicons.set(index, lexicon);
  return lexicon;
}

/** Edits allowed between two words, by the shorter one's length: 1 for 5–7 letters, 2 for 8+. */
function allowedEdits(a: number, b: number): number {
  return Math.min(a, b) >= 8 ? 2 : 1;
}

/**
 * Optimal-string-alignment distance (a swap of neighbours counts 1), or `bound + 1` as soon as it
 * must exceed `bound`.
 */
export function boundedDistance(a: string, b: string, bound: number): number {
  if (Math.abs(a.length - b.length) > bound) return bound + 1;
  const n = b.length;
  let prevPrev = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let current = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(prev[j] + 1, current[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) value = Math.min(value, prevPrev[j - 2] + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > bound) return bound + 1;
    [prevPrev, prev, current] = [prev, current, prevPrev];
  }
  return prev[n];
}

/** Every known spelling within reach of a normalised word, closest first. */
function candidatesFromLexicon(norm: string, lexicon: Lexicon): NearMissSuggestion[] {
  if (norm.length < MIN_LENGTH || lexicon.known.has(norm) || STOPLIST.has(norm)) return [];
  const found: NearMissSuggestion[] = [];
  for (let length = norm.length - 2; length <= norm.length + 2; length++) {
    const targets = lexicon.buckets.get(`${norm[0]}${length}`);
    if (!targets) continue;
    const bound = allowedEdits(norm.length, length);
    for (const target of targets) {
      // A name with letters added or cut at its end is a derived form or another name, not a typo.
      if (target.norm.startsWith(norm) || norm.startsWith(target.norm)) continue;
      const distance = boundedDistance(norm, target.norm, bound);
      if (distance <= bound) found.push({ text: target.text, entryId: target.entryId, name: target.name, distance });
    }
  }
  return found.sort((x, y) => x.distance - y.distance || x.text.localeCompare(y.text));
}

/**
 * A long word one edit from a name is a hint on its own ("Kazakstan", "Jaishanker"). A shorter
 * word, or one two edits away, is a hint only when the document is about that entry: it names the
 * entry elsewhere, or an entry linked with it ("Lavrow" in an article that mentions Russia or
 * Moscow). Short words close to a name are mostly other names ("Susan"/Sudan, "Texas"/Tejas).
 */
function standsAlone(word: string, suggestion: NearMissSuggestion): boolean {
  return suggestion.distance === 1 && Math.min(word.length, suggestion.text.length) >= 8;
}

/** Ids the annotations name, with the governments their place names stand for. */
function mentionedIds(annotations: readonly Annotation[], index: GazetteerIndex): Set<string> {
  const ids = new Set<string>();
  for (const annotation of annotations) {
    if (annotation.category === 'figure' || annotation.id === undefined) continue;
    ids.add(annotation.id);
    if (annotation.category === 'entity' && annotation.refersTo) ids.add(annotation.refersTo);
    const government = annotation.kind === 'place' ? index.metonymTarget(annotation.id) : undefined;
    if (government) ids.add(government);
  }
  return ids;
}

function linked(suggestion: NearMissSuggestion, mentioned: ReadonlySet<string>, lexicon: Lexicon): boolean {
  for (const id of lexicon.neighbours.get(suggestion.entryId) ?? []) if (mentioned.has(id)) return true;
  return false;
}

/**
 * A word that needs context, written this often in a document that never names the entry itself,
 * is taken as a name of its own ("Nixon" all through a debate that mentions Japan, not "Nihon").
 */
const REPEATED = 3;

function pick(word: string, candidates: NearMissSuggestion[], mentioned: ReadonlySet<string>, lexicon: Lexicon, occurrences = 1): NearMissSuggestion[] {
  const kept: NearMissSuggestion[] = [];
  for (const candidate of candidates) {
    const keep = standsAlone(word, candidate) || mentioned.has(candidate.entryId) || (occurrences < REPEATED && linked(candidate, mentioned, lexicon));
    if (!keep) continue;
    if (kept.some((k) => k.text === candidate.text && k.entryId === candidate.entryId)) continue;
    kept.push(candidate);
    if (kept.length === MAX_SUGGESTIONS) break;
  }
  return kept;
}

/**
 * Known spellings for one word of a document (the quick fix of a hint), best first; [] when the
 * word is no near miss. `annotations` are the document's, as for findNearMisses.
 */
export function nearMissSuggestions(word: string, index: GazetteerIndex, annotations: readonly Annotation[]): NearMissSuggestion[] {
  if (!ONE_CAPITALISED_WORD.test(word)) return [];
  const lexicon = lexiconFor(index);
  return pick(word, candidatesFromLexicon(normalise(word), lexicon), mentionedIds(annotations, index), lexicon);
}

const CANDIDATE = /(?<![\p{L}\p{M}\p{N}_/@])\p{Lu}[\p{Ll}\p{M}]{4,}(?![\p{L}\p{M}\p{N}_])/gu;
const LOWER_WORD = /(?<![\p{L}\p{M}\p{N}_])\p{Ll}[\p{Ll}\p{M}]{4,}(?![\p{L}\p{M}\p{N}_])/gu;
/** A capitalised word right after the candidate, across spaces on the same line. */
const NEXT_WORD = /^[ \t]+(\p{Lu}[\p{L}\p{M}]*)/u;

function lowerCaseWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const match of text.matchAll(LOWER_WORD)) words.add(normalise(match[0]));
  return words;
}

/**
 * Capitalised words of `text` that look like misspellings of a one-word name or alias in `index`.
 * `annotations` are the text's annotations (sorted by start, as annotate() returns them): words
 * inside them are skipped, and the entries they name tell what the document is about.
 */
export function findNearMisses(text: string, index: GazetteerIndex, annotations: readonly Annotation[], options: NearMissOptions = {}): NearMiss[] {
  const maxHints = options.maxHints ?? DEFAULT_MAX_HINTS;
  const lexicon = lexiconFor(index);
  const memo = new Map<string, NearMissSuggestion[]>();
  let lowerWords: Set<string> | undefined;
  let mentioned: Set<string> | undefined;
  // First the unannotated capitalised words and how often each is written, then the decisions.
  const words: { start: number; end: number; text: string; norm: string }[] = [];
  const counts = new Map<string, number>();
  let a = 0;
  for (const match of text.matchAll(CANDIDATE)) {
    const start = match.index;
    const end = start + match[0].length;
    while (a < annotations.length && annotations[a].end <= start) a++;
    if (a < annotations.length && annotations[a].start < end) continue;
    const norm = normalise(match[0]);
    words.push({ start, end, text: match[0], norm });
    counts.set(norm, (counts.get(norm) ?? 0) + 1);
  }
  const hints: NearMiss[] = [];
  for (const word of words) {
    let suggestions = memo.get(word.norm);
    if (suggestions === undefined) {
      suggestions = candidatesFromLexicon(word.norm, lexicon);
      if (suggestions.length > 0) {
        lowerWords ??= lowerCaseWords(text);
        mentioned ??= mentionedIds(annotations, index);
        suggestions = lowerWords.has(word.norm) ? [] : pick(word.text, suggestions, mentioned, lexicon, counts.get(word.norm));
      }
      memo.set(word.norm, suggestions);
    }
    if (suggestions.length === 0) continue;
    const next = NEXT_WORD.exec(text.slice(word.end, word.end + 40));
    if (next && !lexicon.known.has(normalise(next[1]))) continue;
    hints.push({ start: word.start, end: word.end, text: word.text, suggestions });
    if (hints.length >= maxHints) break;
  }
  return hints;
}
