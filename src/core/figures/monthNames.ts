/**
 * Months named without a day or a year, after a word that makes them a date: "in March", "since
 * August", "early December", "mid-November", "last March", "by the end of June", "from March to
 * May". The year is the document's, as news style leaves out the current one (see dates.ts for
 * "December 26"); the hover card says so.
 */

import type { FigureAnnotation } from '../types';
import { figure } from './annotation';
import { type Word, isDigitCode, lettersAre, skipGap, wordBefore, wordEndAt } from './chars';
import { countedFrom, type DateContext, pad2, phraseBefore, yearForUnwritten } from './dates';
import { readConnector } from './ranges';


/** Month names, in full, that open a date with no number ("in March", "early December"). */
export const MONTH_NAMES: readonly string[] = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
];

/** Words before a month name that make it a date: "in March", "since August", "during June". */
const MONTH_CUES: ReadonlySet<string> = new Set(['in', 'during', 'throughout', 'since', 'until', 'till', 'by', 'from', 'before', 'after']);
/**
 * What may stand before a month that is also a given name (April, June, August): not the words
 * that also stand before a person, "written by June", "after August resigned", "a letter from April".
 */
const NAME_CUES: ReadonlySet<string> = new Set(['in', 'during', 'throughout', 'since', 'until', 'till']);
const GIVEN_NAME_MONTHS: ReadonlySet<number> = new Set([4, 6, 8]);
/** And before May, a name and a verb as well ("since May took office", "until May said"). */
const MAY_CUES: ReadonlySet<string> = new Set(['in', 'during', 'throughout']);
/** Words that belong to the date: "early March", "last August". */
const MONTH_MODIFIERS: ReadonlySet<string> = new Set(['early', 'late', 'last', 'next', 'this']);

function monthDate(year: string | undefined, month: number): string {
  return `${year ?? '-'}-${pad2(month)}`;
}

/** The month name that is the whole, capitalised word at `p` (and ends at `end`), 1–12, or 0. */
function monthNameAt(text: string, p: number, end: number): number {
  const c = text.charCodeAt(p);
  if (c < 65 || c > 90) return 0;
  for (let m = 0; m < MONTH_NAMES.length; m++) if (lettersAre(text, p, end, MONTH_NAMES[m])) return m + 1;
  return 0;
}

/**
 * A month named without a day or year, in a temporal context: "in March", "since August", "early
 * December", "mid-November", "last March", "by the end of June", "from March to May". `month`
 * (1–12) is the word [p, end), written capitalised. The year is the document's ("in March" of a
 * December 2023 article is March 2023, as "December 26" is: news style leaves out the current year
 * and only that one), or the one before or after for "last" and "next" (which need the document's
 * month); with no document date the value is `--MM`. The hover card says the year was assumed.
 * A month followed by a number is left to the number ("March 2020", "December 26").
 */
export function parseMonthName(text: string, p: number, end: number, month: number, ctx: DateContext, floor: number): FigureAnnotation | null {
  if (monthNameAt(text, p, end) !== month) return null;
  const next = skipGap(text, end);
  if (next > end && isDigitCode(text.charCodeAt(next))) return null;
  if (next === end && text.charCodeAt(end) === 0x2d && isDigitCode(text.charCodeAt(end + 1))) return null;
  // "in May's government" is Theresa May's; "March's figures" are the month's.
  if (month === 5 && (text.charCodeAt(end) === 0x27 || text.charCodeAt(end) === 0x2019) && (text.charCodeAt(end + 1) | 0x20) === 0x73) return null;
  // A capitalised word after it makes it part of a name: "March Madness", "June Carter", "August Landmesser".
  if (next > end && next - end <= 2) {
    const c = text.charCodeAt(next);
    if (c >= 65 && c <= 90) return null;
  }

  let start = p;
  let year = yearForUnwritten(ctx);
  let relative = false;
  const hyphenated = p > 0 && text.charCodeAt(p - 1) === 0x2d;
  const before = hyphenated ? wordBefore(text, p - 1) : wordBefore(text, p, true);
  if (!before) return null;
  if (before.is('from') || before.is('between')) {
    const period = monthPeriod(text, before, month, end, year);
    if (period === 'numbered') return null;
    if (period) return period.start < floor ? null : period;
    if (before.is('between')) return null;
  }
  if (hyphenated) {
    if (!before.is('mid')) return null;
    start = before.start;
  } else if (MONTH_MODIFIERS.has(before.lower)) {
    start = before.start;
    if (before.is('last') || before.is('next')) {
      if (ctx.year === undefined || ctx.month === undefined) return null;
      const y = Number(ctx.year);
      year = String(before.is('last') ? (month < ctx.month ? y : y - 1) : month > ctx.month ? y : y + 1);
      relative = true;
    }
  } else if (before.is('of')) {
    const phrase = phraseBefore(text, p, before);
    if (phrase === null) return null;
    start = phrase;
  } else if (!(month === 5 ? MAY_CUES : GIVEN_NAME_MONTHS.has(month) ? NAME_CUES : MONTH_CUES).has(before.lower)) {
    return null;
  }
  if (start < floor) return null;
  const value = { date: monthDate(year, month) };
  return figure(start, end, 'date', relative ? countedFrom(value, ctx) : value);
}

/**
 * "from March to May", "between March and May": two month names, neither with a number after it,
 * in one year (or across the new year: "from November to February").
 */
function monthPeriod(text: string, lead: Word, month: number, end: number, year: string | undefined): FigureAnnotation | 'numbered' | null {
  const conn = readConnector(text, end, lead.is('between'));
  if (!conn || (conn.kind === 'and') !== lead.is('between') || conn.kind === 'slash' || conn.kind === 'dash') return null;
  const secondEnd = wordEndAt(text, conn.next);
  if (secondEnd < 0) return null;
  const second = monthNameAt(text, conn.next, secondEnd);
  if (!second || second === month) return null;
  const after = skipGap(text, secondEnd);
  if (after > secondEnd && isDigitCode(text.charCodeAt(after))) return 'numbered'; // "from March to May 2023": the number reads it
  // The year of the first month decides the second's: "from November to February" crosses it.
  const endYear = year === undefined ? undefined : second > month ? year : String(Number(year) + 1);
  return figure(lead.start, secondEnd, 'period', { start: monthDate(year, month), end: monthDate(endYear, second) });
}
