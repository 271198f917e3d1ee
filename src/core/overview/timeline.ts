/**
 * An article's dates and periods as intervals on one time axis: a day is a point, a month or a year
 * an interval, "2021–2031" a bar, and "the beginning of 2024" an approximate part of its year.
 * Dates are ISO days (`YYYY-MM-DD`); `end` is exclusive.
 */
import { stripMarkdownEscapes } from '../cards/markdown';
import { firstDayNumber, lastDayNumber } from '../text/isoDays';
import type { FigureAnnotation, Span } from '../types';

export interface TimelineItem {
  /** Stable within one overview: what the panel and the cursor use to find the item. */
  key: string;
  /** The text of its first mention, as written (Markdown escapes removed). */
  label: string;
  start: string;
  end: string;
  /** A single day (drawn as a point); otherwise an interval (drawn as a bar). */
  point: boolean;
  /** "the beginning of 2024", "earlier this year": the text gives only roughly where it falls. */
  approximate: boolean;
  /** Counted from today's date, because the document has none. */
  fromToday: boolean;
  /** The dates are the gazetteer's (a treaty's period), not written in the text. */
  fromGazetteer?: boolean;
  marks: Span[];
}

export interface Timeline {
  items: TimelineItem[];
  /** The document's own date (front matter or dateline), when it has one. */
  documentDate?: string;
}

/** Which part of its month or year a date's wording points at, as a fraction of it. */
const PARTS: readonly [RegExp, number, number][] = [
  [/\b(?:beginning|start|early|first half)\b/i, 0, 1 / 3],
  [/\b(?:middle|mid|midst)\b/i, 1 / 3, 2 / 3],
  [/\b(?:end|late|second half|close)\b/i, 2 / 3, 1],
];

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function isoDay(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

const DAY_MS = 86_400_000;

/** `2024` → [1 Jan 2024, 1 Jan 2025); `2020-03` → March; `2023-12-26` → that day. In ms since 1970. */
export function intervalOf(iso: string): [number, number] | undefined {
  const first = firstDayNumber(iso);
  const last = lastDayNumber(iso);
  return first === undefined || last === undefined ? undefined : [first * DAY_MS, (last + 1) * DAY_MS];
}

/** One item per distinct interval, with every mention of it; sorted by start, then by length. */
export function buildTimeline(figures: readonly FigureAnnotation[], documentDate: string | undefined): Timeline {
  const byKey = new Map<string, TimelineItem>();
  const documentDay = documentDate ? intervalOf(documentDate) : undefined;
  for (const figure of figures) {
    let interval: [number, number] | undefined;
    let fromToday = false;
    if (figure.kind === 'date' && 'date' in figure.value) {
      interval = intervalOf(figure.value.date);
      fromToday = figure.value.from === 'today';
    } else if (figure.kind === 'period' && 'start' in figure.value) {
      const first = intervalOf(figure.value.start);
      const last = intervalOf(figure.value.end);
      if (first && last && last[1] > first[0]) interval = [first[0], last[1]];
      fromToday = figure.value.from === 'today';
    }
    if (!interval) continue;
    let approximate = false;
    const length = interval[1] - interval[0];
    if (figure.kind === 'date' && length > DAY_MS) {
      const part = PARTS.find(([pattern]) => pattern.test(figure.text));
      if (part) {
        const year = /^\d{4}$/.test((figure.value as { date: string }).date) ? new Date(interval[0]).getUTCFullYear() : undefined;
        // A year splits by months (January–April, May–August, September–December); a month by days.
        interval = year !== undefined
          ? [Date.UTC(year, Math.round(12 * part[1]), 1), Date.UTC(year, Math.round(12 * part[2]), 1)]
          : [interval[0] + Math.round(length * part[1]), interval[0] + Math.round(length * part[2])];
        approximate = true;
      } else if (/\bearlier\b/i.test(figure.text) && documentDay && documentDay[0] > interval[0] && documentDay[0] < interval[1]) {
        // "earlier this year": between the year's start and the document's date.
        interval = [interval[0], documentDay[0]];
        approximate = true;
      }
    }
    const start = isoDay(interval[0]);
    const end = isoDay(interval[1]);
    const key = `t:${start}/${end}${approximate ? '~' : ''}`;
    const known = byKey.get(key);
    if (known) known.marks.push({ start: figure.start, end: figure.end });
    else byKey.set(key, { key, label: stripMarkdownEscapes(figure.text), start, end, point: interval[1] - interval[0] === DAY_MS, approximate, fromToday, marks: [{ start: figure.start, end: figure.end }] });
  }
  const items = [...byKey.values()].sort(byTime);
  return documentDate ? { items, documentDate } : { items };
}

export function byTime(a: TimelineItem, b: TimelineItem): number {
  return a.start < b.start ? -1 : a.start > b.start ? 1 : a.end < b.end ? -1 : a.end > b.end ? 1 : 0;
}

/**
 * A treaty's period from its gazetteer entry ("2021–2031" → 1 Jan 2021 to 1 Jan 2032), for the
 * treaties an article names without writing their dates ("the MTC 2021–2031" is one name).
 */
export function treatyPeriod(label: string, period: string, marks: Span[]): TimelineItem | undefined {
  const m = /^(\d{4})\s*[–—-]\s*(\d{4})$/.exec(period.trim());
  if (!m || Number(m[2]) < Number(m[1])) return undefined;
  const start = `${m[1]}-01-01`;
  const end = `${Number(m[2]) + 1}-01-01`;
  return { key: `t:${start}/${end}:${label}`, label, start, end, point: false, approximate: false, fromToday: false, fromGazetteer: true, marks };
}
