/**
 * A document's own date: the day its year-less dates ("December 26") and relative ones
 * ("yesterday") are read from, and the date its source note gives. One definition, used by the
 * annotator (once per document version), the cards, the figure checks and the claims' source.
 */
import { recogniseFigures } from '../figures';
import { frontMatterEnd } from '../text/sentences';
import { parseDate } from '../text/writtenDate';

/** How far into a document its dateline may be. */
export const DATELINE_WINDOW = 3000;
/** Front-matter fields that hold a piece's date, the first present wins (the names publishing tools use). */
const DATE_FIELDS = ['date', 'published', 'pubdate', 'datepublished', 'created'];
/** A line of more words than this is prose: the story has begun, and a date after it is the story's. */
const HEADER_LINE_WORDS = 12;

/**
 * The document's own date, ISO 8601: its front matter's date (at the precision written), else the
 * first full date standing where an article gives its own date near its top.
 */
export function findDocumentDate(text: string): string | undefined {
  const head = text.slice(0, DATELINE_WINDOW);
  const front = frontMatterDate(head);
  if (front !== undefined) return front;
  for (const figure of recogniseFigures(head)) {
    if (figure.kind === 'date' && 'date' in figure.value && /^\d{4}-\d{2}-\d{2}$/.test(figure.value.date) && datelinePosition(head, figure.start, figure.end)) return figure.value.date;
  }
  return urlDate(head);
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** A date in a web address's path: "/2025/11/19/", "/2025-11-19-", "/2025/Sep/28/". */
const URL_PATH_DATE = /\/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2]|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[/-](0?[1-9]|[12]\d|3[01])(?=[/-]|$)/i;

/**
 * The date in the address of the page a pasted article came from, when the address stands in its
 * header (front matter, or a line before the story begins) and the article gives no date of its
 * own: news sites put the publication day in the path. A web address cited inside the story is
 * not the article's.
 */
function urlDate(head: string): string | undefined {
  for (const match of head.matchAll(/https?:\/\/[^\s)"'<>]+/g)) {
    const lineStart = head.lastIndexOf('\n', match.index - 1) + 1;
    if (lineStart >= frontMatterEnd(head) && storyBegun(head, lineStart)) return undefined;
    const path = URL_PATH_DATE.exec(match[0].replace(/^https?:\/\/[^/]+/, ''));
    if (!path) continue;
    const month = /^\d+$/.test(path[2]) ? Number(path[2]) : MONTHS.indexOf(path[2].toLowerCase()) + 1;
    const iso = `${path[1]}-${String(month).padStart(2, '0')}-${path[3].padStart(2, '0')}`;
    // "/2025/02/31/": no such day.
    const day = new Date(`${iso}T00:00:00Z`);
    if (!Number.isNaN(day.getTime()) && day.toISOString().startsWith(iso)) return iso;
  }
  return undefined;
}

/**
 * The date field of YAML front matter, read line by line rather than by a YAML parser: the field is
 * one scalar, and a broken block elsewhere in the front matter must not hide it.
 */
function frontMatterDate(head: string): string | undefined {
  const end = frontMatterEnd(head);
  if (end === 0) return undefined;
  const fields = new Map<string, string>();
  for (const line of head.slice(0, end).split(/\r?\n/)) {
    const field = /^([A-Za-z_]+):[ \t]*["']?([^"'\r\n#]+)/.exec(line);
    if (field && !fields.has(field[1].toLowerCase())) fields.set(field[1].toLowerCase(), field[2].trim());
  }
  for (const name of DATE_FIELDS) {
    const value = fields.get(name);
    // A year alone ("date: 2023") is a date at that precision too.
    const date = value === undefined ? null : (parseDate(value) ?? /^(\d{4})$/.exec(value)?.[1] ?? null);
    if (date !== null) return date;
  }
  return undefined;
}

/**
 * Whether a date stands where an article gives its own date, not inside its story ("The clash
 * happened on 3 March 2026" dates the clash): on a short line of its own ("Global Research, December
 * 28, 2023") or opening a dateline ("KABUL, 5 May 2026 —") before the story has begun, or after
 * "Published" or "Updated" at the start of a line or of a field.
 */
function datelinePosition(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const nextBreak = text.indexOf('\n', end);
  const lineEnd = nextBreak < 0 ? text.length : nextBreak;
  const before = text.slice(lineStart, start);
  if (published.test(before)) return true;
  // A chronology's "March 3, 1901 - The commission meets" is a dateline in form only.
  if (storyBegun(text, lineStart)) return false;
  if (words(`${before} ${text.slice(end, lineEnd)}`) <= 8) return true;
  // A dash after the date opens the story, unless another date follows it ("30/04/2018 - 02/05/2018").
  return /^\s*(?:[—–-]{1,2}\s*(?!\d)|:|\()/.test(text.slice(end, end + 6)) && /^\s*$|^\s*\p{Lu}[^,\n]{0,38},\s*$/u.test(before);
}

const published = /(?:^|[|·•])\s*(?:(?:first|last|originally)\s+)?(?:published|updated|posted|dated|modified)\b[^\n]{0,24}$/i;

function words(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/**
 * Whether a line of prose comes before `lineStart`: the title (a heading, or a first line that does
 * not end as a sentence does, however long), a byline or a URL line is not prose.
 */
function storyBegun(text: string, lineStart: number): boolean {
  const front = frontMatterEnd(text);
  let first = true;
  for (const line of text.slice(front, Math.max(front, lineStart)).split('\n')) {
    if (line.trim() === '') continue;
    // A title does not end as a sentence does; a heading is a title whatever it ends with.
    const title = /^\s{0,3}#{1,6}\s/.test(line) || (first && !/[.!?]["'”’)]?\s*$/.test(line));
    first = false;
    if (!title && words(line) > HEADER_LINE_WORDS) return true;
  }
  return false;
}
