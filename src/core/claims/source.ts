/**
 * Where an article comes from: title, author, publication, date and URL, read from YAML front
 * matter when there is some, else from the usual header lines (title, "By …", "Publication, date",
 * a URL) and footer lines ("The original source of this article is …", "Copyright © …",
 * "Articles by: …"). Front matter wins over header lines, header lines over footer lines.
 */
import { findDocumentDate } from '../annotation/documentDate';
import { replaceMarkdownLinks } from '../text/markdownLinks';
import { parse as parseYaml } from '../yamlLibrary';
import { frontMatterEnd } from '../text/sentences';
import { parseDate } from '../text/writtenDate';
import type { DocumentSource } from './types';

/** How many non-blank lines at the top may hold header data. */
const HEADER_LINES = 12;
/** How many non-blank lines at the bottom may hold footer data. */
const FOOTER_LINES = 40;
/** Longer lines are prose, not a title or header field. */
const HEADER_LINE_MAX = 200;

const URL_PATTERN = /\bhttps?:\/\/[^\s<>()[\]"']+[^\s<>()[\]"'.,;:!?]/;

/** Markdown reduced to its words: link labels, no escapes, no emphasis, no heading marks. */
export function plainText(line: string): string {
  return replaceMarkdownLinks(line)
    .replace(/\\([\\`*_{}[\]()#+\-.!$])/g, '$1')
    .replace(/^\s{0,3}#{1,6}\s+/, '')
    .replace(/^\s*>\s?/, '')
    .replace(/[*_`]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function emptySource(): DocumentSource {
  return { title: null, author: null, publication: null, date: null, url: null };
}

function fill(target: DocumentSource, key: keyof DocumentSource, value: string | null | undefined): void {
  if (target[key] === null && value !== undefined && value !== null && value.trim() !== '') target[key] = value.trim();
}

/** A front-matter value as text: strings, numbers, dates, names inside objects, lists joined. */
function yamlText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) {
    const parts = value.map(yamlText).filter((v): v is string => v !== undefined);
    return parts.length > 0 ? parts.join(', ') : undefined;
  }
  if (value !== null && typeof value === 'object' && 'name' in value) return yamlText((value as { name: unknown }).name);
  return undefined;
}

function firstField(data: Record<string, unknown>, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const value = yamlText(data[key]);
    if (value !== undefined) return value;
  }
  return undefined;
}

function readFrontMatter(text: string, source: DocumentSource): void {
  const end = frontMatterEnd(text);
  if (end === 0) return;
  const body = text.slice(0, end).replace(/^---[ \t]*\r?\n/, '').replace(/\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n)?$/, '');
  let data: unknown;
  try {
    data = parseYaml(body);
  } catch {
    return; // Broken front matter: fall back to header lines rather than fail extraction.
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return;
  const fields = data as Record<string, unknown>;
  fill(source, 'title', firstField(fields, ['title', 'headline']));
  fill(source, 'author', firstField(fields, ['author', 'authors', 'byline', 'creator']));
  fill(source, 'publication', firstField(fields, ['publication', 'source', 'publisher', 'site', 'site_name', 'outlet']));
  fill(source, 'url', firstField(fields, ['url', 'link', 'canonical', 'canonical_url', 'canonicalUrl', 'source_url']));
}

interface TextLine {
  raw: string;
  plain: string;
}

function textLine(raw: string): TextLine | undefined {
  const plain = plainText(raw);
  return plain !== '' && !/^[-*_=\s]+$/.test(plain) ? { raw, plain } : undefined;
}

/**
 * The first `head` and the last `tail` lines that are not blank: only they can hold header and
 * footer data, and reducing every line of a long document to its words cost 5 % of a re-run of
 * Extract Claims on 1 MB.
 */
function headAndTailLines(text: string, head: number, tail: number): { header: TextLine[]; footer: TextLine[] } {
  const raw = text.split(/\r?\n/);
  const header: TextLine[] = [];
  for (let i = 0; i < raw.length && header.length < head; i++) {
    const line = textLine(raw[i]);
    if (line) header.push(line);
  }
  const footer: TextLine[] = [];
  for (let i = raw.length - 1; i >= 0 && footer.length < tail; i--) {
    const line = textLine(raw[i]);
    if (line) footer.push(line);
  }
  return { header, footer: footer.reverse() };
}

const BYLINE = /^by\s+(.{2,80})$/i;
const AUTHOR_FIELD = /^(?:author|written by|articles by|more by)\s*:?\s+(.{2,80})$/i;
const DATELINE = /^([^,]{2,60}),\s*(.+)$/;
const URL_LINE = /^(?:(?:source|url|link|original|read (?:it|more) at)\s*:?\s*)?(https?:\/\/\S+)$/i;
const ORIGINAL_SOURCE = /original source of this article is\s+(.{2,80}?)\.?$/i;
const COPYRIGHT = /^copyright\s*(?:©|\(c\))?\s*(.+)$/i;

/** "Ahmed Adel" from "Ahmed Adel and Jane Doe" stays whole; trailing role words are dropped. */
function cleanName(name: string): string {
  return name.replace(/\s*[,|–—-]\s*(?:staff writer|correspondent|reporter|editor).*$/i, '').replace(/[.,;:]+$/, '').trim();
}

function readHeader(header: TextLine[], source: DocumentSource): void {
  const heading = header.find((line) => /^\s{0,3}#{1,6}\s/.test(line.raw));
  const first = header[0];
  if (heading) fill(source, 'title', heading.plain);
  else if (first && first.plain.length <= HEADER_LINE_MAX && !BYLINE.test(first.plain) && !URL_LINE.test(first.plain)) fill(source, 'title', first.plain);

  for (const line of header) {
    const text = line.plain;
    if (text.length > HEADER_LINE_MAX) break; // The body has begun.
    const byline = BYLINE.exec(text) ?? AUTHOR_FIELD.exec(text);
    if (byline) {
      fill(source, 'author', cleanName(byline[1]));
      continue;
    }
    const url = URL_LINE.exec(text);
    if (url) {
      fill(source, 'url', url[1]);
      continue;
    }
    const dateline = DATELINE.exec(text);
    if (dateline) {
      const date = parseDate(dateline[2]);
      // "Global Research, December 28, 2023": the part before the date names the publication.
      if (date !== null && dateline[2].replace(/[\d\s,.]|st|nd|rd|th/g, '').length <= 12) {
        fill(source, 'publication', dateline[1]);
        continue;
      }
    }
  }
}

function readFooter(footer: TextLine[], source: DocumentSource): void {
  for (const line of footer) {
    const text = line.plain;
    const original = ORIGINAL_SOURCE.exec(text);
    if (original) fill(source, 'publication', original[1]);
    const author = AUTHOR_FIELD.exec(text);
    if (author) fill(source, 'author', cleanName(author[1]));
    const copyright = COPYRIGHT.exec(text);
    if (copyright) {
      // "Copyright © Jane Doe, Daily Planet, 2024": holder(s) then year.
      const parts = copyright[1].split(',').map((p) => p.trim()).filter((p) => p !== '' && !/^\d{4}$/.test(p));
      if (parts.length >= 2) {
        fill(source, 'author', parts[0]);
        fill(source, 'publication', parts[1]);
      }
    }
    const url = URL_LINE.exec(text);
    if (url) fill(source, 'url', url[1]);
  }
}

export interface SourceOptions {
  /** The document's date when the caller has it (the annotator keeps it per version); else it is found here. */
  documentDate?: string | null;
}

/** The article's source as far as its text tells; its date is the document's date (annotation/documentDate.ts). */
export function extractSource(text: string, options: SourceOptions = {}): DocumentSource {
  const source = emptySource();
  source.date = (options.documentDate === undefined ? findDocumentDate(text) : options.documentDate) ?? null;
  readFrontMatter(text, source);
  const body = text.slice(frontMatterEnd(text));
  const { header, footer } = headAndTailLines(body, HEADER_LINES, FOOTER_LINES);
  readHeader(header, source);
  readFooter(footer, source);
  if (source.url === null) {
    // A bare URL anywhere in the header is still the article's address.
    const inHeader = header.map((l) => l.raw).join('\n');
    const url = URL_PATTERN.exec(inHeader);
    if (url) source.url = url[0];
  }
  return source;
}
