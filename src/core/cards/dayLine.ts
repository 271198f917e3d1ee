/**
 * The line a date's hover card adds to its value: the day of the week, and how far the day lies
 * from the document's own date ("A Tuesday, 2 days before the document's date."); for a month, how
 * far the month lies ("21 months before the document's date."). Fact-checkers test a report's
 * timeline against both: "on Tuesday, December 26" must agree with itself and with the dateline.
 */
import type { Translate } from './translate';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const DAY_MS = 86_400_000;

function timeOf(iso: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return undefined;
  const time = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(time) ? undefined : time;
}

/** "2 days", "5 weeks", "about 7 months", "about 3 years": the distance in the largest unit that reads well. */
function distance(days: number, t: Translate): string {
  if (days === 1) return t('1 day');
  if (days <= 13) return t('{0} days', days);
  if (days <= 62) return t('{0} weeks', Math.round(days / 7));
  if (days <= 730) return t('about {0} months', Math.round(days / 30.44));
  return t('about {0} years', Math.round(days / 365.25));
}

/**
 * The weekday of `iso` (a full date) and, when the document has a date, the distance to it; the
 * document's date itself is named only when `nameDocumentDate` (the card may already have).
 */
export function dayLine(iso: string, documentDate: string | undefined, nameDocumentDate: boolean, t: Translate, formatDate: (iso: string) => string): string | undefined {
  const time = timeOf(iso);
  if (time === undefined) return undefined;
  const weekday = t(WEEKDAYS[new Date(time).getUTCDay()]);
  const document = documentDate === undefined ? undefined : timeOf(documentDate);
  if (document === undefined) return t('A {0}.', weekday);
  const days = Math.round((time - document) / DAY_MS);
  if (days === 0) return t("A {0}: the document's date.", weekday);
  const far = distance(Math.abs(days), t);
  if (!nameDocumentDate) return days < 0 ? t('A {0}, {1} before it.', weekday, far) : t('A {0}, {1} after it.', weekday, far);
  const named = formatDate(documentDate as string);
  return days < 0 ? t("A {0}, {1} before the document's date ({2}).", weekday, far, named) : t("A {0}, {1} after the document's date ({2}).", weekday, far, named);
}

/** How far the month `iso` ("2020-03") lies from the document's date, or undefined. */
export function monthLine(iso: string, documentDate: string | undefined, t: Translate, formatDate: (iso: string) => string): string | undefined {
  const m = /^(\d{4})-(\d{2})$/.exec(iso);
  const d = documentDate === undefined ? null : /^(\d{4})-(\d{2})/.exec(documentDate);
  if (!m || !d) return undefined;
  const months = Number(m[1]) * 12 + Number(m[2]) - (Number(d[1]) * 12 + Number(d[2]));
  if (months === 0) return t("The month of the document's date ({0}).", formatDate(documentDate as string));
  const n = Math.abs(months);
  const far = n === 1 ? t('1 month') : n % 12 === 0 ? (n === 12 ? t('1 year') : t('{0} years', n / 12)) : n < 24 ? t('{0} months', n) : t('about {0} years', Math.round(n / 12));
  const named = formatDate(documentDate as string);
  const line = months < 0 ? t("{0} before the document's date ({1}).", far, named) : t("{0} after the document's date ({1}).", far, named);
  return line.charAt(0).toUpperCase() + line.slice(1);
}

/** The first and last day a year, month or day stands for, as times. */
function spanOf(iso: string): [number, number] | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (m[3] !== undefined) {
    const day = Date.UTC(year, Number(m[2]) - 1, Number(m[3]));
    return [day, day];
  }
  if (m[2] !== undefined) return [Date.UTC(year, Number(m[2]) - 1, 1), Date.UTC(year, Number(m[2]), 0)];
  return [Date.UTC(year, 0, 1), Date.UTC(year, 11, 31)];
}

/**
 * For a period: whether the document's date falls before, within or after it ("The document's
 * date (28 December 2023) falls within it."), so that "the 2021–2031 programme" reads as running.
 */
export function periodLine(start: string, end: string, documentDate: string | undefined, nameDocumentDate: boolean, t: Translate, formatDate: (iso: string) => string): string | undefined {
  const from = spanOf(start);
  const to = spanOf(end);
  const document = documentDate === undefined ? undefined : timeOf(documentDate);
  if (!from || !to || document === undefined) return undefined;
  if (!nameDocumentDate) {
    // the card has just named the document's date
    if (document < from[0]) return t('It begins after that date.');
    if (document > to[1]) return t('It ended before that date.');
    return t('That date falls within it.');
  }
  const named = formatDate(documentDate as string);
  if (document < from[0]) return t("It begins after the document's date ({0}).", named);
  if (document > to[1]) return t("It ended before the document's date ({0}).", named);
  return t("The document's date ({0}) falls within it.", named);
}
