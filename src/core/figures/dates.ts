/**
 * Dates and periods, normalised to ISO 8601 at the precision written:
 *
 * - "December 28, 2023", "28 December 2023", "Dec. 28th, 2023", "2023-12-28" → `2023-12-28`;
 *   "26/12/2023" and "12/26/2023" only when the order is unambiguous (one part above 12).
 * - "March 2020" → `2020-03`.
 * - "December 26" (no year) → the year of `documentDate` when given (`2023-12-26`), else the ISO
 *   8601 form without a year, `--12-26`.
 * - A bare year only in a temporal context, so that not every four-digit number is a date: after
 *   "in", "since", "until", "before", "after", "during", "by", "from"…, or inside a phrase such as
 *   "early 2024", "mid-2024", "the beginning of 2024", "the summer of 2024". The phrase is part of
 *   the span, the value stays the year (`2024`): ISO 8601 has no "beginning of", and rounding it to
 *   a month would claim a precision the writer did not give.
 * - Periods: "2021-2031", "2021–31", "2021/22", "from 2021 to 2031", "between 2014 and 2022",
 *   "from March 2020 to December 2021", "the 1990s" → `{start, end}`.
 */

import type { FigureAnnotation } from '../types';
import { figure } from './annotation';
import {
  type Word, WordTable, boundaryAfter, isAlnumCode, isDash, isDigitCode, isLetterCode, letterRunStart, previousWord, skipGap,
  skipGapBack, wordAt, wordBefore, wordSet, wordsBefore,
} from './chars';
import { type NumberLiteral, digitsValue, readNumber } from './numbers';
import { readConnector } from './ranges';
import { readSuffix } from './suffix';

const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['mar', 3], ['april', 4], ['apr', 4],
  ['may', 5], ['june', 6], ['jun', 6], ['july', 7], ['jul', 7], ['august', 8], ['aug', 8], ['september', 9],
  ['sep', 9], ['sept', 9], ['october', 10], ['oct', 10], ['november', 11], ['nov', 11], ['december', 12],
  ['dec', 12],
]);
/** Month names that are also common words ("may", "march"): they count only capitalised. */
const CAPITALISED_ONLY: ReadonlySet<string> = new Set(['may', 'march', 'mar']);
/** Abbreviations that may be followed by a full stop ("Dec. 26"). */
const ABBREVIATIONS: ReadonlySet<string> = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
/** Lower-case initials of month names, by char code (a table, not a set: asked at every number). */
const MONTH_INITIALS = new Uint8Array(128);
for (const c of 'jfmasond') MONTH_INITIALS[c.charCodeAt(0)] = 1;
const MONTH_TABLE = new WordTable(MONTHS);
const CAPITALISED_ONLY_TABLE = wordSet(CAPITALISED_ONLY);
const ABBREVIATION_TABLE = wordSet(ABBREVIATIONS);
/** The last two letters of every month name and abbreviation (five bits a letter). */
const MONTH_ENDINGS = new Uint8Array(1 << 10);
for (const m of MONTHS.keys()) MONTH_ENDINGS[((m.charCodeAt(m.length - 2) - 96) << 5) | (m.charCodeAt(m.length - 1) - 96)] = 1;
const DAYS_IN_MONTH = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Words after which a bare year is read as a date ("in 2024", "since 2014"). */
const YEAR_CUES: ReadonlySet<string> = new Set([
  'in', 'since', 'until', 'till', 'before', 'after', 'during', 'throughout', 'circa', 'fiscal', 'year', 'early',
  'late', 'mid', 'spring', 'summer', 'autumn', 'fall', 'winter',
]);
/** Cues that also introduce counts ("by 1,500 troops", "from 300 to…"): only for modern years. */
const WEAK_YEAR_CUES: ReadonlySet<string> = new Set(['by', 'from', 'around', 'to', 'as']);
/** "the beginning of 2024", "the summer of 2023", "the first half of 2024". */
const PHRASE_HEADS: ReadonlySet<string> = new Set([
  'beginning', 'start', 'end', 'middle', 'course', 'turn', 'spring', 'summer', 'autumn', 'fall', 'winter', 'half',
  'quarter',
]);
const ORDINAL_WORDS: ReadonlySet<string> = new Set(['first', 'second', 'third', 'fourth', 'last']);
const YEAR_CUE_TABLE = wordSet(YEAR_CUES);
const WEAK_YEAR_CUE_TABLE = wordSet(WEAK_YEAR_CUES);
const PHRASE_HEAD_TABLE = wordSet(PHRASE_HEADS);
const ORDINAL_TABLE = wordSet(ORDINAL_WORDS);

const MIN_YEAR = 1000;
const MAX_YEAR = 2199;
/** Years in a weak context or in a bare "2021 to 2031" must be modern to count. */
const MIN_MODERN_YEAR = 1800;

export interface DateContext {
  /** The document's year ("2023"), used for dates written without one. */
  year?: string;
  /** The document's month (1–12), when its date has one: for "last month". */
  month?: number;
  /** The document's day of the month, when its date has one: for "on Tuesday", "yesterday". */
  day?: number;
  /**
   * The date above is today's, not the document's: the document has no date of its own. Only
   * dates counted from the day of writing ("yesterday", "on Tuesday", "last year") use it, and their
   * values say so (`from: "today"`); "December 26" stays without a year.
   */
  fromToday?: boolean;
}

/** The year a date written without one takes: the document's, never today's. */
export const yearForUnwritten = (ctx: DateContext): string | undefined => (ctx.fromToday ? undefined : ctx.year);

/** A value counted from the day of writing, marked when that day is today's rather than the document's. */
export function countedFrom<V extends object>(value: V, ctx: DateContext): V | (V & { from: 'today' }) {
  return ctx.fromToday ? { ...value, from: 'today' as const } : value;
}

type Precision = 'year' | 'month' | 'day';

interface DateHit {
  start: number;
  end: number;
  /** ISO 8601 text. */
  date: string;
  precision: Precision;
  /** Written without a year ("December 26"). */
  yearless: boolean;
}

/** Two digits, as ISO 8601 writes months and days. */
export const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

function isYearLiteral(lit: NumberLiteral, min = MIN_YEAR): boolean {
  if (lit.intDigits !== 4 || lit.grouped || lit.decimal) return false;
  const y = digitsValue(lit.digits);
  return y >= min && y <= MAX_YEAR;
}

function dayOf(lit: NumberLiteral, month: number): number {
  if (lit.intDigits > 2 || lit.grouped || lit.decimal) return 0;
  const d = digitsValue(lit.digits);
  return d >= 1 && d <= (DAYS_IN_MONTH[month] ?? 0) ? d : 0;
}

/** The month named by the letters [s, e) of `text`, or 0. */
function monthOf(text: string, s: number, e: number): number {
  const first = text.charCodeAt(s);
  if (e - s < 3 || e - s > 9 || MONTH_INITIALS[first | 0x20] !== 1) return 0;
  const m = MONTH_TABLE.get(text, s, e);
  if (m === undefined) return 0;
  if (first >= 97 && CAPITALISED_ONLY_TABLE.has(text, s, e)) return 0;
  return m;
}

/** A month name ending just before `pos` with a space between ("December 26", "Dec. 26"). */
function monthBefore(text: string, pos: number): { start: number; month: number } | null {
  let e = skipGapBack(text, pos);
  if (e === pos) return null;
  const dotted = text.charCodeAt(e - 1) === 0x2e;
  if (dotted) e--;
  // Most words before a number ("in", "by", "about") are rejected from their last two letters,
  // without reading back to their start; letters that are not ASCII take the full reading.
  const a = text.charCodeAt(e - 2) | 0x20;
  const b = text.charCodeAt(e - 1) | 0x20;
  if (a < 0x80 && b < 0x80) {
    if (a < 97 || a > 122 || b < 97 || b > 122) return null; // fewer than two letters
    if (MONTH_ENDINGS[((a - 96) << 5) | (b - 96)] !== 1) return null;
  }
  const s = letterRunStart(text, e, 10);
  if (e - s < 3 || e - s > 9 || (s > 0 && isAlnumCode(text.charCodeAt(s - 1)))) return null;
  if (MONTH_INITIALS[text.charCodeAt(s) | 0x20] !== 1) return null;
  if (dotted && !ABBREVIATION_TABLE.has(text, s, e)) return null;
  const month = monthOf(text, s, e);
  return month ? { start: s, month } : null;
}

/** A month name after `pos` ("26 December", "26th of December", "26 Dec."). */
function monthAfter(text: string, pos: number): { end: number; month: number } | null {
  let p = skipGap(text, pos);
  if (p === pos) return null;
  const c = text.charCodeAt(p);
  // Neither "of" nor a month: rejected from the first letter (MONTH_INITIALS has the "o" of "of")
  if (c < 0x80 && MONTH_INITIALS[c | 0x20] !== 1) return null;
  let w = wordAt(text, p);
  if (w && w.is('of')) {
    p = skipGap(text, w.end);
    if (p === w.end) return null;
    w = wordAt(text, p);
  }
  if (!w) return null;
  const month = monthOf(text, w.start, w.end);
  if (!month) return null;
  const end = text.charCodeAt(w.end) === 0x2e && ABBREVIATION_TABLE.of(w) !== undefined ? w.end + 1 : w.end;
  return { end, month };
}

const ORDINAL_RE = /(?:st|nd|rd|th)(?![\p{L}\p{N}])/iuy;

/** After "26st|nd|rd|th" (any case, no letter or digit after it): the end of the suffix, else `pos`. */
function ordinalEnd(text: string, pos: number): number {
  // In ASCII, without the regular expression (this runs at every small number); other letters go
  // to it, for Unicode case folding ("ſt") and the letter and number classes.
  const a = text.charCodeAt(pos) | 0x20; // lower-cases an ASCII letter; NaN becomes 0x20
  const b = text.charCodeAt(pos + 1) | 0x20;
  if (a >= 0x80 || b >= 0x80) return ordinalEndSlow(text, pos);
  const suffix = (a === 0x73 && b === 0x74) || (a === 0x6e && b === 0x64) || (a === 0x72 && b === 0x64) || (a === 0x74 && b === 0x68);
  if (!suffix) return pos;
  const c = text.charCodeAt(pos + 2);
  if (c >= 0x80) return ordinalEndSlow(text, pos);
  return isAlnumCode(c) ? pos : pos + 2;
}

function ordinalEndSlow(text: string, pos: number): number {
  ORDINAL_RE.lastIndex = pos;
  return ORDINAL_RE.test(text) ? pos + 2 : pos;
}

/** ", 2023" or " 2023" after a day. */
function yearAfter(text: string, pos: number): { end: number; year: string } | null {
  let p = skipGap(text, pos);
  if (text.charCodeAt(p) === 0x2c) p = skipGap(text, p + 1);
  if (p === pos || !isDigitCode(text.charCodeAt(p))) return null;
  const lit = readNumber(text, p);
  if (!isYearLiteral(lit) || !boundaryAfter(text, lit.end)) return null;
  return { end: lit.end, year: lit.digits };
}

function dayDate(year: string | undefined, month: number, day: number, ctx: DateContext): { date: string; yearless: boolean } {
  const y = year ?? yearForUnwritten(ctx);
  return { date: `${y ?? '-'}-${pad2(month)}-${pad2(day)}`, yearless: year === undefined };
}

const ISO_TAIL_RE = /-(\d{2})-(\d{2})(?![\p{N}])/uy;
const ISO_MONTH_RE = /-(\d{2})(?![\p{N}\p{L}]|[-/]\d)/uy;
const SLASH_TAIL_RE = /\/(\d{1,2})\/(\d{4})(?![\p{N}/])/uy;

/** A date read from the number `lit` and the words around it; no periods, no cue required for days. */
function dateAt(text: string, lit: NumberLiteral, ctx: DateContext): DateHit | null {
  if (lit.grouped || lit.decimal) return null;

  if (lit.intDigits === 4 && text.charCodeAt(lit.end) === 0x2d) {
    ISO_TAIL_RE.lastIndex = lit.end;
    const m = ISO_TAIL_RE.exec(text);
    if (m) {
      const month = Number(m[1]);
      const day = Number(m[2]);
      if (isYearLiteral(lit) && month >= 1 && month <= 12 && day >= 1 && day <= (DAYS_IN_MONTH[month] ?? 0)) {
        return { start: lit.start, end: lit.end + m[0].length, date: `${lit.digits}-${m[1]}-${m[2]}`, precision: 'day', yearless: false };
      }
    }
  }

  // "2023-12" when it cannot be a span of years (a fiscal "2011-12" is read as a period first)
  if (lit.intDigits === 4 && text.charCodeAt(lit.end) === 0x2d && isYearLiteral(lit)) {
    ISO_MONTH_RE.lastIndex = lit.end;
    const m = ISO_MONTH_RE.exec(text);
    const month = m ? Number(m[1]) : 0;
    if (m && month >= 1 && month <= 12 && month <= Number(lit.digits) % 100) {
      return { start: lit.start, end: lit.end + m[0].length, date: `${lit.digits}-${m[1]}`, precision: 'month', yearless: false };
    }
  }

  if (lit.intDigits <= 2 && text.charCodeAt(lit.end) === 0x2f) {
    SLASH_TAIL_RE.lastIndex = lit.end;
    const m = SLASH_TAIL_RE.exec(text);
    if (m) {
      const a = Number(lit.digits);
      const b = Number(m[1]);
      // Only when the order is certain: 26/12/2023 is day-first, 12/26/2023 month-first.
      const [month, day] = a > 12 && b <= 12 ? [b, a] : b > 12 && a <= 12 ? [a, b] : a === b ? [a, b] : [0, 0];
      const year = m[2] ?? '';
      if (month >= 1 && day >= 1 && day <= (DAYS_IN_MONTH[month] ?? 0) && Number(year) >= MIN_YEAR) {
        return { start: lit.start, end: lit.end + m[0].length, date: `${year}-${pad2(month)}-${pad2(day)}`, precision: 'day', yearless: false };
      }
    }
    return null;
  }

  const before = monthBefore(text, lit.start);
  if (before) {
    const day = dayOf(lit, before.month);
    if (day) {
      const end = ordinalEnd(text, lit.end);
      if (!boundaryAfter(text, end) || text.charCodeAt(end) === 0x3a /* time, "26:00" */) return null;
      const y = yearAfter(text, end);
      const d = dayDate(y?.year, before.month, day, ctx);
      return { start: before.start, end: y ? y.end : end, date: d.date, precision: 'day', yearless: d.yearless };
    }
    if (isYearLiteral(lit) && boundaryAfter(text, lit.end)) {
      return { start: before.start, end: lit.end, date: `${lit.digits}-${pad2(before.month)}`, precision: 'month', yearless: false };
    }
  }

  if (lit.intDigits <= 2) {
    const ordEnd = ordinalEnd(text, lit.end);
    if (!boundaryAfter(text, ordEnd)) return null;
    const after = monthAfter(text, ordEnd);
    if (after) {
      const day = dayOf(lit, after.month);
      if (!day) return null;
      // "the 28th of December": the article belongs to the date
      let start = lit.start;
      const the = ordEnd > lit.end ? wordBefore(text, lit.start, true) : null;
      if (the && the.is('the')) start = the.start;
      const y = yearAfter(text, after.end);
      const d = dayDate(y?.year, after.month, day, ctx);
      return { start, end: y ? y.end : after.end, date: d.date, precision: 'day', yearless: d.yearless };
    }
  }
  return null;
}

/**
 * The phrase that opens a year or month ("early", "mid-", "the beginning of", "the first half
 * of"): returns where it starts, or null.
 */
export function phraseBefore(text: string, start: number, near: Word | null | undefined = undefined): number | null {
  if (start > 0 && text.charCodeAt(start - 1) === 0x2d) {
    const w = wordBefore(text, start - 1);
    return w && w.is('mid') ? w.start : null;
  }
  const w0 = near === undefined ? wordBefore(text, start, true) : near;
  if (!w0 || !(w0.is('of') || w0.is('early') || w0.is('late') || w0.is('mid'))) return null;
  // The words before are read one at a time, and only as far as the phrase goes. (A word that
  // ends before a gap is also the first of `wordsBefore(text, start, n)`: no comma can sit
  // between its last letter and the gap.)
  if (!w0.is('of')) return w0.start;
  const w1 = previousWord(text, w0.start);
  if (!w1 || PHRASE_HEAD_TABLE.of(w1) === undefined) return null;
  let s = w1.start;
  let next = previousWord(text, w1.start);
  if (w1.is('half') || w1.is('quarter')) {
    if (!next || ORDINAL_TABLE.of(next) === undefined) return null;
    s = next.start;
    next = previousWord(text, next.start);
  }
  if (next && next.is('the')) s = next.start;
  return s;
}

/** Whether a bare year at `start` is in a temporal context; `w` is the word before it, across a gap. */
function yearCue(text: string, w: Word | null, lit: NumberLiteral): boolean {
  if (!w || w.length > 10) return false;
  if (YEAR_CUE_TABLE.of(w) !== undefined) return true;
  if (w.is('of')) {
    const before = previousWord(text, w.start); // the second of wordsBefore(text, start, 2), as above
    return before !== null && before.is('as') && isYearLiteral(lit, MIN_MODERN_YEAR);
  }
  return WEAK_YEAR_CUE_TABLE.of(w) !== undefined && isYearLiteral(lit, MIN_MODERN_YEAR);
}

/** A date or year that starts exactly at `pos` (the second half of a period). */
function dateStartingAt(text: string, pos: number, ctx: DateContext, allowYearless = false): DateHit | null {
  let p = pos;
  if (isLetterCode(text.charCodeAt(p))) {
    const w = wordAt(text, p);
    if (!w || !monthOf(text, w.start, w.end)) return null;
    p = skipGap(text, text.charCodeAt(w.end) === 0x2e ? w.end + 1 : w.end);
  }
  if (!isDigitCode(text.charCodeAt(p))) return null;
  const lit = readNumber(text, p);
  const d = dateAt(text, lit, ctx);
  if (d) return d.start === pos && (allowYearless || !d.yearless) ? d : null;
  if (p === pos && isYearLiteral(lit) && boundaryAfter(text, lit.end)) {
    return { start: pos, end: lit.end, date: lit.digits, precision: 'year', yearless: false };
  }
  return null;
}

/**
 * The end year of "2021-2031", "2021–31", "2021/22". A two-digit end is how short spans are written
 * (fiscal years, wars): it must follow the dash directly and lie at most ten years on.
 */
function shortEndYear(text: string, startYear: number, pos: number, slash: boolean, spaced: boolean): { end: number; year: number } | null {
  if (!isDigitCode(text.charCodeAt(pos))) return null;
  const lit = readNumber(text, pos);
  if (lit.grouped || lit.decimal || !boundaryAfter(text, lit.end)) return null;
  // "138-2010-2015": one more dash and digit means a phone or serial number
  const after = text.charCodeAt(lit.end);
  if ((isDash(after) || after === 0x2f) && isDigitCode(text.charCodeAt(lit.end + 1))) return null;
  let year: number;
  if (lit.intDigits === 2 && !spaced) {
    year = Math.floor(startYear / 100) * 100 + Number(lit.digits);
    if (year <= startYear) year += 100; // "1998-02"
    if (year - startYear > 10) return null;
  } else if (lit.intDigits === 4) {
    year = Number(lit.digits);
  } else {
    return null;
  }
  if (year <= startYear || year > MAX_YEAR || (slash ? year !== startYear + 1 : year - startYear > 100)) return null;
  if (readSuffix(text, lit.end)) return null; // "2014-15%" is not a period
  return { end: lit.end, year };
}

/**
 * A period that starts with the date `d1`, or null. `cued` says a temporal word came before
 * ("in 1618–1648"); without one, a bare year range must be modern, since "1200-1500" is more
 * often a count than a stretch of history.
 */
function periodFrom(text: string, d1: DateHit, ctx: DateContext, cued: boolean): FigureAnnotation | null {
  const conn = readConnector(text, d1.end, true);
  if (!conn) return null;
  const lead = wordsBefore(text, d1.start, 1)[0];
  const between = lead !== undefined && lead.is('between');
  const leadWord = lead && (between || lead.is('from')) ? lead : undefined;
  if (between !== (conn.kind === 'and')) return null;

  if (d1.precision === 'year' && (conn.kind === 'dash' || conn.kind === 'slash')) {
    const spaced = conn.next > d1.end + 1;
    const y = shortEndYear(text, Number(d1.date), conn.next, conn.kind === 'slash', spaced);
    if (!y) return null;
    if (!cued && !leadWord && Number(d1.date) < MIN_MODERN_YEAR) return null;
    return figure(d1.start, y.end, 'period', { start: d1.date, end: String(y.year) });
  }
  if (conn.kind === 'slash') return null;
  const d2 = dateStartingAt(text, conn.next, ctx);
  if (!d2 || !(d2.date > d1.date)) return null;
  // A bare "2021 to 2031" needs modern years; with "from"/"between" or months, any.
  if (!leadWord && !cued && conn.kind === 'to' && d1.precision === 'year' && (Number(d1.date) < MIN_MODERN_YEAR || Number(d2.date.slice(0, 4)) < MIN_MODERN_YEAR)) {
    return null;
  }
  if (d2.precision === 'year' && readSuffix(text, d2.end)) return null;
  const start = leadWord && conn.kind !== 'dash' ? leadWord.start : d1.start;
  return figure(start, d2.end, 'period', { start: d1.date, end: d2.date });
}

/**
 * The connector after a first day at `pos` ("18–19", "from 18 to 19", "between 18 and 19"), with
 * the word that opens the period when it is part of it; null when there is none or the two do not
 * agree ("between 18 to 19").
 */
function dayConnector(text: string, pos: number, firstStart: number | (() => number)): { next: number; lead: Word | undefined } | null {
  const conn = readConnector(text, pos, true);
  if (!conn || conn.kind === 'slash') return null;
  // Most numbers have no connector after them: where the first date starts is read only if one does.
  if (typeof firstStart === 'function') firstStart = firstStart();
  const lead = wordsBefore(text, firstStart, 1)[0];
  const between = lead !== undefined && lead.is('between');
  if (between !== (conn.kind === 'and')) return null;
  return { next: conn.next, lead: lead && conn.kind !== 'dash' && (between || lead.is('from')) ? lead : undefined };
}

/** A day number (with its ordinal) starting at `pos` and standing alone: its literal and end. */
function dayNumberAt(text: string, pos: number): { lit: NumberLiteral; end: number } | null {
  if (!isDigitCode(text.charCodeAt(pos))) return null;
  const lit = readNumber(text, pos);
  if (lit.intDigits > 2 || lit.grouped || lit.decimal) return null;
  const end = ordinalEnd(text, lit.end);
  if (!boundaryAfter(text, end) || text.charCodeAt(end) === 0x3a /* a time, "19:00" */) return null;
  // "18-19-20" is a code or a score, not two days
  const after = skipGap(text, end);
  if ((isDash(text.charCodeAt(after)) || text.charCodeAt(after) === 0x2f) && isDigitCode(text.charCodeAt(skipGap(text, after + 1)))) return null;
  return { lit, end };
}

function dayPeriod(start: number, end: number, year: string | undefined, month: number, first: number, last: number): FigureAnnotation {
  const y = year ?? '-';
  return figure(start, end, 'period', { start: `${y}-${pad2(month)}-${pad2(first)}`, end: `${y}-${pad2(month)}-${pad2(last)}` });
}

/**
 * Days of one month: "November 18–19", "Nov. 18-19, 2023", "18–19 November 2023", "from 18 to 20
 * November", "between 3 and 5 March". Without a year, the document's (or `--MM-DD`, as for a day).
 */
function dayRangeAt(text: string, lit: NumberLiteral, ctx: DateContext): FigureAnnotation | null {
  if (lit.intDigits > 2 || lit.grouped || lit.decimal) return null;
  const firstEnd = ordinalEnd(text, lit.end);
  if (!boundaryAfter(text, firstEnd)) return null;
  const read: { before: ReturnType<typeof monthBefore> } = { before: null };
  const conn = dayConnector(text, firstEnd, () => {
    read.before = monthBefore(text, lit.start);
    return read.before ? read.before.start : lit.start;
  });
  if (!conn) return null;
  const { before } = read;
  const second = dayNumberAt(text, conn.next);
  if (!second) return null;
  if (before) {
    const first = dayOf(lit, before.month);
    const last = dayOf(second.lit, before.month);
    if (!first || !(last > first)) return null;
    const y = yearAfter(text, second.end);
    return dayPeriod(conn.lead?.start ?? before.start, y ? y.end : second.end, y?.year ?? yearForUnwritten(ctx), before.month, first, last);
  }
  const after = monthAfter(text, second.end);
  if (!after) return null;
  const first = dayOf(lit, after.month);
  const last = dayOf(second.lit, after.month);
  if (!first || !(last > first)) return null;
  const y = yearAfter(text, after.end);
  return dayPeriod(conn.lead?.start ?? lit.start, y ? y.end : after.end, y?.year ?? yearForUnwritten(ctx), after.month, first, last);
}

/**
 * A period whose first date has no year and whose second has one: "Nov 18–Dec 19, 2015". The
 * first takes the second's year, or the year before when its month comes later ("Nov 2022–Feb").
 * With "from" or "between" before it, the second may lack its year too ("from 28 October to 2
 * November"): both then take the document's year (or none), and the end must come after the start.
 */
function yearlessPeriodFrom(text: string, d1: DateHit, ctx: DateContext): FigureAnnotation | null {
  const conn = dayConnector(text, d1.end, d1.start);
  if (!conn) return null;
  const d2 = dateStartingAt(text, conn.next, ctx) ?? (conn.lead && d1.precision === 'day' ? dateStartingAt(text, conn.next, ctx, true) : null);
  if (!d2 || d2.precision === 'year') return null;
  if (d2.yearless) {
    if (!conn.lead || d2.precision !== 'day' || !(d2.date > d1.date)) return null;
    return figure(conn.lead.start, d2.end, 'period', { start: d1.date, end: d2.date });
  }
  const monthDay = d1.date.slice(-5);
  const year = Number(d2.date.slice(0, 4));
  const [month1, day1] = monthDay.split('-').map(Number);
  const month2 = Number(d2.date.slice(5, 7));
  const day2 = d2.precision === 'day' ? Number(d2.date.slice(8, 10)) : 31;
  const startYear = month1 > month2 || (month1 === month2 && day1 > day2) ? year - 1 : year;
  return figure(conn.lead?.start ?? d1.start, d2.end, 'period', { start: `${startYear}-${monthDay}`, end: d2.date });
}

/**
 * A month range that ends with the month `d2` ("Jan–Feb 2017", "from March to May 2023",
 * "between March and May 2023"): the first month is read back from `d2`'s month name.
 */
function monthRangeTo(text: string, d2: DateHit): FigureAnnotation | null {
  if (d2.precision !== 'month') return null;
  const gap = skipGapBack(text, d2.start);
  let firstEnd: number;
  let kind: 'dash' | 'to' | 'and';
  if (isDash(text.charCodeAt(gap - 1))) {
    kind = 'dash';
    firstEnd = skipGapBack(text, gap - 1);
  } else {
    const w = wordBefore(text, d2.start, true);
    if (!w || !(w.is('to') || w.is('through') || w.is('until') || w.is('and'))) return null;
    kind = w.is('and') ? 'and' : 'to';
    firstEnd = skipGapBack(text, w.start);
    if (firstEnd === w.start) return null;
  }
  const dotted = text.charCodeAt(firstEnd - 1) === 0x2e;
  const m1 = wordBefore(text, dotted ? firstEnd - 1 : firstEnd);
  if (!m1 || (dotted && !ABBREVIATION_TABLE.has(text, m1.start, m1.end))) return null;
  const month = monthOf(text, m1.start, m1.end);
  if (!month) return null;
  const lead = wordBefore(text, m1.start, true);
  const between = lead !== null && lead.is('between');
  if (between !== (kind === 'and') || (kind === 'to' && !(lead && lead.is('from')))) return null;
  const year = Number(d2.date.slice(0, 4));
  const last = Number(d2.date.slice(5, 7));
  if (month === last) return null;
  const startYear = month < last ? year : year - 1;
  return figure(kind === 'dash' ? m1.start : (lead as Word).start, d2.end, 'period', { start: `${startYear}-${pad2(month)}`, end: d2.date });
}

/**
 * "the 21st century", "19th-century", "the early 20th century": the hundred years from 2000 to 2099
 * (in common use, as "the 1990s" is 1990–1999), with the phrase before in the span.
 */
function centuryAt(text: string, lit: NumberLiteral): FigureAnnotation | null {
  if (lit.intDigits > 2 || lit.grouped || lit.decimal) return null;
  const n = digitsValue(lit.digits);
  const end = ordinalEnd(text, lit.end);
  if (end === lit.end || n < 1 || n > 21) return null;
  const p = text.charCodeAt(end) === 0x2d ? end + 1 : skipGap(text, end);
  if (p === end) return null;
  const w = wordAt(text, p);
  if (!w || !w.is('century')) return null;
  const first = String((n - 1) * 100).padStart(4, '0');
  const last = String((n - 1) * 100 + 99).padStart(4, '0');
  return figure(phraseBefore(text, lit.start) ?? lit.start, w.end, 'period', { start: first, end: last });
}

/**
 * The date or period around the bare number `lit`, or null. `lit` is a number the scanner met
 * with no unit and no currency.
 */
export function parseDate(text: string, lit: NumberLiteral, ctx: DateContext): FigureAnnotation | null {
  const days = dayRangeAt(text, lit, ctx) ?? centuryAt(text, lit);
  if (days) return days;
  const hit = dateAt(text, lit, ctx);
  if (hit) {
    const period = hit.yearless ? yearlessPeriodFrom(text, hit, ctx) : (periodFrom(text, hit, ctx, true) ?? monthRangeTo(text, hit));
    if (period) return period;
    const start = hit.precision === 'day' ? hit.start : phraseBefore(text, hit.start) ?? hit.start;
    return figure(start, hit.end, 'date', { date: hit.date });
  }
  if (!isYearLiteral(lit)) return null;

  // "the 1990s"
  if (text.charCodeAt(lit.end) === 0x73 /* s */ && boundaryAfter(text, lit.end + 1) && lit.digits.endsWith('0')) {
    const y = Number(lit.digits);
    return figure(lit.start, lit.end + 1, 'period', { start: String(y), end: String(y + 9) });
  }
  if (!boundaryAfter(text, lit.end)) return null;

  const year: DateHit = { start: lit.start, end: lit.end, date: lit.digits, precision: 'year', yearless: false };
  const near = wordBefore(text, lit.start, true); // read once, for the phrase and the cue
  const phrase = phraseBefore(text, lit.start, near);
  const cued = phrase !== null || yearCue(text, near, lit);
  const period = periodFrom(text, year, ctx, cued);
  if (period) return period;
  if (!cued) return null;
  return figure(phrase ?? lit.start, lit.end, 'date', { date: lit.digits });
}

/**
 * The year and month of an ISO `yyyy-mm-dd`, `yyyy-mm` or `yyyy` document date, as far as it has
 * them; without one, today's full date (`yyyy-mm-dd`) for the dates counted from the day of writing.
 */
export function documentContext(documentDate: string | undefined, today?: string): DateContext {
  if (!documentDate) {
    const context = today ? documentContext(today) : {};
    return context.day === undefined ? {} : { ...context, fromToday: true };
  }
  const date = documentDate.trim();
  const year = /^(\d{4})(?:-|$)/.exec(date);
  if (!year) return {};
  const month = Number(/^\d{4}-(\d{2})(?:-|$)/.exec(date)?.[1]);
  if (!(month >= 1 && month <= 12)) return { year: year[1] };
  const day = Number(/^\d{4}-\d{2}-(\d{2})(?:$|T|\s)/.exec(date)?.[1]);
  return day >= 1 && day <= DAYS_IN_MONTH[month] ? { year: year[1], month, day } : { year: year[1], month };
}
