/**
 * Reads the dates that appear in article headers and front matter into ISO 8601 at the precision
 * written. Kept apart from the figure recogniser on purpose: a header date needs no document
 * context, and the source must be known before figures can resolve dates without a year.
 */

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

const MONTH_WORD = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

const ISO = /\b(\d{4})-(\d{2})(?:-(\d{2}))?(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\b/;
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH_WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_WORD},?\\s+(\\d{4})\\b`, 'i');
const MONTH_YEAR = new RegExp(`\\b${MONTH_WORD},?\\s+(\\d{4})\\b`, 'i');

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function monthNumber(word: string): number {
  return MONTHS[word.toLowerCase().slice(0, 3)] ?? 0;
}

function valid(year: number, month: number, day?: number): boolean {
  if (month < 1 || month > 12 || year < 1000 || year > 2999) return false;
  if (day === undefined) return true;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day >= 1 && day <= last;
}

/** The first date written in `text`, as ISO 8601, or null. */
export function parseDate(text: string): string | null {
  let m = ISO.exec(text);
  if (m) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    const day = m[3] === undefined ? undefined : Number(m[3]);
    if (valid(year, month, day)) return day === undefined ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
  }
  m = MONTH_DAY_YEAR.exec(text);
  if (m) {
    const month = monthNumber(m[1]);
    const day = Number(m[2]);
    const year = Number(m[3]);
    if (valid(year, month, day)) return `${year}-${pad(month)}-${pad(day)}`;
  }
  m = DAY_MONTH_YEAR.exec(text);
  if (m) {
    const day = Number(m[1]);
    const month = monthNumber(m[2]);
    const year = Number(m[3]);
    if (valid(year, month, day)) return `${year}-${pad(month)}-${pad(day)}`;
  }
  m = MONTH_YEAR.exec(text);
  if (m) {
    const month = monthNumber(m[1]);
    const year = Number(m[2]);
    if (valid(year, month)) return `${year}-${pad(month)}`;
  }
  return null;
}
