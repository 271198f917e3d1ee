/**
 * A measure is one number with what qualifies it: a currency before it (`$`, `US$`, `USD`, `Rs`),
 * a sign, a scale ("billion", "lakh crore") and a suffix (`%`, "dollars", "barrels per day").
 * A measure with neither currency nor suffix is "bare": not a figure by itself, but the raw material
 * of ranges ("$12-14 billion": the 12), dates and years.
 */

import type { FigureAnnotation } from '../types';
import { figure } from './annotation';
import {
  WordTable, isAlnumCode, isDigitCode, isInlineSpace, isLetterCode, letterRunStart, skipGap, skipGapBack, wordAt, wordBefore,
} from './chars';
import {
  CURRENCY_CODES, CURRENCY_SYMBOLS, PREFIX_ABBREVIATIONS, SYMBOL_QUALIFIERS, WORDLIKE_QUALIFIERS,
} from './currencies';
import { type NumberLiteral, digitRunEnd, readNumber, readScale, readWordNumber, scaledAmount } from './numbers';
import { type Suffix, readCurrencyWord, readSuffix } from './suffix';

export type MeasureKind = 'bare' | 'money' | 'percent' | 'quantity';

/**
 * Every measure is made with all its fields, in this order, even the unset ones: objects of one
 * shape keep the property reads in the parsers monomorphic.
 */
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
  currency: string | undefined;
  unit: string | undefined;
  /** The digits as written, when the number was written with digits. */
  literal: NumberLiteral | undefined;
}

export function measureAmount(m: Measure): number {
  const v = scaledAmount(m.digits, m.exp);
  return m.negative ? -v : v;
}

interface Prefix {
  start: number;
  currency: string;
}

/**
 * Letters before a currency symbol that qualify it: "US$", "HK$", "C $" (spaced only in capitals
 * or when the letters cannot be an everyday word).
 */
function qualifierBefore(text: string, symStart: number, table: WordTable<string> | undefined): Prefix | null {
  if (!table) return null;
  let e = symStart;
  const spaced = e > 0 && isInlineSpace(text.charCodeAt(e - 1));
  if (spaced) e--;
  let s = e;
  while (s > 0 && e - s < 4 && (isLetterCode(text.charCodeAt(s - 1)) || text.charCodeAt(s - 1) === 0x2e)) s--;
  if (s === e || (s > 0 && isAlnumCode(text.charCodeAt(s - 1)))) return null;
  const iso = table.get(text, s, e);
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
const ABBREVIATION_TABLE = new WordTable(PREFIX_ABBREVIATIONS);
const CODE_TABLE = new WordTable(CURRENCY_CODES);

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
  // One letter more than the longest code is enough to tell a longer word
  const s = letterRunStart(text, e, PREFIX_MAX_LETTERS + 1);
  if (s === e || (s > 0 && isAlnumCode(text.charCodeAt(s - 1)))) return attached ? 'reject' : null;
  // Every abbreviation and code has two or three letters, and lower-casing never shortens a word.
  if (e - s > PREFIX_MAX_LETTERS) return attached ? 'reject' : null;
  const abbreviation = ABBREVIATION_TABLE.get(text, s, e);
  if (abbreviation) return { start: s, currency: abbreviation };
  const code = dotted ? undefined : CODE_TABLE.get(text, s, e);
  // `exact` is as long as the letters (all codes are ASCII, and no other letters lower-case to a
  // code's): compare in place rather than slice them
  if (code && (code.exact === undefined || text.startsWith(code.exact, s))) return { start: s, currency: code.iso };
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

/**
 * Currency symbols by their code unit (every symbol is one, checked here): `SYMBOL_INDEX[c]` is one
 * more than the symbol's index in `SYMBOLS`, or 0. A table rather than a map: this is asked at
 * every trigger, and there is no one-character string to make.
 */
interface SymbolInfo {
  currency: string;
  qualifiers: WordTable<string> | undefined;
}
const SYMBOLS: SymbolInfo[] = [];
const SYMBOL_INDEX = new Uint8Array(0x10000);
for (const [sym, currency] of CURRENCY_SYMBOLS) {
  if (sym.length !== 1) throw new Error(`figures: currency symbol "${sym}" is not one code unit`);
  const qualifiers = SYMBOL_QUALIFIERS.get(sym);
  SYMBOLS.push({ currency, qualifiers: qualifiers && new WordTable(qualifiers) });
  SYMBOL_INDEX[sym.charCodeAt(0)] = SYMBOLS.length;
}

export function isCurrencySymbolCode(c: number): boolean {
  return c === c && SYMBOL_INDEX[c] !== 0; // c === c: NaN past the end of the text
}

/**
 * The measure whose currency symbol or first digit is at `p`. Looks back a few characters for a
 * qualifier, code or sign, and forward for scale and suffix.
 * - `floor`: lookbacks (qualifier, code, sign) may not reach before it: the previous figure ends there.
 * - `second`: the second half of a range: the dash before it is a connector, not a minus sign, and
 *   a number glued to "5-" is expected there.
 * - `shortScale`: accept short scales ("m", "k") without a currency: the range's first half had one.
 * (Plain parameters rather than an options object: this runs at every number in the text.)
 */
export function parseMeasureAt(text: string, p: number, floor: number, second: boolean, shortScale: boolean): Measure | null {
  const first = text.charCodeAt(p);
  let start = p;
  let currency: string | undefined;
  let prefixed = false;
  let numPos = p;

  const index = first === first ? (SYMBOL_INDEX[first] as number) : 0; // NaN past the end; no digit is a symbol
  const sym = index === 0 ? undefined : SYMBOLS[index - 1];
  if (sym !== undefined) {
    currency = sym.currency;
    if (p > 0 && text.charCodeAt(p - 1) === 0x5c /* \ */) start = p - 1; // Markdown escape: "\$50"
    const q = qualifierBefore(text, start, sym.qualifiers);
    if (q && q.start >= floor) {
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
    if (!second && glued && p >= 2 && isDigitCode(text.charCodeAt(p - 2))) {
      return null;
    }
    // "T-90", "Su-30", "COVID-19": a model number, not a figure ("mid-2024" is left to dates)
    if (prev === 0x2d && p >= 2 && isLetterCode(text.charCodeAt(p - 2))) {
      const w = wordBefore(text, p - 1);
      if (!w || !w.is('mid')) return null;
    }
    const code = codeBefore(text, p);
    if (code === 'reject') return null;
    if (code && code.start >= floor) {
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
  if (!second) {
    const s = signBefore(text, start);
    if (s !== null && s >= floor) {
      negative = true;
      start = s;
    }
  }
  return finishMeasure(text, {
    start, end: literal.end, kind: prefixed ? 'money' : 'bare', digits: literal.digits, exp: 0, negative,
    scaled: false, prefixed, currency, unit: undefined, literal,
  }, prefixed || shortScale);
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
  const n = start === p ? readWordNumber(text, start, first) : readWordNumber(text, start);
  if (!n) return null;
  const digits = String(n.value);
  let negative = false;
  const sign = start === p ? before : wordBefore(text, start, true); // the same word when start is p
  if (sign && sign.is('minus')) {
    negative = true;
    start = sign.start;
  }
  const m = finishMeasure(text, {
    start, end: n.end, kind: 'bare', digits, exp: 0, negative, scaled: false, prefixed: false,
    currency: undefined, unit: undefined, literal: undefined,
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
  if (!UNQUANTIFIED_RE.test(text)) return null; // test(), not exec(): no match array to allocate
  const cur = readCurrencyWord(text, UNQUANTIFIED_RE.lastIndex);
  if (!cur) return null;
  return { start: p, end: cur.end, currency: cur.currency };
}

/** The annotation of a single measure, or null for a bare number. */
export function measureAnnotation(m: Measure): FigureAnnotation | null {
  // The amount only for a figure: most measures are bare, and parsing their digits was wasted.
  switch (m.kind) {
    case 'money':
      return m.currency ? figure(m.start, m.end, 'money', { amount: measureAmount(m), currency: m.currency }) : null;
    case 'percent':
      return figure(m.start, m.end, 'percent', { amount: measureAmount(m), unit: '%' });
    case 'quantity':
      return m.unit ? figure(m.start, m.end, 'quantity', { amount: measureAmount(m), unit: m.unit }) : null;
    default:
      return null;
  }
}

/** Where the scanner may resume after a digit that started no measure: past the whole digit run. */
export function skipNumberRun(text: string, p: number): number {
  return Math.max(p + 1, digitRunEnd(text, p));
}
