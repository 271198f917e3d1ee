/**
 * Which words a whole document writes, and which it writes in lower case: the context rules ask
 * whether a document mentions "Nigeria" anywhere before they read "Buhari" as Nigeria's former
 * president, and the unlisted-name rules whether "Launches" is also written as a word. Paragraphs
 * are read one at a time (see text/blocks.ts), so these answers come from the union of every
 * paragraph's words, counted, so that an edited paragraph can be taken out and put back.
 *
 * A word is known by its norm's hash (the tokeniser's): two words of one hash answer alike, which
 * a 32-bit hash makes rare enough not to matter, and no string is kept per word.
 */
import { hashString, TOKEN_ALL_CAPS, TOKEN_CAPITALISED, TOKEN_WORD, type Tokens } from '../text/tokenize';
import { HashCounts } from '../text/hashCounts';
import { COMMON_NOUN_WORDS, proseLowerCaseNouns } from './notPlace';

export interface WordFacts {
  /** Whether the document has the word, in any case. */
  has(word: string): boolean;
  /** Whether the document writes the word in lower case somewhere (`hash`: the word's, when the caller has it). */
  hasLowerCase(word: string, hash?: number): boolean;
  /** Whether the document's prose writes a common noun ("china", "turkey") in lower case (see notPlace.ts). */
  usesInProse(noun: string): boolean;
}

/**
 * One paragraph's words: the hashes of all its tokens, of those not capitalised, and of the common
 * nouns its prose writes in lower case. Every occurrence, not the distinct ones: the union counts
 * occurrences (presence is a count above zero), and sorting out duplicates per paragraph cost more
 * than counting them.
 */
export interface BlockWords {
  any: Int32Array;
  lower: Int32Array;
  prose: Int32Array;
}

const NO_HASHES = new Int32Array(0);

export function blockWordsOf(text: string, tokens: Tokens): BlockWords {
  const { count, hashes, flags } = tokens;
  // Words only: every question is about a word, and numbers and marks are half the tokens.
  const any = new Int32Array(count);
  const lower = new Int32Array(count);
  let a = 0;
  let n = 0;
  for (let i = 0; i < count; i++) {
    if ((flags[i] & TOKEN_WORD) === 0) continue;
    any[a++] = hashes[i];
    if ((flags[i] & (TOKEN_CAPITALISED | TOKEN_ALL_CAPS)) === 0) lower[n++] = hashes[i];
  }
  const nouns = proseLowerCaseNouns(text, tokens, COMMON_NOUN_WORDS);
  // Empty lists share one array: a typed array costs V8 a hundred bytes before its first entry.
  const prose = nouns.size === 0 ? NO_HASHES : Int32Array.from(nouns, hashString);
  return { any: a === 0 ? NO_HASHES : any.slice(0, a), lower: n === 0 ? NO_HASHES : lower.slice(0, n), prose };
}

/** Whether a paragraph has a token with this hash. */
export function hasWordHash(words: BlockWords, hash: number): boolean {
  return words.any.includes(hash);
}

/** Hashes whose presence an edit turned on or off. */
export interface WordFlips {
  any: Set<number>;
  lower: Set<number>;
  prose: Set<number>;
}

export function noWordFlips(): WordFlips {
  return { any: new Set(), lower: new Set(), prose: new Set() };
}

export class DocumentWordsUnion implements WordFacts {
  private readonly anyCounts = new HashCounts();
  private readonly lowerCounts = new HashCounts();
  private readonly proseCounts = new HashCounts();

  has(word: string): boolean {
    return this.anyCounts.has(hashString(word));
  }

  hasLowerCase(word: string, hash = hashString(word)): boolean {
    return this.lowerCounts.has(hash);
  }

  usesInProse(noun: string): boolean {
    return this.proseCounts.has(hashString(noun));
  }

  usesInProseHash(hash: number): boolean {
    return this.proseCounts.has(hash);
  }

  hasHash(hash: number): boolean {
    return this.anyCounts.has(hash);
  }

  hasLowerCaseHash(hash: number): boolean {
    return this.lowerCounts.has(hash);
  }

  add(words: BlockWords, flips?: WordFlips): void {
    count(this.anyCounts, words.any, 1, flips?.any);
    count(this.lowerCounts, words.lower, 1, flips?.lower);
    count(this.proseCounts, words.prose, 1, flips?.prose);
  }

  /** Adds a paragraph's words straight from its tokens, for a reading that never takes them out again. */
  addTokens(text: string, tokens: Tokens): void {
    const { count, hashes, flags } = tokens;
    for (let i = 0; i < count; i++) {
      if ((flags[i] & TOKEN_WORD) === 0) continue;
      this.anyCounts.change(hashes[i], 1);
      if ((flags[i] & (TOKEN_CAPITALISED | TOKEN_ALL_CAPS)) === 0) this.lowerCounts.change(hashes[i], 1);
    }
    for (const noun of proseLowerCaseNouns(text, tokens, COMMON_NOUN_WORDS)) this.proseCounts.change(hashString(noun), 1);
  }

  remove(words: BlockWords, flips?: WordFlips): void {
    count(this.anyCounts, words.any, -1, flips?.any);
    count(this.lowerCounts, words.lower, -1, flips?.lower);
    count(this.proseCounts, words.prose, -1, flips?.prose);
  }
}

function count(counts: HashCounts, hashes: Int32Array, by: 1 | -1, flips: Set<number> | undefined): void {
  // A word that goes and comes back within one update (its paragraph read again) is no change.
  for (let i = 0; i < hashes.length; i++) if (counts.change(hashes[i], by) && flips !== undefined && !flips.delete(hashes[i])) flips.add(hashes[i]);
}

/** The document's words as one paragraph asks them, noting each hash it asked about. */
export function recordingWords(words: DocumentWordsUnion, asked: WordFlips): WordFacts {
  return {
    has(word: string): boolean {
      const hash = hashString(word);
      asked.any.add(hash);
      return words.hasHash(hash);
    },
    hasLowerCase(word: string, hash = hashString(word)): boolean {
      asked.lower.add(hash);
      return words.hasLowerCaseHash(hash);
    },
    usesInProse(noun: string): boolean {
      const hash = hashString(noun);
      asked.prose.add(hash);
      return words.usesInProseHash(hash);
    },
  };
}
