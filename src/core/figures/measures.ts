/**
 * A measure is one number with what qualifies it: a currency before it (`$`, `US$`, `USD`, `Rs`),
 * a sign, a scale ("billion", "lakh crore") and a suffix (`%`, "dollars", "barrels per day").
 * A measure with neither currency nor suffix is "bare": not a figure by itself, but the raw material
 * of ranges ("$12-14 billion": the 12), dates and years.
 */

import type { FigureKind, FigureValue } from '../types';
import {
  isAlnumCode, isDigitCode, isInlineSpace, isLetterCode, letterRunStart, lowerAt, skipGap, skipGapBack, wordAt, wordBefore,
} from './chars';
import {
  CURRENCY_CODES, CURRENCY_SYMBOLS, PREFIX_ABBREVIATIONS, SYMBOL_QUALIFIERS, WORDLIKE_QUALIFIERS,
} from './currencies';
import { type NumberLiteral, digitRunEnd, readNumber, readScale, readWordNumber, scaledAmount } from './numbers';
import { type Suffix, readCurrencyWord, readSuffix } from './suffix';

export type MeasureKind = 'bare' | 'money' | 'percent' | 'quantity';

export interface Measure {
  /** Start of the whole measure: sign, currency qualifier, a Markdown `\` before `$`. */
  start: number;
  end: number;
  kind: MeasureKind;
  /** The amount as a decimal string and a power of ten (see numbers.ts). */
  digits: string;
  exp: number;
  negative: boolean;
  /** A scale word was read ("billion"); its power of ten is in `exp`. */
  scaled: boolean;
  /** The currency came before the number ("$50", "USD 5"). */
  prefixed: boolean;
  currency?: string;
  unit?: string;
  /** The digits as written, when the number was written with digits. */
  literal?: NumberLiteral;
}

export function measureAmount(m: Measure): number {
  const v = scaledAmount(m.digits, m.exp);
  return m.negative ? -v : v;
}

export function isCurrencySymbol(ch: string): boolean {
  return CURRENCY_SYMBOLS.has(ch);
}

interface Prefix {
  start: number;
  currency: string;
}

/**
 * Letters before a currency symbol that qualify it: "US$", "HK$", "C $" (spaced only in capitals
 * or when the letters cannot be an everyday word).
 */
function qualifierBefore(text: string, symStart: number, sym: string): Prefix | null {
  const table = SYMBOL_QUALIFIERS.get(sym);
  if (!table) return null;
  let e = symStart;
  const spaced = e > 0 && isInlineSpace(text.charCodeAt(e - 1));
  if (spaced) e--;
  let s = e;
  while (s > 0 && e - s < 4 && (isLetterCode(text.charCodeAt(s - 1)) || text.charCodeAt(s - 1) === 0x2e)) s--;
  if (s === e || (s > 0 && isAlnumCode(text.charCodeAt(s - 1)))) return null;
  const iso = table.get(lowerAt(text, s, e));
  if (!iso) return null;
  const q = text.slice(s, e);
  if (spaced && WORDLIKE_QUALIFIERS.has(q.replace(/\./g, '')) /* lower-case "us", "a" */) return null;
  return { start: s, currency: iso };
}

/**
 * An ISO code or "Rs" before a digit: "USD 5 million", "Rs. 500", "USD115". Returns 'reject' when
 * letters are glued to the digits and are not a currency ("T90", "G20", "FY2024" are not figures).
 */
const PREFIX_MAX_LETTERS = Math.max(...[...PREFIX_ABBREVIATIONS.keys(), ...CURRENCY_CODES.keys()].map((k) => k.length));

function codeBefore(text: string, digitPos: number): Prefix | 'reject' | null {
  const prev = digitPos > 0 ? text.charCodeAt(digitPos - 1) : 0;
  const attached = isLetterCode(prev);
  let e = attached ? digitPos : skipGapBack(text, digitPos);
  if (!attached && e === digitPos && prev !== 0x2e) return null;
  let dotted = false;
  if (text.charCodeAt(e - 1) === 0x2e) {
    e--;
    dotted = true;
  }
  const s = letterRunStart(text, e, 5);
  if (s === e || (s > 0 && isAlnumCode(text.charCodeAt(s - 1)))) return attached ? 'reject' : null;
  // Every abbreviation and code has two or three letters, and lower-casing never shortens a word.
  if (e - s > PREFIX_MAX_LETTERS) return attached ? 'reject' : null;
  const word = text.slice(s, e);
  const lower = lowerAt(text, s, e);
  const abbreviation = PREFIX_ABBREVIATIONS.get(lower);
  if (abbreviation) return { start: s, currency: abbreviation };
  const code = dotted ? undefined : CURRENCY_CODES.get(lower);
  if (code && (code.exact === undefined || code.exact === word)) return { start: s, currency: code.iso };
  return attached ? 'reject' : null;
}

/** "-5%", "−5%", "minus 5%": a sign glued to the start, with no letter or digit before it. */
function signBefore(text: string, start: number): number | null {
  const c = text.charCodeAt(start - 1);
  if ((c === 0x2d || c === 0x2212) && !(start >= 2 && isAlnumCode(text.charCodeAt(start - 2)))) {
    // "- 5" (a list bullet) is not a sign, and "5-7" never reaches here as a sign
    return start - 1;
  }
  // "minus": test the letters in place before making a word of them
  const e = skipGapBack(text, start);
  if (e === start || e < 5 || (text.charCodeAt(e - 1) | 0x20) !== 0x73 /* s */) return null;
  const w = wordBefore(text, start, true);
  return w && w.is('minus') ? w.start : null;
}

export interface MeasureOptions {
  /** Lookbacks (qualifier, code, sign) may not reach before this offset: the previous figure ends there. */
  floor?: number;
  /**
   * The second half of a range: the dash before it is a connector, not a minus sign, and a number
   * glued to "5-" is expected there.
   */
  second?: boolean;
  /** Accept short scales ("m", "k", "bn"-like) without a currency: the range's first half had one. */
  shortScale?: boolean;
}

/**
 * The measure whose currency symbol or first digit is at `p`. Looks back a few characters for a
 * qualifier, code or sign, and forward for scale and suffix.
 */
export function parseMeasureAt(text: string, p: number, opts: MeasureOptions = {}): Measure | null {
  const first = text.charCodeAt(p);
  let start = p;
  let currency: string | undefined;
  let prefixed = false;
  let numPos = p;

  const ch = isDigitCode(first) ? '' : text.charAt(p); // no digit is a currency symbol
  const symbolCurrency = ch === '' ? undefined : CURRENCY_SYMBOLS.get(ch);
  if (symbolCurrency !== undefined) {
    currency = symbolCurrency;
    if (p > 0 && text.charCodeAt(p - 1) === 0x5c /* \ */) start = p - 1; // Markdown escape: "\$50"
    const q = qualifierBefore(text, start, ch);
    if (q && q.start >= (opts.floor ?? 0)) {
      currency = q.currency;
      start = q.start;
    }
    numPos = skipGap(text, p + 1);
    if (!isDigitCode(text.charCodeAt(numPos))) return null;
    prefixed = true;
  } else if (isDigitCode(first)) {
    const prev = p > 0 ? text.charCodeAt(p - 1) : 0;
    if (isDigitCode(prev)) return null;
    // "138-2010-2015", "1,1,1", "10.30": the tail of a longer numeric token, not a new number
    const glued = prev === 0x2d || prev === 0x2f || prev === 0x2c || prev === 0x2e || prev === 0x3a || prev === 0x2013 || prev === 0x2014;
    if (!opts.second && glued && p >= 2 && isDigitCode(text.charCodeAt(p - 2))) {
      return null;
    }
    // "T-90", "Su-30", "COVID-19": a model number, not a figure ("mid-2024" is left to dates)
    if (prev === 0x2d && p >= 2 && isLetterCode(text.charCodeAt(p - 2))) {
      const w = wordBefore(text, p - 1);
      if (!w || !w.is('mid')) return null;
    }
    const code = codeBefore(text, p);
    if (code === 'reject') return null;
    if (code && code.start >= (opts.floor ?? 0)) {
      currency = code.currency;
      start = code.start;
      prefixed = true;
    }
  } else {
    return null;
  }

  const literal = readNumber(text, numPos);
  if (!literal.exact) return null;

  let negative = false;
  if (!opts.second) {
    const s = signBefore(text, start);
    if (s !== null && s >= (opts.floor ?? 0)) {
      negative = true;
      start = s;
    }
  }
  return finishMeasure(text, {
    start, end: literal.end, kind: prefixed ? 'money' : 'bare', digits: literal.digits, exp: 0, negative,
    scaled: false, prefixed, currency, literal,
  }, prefixed || opts.shortScale === true);
}

/**
 * Reads scale and suffix after the number in `m` (which ends at `m.end`). A short scale ("m", "k")
 * stays only when a currency came first or a unit follows: "$5m", "5m barrels", but not "5m".
 */
function finishMeasure(text: string, m: Measure, shortScaleOk: boolean): Measure {
  // `m` is freshly made by the caller: completed in place rather than copied (a hot path).
  const scale = readScale(text, m.end);
  if (scale && scale.short && !shortScaleOk) {
    // "5m": a scale only if a unit follows ("5m barrels")
    const suffix = readSuffix(text, scale.end);
    if (suffix) {
      m.exp = scale.exp;
      m.scaled = true;
      return applySuffix(m, suffix);
    }
    return m;
  }
  if (scale) {
    m.exp = scale.exp;
    m.scaled = true;
    m.end = scale.end;
  }
  if (m.prefixed) return m;
  const suffix = readSuffix(text, m.end);
  return suffix ? applySuffix(m, suffix) : m;
}

function applySuffix(m: Measure, suffix: Suffix): Measure {
  const meaning = suffix.meaning;
  if (meaning.kind === 'percent') {
    m.kind = 'percent';
  } else if (meaning.kind === 'quantity') {
    m.kind = 'quantity';
    m.unit = meaning.unit;
    m.exp += meaning.exp;
  } else {
    if (meaning.needsScale && !m.scaled) return m; // "5 pounds" may be a weight; "5 million pounds" is money
    m.kind = 'money';
    m.currency = meaning.currency;
    m.exp += meaning.exp;
  }
  m.end = suffix.end;
  return m;
}

/** A measure written in words: "twenty percent", "five million yen", "a billion dollars". */
export function parseWordMeasureAt(text: string, p: number): Measure | null {
  let start = p;
  const first = wordAt(text, p);
  if (!first) return null;
  // "a million dollars": the scale triggered, the article is just before it
  const before = wordBefore(text, p, true);
  if (before && (before.is('a') || before.is('an')) && /^(?:hundred|thousand|million|billion|trillion)$/.test(first.lower)) {
    start = before.start;
  }
  const n = readWordNumber(text, start);
  if (!n) return null;
  const digits = String(n.value);
  let negative = false;
  const sign = wordBefore(text, start, true);
  if (sign && sign.is('minus')) {
    negative = true;
    start = sign.start;
  }
  const m = finishMeasure(text, {
    start, end: n.end, kind: 'bare', digits, exp: 0, negative, scaled: false, prefixed: false,
  }, false);
  return m && m.kind !== 'bare' ? m : null;
}

/**
 * "billions of dollars", "hundreds of millions of euros", "tens of billions of US dollars":
 * money without an amount. Returns the end and currency, starting at the word at `p`.
 */
const UNQUANTIFIED_RE = /(?:(?:tens|hundreds)[\s-]{1,3}of[\s-]{1,3})?(?:hundreds|thousands|millions|billions|trillions)[\s-]{1,3}(?:more[\s-]{1,3})?of[\s-]{1,3}/iy;

export function parseUnquantifiedAt(text: string, p: number): { start: number; end: number; currency: string } | null {
  UNQUANTIFIED_RE.lastIndex = p;
  const m = UNQUANTIFIED_RE.exec(text);
  if (!m) return null;
  const cur = readCurrencyWord(text, p + m[0].length);
  if (!cur) return null;
  return { start: p, end: cur.end, currency: cur.currency };
}

/** The annotation value of a single measure, or null for a bare number. */
export function measureFigure(m: Measure): { kind: FigureKind; value: FigureValue } | null {
  // The amount only for a figure: most measures are bare, and parsing their digits was wasted.
  switch (m.kind) {
    case 'money':
      return m.currency ? { kind: 'money', value: { amount: measureAmount(m), currency: m.currency } } : null;
    case 'percent':
      return { kind: 'percent', value: { amount: measureAmount(m), unit: '%' } };
    case 'quantity':
      return m.unit ? { kind: 'quantity', value: { amount: measureAmount(m), unit: m.unit } } : null;
    default:
      return null;
  }
}

/** Where the scanner may resume after a digit that started no measure: past the whole digit run. */
export function skipNumberRun(text: string, p: number): number {
  return Math.max(p + 1, digitRunEnd(text, p));
}
