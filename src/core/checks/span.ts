/**
 * A stated duration against the dates it spans: "a five-day visit … from 10 to 12 June" (3 days),
 * "a ten-year programme for 2021–2026", "the six-month blockade, from March to May" (3 months); and
 * "signed 30 years ago in 1999" against the document's own date. Day and month spans are counted
 * both ways (10 to 12 June is 3 days, or 2 nights); year spans as the difference or inclusively
 * (2021–2031 is a ten-year programme, 2021–2030 too). "N years ago" may be one year off, "N
 * decades ago" five.
 */
import type { FigureAnnotation, Span } from '../types';
import { dayNumber } from '../text/isoDays';
import type { Finding } from './types';

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13,
  fourteen: 14, fifteen: 15, sixteen: 16, eighteen: 18, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, hundred: 100,
};
const COUNT = `(\\d{1,3}|${Object.keys(NUMBER_WORDS).join('|')})`;
/** "five-day", "12-day", "ten-year", "six-month", "90-day" (a duration used as an adjective). */
const DURATION = new RegExp(`\\b${COUNT}[- ](day|week|month|year)(?:-long)?\\b`, 'gi');
/** "30 years ago in 1999", "two decades ago, in 1990", "four years ago, in February 2022". */
const AGO = new RegExp(`\\b${COUNT} (years?|decades?) ago,?\\s+(?:in|on)?\\s*$`, 'i');

const countOf = (word: string): number => (/^\d+$/.test(word) ? Number(word) : NUMBER_WORDS[word.toLowerCase()]);
/** Days since 1970 of a full date, or of a yearless one ("--06-10") in `year` (any year, if none). */
function dayOf(iso: string, year: string | undefined): number | undefined {
  // Without a year, a non-leap one: "from 27 February to 2 March" is then 4 days, as usual.
  return dayNumber(iso.startsWith('--') ? `${year ?? '2001'}${iso.slice(1)}` : iso);
}

function monthNumber(iso: string): number | undefined {
  const m = /^(\d{4})-(\d{2})$/.exec(iso);
  return m ? Number(m[1]) * 12 + Number(m[2]) - 1 : undefined;
}

/** The lengths a period may be said to have in `unit`, or undefined when it is not of that grain. */
function lengths(start: string, end: string, unit: string): number[] | undefined {
  if (unit === 'day' || unit === 'week') {
    const year = /^(\d{4})/.exec(end)?.[1] ?? /^(\d{4})/.exec(start)?.[1];
    const a = dayOf(start, year);
    const b = dayOf(end, year);
    if (a === undefined || b === undefined || b < a) return undefined;
    const days = [b - a + 1, b - a];
    return unit === 'day' ? days : days.map((d) => Math.round(d / 7));
  }
  if (unit === 'month') {
    const a = monthNumber(start);
    const b = monthNumber(end);
    return a === undefined || b === undefined || b < a ? undefined : [b - a + 1, b - a];
  }
  if (/^\d{4}$/.test(start) && /^\d{4}$/.test(end)) {
    const d = Number(end) - Number(start);
    return d > 0 ? [d, d + 1] : undefined;
  }
  return undefined;
}

export function spanFindings(text: string, sentences: readonly Span[], figuresIn: readonly (readonly FigureAnnotation[])[], documentDate: string | undefined): Finding[] {
  const findings: Finding[] = [];
  for (const [i, s] of sentences.entries()) {
    const figures = figuresIn[i];
    if (figures.length === 0) continue;
    const periods = figures.filter((f) => f.kind === 'period');
    DURATION.lastIndex = 0;
    const sentence = text.slice(s.start, s.end);
    for (let m = DURATION.exec(sentence); m; m = DURATION.exec(sentence)) {
      const start = s.start + m.index;
      // The nearest period after the duration, within the sentence ("a five-day visit … from 10 to 12 June").
      const period = periods.find((p) => p.start >= start + m[0].length && p.start - (start + m[0].length) <= 120);
      if (!period || !('start' in period.value)) continue;
      const unit = m[2].toLowerCase();
      const stated = countOf(m[1]);
      const possible = lengths(period.value.start, period.value.end, unit);
      if (!possible || possible.includes(stated)) continue;
      findings.push({
        start, end: start + m[0].length, kind: 'span',
        message: `“${m[0]}”, but ${period.text.trim()} is ${possible[0]} ${unit}${possible[0] === 1 ? '' : 's'}.`,
        related: [{ start: period.start, end: period.end }],
        stated: `${stated} ${unit}s`, computed: `${possible[0]} ${unit}${possible[0] === 1 ? '' : 's'}`,
      });
    }
    // "N years ago in YEAR", counted from the document's own date.
    const docYear = documentDate ? Number(documentDate.slice(0, 4)) + (Number(documentDate.slice(5, 7) || 1) - 1) / 12 : undefined;
    if (docYear === undefined) continue;
    for (const f of figures) {
      if (f.kind !== 'date' || !('date' in f.value)) continue;
      const when = /^(\d{4})(?:-(\d{2}))?/.exec(f.value.date);
      if (!when) continue;
      const windowStart = Math.max(s.start, f.start - 40);
      const ago = AGO.exec(text.slice(windowStart, f.start));
      if (!ago) continue;
      const decades = /^decade/i.test(ago[2]);
      const stated = countOf(ago[1]) * (decades ? 10 : 1);
      const then = Number(when[1]) + (when[2] ? (Number(when[2]) - 1) / 12 : 0.5);
      const actual = docYear - then;
      if (Math.abs(actual - stated) <= (decades ? 5 : 1)) continue;
      const agoText = ago[0].replace(/,?\s+(?:in|on)?\s*$/i, '');
      const agoStart = windowStart + ago.index;
      findings.push({
        start: agoStart,
        end: agoStart + agoText.length,
        kind: 'span',
        message: `“${agoText}”, but ${f.text.trim()} is about ${Math.round(actual)} years before the document's date (${documentDate}).`,
        related: [{ start: f.start, end: f.end }],
        stated: agoText, computed: `about ${Math.round(actual)} years`,
      });
    }
  }
  return findings;
}
