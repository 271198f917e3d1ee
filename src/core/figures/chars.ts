/**
 * Character-level helpers shared by the figure parsers. Everything works on UTF-16 code units and
 * looks at most a few characters around a position, so a parser that calls them stays O(1) per
 * trigger and the whole recogniser stays linear in the length of the text.
 */
import { charFlags, LETTER as LETTER_FLAG, NUMBER as NUMBER_FLAG, WHITE_SPACE } from '../text/charClass';

/** LETTER, NUMBER ("²", "½") or NEITHER: the shared classification (text/charClass.ts) as the parsers ask it. */
function nonAsciiClass(c: number): number {
  const flags = charFlags(c);
  return flags & LETTER_FLAG ? LETTER : flags & NUMBER_FLAG ? NUMBER : NEITHER;
}

const LETTER = 1;
const NUMBER = 2;
const NEITHER = 3;

/**
 * Whether the code point at `i` is a letter or a number (\p{L} or \p{N}): where a word goes on, as
 * a Unicode regular expression's `[\p{L}\p{N}]` sees it. False past the end.
 */
export function isLetterOrNumberAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 48 && c <= 57) || ((c | 0x20) >= 97 && (c | 0x20) <= 122);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) return (charFlags(text.codePointAt(i) as number) & (LETTER_FLAG | NUMBER_FLAG)) !== 0;
  return nonAsciiClass(c) !== NEITHER;
}

/** White space as `\s` in a JavaScript regular expression sees it (line breaks included). */
export function isWhiteSpaceCode(c: number): boolean {
  if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) return true;
  if (c < 0xa0) return false;
  return (charFlags(c) & WHITE_SPACE) !== 0;
}

export function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isLetterCode(c: number): boolean {
  if (c < 0x80) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c !== c) return false; // NaN: charCodeAt past the end
  return nonAsciiClass(c) === LETTER;
}

export function isAlnumCode(c: number): boolean {
  if (c < 0x80) return (c >= 48 && c <= 57) || ((c | 0x20) >= 97 && (c | 0x20) <= 122);
  return isLetterCode(c);
}

/** ASCII letters tested in line (`| 0x20` lower-cases one), others by {@link isLetterCode}. */
function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 0x80 ? (c | 0x20) >= 97 && (c | 0x20) <= 122 : isLetterCode(c);
}

/** Spaces that may stand between a number and its unit: ASCII, no-break, thin and narrow no-break. */
export function isInlineSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x202f || (c >= 0x2000 && c <= 0x200a) || c === 0x3000;
}

export function isDash(c: number): boolean {
  // hyphen-minus, hyphen, non-breaking hyphen, figure dash, en dash, em dash
  return c === 0x2d || c === 0x2010 || c === 0x2011 || c === 0x2012 || c === 0x2013 || c === 0x2014;
}

/**
 * A gap is short on purpose: a number and its unit are one token to a reader, so we allow a few
 * spaces and at most one line break (a blank line ends the paragraph and with it any figure).
 * The cap also bounds the work done per trigger, whatever the input.
 */
const MAX_GAP = 4;

export function skipGap(text: string, pos: number): number {
  // The common cases first: no gap, or one space before a printable ASCII character.
  const c = text.charCodeAt(pos);
  if (c > 0x20 && c < 0x7f) return pos;
  if (c === 0x20) {
    const d = text.charCodeAt(pos + 1);
    if (d > 0x20 && d < 0x7f) return pos + 1;
  }
  let i = pos;
  let breaks = 0;
  const limit = Math.min(text.length, pos + MAX_GAP);
  while (i < limit) {
    const c = text.charCodeAt(i);
    if (isInlineSpace(c)) {
      i++;
    } else if (c === 10 || c === 13) {
      if (breaks > 0) break;
      breaks++;
      i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
    } else {
      break;
    }
  }
  return i;
}

/** The mirror of {@link skipGap}: the start of the gap that ends at `pos`. */
export function skipGapBack(text: string, pos: number): number {
  // The common cases first, as in skipGap (a position before 0 reads NaN, which goes on below).
  const c = text.charCodeAt(pos - 1);
  if (c > 0x20 && c < 0x7f) return pos;
  if (c === 0x20) {
    const d = text.charCodeAt(pos - 2);
    if (d > 0x20 && d < 0x7f) return pos - 1;
  }
  let i = pos;
  let breaks = 0;
  const limit = Math.max(0, pos - MAX_GAP);
  while (i > limit) {
    const c = text.charCodeAt(i - 1);
    if (isInlineSpace(c)) {
      i--;
    } else if (c === 10 || c === 13) {
      if (breaks > 0) break;
      breaks++;
      i -= c === 10 && text.charCodeAt(i - 2) === 13 ? 2 : 1;
    } else {
      break;
    }
  }
  return i;
}

/** End of the run of letters starting at `pos` (at most `max` of them). */
export function letterRunEnd(text: string, pos: number, max = 24): number {
  let i = pos;
  const limit = Math.min(text.length, pos + max);
  while (i < limit && isLetterAt(text, i)) i++;
  return i;
}

/** Start of the run of letters ending at `pos` (at most `max` of them). */
export function letterRunStart(text: string, pos: number, max = 24): number {
  let i = pos;
  const limit = Math.max(0, pos - max);
  while (i > limit && isLetterAt(text, i - 1)) i--;
  return i;
}

/**
 * Lower-cased words, cached by their letters: the parsers look the same few words up again and
 * again ("in", "the", "billion"), and slicing a fresh string for each look-up made garbage.
 * Direct-mapped: a slot holds the last word whose hash fell in it; the key (the letters a–z as
 * 1–26, five bits each, so ten letters fit in a double exactly) says whether it is the same word.
 */
const LOWER_SLOTS = 4096;
const MAX_CACHED_LETTERS = 10;
const lowerKeys = new Float64Array(LOWER_SLOTS).fill(-1);
const lowerWords: string[] = new Array<string>(LOWER_SLOTS).fill('');

/**
 * The five-bit key of `text[start, end)` lower-cased, or -1 when that is not one to ten ASCII
 * letters. Distinct words have distinct keys.
 */
function letterKey(text: string, start: number, end: number): number {
  if (end <= start || end - start > MAX_CACHED_LETTERS) return -1;
  let key = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i) | 0x20; // lower-cases an ASCII letter
    if (c < 97 || c > 122) return -1; // not an ASCII letter
    key = key * 32 + (c - 96);
  }
  return key;
}

/** A key's first slot in a table of `mask + 1` slots: its two 32-bit halves, mixed. */
function keySlot(key: number, mask: number): number {
  const high = Math.floor(key / 0x100000000);
  let h = (key - high * 0x100000000) ^ Math.imul(high, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
  return (h ^ (h >>> 16)) & mask;
}

/** `text.slice(start, end).toLowerCase()`, without making a string for a word met before. */
export function lowerAt(text: string, start: number, end: number): string {
  const key = letterKey(text, start, end);
  if (key < 0) return text.slice(start, end).toLowerCase();
  const slot = keySlot(key, LOWER_SLOTS - 1);
  if (lowerKeys[slot] === key) return lowerWords[slot] as string;
  const word = text.slice(start, end).toLowerCase();
  lowerKeys[slot] = key;
  lowerWords[slot] = word;
  return word;
}

/**
 * A table of lower-case words, looked up by letters of the text without making a string: the
 * letters are read into the same five-bit key as {@link lowerAt}'s and found in a small
 * open-addressing hash table of those keys. Letters that are not ASCII (or more than ten of them)
 * take the string path, `lowerAt` and a `Map`, so that Unicode lower-casing decides as it always
 * did (the Kelvin sign lower-cases to "k").
 */
export class WordTable<V> {
  private readonly byString: Map<string, V>;
  private readonly keys: Float64Array;
  private readonly values: V[];
  private readonly mask: number;

  constructor(entries: Iterable<readonly [string, V]>) {
    this.byString = new Map(entries);
    let size = 8;
    while (size < this.byString.size * 4) size *= 2;
    this.mask = size - 1;
    this.keys = new Float64Array(size).fill(-1);
    this.values = new Array<V>(size);
    for (const [word, value] of this.byString) {
      // A word with other characters (or upper-case ones) is reached only through the string path.
      const key = /^[a-z]+$/.test(word) ? letterKey(word, 0, word.length) : -1;
      if (key < 0) continue;
      let slot = keySlot(key, this.mask);
      while ((this.keys[slot] as number) !== -1) slot = (slot + 1) & this.mask;
      this.keys[slot] = key;
      this.values[slot] = value;
    }
  }

  /** The value of `lowerAt(text, start, end)`. */
  get(text: string, start: number, end: number): V | undefined {
    const key = letterKey(text, start, end);
    if (key < 0) return this.byString.get(lowerAt(text, start, end));
    for (let slot = keySlot(key, this.mask); ; slot = (slot + 1) & this.mask) {
      const k = this.keys[slot] as number;
      if (k === key) return this.values[slot];
      if (k === -1) return undefined;
    }
  }

  has(text: string, start: number, end: number): boolean {
    return this.get(text, start, end) !== undefined;
  }

  /** The value of a word's lower-case form. */
  of(w: Word): V | undefined {
    return this.get(w.text, w.start, w.end);
  }
}

/** A {@link WordTable} used as a set. */
export function wordSet(words: Iterable<string>): WordTable<true> {
  return new WordTable([...words].map((w) => [w, true] as const));
}

/**
 * A word in the text. The strings are made only when asked for, and `is()` compares without making
 * one: most words the parsers look at are rejected, and allocation dominated the cost of a trigger.
 */
export class Word {
  private lowered: string | undefined;

  constructor(
    readonly text: string,
    readonly start: number,
    readonly end: number,
  ) {}

  /** As written. */
  get raw(): string {
    return this.text.slice(this.start, this.end);
  }

  /** Lower-cased. */
  get lower(): string {
    if (this.lowered === undefined) this.lowered = lowerAt(this.text, this.start, this.end);
    return this.lowered;
  }

  get length(): number {
    return this.end - this.start;
  }

  /** Case-insensitive equality with a lower-case ASCII word. */
  is(word: string): boolean {
    return lettersAre(this.text, this.start, this.end, word);
  }
}

/** Whether [start, end) of `text` is `word` (lower-case ASCII) in any case: {@link Word.is} without a Word. */
export function lettersAre(text: string, start: number, end: number, word: string): boolean {
  if (word.length !== end - start) return false;
  for (let i = 0; i < word.length; i++) {
    const c = text.charCodeAt(start + i);
    if ((c >= 65 && c <= 90 ? c + 32 : c) !== word.charCodeAt(i)) return false;
  }
  return true;
}

/**
 * The end of the whole word that starts at `pos` (as {@link wordAt} finds it), or -1 when there is
 * none: the same test, for callers that only compare the letters and need no Word.
 */
export function wordEndAt(text: string, pos: number): number {
  if (pos > 0 && isAlnumCode(text.charCodeAt(pos - 1))) return -1;
  const end = letterRunEnd(text, pos);
  if (end === pos) return -1;
  if (end < text.length && isAlnumCode(text.charCodeAt(end))) return -1;
  return end;
}

/**
 * The whole word that ends just before `pos`, across a gap. Returns null when there is no word
 * there or when the letters belong to a longer word than we care about.
 */
export function wordBefore(text: string, pos: number, gapRequired = false): Word | null {
  const end = skipGapBack(text, pos);
  if (gapRequired && end === pos) return null;
  const start = letterRunStart(text, end);
  if (start === end) return null;
  if (start > 0 && isAlnumCode(text.charCodeAt(start - 1))) return null;
  return new Word(text, start, end);
}

/**
 * The whole word that starts at `pos` (no gap skipped), or null. `glued` accepts a word stuck to
 * the number before it ("3.2bn").
 */
export function wordAt(text: string, pos: number, glued = false): Word | null {
  if (!glued && pos > 0 && isAlnumCode(text.charCodeAt(pos - 1))) return null;
  const end = letterRunEnd(text, pos);
  if (end === pos) return null;
  if (end < text.length && isAlnumCode(text.charCodeAt(end))) return null;
  return new Word(text, pos, end);
}

/** The start of the gap before `pos`, across one comma: where {@link wordsBefore} looks for a word. */
export function commaGapBack(text: string, pos: number): number {
  const q = skipGapBack(text, pos);
  return q > 0 && text.charCodeAt(q - 1) === 0x2c /* , */ ? skipGapBack(text, q - 1) : q;
}

/** The word before `pos` across a gap and one comma: one step of {@link wordsBefore}. */
export function previousWord(text: string, pos: number): Word | null {
  return wordBefore(text, commaGapBack(text, pos));
}

/**
 * Up to `count` words before `pos`, nearest first, crossing only gaps and commas: enough context
 * to tell "between $12 billion" from "increase from the present $50 billion".
 */
export function wordsBefore(text: string, pos: number, count: number): Word[] {
  const out: Word[] = [];
  let p = pos;
  while (out.length < count) {
    const w = previousWord(text, p);
    if (!w) break;
    out.push(w);
    p = w.start;
  }
  return out;
}

/** True when no letter or digit touches `pos` from the right. */
export function boundaryAfter(text: string, pos: number): boolean {
  return pos >= text.length || !isAlnumCode(text.charCodeAt(pos));
}
