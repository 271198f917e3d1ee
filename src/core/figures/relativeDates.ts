/**
 * Years, months and weeks named relative to the document's own date: "this year", "last month",
 * "earlier this year", "by the end of next year", "last week". News writes most of its dates this way, and a fact-checker
 * needs to know which year "this year" was when the piece appeared (the dateline).
 *
 * - Only with a document date (`DateContext.year`; months also need `DateContext.month`): without
 *   one, "this year" names no year a reader could check, and nothing is annotated.
 * - Only "this", "last" or "next" directly before "year" or "month", with no "the" before them:
 *   "the last week of the year" and "over the last year" (the twelve months before) are not
 *   calendar years.
 * - The phrase is part of the span ("earlier this year", "the end of last year"), the value is the
 *   year or month, as for "early 2024" (see dates.ts).
 */

import type { FigureAnnotation, FigureValue } from '../types';
import { figure } from './annotation';
import { countedFrom, type DateContext, pad2, phraseBefore } from './dates';
import { lettersAre, skipGap, wordBefore, wordEndAt } from './chars';
import { weekFrom } from './weekdays';

/** The words that open a relative date, and the step each stands for. */
export const RELATIVE_TRIGGERS: ReadonlyMap<string, number> = new Map([
  ['this', 0],
  ['last', -1],
  ['next', 1],
]);


/**
 * The relative date whose "this", "last" or "next" (worth `step`) is the whole word [p, end), or
 * null. `floor` is where the previous figure ended: the phrase before must not reach into it.
 */
export function parseRelativeDate(text: string, p: number, end: number, step: number, ctx: DateContext, floor: number): FigureAnnotation | null {
  if (ctx.year === undefined) return null;
  // Most triggers are followed by some other word ("this is"): it is compared in place, and
  // nothing is made until it is "year", "month" or "week".
  const unitStart = skipGap(text, end);
  if (unitStart === end) return null;
  const unitEnd = wordEndAt(text, unitStart);
  if (unitEnd < 0) return null; // "yearly", "years" are longer words: wordEndAt reads the whole word
  let value: FigureValue;
  if (lettersAre(text, unitStart, unitEnd, 'year')) {
    value = { date: String(Number(ctx.year) + step) };
  } else if (ctx.month !== undefined && lettersAre(text, unitStart, unitEnd, 'month')) {
    const index = Number(ctx.year) * 12 + (ctx.month - 1) + step;
    value = { date: `${Math.floor(index / 12)}-${pad2((index % 12) + 1)}` };
  } else if (lettersAre(text, unitStart, unitEnd, 'week')) {
    const week = weekFrom(ctx, step);
    if (!week) return null;
    value = week;
  } else {
    return null;
  }

  const before = wordBefore(text, p, true);
  if (before && before.is('the')) return null;
  let start = p;
  if (before && (before.is('earlier') || before.is('later'))) start = before.start;
  else start = phraseBefore(text, p, before) ?? p;
  if (start < floor) return null;
  return figure(start, unitEnd, 'start' in value ? 'period' : 'date', countedFrom(value, ctx));
}
