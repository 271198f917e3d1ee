/**
 * Numbers as written in prose: digits with thousands separators (Western `1,234,567` and Indian
 * `12,34,567`), a decimal point, spelled-out cardinals ("twenty-two", "five million") and scale
 * words ("billion", "bn", "lakh crore").
 *
 * Amounts are kept as a decimal string plus a power of ten (`digits`, `exp`) and only turned into a
 * number at the end with `Number("3.2e9")`: multiplying floats (3.2 * 1e9) can leave a tail of
 * rounding noise, parsing the decimal text cannot.
 */

import { type Word, WordTable, isDigitCode, isLetterCode, letterRunEnd, skipGap, wordAt } from './chars';

export interface NumberLiteral {
  start: number;
  end: number;
  /** The number without separators, e.g. "1234567.89". */
  digits: string;
  /** How many digits before the decimal point. */
  intDigits: number;
  grouped: boolean;
  decimal: boolean;
  /** False when there are too many digits for a double to hold exactly (serial numbers, noise). */
  exact: boolean;
}

export function digitRunEnd(text: string, pos: number): number {
  let i = pos;
  while (i < text.length && isDigitCode(text.charCodeAt(i))) i++;
  return i;
}

function isGroupSeparator(c: number): boolean {
  // comma, or the spaces SI style and French typography use between groups of three
  return c === 0x2c || c === 0xa0 || c === 0x202f || c === 0x2009;
}

/**
 * Reads a number at `pos` (which must be a digit). Grouping must be consistent, or we keep only its
 * valid prefix: "1,1,1" is the number 1 followed by noise, never 111.
 */
export function readNumber(text: string, pos: number): NumberLiteral {
  const firstEnd = digitRunEnd(text, pos);
  const firstLen = firstEnd - pos;
  let end = firstEnd;
  let intText: string | undefined; // made only for a grouped number: most are sliced once, below
  let grouped = false;

  if (firstLen <= 3 && firstEnd < text.length && isGroupSeparator(text.charCodeAt(firstEnd))) {
    const sep = text.charCodeAt(firstEnd);
    const groups: number[] = [];
    let j = firstEnd;
    while (j < text.length && text.charCodeAt(j) === sep) {
      const k = digitRunEnd(text, j + 1);
      const len = k - (j + 1);
      if (len !== 2 && len !== 3) break;
      if (len === 2 && sep !== 0x2c) break; // Indian grouping only ever uses commas
      groups.push(len);
      j = k;
    }
    let take = 0;
    if (groups[0] === 3) {
      while (take < groups.length && groups[take] === 3) take++;
    } else if (groups[0] === 2 && firstLen <= 2) {
      // Indian: 12,34,56,789 — pairs, then one final group of three.
      let k = 0;
      while (k < groups.length && groups[k] === 2) k++;
      if (groups[k] === 3) take = k + 1;
    }
    if (take > 0) {
      let k = firstEnd;
      intText = text.slice(pos, firstEnd);
      for (let g = 0; g < take; g++) {
        const len = groups[g] ?? 0;
        intText += text.slice(k + 1, k + 1 + len);
        k += 1 + len;
      }
      end = k;
      grouped = true;
    }
  }

  const intDigits = intText === undefined ? end - pos : intText.length;
  let decimal = false;
  let fracEnd = end;
  if (end + 1 < text.length && text.charCodeAt(end) === 0x2e && isDigitCode(text.charCodeAt(end + 1))) {
    fracEnd = digitRunEnd(text, end + 1);
    decimal = true;
  }
  // Ungrouped, the digits are the text as written: one slice, with the decimal point if any.
  const digits = intText === undefined ? text.slice(pos, fracEnd) : decimal ? intText + text.slice(end, fracEnd) : intText;
  end = fracEnd;
  const significant = digits.length - (decimal ? 1 : 0);
  return { start: pos, end, digits, intDigits, grouped, decimal, exact: significant <= 15 };
}

/** `Number(digits)` for a few ASCII digits (a day, a year), without parsing a string. */
export function digitsValue(digits: string): number {
  let v = 0;
  for (let i = 0; i < digits.length; i++) {
    const c = digits.charCodeAt(i);
    if (c < 48 || c > 57 || i >= 15) return Number(digits);
    v = v * 10 + (c - 48);
  }
  return digits.length === 0 ? Number(digits) : v;
}

/** Powers of ten that a double holds exactly. */
const EXACT_POWERS = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));

/**
 * `Number("3.2e9")`: the exact decimal scaled by a power of ten (see the module comment).
 *
 * The common case is computed without making and parsing a string: with at most 15 digits the
 * digits are an exact integer N, and when the power of ten left once the decimal point is moved
 * (3.2e9 = 32e8) is exact too, one multiplication or division of two exact doubles is correctly
 * rounded, just as parsing the decimal text is: the same double (Clinger's fast path).
 */
export function scaledAmount(digits: string, exp: number): number {
  let n = 0;
  let count = 0;
  let fraction = -1; // digits after the point, once one is met
  for (let i = 0; i < digits.length; i++) {
    const c = digits.charCodeAt(i);
    if (c === 0x2e && fraction < 0) {
      fraction = 0;
      continue;
    }
    if (c < 48 || c > 57) return slowScaledAmount(digits, exp); // "1e+21", a sign: String(value) of a word number
    n = n * 10 + (c - 48);
    count++;
    if (fraction >= 0) fraction++;
  }
  const e = exp - (fraction > 0 ? fraction : 0);
  if (count === 0 || count > 15 || fraction === 0 || e < -22 || e > 22) return slowScaledAmount(digits, exp);
  return e >= 0 ? n * (EXACT_POWERS[e] as number) : n / (EXACT_POWERS[-e] as number);
}

function slowScaledAmount(digits: string, exp: number): number {
  return exp === 0 ? Number(digits) : Number(`${digits}e${exp}`);
}

// ---------------------------------------------------------------------------------------------
// Scales

interface ScaleInfo {
  exp: number;
  /** One- or two-letter abbreviations ("m", "k", "cr") read as a scale only in a money context. */
  short: boolean;
}

const SCALES: ReadonlyMap<string, ScaleInfo> = new Map([
  ['thousand', { exp: 3, short: false }],
  ['million', { exp: 6, short: false }],
  ['billion', { exp: 9, short: false }],
  ['trillion', { exp: 12, short: false }],
  ['bn', { exp: 9, short: false }],
  ['bln', { exp: 9, short: false }],
  ['mn', { exp: 6, short: false }],
  ['mln', { exp: 6, short: false }],
  ['tn', { exp: 12, short: false }],
  ['trn', { exp: 12, short: false }],
  ['lakh', { exp: 5, short: false }],
  ['lakhs', { exp: 5, short: false }],
  ['lac', { exp: 5, short: false }],
  ['lacs', { exp: 5, short: false }],
  ['crore', { exp: 7, short: false }],
  ['crores', { exp: 7, short: false }],
  ['cr', { exp: 7, short: true }],
  ['m', { exp: 6, short: true }],
  ['k', { exp: 3, short: true }],
  ['b', { exp: 9, short: true }],
]);

/** Scale words written out in full or as common abbreviations ("billion", "bn"): the TextMate grammar uses them. */
export const SCALE_WORDS: readonly string[] = [...SCALES].filter(([, info]) => !info.short).map(([word]) => word);

export interface Scale {
  end: number;
  exp: number;
  short: boolean;
}

const SCALE_TABLE = new WordTable(SCALES);
/**
 * The first three letters of every scale word (five bits a letter), and the shorter words whole:
 * most words after a number ("languages", "tanks") are rejected from their first letters, without
 * reading them to the end.
 */
const SCALE_HEADS = new Uint8Array(1 << 15);
for (const w of SCALES.keys()) {
  let key = 0;
  for (let i = 0; i < Math.min(3, w.length); i++) key = key * 32 + (w.charCodeAt(i) - 96);
  SCALE_HEADS[key] = 1;
}

/**
 * The key of the ASCII letters among the first three characters at `pos` (up to the first that
 * is not a letter), or -1 when one of them is not ASCII: then only the full reading decides.
 */
function headKey(text: string, pos: number): number {
  let key = 0;
  for (let i = pos; i < pos + 3; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) return -1;
    const l = c | 0x20; // lower-cases an ASCII letter; NaN (past the end) becomes 0x20
    if (l < 97 || l > 122) break;
    key = key * 32 + (l - 96);
  }
  return key;
}
/** Lower-case ASCII letters that start a scale word, by char code (a table, not a set: a hot path). */
const SCALE_INITIALS = new Uint8Array(128);
for (const k of SCALES.keys()) SCALE_INITIALS[k.charCodeAt(0)] = 1;
const MAX_SCALE_LETTERS = 8;

function readOneScale(text: string, pos: number): Scale | null {
  if (pos >= text.length) return null;
  const c = text.charCodeAt(pos);
  if (c < 0x80) {
    // The common case, without making a word: an ASCII letter lower-cases to one ASCII letter.
    if (!isLetterCode(c) || SCALE_INITIALS[c | 0x20] !== 1) return null;
    const head = headKey(text, pos);
    if (head >= 0 && SCALE_HEADS[head] !== 1) return null;
    const end = letterRunEnd(text, pos, MAX_SCALE_LETTERS + 1);
    // "b/d" is barrels per day, not a billion of something
    if (end - pos > MAX_SCALE_LETTERS || isDigitCode(text.charCodeAt(end)) || text.charCodeAt(end) === 0x2f) return null;
    const info = SCALE_TABLE.get(text, pos, end);
    return info ? { end, exp: info.exp, short: info.short } : null;
  }
  if (!isLetterCode(c)) return null;
  const w = wordAt(text, pos, true);
  // "b/d" is barrels per day, not a billion of something
  if (!w || w.length > MAX_SCALE_LETTERS || text.charCodeAt(w.end) === 0x2f) return null;
  const info = SCALE_TABLE.of(w);
  return info ? { end: w.end, exp: info.exp, short: info.short } : null;
}

/**
 * A scale after a number: "billion", "bn" (attached or spaced), or two in a row where the second is
 * larger ("lakh crore" = 1e12, "thousand crore" = 1e10). Hyphenated adjectives count too
 * ("a $50-billion deal").
 */
export function readScale(text: string, pos: number): Scale | null {
  let p = skipGap(text, pos);
  if (p === pos && text.charCodeAt(p) === 0x2d && isLetterCode(text.charCodeAt(p + 1))) p++;
  const first = readOneScale(text, p);
  if (!first) return null;
  if (first.short) return first;
  const second = readOneScale(text, skipGap(text, first.end));
  if (second && !second.short && second.exp > first.exp) {
    return { end: second.end, exp: first.exp + second.exp, short: false };
  }
  return first;
}

// ---------------------------------------------------------------------------------------------
// Spelled-out cardinals

const SMALL: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13],
  ['fourteen', 14], ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19],
]);
const TENS: ReadonlyMap<string, number> = new Map([
  ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70],
  ['eighty', 80], ['ninety', 90],
]);
const WORD_SCALES: ReadonlyMap<string, number> = new Map([
  ['thousand', 3], ['million', 6], ['billion', 9], ['trillion', 12],
]);

const SMALL_TABLE = new WordTable(SMALL);
const TENS_TABLE = new WordTable(TENS);
const WORD_SCALE_TABLE = new WordTable(WORD_SCALES);

export interface WordNumber {
  start: number;
  end: number;
  value: number;
}

/** Words that start a spelled-out cardinal; the scanner uses this list for its trigger. */
export const NUMBER_WORDS: readonly string[] = [...SMALL.keys(), ...TENS.keys(), 'hundred', ...WORD_SCALES.keys(), 'half'];

function nextWord(text: string, pos: number): Word | null {
  return wordAt(text, skipGap(text, pos));
}

/** Initials of every word the cardinal grammar reads on (numbers, "hundred", scales, "and"). */
const CARDINAL_INITIALS = new Uint8Array(128);
for (const w of [...SMALL.keys(), ...TENS.keys(), ...WORD_SCALES.keys(), 'hundred', 'and']) CARDINAL_INITIALS[w.charCodeAt(0)] = 1;

/**
 * {@link nextWord} where only a word of the cardinal grammar matters: null at once for a word
 * that starts with another ASCII letter ("two governments"), without reading it to its end.
 */
function nextCardinalWord(text: string, pos: number): Word | null {
  const p = skipGap(text, pos);
  const c = text.charCodeAt(p);
  if (c < 0x80 && CARDINAL_INITIALS[c | 0x20] !== 1) return null;
  return wordAt(text, p);
}

/**
 * Reads "twenty-two", "one hundred and five", "three thousand", "five million", "half a million",
 * "a billion" (when `pos` is the "a"). Stops before anything that is not part of the number.
 */
export function readWordNumber(text: string, pos: number, firstWord?: Word): WordNumber | null {
  const first = firstWord ?? wordAt(text, pos); // the caller may have read it already
  if (!first) return null;

  // "a million", "half a million", "a hundred": the article stands for one.
  if (first.is('a') || first.is('an') || first.is('half')) {
    const half = first.is('half');
    let after = nextWord(text, first.end);
    if (half && after && after.is('a')) after = nextWord(text, after.end);
    if (!after) return null;
    const exp = WORD_SCALE_TABLE.of(after);
    if (exp !== undefined) return { start: pos, end: after.end, value: (half ? 0.5 : 1) * 10 ** exp };
    if (half || !after.is('hundred')) return null;
    return readCardinal(text, pos, after.end, 100);
  }
  return readCardinal(text, pos, pos, 0, first);
}

/**
 * The cardinal grammar, one word at a time: units and tens add, "hundred" multiplies the current
 * group, a scale closes the group ("two hundred fifty thousand"), "and" may follow a multiplier.
 * `seed` is a value already read ("a hundred" = 100) ending at `from`.
 */
function readCardinal(text: string, start: number, from: number, seed: number, firstWord?: Word): WordNumber | null {
  let total = 0;
  let current = seed;
  let any = seed > 0;
  let end = from;
  let afterMultiplier = seed > 0; // just read "hundred", a scale, or "and"
  let afterTens = false; // just read "twenty": "twenty two" may follow
  let w = any ? nextCardinalWord(text, from) : firstWord ?? wordAt(text, from);
  while (w) {
    const short = w.length <= 9;
    const small = short ? SMALL_TABLE.of(w) : undefined;
    const tens = short ? TENS_TABLE.of(w) : undefined;
    const scale = short ? WORD_SCALE_TABLE.of(w) : undefined;
    if (small !== undefined || tens !== undefined) {
      const v = small ?? tens ?? 0;
      const ok = !any || afterMultiplier || (afterTens && small !== undefined && v > 0 && v < 10);
      if (!ok) break;
      current += v;
      any = true;
      end = w.end;
      afterMultiplier = false;
      afterTens = tens !== undefined;
      // "twenty-two": a hyphen glues the units to the tens
      if (tens !== undefined && text.charCodeAt(w.end) === 0x2d) {
        const unit = wordAt(text, w.end + 1);
        const u = unit ? SMALL_TABLE.of(unit) : undefined;
        if (unit && u !== undefined && u > 0 && u < 10) {
          current += u;
          end = unit.end;
          afterTens = false;
        }
      }
    } else if (w.is('hundred') && any && current > 0 && current < 100) {
      current *= 100;
      end = w.end;
      afterMultiplier = true;
      afterTens = false;
    } else if (scale !== undefined && any && current > 0) {
      total += current * 10 ** scale;
      current = 0;
      end = w.end;
      afterMultiplier = true;
      afterTens = false;
    } else if (w.is('and') && afterMultiplier) {
      const after = nextWord(text, w.end);
      if (!after || (SMALL_TABLE.of(after) === undefined && TENS_TABLE.of(after) === undefined)) break;
    } else {
      break;
    }
    w = nextCardinalWord(text, Math.max(end, w.end));
  }
  if (!any) return null;
  return { start, end, value: total + current };
}
