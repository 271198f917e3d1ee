/**
 * Tokenisation shared by the gazetteer (alias keys) and the matcher (document text), so both see
 * names the same way. Tokens are word pieces, numbers and punctuation marks; the matcher compares
 * tokens, not characters, which makes it indifferent to:
 * - line breaks and runs of spaces inside multi-word names (whitespace is never a token),
 * - Markdown escapes and emphasis (`\`, `*`, `_` are never tokens),
 * - hyphens versus en/em dashes ("2021–2031" = "2021-2031"; dashes join, except a dash between
 *   spaces, which separates clauses and is a token),
 * - curly versus straight quotes and apostrophes (all folded to one token each),
 * - letter case and diacritics (the normalised form is lower-case without combining marks).
 * Letters and digits are split ("Su-30MKI" = "Su 30 MKI"), so possessives and plurals stay outside
 * a name ("India's" → `india`, `'`, `s`). Scripts written without spaces (Han, Kana, Thai…) give a
 * token per character, so names in them need no word boundary.
 */
import { charFlags, DASH_OR_FORMAT, LETTER, MARK, NUMBER, UNSPACED, WHITE_SPACE } from './charClass';

export interface Tokens {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  /**
   * Normalised forms, the lookup keys (interned: equal norms are the same string). Made on first
   * read, as most callers never need them all: in a loop over a few tokens, `normAt` costs less.
   */
  readonly norms: string[];
  /** Norms of the tokens that have no vocabulary id (id -1), by token index. */
  overflow: Map<number, string> | undefined;
  /**
   * Per token, the vocabulary id of its norm (see `vocabularyId`), -1 when it has none, or
   * UNKNOWN_ID while nobody has asked: words are looked up on demand (`idAt`), as most of them
   * start no name and no rule ever reads them.
   */
  ids: Int32Array;
  /** Per token, the hash of its norm (the vocabulary's hash): a cheap first test before `idAt`. */
  hashes: Int32Array;
  /** The text the tokens were read from. */
  text: string;
  /** The vocabulary the ids belong to (one per copy of this module: see `VOCABULARY`). */
  vocabulary: object;
  /** Bit flags per token, see TOKEN_CAPITALISED and friends. */
  flags: Uint8Array;
}

/** In `Tokens.ids`: this token's id has not been looked up yet (see `idAt`). */
export const UNKNOWN_ID = -2;

/** The first letter is upper-case. */
export const TOKEN_CAPITALISED = 1;
/** Every letter is upper-case and there are at least two (an acronym such as "US"). */
export const TOKEN_ALL_CAPS = 2;
/** The token is a word (letters), not a number or a punctuation mark. */
export const TOKEN_WORD = 4;
/** The token is a number. */
export const TOKEN_NUMBER = 8;

const enum CharClass {
  Skip,
  Letter,
  Digit,
  Punct,
  Unspaced,
}

/** ASCII classes precomputed; everything above 0x7f is classified by Unicode property. */
const ASCII_CLASS: Uint8Array = (() => {
  const table = new Uint8Array(128);
  for (let code = 0; code < 128; code++) {
    const ch = String.fromCharCode(code);
    if (/[A-Za-z]/.test(ch)) table[code] = CharClass.Letter;
    else if (/[0-9]/.test(ch)) table[code] = CharClass.Digit;
    else if (/[\s\-\\*_]/.test(ch) || code < 32) table[code] = CharClass.Skip;
    else table[code] = CharClass.Punct;
  }
  return table;
})();

/** The tokeniser's reading of the shared classification (text/charClass.ts), in this order. */
function classifyNonAscii(codePoint: number): CharClass {
  const flags = charFlags(codePoint);
  if (flags & UNSPACED) return CharClass.Unspaced;
  if (flags & (LETTER | MARK)) return CharClass.Letter;
  if (flags & NUMBER) return CharClass.Digit;
  if (flags & (WHITE_SPACE | DASH_OR_FORMAT)) return CharClass.Skip;
  return CharClass.Punct;
}

/** Folds punctuation variants to one form: all apostrophes to `'`, all double quotes to `"`. */
function foldPunct(ch: string): string {
  switch (ch) {
    case '\u2018': case '\u2019': case '\u201B': case '\u02BC': case '\u2032': case '`': case '\u00B4':
      return "'";
    case '\u201C': case '\u201D': case '\u201E': case '\u201F': case '\u00AB': case '\u00BB': case '\u2033':
      return '"';
    default:
      return ch;
  }
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0x202f;
}

function isSpacedDash(text: string, i: number, code: number): boolean {
  return (code === 0x2013 || code === 0x2014 || code === 45) && i > 0 && isSpace(text.charCodeAt(i - 1)) && isSpace(text.charCodeAt(i + 1));
}

const COMBINING_MARKS = /\p{M}/gu;

/** Lower-case without diacritics; ASCII takes the fast path. */
export function normaliseWord(word: string): string {
  let ascii = true;
  for (let i = 0; i < word.length; i++) {
    if (word.charCodeAt(i) > 127) {
      ascii = false;
      break;
    }
  }
  if (ascii) return word.toLowerCase();
  return word.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase().normalize('NFC');
}

function wordFlags(word: string): number {
  let upper = 0;
  let lower = 0;
  for (const ch of word) {
    if (ch !== ch.toLowerCase()) upper++;
    else if (ch !== ch.toUpperCase()) lower++;
  }
  let flags = TOKEN_WORD;
  const first = word[0];
  if (first !== undefined && first !== first.toLowerCase()) flags |= TOKEN_CAPITALISED;
  if (upper >= 2 && lower === 0) flags |= TOKEN_ALL_CAPS;
  return flags;
}

// ------------------------------------------------------------------------------ vocabulary
//
// Every norm the tokeniser produces is interned in one process-wide vocabulary: a string and a
// small integer id per distinct norm. The tokeniser hashes a token's normalised code units while it
// scans them and looks the hash up, so a word met before costs no string allocation, and the
// matcher walks its trie by integer ids. Norms of the gazetteer are always interned; words of
// documents are interned until the vocabulary holds VOCABULARY_CAP norms, after which new words get
// a fresh string and id -1 (no name contains them, as names were interned first).

const VOCABULARY_CAP = 1 << 17;
/**
 * This module's vocabulary, as an identity: a matcher compares it with the one its tokens carry, so
 * that tokens from another copy of the module (another bundle) are never read with the wrong ids.
 */
export const VOCABULARY: object = Object.freeze({});
const vocabStrings: string[] = [];
let vocabHashes = new Int32Array(1024);
let slots = new Int32Array(1 << 12).fill(-1);
let slotMask = slots.length - 1;

function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x45d9f3b);
  return h ^ (h >>> 16);
}

export function hashString(s: string): number {
  return hashRange(s, 0, s.length);
}

/** `hashString` of the part of `s` from `from` to `to`, read in place (no substring made). */
export function hashRange(s: string, from: number, to: number): number {
  let h = 0;
  for (let k = from; k < to; k++) h = (Math.imul(h, 31) + s.charCodeAt(k)) | 0;
  return mix(h);
}

function growSlots(): void {
  slots = new Int32Array(slots.length * 2).fill(-1);
  slotMask = slots.length - 1;
  for (let id = 0; id < vocabStrings.length; id++) {
    let slot = vocabHashes[id] & slotMask;
    while (slots[slot] !== -1) slot = (slot + 1) & slotMask;
    slots[slot] = id;
  }
}

function addToVocabulary(norm: string, hash: number): number {
  const id = vocabStrings.length;
  vocabStrings.push(norm);
  if (id === vocabHashes.length) {
    const next = new Int32Array(id * 2);
    next.set(vocabHashes);
    vocabHashes = next;
  }
  vocabHashes[id] = hash;
  if ((id + 1) * 2 > slots.length) growSlots();
  else {
    let slot = hash & slotMask;
    while (slots[slot] !== -1) slot = (slot + 1) & slotMask;
    slots[slot] = id;
  }
  return id;
}

/** The id of a norm, interning it when `intern` (always for the gazetteer, up to the cap for text). */
function idOfString(norm: string, intern: boolean, hash = hashString(norm)): number {
  for (let slot = hash & slotMask; ; slot = (slot + 1) & slotMask) {
    const id = slots[slot];
    if (id === -1) break;
    if (vocabHashes[id] === hash && vocabStrings[id] === norm) return id;
  }
  return intern ? addToVocabulary(norm, hash) : -1;
}

/** The vocabulary id of a norm, interned (ids are stable for the life of the process). */
export function vocabularyId(norm: string): number {
  return idOfString(norm, true);
}

/** The vocabulary id of a norm, or -1 when it has none (nothing is interned). */
export function knownVocabularyId(norm: string): number {
  return idOfString(norm, false);
}

/** The hash of the norm a vocabulary id stands for (equal to `hashString` of it). */
export function vocabularyHash(id: number): number {
  return vocabHashes[id];
}

/** The norm a vocabulary id stands for. */
export function vocabularyNorm(id: number): string {
  return vocabStrings[id];
}

/** The id of `text[start, end)` lower-cased (ASCII A–Z only, as the caller guarantees), or -1. */
function findAsciiLower(text: string, start: number, end: number, hash: number): number {
  for (let slot = hash & slotMask; ; slot = (slot + 1) & slotMask) {
    const id = slots[slot];
    if (id === -1) return -1;
    if (vocabHashes[id] !== hash) continue;
    if (isAsciiLowerOf(text, start, end, vocabStrings[id])) return id;
  }
}

/** Whether `text[start, end)`, lower-cased (A–Z only: the tokeniser's ASCII fast path), is `norm`. */
export function isAsciiLowerOf(text: string, start: number, end: number, norm: string): boolean {
  const length = end - start;
  if (norm.length !== length) return false;
  for (let k = 0; k < length; k++) {
    const c = text.charCodeAt(start + k);
    if ((c >= 65 && c <= 90 ? c + 32 : c) !== norm.charCodeAt(k)) return false;
  }
  return true;
}

/** Growable token columns. */
export class TokenBuffer {
  count = 0;
  starts: Int32Array;
  ends: Int32Array;
  ids: Int32Array;
  hashes: Int32Array;
  flags: Uint8Array;
  /** Norms without a vocabulary id, by token index (only once the vocabulary is full). */
  overflow: Map<number, string> | undefined;

  constructor(private capacity: number) {
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.ids = new Int32Array(capacity);
    this.hashes = new Int32Array(capacity);
    this.flags = new Uint8Array(capacity);
  }

  get size(): number {
    return this.capacity;
  }

  push(start: number, end: number, id: number, hash: number, flag: number): void {
    const n = this.count;
    if (n === this.capacity) this.grow();
    this.starts[n] = start;
    this.ends[n] = end;
    this.ids[n] = id;
    this.hashes[n] = hash;
    this.flags[n] = flag;
    this.count = n + 1;
  }

  private grow(): void {
    this.capacity *= 2;
    const starts = new Int32Array(this.capacity);
    starts.set(this.starts);
    this.starts = starts;
    const ends = new Int32Array(this.capacity);
    ends.set(this.ends);
    this.ends = ends;
    const ids = new Int32Array(this.capacity);
    ids.set(this.ids);
    this.ids = ids;
    const hashes = new Int32Array(this.capacity);
    hashes.set(this.hashes);
    this.hashes = hashes;
    const flags = new Uint8Array(this.capacity);
    flags.set(this.flags);
    this.flags = flags;
  }

  /** Empties the buffer and makes room for at least `capacity` tokens at once (not by doubling). */
  reserve(capacity: number): this {
    if (capacity > this.capacity) {
      this.capacity = capacity;
      this.starts = new Int32Array(capacity);
      this.ends = new Int32Array(capacity);
      this.ids = new Int32Array(capacity);
      this.hashes = new Int32Array(capacity);
      this.flags = new Uint8Array(capacity);
      this.count = 0;
    }
    return this;
  }

  /** Empties the buffer for another text, keeping its columns (and their size). */
  reset(): this {
    this.count = 0;
    this.overflow = undefined;
    return this;
  }

  pushString(start: number, end: number, norm: string, flag: number): void {
    const hash = hashString(norm);
    const id = idOfString(norm, vocabStrings.length < VOCABULARY_CAP, hash);
    if (id < 0) (this.overflow ??= new Map()).set(this.count, norm);
    this.push(start, end, id, hash, flag);
  }
}

/**
 * The vocabulary id of token `i`, looked up (and the word interned, below the cap) the first time
 * it is asked for. Tokens made by another copy of this module (another bundle) are looked up here
 * by norm, so the id is always this module's.
 */
export function idAt(tokens: Tokens, i: number): number {
  if (tokens.vocabulary !== VOCABULARY) return idOfString(tokens.norms[i], vocabStrings.length < VOCABULARY_CAP);
  const id = tokens.ids[i];
  return id !== UNKNOWN_ID ? id : lookUp(tokens, i);
}

/** Looks up a word of the ASCII fast path (letters or digits; only A–Z need lower-casing). */
function lookUp(tokens: Tokens, i: number): number {
  const { text } = tokens;
  const start = tokens.starts[i];
  const end = tokens.ends[i];
  const hash = tokens.hashes[i];
  let id = findAsciiLower(text, start, end, hash);
  if (id < 0) {
    const norm = text.slice(start, end).toLowerCase();
    if (vocabStrings.length < VOCABULARY_CAP) id = addToVocabulary(norm, hash);
    else (tokens.overflow ??= new Map()).set(i, norm);
  }
  tokens.ids[i] = id;
  return id;
}

/** The norm of token `i` (empty outside the tokens). */
export function normAt(tokens: Tokens, i: number): string {
  if (i < 0 || i >= tokens.count) return '';
  if (tokens.vocabulary !== VOCABULARY) return tokens.norms[i];
  const id = idAt(tokens, i);
  return id >= 0 ? vocabStrings[id] : (tokens.overflow?.get(i) ?? '');
}

/** A tokenisation's columns, with `norms` made the first time they are read. */
class TokenColumns implements Tokens {
  private normList: string[] | undefined;
  readonly vocabulary: object = VOCABULARY;

  constructor(
    readonly text: string,
    readonly count: number,
    readonly starts: Int32Array,
    readonly ends: Int32Array,
    readonly ids: Int32Array,
    readonly hashes: Int32Array,
    readonly flags: Uint8Array,
    public overflow: Map<number, string> | undefined,
  ) {}

  get norms(): string[] {
    if (!this.normList) {
      const list = new Array<string>(this.count);
      for (let i = 0; i < this.count; i++) list[i] = normAt(this, i);
      this.normList = list;
    }
    return this.normList;
  }
}

/** Ids of the norms of single ASCII punctuation marks (after folding), by char code. */
const ASCII_PUNCT_ID = new Int32Array(128).fill(-1);
const ASCII_PUNCT_HASH = new Int32Array(128);
for (let code = 0; code < 128; code++) {
  if (ASCII_CLASS[code] !== CharClass.Punct) continue;
  ASCII_PUNCT_ID[code] = vocabularyId(foldPunct(String.fromCharCode(code)));
  ASCII_PUNCT_HASH[code] = vocabHashes[ASCII_PUNCT_ID[code]];
}
const DASH_ID = vocabularyId('-');
const DASH_HASH = vocabHashes[DASH_ID];
/** Norm ids of single non-ASCII punctuation marks and unspaced-script characters, by code point. */
const singleCharIds = new Map<number, number>();

function singleCharId(codePoint: number, norm: string): number {
  let id = singleCharIds.get(codePoint);
  if (id === undefined) {
    id = idOfString(norm, vocabStrings.length < VOCABULARY_CAP);
    if (id >= 0 && singleCharIds.size < 65536) singleCharIds.set(codePoint, id);
  }
  return id;
}

/**
 * Tokens of a text. With `reuse`, the columns of that buffer are filled instead of new ones: for
 * thousands of short texts (the gazetteer's aliases) allocating columns each time costs more than
 * reading them. The result is then valid only until the buffer's next use.
 */
export function tokenize(text: string, reuse?: TokenBuffer): Tokens {
  // A generous first guess avoids most re-allocations: articles average ~6 characters a token.
  const out = reuse ? reuse.reset() : new TokenBuffer(Math.max(16, (text.length >> 2) + 16));
  const length = text.length;
  let i = 0;
  while (i < length) {
    let code = text.charCodeAt(i);
    if (code === 32) {
      // Most characters that are not in a word are single spaces.
      i++;
      continue;
    }
    let width = 1;
    let cls: CharClass;
    if (code < 128) {
      cls = ASCII_CLASS[code];
      if (cls === CharClass.Letter || cls === CharClass.Digit) {
        // The fast path: a run of ASCII letters (or digits), hashed and classified as it is read.
        const start = i;
        let hash = 0;
        // Bit 5 (0x20) is what tells a lower-case ASCII letter from its capital, and digits have
        // it set: `c | 32` is the norm's code unit, and a word whose codes, or-ed together, lack
        // it has no lower-case letter.
        let seen = 0;
        let c = code;
        do {
          seen |= c;
          hash = (Math.imul(hash, 31) + (c | 32)) | 0;
          i++;
          if (i === length) break;
          c = text.charCodeAt(i);
        } while (c < 128 && ASCII_CLASS[c] === cls);
        const nextCls = i === length ? CharClass.Skip : c < 128 ? ASCII_CLASS[c] : classifyAt(text, i, c);
        if (nextCls !== cls) {
          // No lookup here: `idAt` does it for the few tokens anyone asks about.
          hash = mix(hash);
          let flag = TOKEN_NUMBER;
          if (cls === CharClass.Letter) {
            flag = TOKEN_WORD;
            if (code < 97) flag |= TOKEN_CAPITALISED;
            if ((seen & 32) === 0 && i - start >= 2) flag |= TOKEN_ALL_CAPS;
          }
          out.push(start, i, UNKNOWN_ID, hash, flag);
          continue;
        }
        // The run goes on past ASCII (a diacritic, a non-ASCII digit): read it the general way.
        i = readRun(text, start, i, cls, out);
        continue;
      }
    } else {
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < length) {
        code = text.codePointAt(i) ?? code;
        width = code > 0xffff ? 2 : 1;
      }
      cls = classifyNonAscii(code);
    }
    if (cls === CharClass.Skip) {
      // A dash between spaces separates clauses ("Kyrgyzstan – will begin"); elsewhere it joins.
      if (isSpacedDash(text, i, code)) out.push(i, i + 1, DASH_ID, DASH_HASH, 0);
      i += width;
      continue;
    }
    if (cls === CharClass.Punct) {
      if (code < 128) out.push(i, i + 1, ASCII_PUNCT_ID[code], ASCII_PUNCT_HASH[code], 0);
      else {
        const id = singleCharId(code, foldPunct(text.slice(i, i + width)));
        if (id >= 0) out.push(i, i + width, id, vocabHashes[id], 0);
        else out.pushString(i, i + width, foldPunct(text.slice(i, i + width)), 0);
      }
      i += width;
      continue;
    }
    if (cls === CharClass.Unspaced) {
      const id = singleCharId(code, text.slice(i, i + width));
      if (id >= 0) out.push(i, i + width, id, vocabHashes[id], TOKEN_WORD);
      else out.pushString(i, i + width, text.slice(i, i + width), TOKEN_WORD);
      i += width;
      continue;
    }
    // A run of the same class: letters (with combining marks) or digits.
    i = readRun(text, i, i + width, cls, out);
  }

  return new TokenColumns(text, out.count, out.starts, out.ends, out.ids, out.hashes, out.flags, out.overflow);
}

/** The class of the (non-ASCII) character at `i`, whose first code unit is `code`. */
function classifyAt(text: string, i: number, code: number): CharClass {
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) code = text.codePointAt(i) ?? code;
  return classifyNonAscii(code);
}

/** Reads the rest of a run of class `cls` begun at `start` and read up to `i`; returns its end. */
function readRun(text: string, start: number, i: number, cls: CharClass, out: TokenBuffer): number {
  const length = text.length;
  while (i < length) {
    let next = text.charCodeAt(i);
    let nextWidth = 1;
    let nextCls: CharClass;
    if (next < 128) {
      nextCls = ASCII_CLASS[next];
    } else {
      if (next >= 0xd800 && next <= 0xdbff && i + 1 < length) {
        next = text.codePointAt(i) ?? next;
        nextWidth = next > 0xffff ? 2 : 1;
      }
      nextCls = classifyNonAscii(next);
    }
    if (nextCls !== cls) break;
    i += nextWidth;
  }
  const raw = text.slice(start, i);
  if (cls === CharClass.Digit) out.pushString(start, i, raw, TOKEN_NUMBER);
  else out.pushString(start, i, normaliseWord(raw), wordFlags(raw));
  return i;
}
