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

export interface Tokens {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  /** Normalised form used as the lookup key. */
  norms: string[];
  /** Bit flags per token, see TOKEN_CAPITALISED and friends. */
  flags: Uint8Array;
}

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

const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}]/u;
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const NUMBER = /\p{N}/u;
const SPACE_OR_JOINER = /[\s\p{Pd}\p{Cf}]/u;

/** ASCII classes precomputed; everything above 0x7f is classified by Unicode property. */
const ASCII_CLASS: CharClass[] = (() => {
  const table: CharClass[] = [];
  for (let code = 0; code < 128; code++) {
    const ch = String.fromCharCode(code);
    if (/[A-Za-z]/.test(ch)) table.push(CharClass.Letter);
    else if (/[0-9]/.test(ch)) table.push(CharClass.Digit);
    else if (/[\s\-\\*_]/.test(ch) || code < 32) table.push(CharClass.Skip);
    else table.push(CharClass.Punct);
  }
  return table;
})();

const nonAsciiCache = new Map<number, CharClass>();

function classifyNonAscii(codePoint: number): CharClass {
  let cls = nonAsciiCache.get(codePoint);
  if (cls !== undefined) return cls;
  const ch = String.fromCodePoint(codePoint);
  if (UNSPACED_SCRIPT.test(ch)) cls = CharClass.Unspaced;
  else if (LETTER_OR_MARK.test(ch)) cls = CharClass.Letter;
  else if (NUMBER.test(ch)) cls = CharClass.Digit;
  else if (SPACE_OR_JOINER.test(ch)) cls = CharClass.Skip;
  else cls = CharClass.Punct;
  if (nonAsciiCache.size < 65536) nonAsciiCache.set(codePoint, cls);
  return cls;
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

export function tokenize(text: string): Tokens {
  // A generous first guess avoids most re-allocations: articles average ~6 characters a token.
  let capacity = Math.max(16, (text.length >> 2) + 16);
  let starts = new Int32Array(capacity);
  let ends = new Int32Array(capacity);
  let flags = new Uint8Array(capacity);
  const norms: string[] = [];
  let count = 0;

  const push = (start: number, end: number, norm: string, flag: number): void => {
    if (count === capacity) {
      capacity *= 2;
      const grow = <T extends Int32Array | Uint8Array>(old: T, make: (n: number) => T): T => {
        const next = make(capacity);
        next.set(old);
        return next;
      };
      starts = grow(starts, (n) => new Int32Array(n));
      ends = grow(ends, (n) => new Int32Array(n));
      flags = grow(flags, (n) => new Uint8Array(n));
    }
    starts[count] = start;
    ends[count] = end;
    flags[count] = flag;
    norms.push(norm);
    count++;
  };

  const length = text.length;
  let i = 0;
  while (i < length) {
    let code = text.charCodeAt(i);
    let width = 1;
    let cls: CharClass;
    if (code < 128) {
      cls = ASCII_CLASS[code];
    } else {
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < length) {
        code = text.codePointAt(i) ?? code;
        width = code > 0xffff ? 2 : 1;
      }
      cls = classifyNonAscii(code);
    }
    if (cls === CharClass.Skip) {
      // A dash between spaces separates clauses ("Kyrgyzstan – will begin"); elsewhere it joins.
      if (isSpacedDash(text, i, code)) push(i, i + 1, '-', 0);
      i += width;
      continue;
    }
    if (cls === CharClass.Punct) {
      push(i, i + width, foldPunct(text.slice(i, i + width)), 0);
      i += width;
      continue;
    }
    if (cls === CharClass.Unspaced) {
      const ch = text.slice(i, i + width);
      push(i, i + width, ch, TOKEN_WORD);
      i += width;
      continue;
    }
    // A run of the same class: letters (with combining marks) or digits.
    const start = i;
    i += width;
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
    if (cls === CharClass.Digit) push(start, i, raw, TOKEN_NUMBER);
    else push(start, i, normaliseWord(raw), wordFlags(raw));
  }

  return { count, starts, ends, norms, flags };
}
