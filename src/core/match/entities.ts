/**
 * Entity and treaty matching over tokens: applies each alias's case rule, resolves aliases shared
 * by several entries (context words, then priority), and keeps the longest match where names
 * overlap ("Indian Air Force" hides "Indian").
 */
import type { GazetteerIndex, Surface } from '../gazetteer/index';
import { idAt, knownVocabularyId, TOKEN_ALL_CAPS, TOKEN_CAPITALISED, VOCABULARY, type Tokens } from '../text/tokenize';

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

/** The lower-case words of the text, gathered only when a context rule needs them. */
class DocumentWords {
  /** Per vocabulary id, whether the text has it; and the text's words that have no id. */
  private present: Uint8Array | undefined;
  private unknown: Set<string> | undefined;
  constructor(private readonly tokens: Tokens) {}
  has(word: string): boolean {
    const { tokens } = this;
    if (tokens.vocabulary !== VOCABULARY) return tokens.norms.includes(word);
    if (!this.present) {
      const ids = Int32Array.from({ length: tokens.count }, (_, i) => idAt(tokens, i));
      let maxId = 0;
      for (const id of ids) maxId = Math.max(maxId, id);
      this.present = new Uint8Array(maxId + 1);
      for (const id of ids) if (id >= 0) this.present[id] = 1;
      this.unknown = new Set(tokens.overflow?.values());
    }
    const id = knownVocabularyId(word);
    return id >= 0 ? this.present[id] === 1 : (this.unknown?.has(word) ?? false);
  }
}

/** The surface a match stands for; undefined when every candidate needs context the document lacks. */
function choose(numbers: readonly number[], index: GazetteerIndex, words: DocumentWords): Surface | undefined {
  const all = numbers.map((n) => index.surface(n));
  const candidates = all.filter((s) => !s.contextOnly || s.context?.some((word) => words.has(word)));
  if (candidates.length === 0) return undefined;
  if (candidates.length === 1) return candidates[0];
  // The document's words choose: the candidate with most of its context words present, then priority
  // ("Senate" in an article naming Buenos Aires and Argentina is Argentina's, not the one of a
  // country mentioned once in passing).
  const present = (s: Surface): number => s.context?.reduce((n, word) => n + (words.has(word) ? 1 : 0), 0) ?? 0;
  let best = candidates[0];
  let bestPresent = present(best);
  for (const surface of candidates) {
    const n = present(surface);
    if (n > bestPresent || (n === bestPresent && surface.priority > best.priority)) {
      best = surface;
      bestPresent = n;
    }
  }
  return best;
}

export function matchEntities(text: string, tokens: Tokens, index: GazetteerIndex): EntityMatch[] {
  const words = new DocumentWords(tokens);
  const matches: EntityMatch[] = [];
  const accept = (n: number, first: number): boolean => acceptsCase(index.surface(n), tokens, text, first);
  index.matcher.findLongest(tokens, accept, (first, end, payloads) => {
    const surface = choose(payloads, index, words);
    if (!surface) return;
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
