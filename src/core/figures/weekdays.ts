/**
 * Days named from the day of writing: "on Tuesday", "last Friday", "next Monday", "yesterday",
 * "tomorrow". News style names the day of the week for the seven days around the dateline, so with
 * the document's full date each of these is one day a fact-checker can look up.
 *
 * - Only with a document date that has its day (`DateContext.day`); otherwise nothing is annotated.
 * - A weekday is the one on or before the document's date, as reports tell what happened, unless
 *   "next" stands before it or the clause speaks of what is to come ("will meet on Monday", "is
 *   due on Friday"): then the one on or after it. "last" is always before, "next" always after.
 * - Capitalised only, and not after another capitalised word: "Super Tuesday", "Black Friday",
 *   "Good Friday" name events, not days ("On Tuesday" at the start of a sentence is a day).
 * - "today" is left alone: it stands as often for the present age as for the day.
 * - "last week", "this week", "next week" (read in relativeDates.ts) are Monday-to-Sunday weeks.
 */

import type { FigureAnnotation } from '../types';
import { figure } from './annotation';
import { lettersAre, wordBefore } from './chars';
import { countedFrom, type DateContext } from './dates';

/** Weekday names in full, Monday first (ISO 8601 numbers them 1 to 7). */
export const WEEKDAY_NAMES: readonly string[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
/** Day words and their distance from the document's date. */
export const DAY_WORDS: ReadonlyMap<string, number> = new Map([
  ['yesterday', -1],
  ['tomorrow', 1],
]);

/** Capitalised words that may stand before a weekday at the start of a sentence ("On Tuesday, …"). */
const OPENERS: ReadonlySet<string> = new Set(['on', 'by', 'since', 'until', 'till', 'from', 'before', 'after', 'last', 'next', 'this', 'late', 'early']);

/** A day of the month with its month right after a weekday ("Wednesday, 11 November", "Friday May 3"). */
const DATE_AFTER = /^,?\s*(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b)/;

/** Words that put a clause in the future: the weekday is then the coming one. */
const FUTURE_CUES: ReadonlySet<string> = new Set(['will', 'shall', 'll', 'scheduled', 'plans', 'planned', 'planning', 'upcoming', 'expected']);
/**
 * Words that do so only after "is" or "are": "is due on Friday", "are set to meet", "are going to"
 * (but "postponed due to rain", "bail was set Tuesday", "set off Wednesday" tell of the past).
 */
const FUTURE_AFTER_BE: ReadonlySet<string> = new Set(['due', 'set', 'going']);
const PRESENT_BE: ReadonlySet<string> = new Set(['is', 'are', 'am', 're', 's']);
/** How far back a clause is read for a future cue, in words. */
const CLAUSE_WORDS = 12;

interface Day {
  year: number;
  month: number;
  day: number;
}

function dayOf(ctx: DateContext): Day | undefined {
  if (ctx.year === undefined || ctx.month === undefined || ctx.day === undefined) return undefined;
  return { year: Number(ctx.year), month: ctx.month, day: ctx.day };
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const daysIn = (year: number, month: number): number => (month === 2 && isLeap(year) ? 29 : MONTH_DAYS[month - 1]);

/**
 * The day `n` days (at most a few weeks) from `d`, as ISO 8601. By hand rather than through Date:
 * a document full of weekdays made Date's formatting most of the recogniser's time.
 */
function isoDay(d: Day, n: number): string {
  let { year, month, day } = d;
  day += n;
  while (day < 1) {
    month--;
    if (month < 1) {
      month = 12;
      year--;
    }
    day += daysIn(year, month);
  }
  while (day > daysIn(year, month)) {
    day -= daysIn(year, month);
    month++;
    if (month > 12) {
      month = 1;
      year++;
    }
  }
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** ISO weekday of a date, 1 = Monday … 7 = Sunday (Sakamoto's method). */
function weekdayOf({ year, month, day }: Day): number {
  const offsets = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
  const y = month < 3 ? year - 1 : year;
  const sunday0 = (y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) + offsets[month - 1] + day) % 7;
  return sunday0 === 0 ? 7 : sunday0;
}

/** Whether the clause before `p` (back to a full stop, a semicolon or CLAUSE_WORDS words) speaks of the future. */
function futureClause(text: string, p: number): boolean {
  let at = p;
  for (let n = 0; n < CLAUSE_WORDS; n++) {
    let q = at - 1;
    while (q >= 0 && text.charCodeAt(q) === 0x20) q--;
    if (q < 0) return false;
    const c = text.charCodeAt(q);
    if (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3b || c === 0x0a) return false; // . ! ? ; and line ends
    const w = wordBefore(text, q + 1);
    if (!w) {
      at = q; // a comma, a quote, a dash: step over it
      continue;
    }
    // "as expected" tells of what happened
    if (FUTURE_CUES.has(w.lower) && !(w.is('expected') && wordBefore(text, w.start)?.is('as'))) return true;
    if (FUTURE_AFTER_BE.has(w.lower)) {
      const be = wordBefore(text, w.start);
      if (be && PRESENT_BE.has(be.lower)) return true;
    }
    at = w.start;
  }
  return false;
}

/**
 * The weekday (1 = Monday … 7 = Sunday) that is the capitalised whole word [p, end), as a date
 * counted from the document's, or null. `floor` is where the previous figure ended.
 */
export function parseWeekday(text: string, p: number, end: number, weekday: number, ctx: DateContext, floor: number): FigureAnnotation | null {
  const c = text.charCodeAt(p);
  if (c < 65 || c > 90 || !lettersAre(text, p, end, WEEKDAY_NAMES[weekday - 1])) return null;
  // "on Wednesday, 11 November 2026": the date after it names the day; the weekday is not counted
  // from the document's date (the figure checks compare the two).
  if (DATE_AFTER.test(text.slice(end, end + 24))) return null;
  const today = dayOf(ctx);
  if (today === undefined) return null;
  const before = wordBefore(text, p, true);
  let start = p;
  let direction = 0; // -1 on or before the document's date, +1 on or after
  if (before) {
    const capital = text.charCodeAt(before.start);
    if (capital >= 65 && capital <= 90 && !OPENERS.has(before.lower)) return null; // "Super Tuesday"
    if (before.is('last')) direction = -1;
    else if (before.is('next')) direction = 1;
    if (before.is('last') || before.is('next') || before.is('this')) start = before.start;
  }
  if (start < floor) return null;
  if (direction === 0) direction = futureClause(text, start) || (before !== null && before.is('this')) ? 1 : -1;
  const todayWeekday = weekdayOf(today);
  let offset = (weekday - todayWeekday) * direction;
  if (offset < 0) offset += 7;
  // "last Thursday" on a Thursday is a week ago, "next Thursday" a week ahead; "on Thursday" is today.
  if (offset === 0 && (before?.is('last') || before?.is('next'))) offset = 7;
  return figure(start, end, 'date', countedFrom({ date: isoDay(today, direction * offset) }, ctx));
}

/**
 * The Monday-to-Sunday week `step` weeks from the document's ("last week" is -1, "this week" 0), as
 * a period; undefined without the document's day.
 */
export function weekFrom(ctx: DateContext, step: number): { start: string; end: string } | undefined {
  const today = dayOf(ctx);
  if (today === undefined) return undefined;
  const monday = 7 * step - (weekdayOf(today) - 1);
  return { start: isoDay(today, monday), end: isoDay(today, monday + 6) };
}

/** "yesterday" or "tomorrow", the whole word [p, end), `step` days from the document's date, or null. */
export function parseDayWord(text: string, p: number, end: number, step: number, ctx: DateContext): FigureAnnotation | null {
  const today = dayOf(ctx);
  if (today === undefined) return null;
  return figure(p, end, 'date', countedFrom({ date: isoDay(today, step) }, ctx));
}
