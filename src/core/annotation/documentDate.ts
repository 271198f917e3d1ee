/**
 * A document's own date: the day its year-less dates ("December 26") and relative ones
 * ("yesterday") are read from.
 */
import { recogniseFigures } from '../figures';

/** How far into a document its dateline may be. */
export const DATELINE_WINDOW = 3000;
const FRONT_MATTER_DATE = /^---\r?\n(?:.*\r?\n)*?date:\s*["']?(\d{4}-\d{2}-\d{2})/;

/** The document's own date: front matter `date:`, else the first full date near its top. */
export function findDocumentDate(text: string): string | undefined {
  const front = FRONT_MATTER_DATE.exec(text.slice(0, DATELINE_WINDOW));
  if (front) return front[1];
  const head = text.slice(0, DATELINE_WINDOW);
  for (const figure of recogniseFigures(head)) {
    if (figure.kind === 'date' && 'date' in figure.value && /^\d{4}-\d{2}-\d{2}$/.test(figure.value.date) && datelinePosition(head, figure.start, figure.end)) return figure.value.date;
  }
  return undefined;
}

/**
 * Whether a date stands where an article gives its own date, not inside its story ("The clash
 * happened on 3 March 2026" dates the clash): on a short line of its own ("Global Research, December
 * 28, 2023"), opening a dateline ("KABUL, 5 May 2026 —"), or after "Published" or "Updated".
 */
function datelinePosition(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const nextBreak = text.indexOf('\n', end);
  const lineEnd = nextBreak < 0 ? text.length : nextBreak;
  const rest = `${text.slice(lineStart, start)} ${text.slice(end, lineEnd)}`;
  if (rest.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length <= 8) return true;
  if (start - lineStart <= 40 && /^\s*(?:[—–-]{1,2}|:|\()/.test(text.slice(end, end + 4))) return true;
  return /\b(?:published|updated|posted|dated|last modified)\b[^\n]{0,24}$/i.test(text.slice(lineStart, start));
}

