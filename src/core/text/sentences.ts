/**
 * Sentence segmentation for articles in Markdown or plain text.
 *
 * Measured on the seed article and hand-written samples (see the claims report), ICU's sentence
 * rules (`Intl.Segmenter`) beat the `sbd` heuristics: they never merge paragraphs and keep closing
 * quotes with their sentence, but they split after every "Mr." or initial ("S. Jaishankar"). So:
 * 1. the text is cut into Markdown blocks first (a blank line, a heading, a list item, a block quote
 *    or a rule always ends a sentence; a single newline inside a paragraph does not);
 * 2. each block is segmented by ICU with its newlines (and quote markers) blanked out, which keeps
 *    offsets intact;
 * 3. a post-pass re-joins splits made after titles, initials, initialisms and abbreviations that
 *    precede a number.
 * Where `Intl.Segmenter` is missing (old browsers) a punctuation rule does step 2.
 *
 * Offsets are UTF-16 code units into `text`; `text` of a sentence is `source.slice(start, end)`.
 */
import type { Span } from '../types';

export type BlockKind = 'paragraph' | 'heading' | 'list' | 'blockquote' | 'table';

export interface Sentence extends Span {
  text: string;
  /** Index of the Markdown block (paragraph, heading, list item…) the sentence belongs to. */
  block: number;
  blockKind: BlockKind;
}

interface Block extends Span {
  kind: BlockKind;
  /** Spans inside the block that are Markdown syntax, not prose (quote markers of later lines). */
  blanks: Span[];
}

const HEADING = /^ {0,3}(#{1,6})[ \t]+/;
const LIST_ITEM = /^ {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+/;
const BLOCKQUOTE = /^ {0,3}>[ \t]?/;
/** Thematic breaks ("* * *", "---", a lone "*" as in many web articles) and setext underlines. */
const RULE = /^ {0,3}(?:(?:[-*_=][ \t]*){1,})$/;
const FENCE = /^ {0,3}(```|~~~)/;
const TABLE_ROW = /^ {0,3}\|.*\|[ \t]*$/;

interface Line extends Span {
  /** Offset of the first character after any block marker. */
  contentStart: number;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const lineEnd = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    lines.push({ start, end: lineEnd, contentStart: start });
    if (end >= text.length) break;
    start = end + 1;
  }
  return lines;
}

/** Length of YAML front matter ("---" … "---" at the very start), which holds no prose. */
export function frontMatterEnd(text: string): number {
  const match = /^---[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
  return match ? match[0].length : 0;
}

function isBlank(text: string, line: Line): boolean {
  return text.slice(line.start, line.end).trim() === '';
}

/** Cuts the text into Markdown blocks; code blocks, rules and front matter yield none. */
function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  const skipTo = frontMatterEnd(text);
  let current: Block | undefined;
  /** Where the open paragraph's first line ends (see the headline rule below). */
  let firstLineEnd = -1;
  /** The open paragraph's last line, and where the line before it ended (see the byline rule below). */
  let lastLine: Span | undefined;
  let beforeLastLineEnd = -1;
  let inFence: string | undefined;
  const close = (): void => {
    if (current) blocks.push(current);
    current = undefined;
  };
  for (const line of splitLines(text)) {
    if (line.end <= skipTo) continue;
    const raw = text.slice(line.start, line.end);
    const fence = FENCE.exec(raw);
    if (inFence !== undefined) {
      if (fence && fence[1] === inFence) inFence = undefined;
      continue;
    }
    if (fence) {
      close();
      inFence = fence[1];
      continue;
    }
    if (isBlank(text, line) || RULE.test(raw)) {
      close();
      continue;
    }
    const heading = HEADING.exec(raw);
    if (heading) {
      close();
      blocks.push({ start: line.start + heading[0].length, end: line.end, kind: 'heading', blanks: [] });
      continue;
    }
    if (TABLE_ROW.test(raw)) {
      close();
      blocks.push({ start: line.start, end: line.end, kind: 'table', blanks: [] });
      continue;
    }
    const item = LIST_ITEM.exec(raw);
    if (item) {
      close();
      current = { start: line.start + item[0].length, end: line.end, kind: 'list', blanks: [] };
      continue;
    }
    const quote = BLOCKQUOTE.exec(raw);
    if (quote) {
      if (current?.kind === 'blockquote') {
        current.blanks.push({ start: line.start, end: line.start + quote[0].length });
        current.end = line.end;
      } else {
        close();
        current = { start: line.start + quote[0].length, end: line.end, kind: 'blockquote', blanks: [] };
      }
      continue;
    }
    // A plain line continues the open paragraph, list item or quote (lazy continuation) — except
    // after a paragraph's first line that reads as a headline or a label ("Iran warns IAEA chief
    // over inspections", "Mali") when this line opens a sentence: pasted web copy keeps its title
    // and section labels on lines of their own, without a blank line after them.
    if (current?.kind === 'paragraph' && current.end === firstLineEnd && opensSentence(raw) && (isHeadlineLine(text.slice(current.start, current.end), blocks.length === 0) || (DATELINE_OPENING.test(raw) && !/[.!?;:,"”’)]\s*$/.test(text.slice(current.start, current.end))))) {
      blocks.push({ ...current, kind: 'heading' });
      current = { start: line.start, end: line.end, kind: 'paragraph', blanks: [] };
      firstLineEnd = line.end;
    } else if (current?.kind === 'paragraph' && lastLine !== undefined && current.end !== firstLineEnd && opensSentence(raw) && isLabelLine(text.slice(lastLine.start, lastLine.end)) && !/[.!?;:"”’)]\s*$/.test(text.slice(current.start, beforeLastLineEnd))) {
      // So is a short line after a line that ends with no sentence's mark, when a sentence opens
      // after it: a byline or a credit under a long headline ("…and the budget\nCompiled by our
      // Moscow desk\nThe daily Kommersant reported…"). After a sentence, a short line stays prose.
      blocks.push({ ...current, end: beforeLastLineEnd }, { start: lastLine.start, end: lastLine.end, kind: 'heading', blanks: [] });
      current = { start: line.start, end: line.end, kind: 'paragraph', blanks: [] };
      firstLineEnd = line.end;
    } else if (current) current.end = line.end;
    else {
      current = { start: line.start, end: line.end, kind: 'paragraph', blanks: [] };
      firstLineEnd = line.end;
    }
    if (current?.kind === 'paragraph') {
      beforeLastLineEnd = lastLine !== undefined && lastLine.end < line.start && current.start < line.start ? lastLine.end : -1;
      lastLine = { start: line.start, end: line.end };
    }
  }
  close();
  // The document's first line alone, unpunctuated, before the body: its headline, in sentence case
  // too ("Armenia and Azerbaijan agree to open first border crossing"). A headline with a figure in
  // it ("Trade Explodes to $50 Billion") stays prose: its figure is a claim to check.
  const first = blocks[0];
  if (first?.kind === 'paragraph' && blocks.length > 1) {
    const line = text.slice(first.start, first.end);
    // (Not when the next part goes on in lower case: that is one sentence broken by a blank line.)
    const next = text.slice(blocks[1].start, blocks[1].end);
    if (!line.includes('\n') && !/\d/.test(line) && opensSentence(line) && opensSentence(next) && isHeadlineLine(line, true)) blocks[0] = { ...first, kind: 'heading' };
  }
  return joinBrokenParagraphs(text, blocks);
}

/** A dateline opening a line ("BAGHDAD —", "NEW DELHI, May 3 —", "GENEVA (Reuters) -"): the line before it, unpunctuated, is a headline however long. */
const DATELINE_OPENING = /^\s*\p{Lu}{2,}(?:[ .'’-]+\p{Lu}{2,})*(?:,\s+[\p{L}\d .]+)?\s*(?:—|–|--|\(|-\s)/u;

/** Words a line of prose may stop on when it wraps mid-sentence: such a line is no headline. */
const WRAP_WORDS = new Set(['a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'and', 'or', 'but', 'that', 'as', 'its', 'his', 'her', 'their', 'is', 'was', 'are', 'were', 'has', 'have', 'had', 'will', 'would', 'said']);

/** A short line that reads as a label (a byline, a credit, a section's name): a headline line of eight words at most that opens as a sentence does. */
function isLabelLine(line: string): boolean {
  return opensSentence(line) && isHeadlineLine(line) && line.trim().split(/\s+/).length <= 8;
}

/**
 * Whether a paragraph's first line reads as a headline or a label rather than the start of a
 * sentence wrapped onto the next line: no closing punctuation, not stopping on a word a wrapped
 * sentence stops on, and short (eight words at most), in Title Case, or the document's first line
 * (up to twenty words).
 */
function isHeadlineLine(line: string, opensDocument = false): boolean {
  const trimmed = line.trim();
  if (trimmed === '' || /[.!?;:,–—-]$/.test(trimmed)) return false;
  const words = trimmed.split(/\s+/);
  if (words.length > 20 || WRAP_WORDS.has(words[words.length - 1].toLowerCase())) return false;
  // The document's first line: a headline in sentence case too ("Nuclear arsenals set to grow again
  // as era of cuts ends, SIPRI says").
  if (words.length <= 8 || opensDocument) return true;
  const capitalised = words.filter((word) => /^["“'‘(]?\p{Lu}/u.test(word)).length;
  return capitalised / words.length >= 0.6;
}

/** Whether a line starts the way a sentence does: a capital, a digit or an opening quote. */
function opensSentence(line: string): boolean {
  return /^\s*["“'‘(]?[\p{Lu}\d]/u.test(line);
}

/**
 * Web copies often break a sentence with a blank line ("…its relationship\n\nwith Russia, …").
 * A paragraph that ends without any punctuation followed by one that starts in lower case is taken
 * as one paragraph; every other blank line stays a hard sentence end.
 */
function joinBrokenParagraphs(text: string, blocks: Block[]): Block[] {
  const joined: Block[] = [];
  for (const block of blocks) {
    const previous = joined[joined.length - 1];
    if (
      previous && previous.kind === 'paragraph' && block.kind === 'paragraph' &&
      endsWithWordCharacter(text, previous) &&
      /^\p{Ll}/u.test(text.slice(block.start, Math.min(block.end, block.start + 2)))
    ) {
      previous.end = block.end;
      continue;
    }
    joined.push(block);
  }
  return joined;
}

/** Does the span's text end (before trailing space) with a letter or digit? Looks at its end only. */
function endsWithWordCharacter(text: string, span: Span): boolean {
  let end = span.end;
  while (end > span.start && /\s/.test(text[end - 1])) end--;
  // Two code units hold the last character whether it is one unit or a surrogate pair.
  return /[\p{L}\p{N}]$/u.test(text.slice(Math.max(span.start, end - 2), end));
}

/** The block's text with newlines and quote markers turned into spaces (same length, same offsets). */
function prose(text: string, block: Block): string {
  const pieces: string[] = [];
  let at = block.start;
  for (const blank of block.blanks) {
    pieces.push(text.slice(at, blank.start), ' '.repeat(blank.end - blank.start));
    at = blank.end;
  }
  pieces.push(text.slice(at, block.end));
  return pieces.join('').replace(/[\r\n]/g, ' ');
}

type Segment = Span;

interface SegmenterLike {
  segment(input: string): Iterable<{ segment: string; index: number }>;
}

let segmenter: SegmenterLike | null | undefined;

function icuSegmenter(): SegmenterLike | null {
  if (segmenter === undefined) {
    segmenter = typeof Intl !== 'undefined' && typeof Intl.Segmenter === 'function'
      ? new Intl.Segmenter('en', { granularity: 'sentence' })
      : null;
  }
  return segmenter;
}

/** Fallback boundaries: after . ! ? (and closing quotes or brackets) followed by space. */
function punctuationSegments(slice: string): Segment[] {
  const segments: Segment[] = [];
  const boundary = /[.!?…]+["'”’»)\]]*\s+/g;
  let start = 0;
  for (let match = boundary.exec(slice); match; match = boundary.exec(slice)) {
    const end = match.index + match[0].length;
    segments.push({ start, end });
    start = end;
  }
  if (start < slice.length) segments.push({ start, end: slice.length });
  return segments;
}

function icuSegments(icu: SegmenterLike, slice: string, offset: number, into: Segment[]): void {
  for (const part of icu.segment(slice)) into.push({ start: offset + part.index, end: offset + part.index + part.segment.length });
}

/**
 * ICU's segmenter slows down more than linearly on one long input (a 2 MB paragraph took 28 s), so a
 * long block is segmented in windows: every boundary but the window's last is kept (ICU decides a
 * boundary from a few characters around it), and the next window starts at the last kept one. A
 * sentence longer than a window is cut at its last space in the window, so no sentence is longer
 * than a window and work per sentence stays bounded. A short block without a terminator or a
 * paragraph separator has no place ICU could break (UAX #29): it is taken whole without ICU.
 */
export const SEGMENT_WINDOW = 4096;

/** What UAX #29 may break a sentence after: terminators (STerm, ATerm) and separators (Sep). */
const SENTENCE_BREAK_CHARACTER = /[\p{Sentence_Terminal}.\u2024\uFE52\uFF0E\u0085\u2028\u2029]/u;

function rawSegments(slice: string): Segment[] {
  const icu = icuSegmenter();
  if (!icu) return punctuationSegments(slice);
  const segments: Segment[] = [];
  if (slice.length <= SEGMENT_WINDOW) {
    if (SENTENCE_BREAK_CHARACTER.test(slice)) icuSegments(icu, slice, 0, segments);
    else segments.push({ start: 0, end: slice.length });
    return segments;
  }
  let start = 0;
  const window: Segment[] = [];
  while (start < slice.length) {
    const end = Math.min(slice.length, start + SEGMENT_WINDOW);
    window.length = 0;
    icuSegments(icu, slice.slice(start, end), start, window);
    if (end === slice.length) {
      segments.push(...window);
      break;
    }
    if (window.length >= 2) {
      window.pop();
      segments.push(...window);
      start = window[window.length - 1].end;
    } else {
      const space = slice.lastIndexOf(' ', end - 1);
      const cut = space > start ? space + 1 : end;
      segments.push({ start, end: cut });
      start = cut;
    }
  }
  return segments;
}

/** Titles before a name: a split after them is always wrong. */
const TITLES = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cmdr', 'adm', 'sgt', 'cpl',
  'sen', 'sens', 'rep', 'reps', 'gov', 'govs', 'pres', 'amb', 'hon', 'rev', 'fr', 'st', 'mt', 'messrs', 'mme', 'mlle', 'sr', 'jr', 'h.e',
  'gens', 'drs', 'brig', 'supt', 'insp',
]);
/** Abbreviations normally followed by a number ("No. 42", "Rs. 500", "Dec. 26", "approx. 10"). */
const BEFORE_NUMBER = new Set([
  'no', 'nos', 'rs', 're', 'vol', 'art', 'arts', 'sec', 'p', 'pp', 'fig', 'ch', 'para', 'approx', 'ca', 'c', 'est',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'op', 'ed', 'eds', 'tel',
]);
/** Abbreviations that never end a sentence when lower case or a number follows. */
const INLINE = new Set(['vs', 'v', 'etc', 'e.g', 'i.e', 'cf', 'al', 'inc', 'ltd', 'co', 'corp', 'dept', 'govt', 'approx', 'incl', 'esp', 'viz', 'a.m', 'p.m']);
/**
 * Words that usually open a sentence: after an ambiguous "U.S." or an initial, one of these means
 * the split was right ("…in the U.S. The next day…"); any other capitalised word continues a name.
 */
export const SENTENCE_STARTERS = new Set([
  'the', 'a', 'an', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there',
  'here', 'but', 'and', 'or', 'so', 'yet', 'in', 'on', 'at', 'as', 'for', 'if', 'when', 'while', 'after', 'before',
  'since', 'although', 'though', 'however', 'meanwhile', 'moreover', 'also', 'then', 'now', 'his', 'her', 'their',
  'our', 'my', 'some', 'many', 'most', 'all', 'no', 'not', 'one', 'both', 'each', 'what', 'why', 'how', 'who',
  'where', 'according', 'still', 'even', 'such', 'with', 'by', 'from', 'to', 'during', 'despite', 'nonetheless',
]);

/** The last word before the final period of a segment, lower-cased ("U.S" for "the U.S."). */
function wordBeforePeriod(segmentText: string): string | undefined {
  const match = /(?:^|[\s(\["'“‘])((?:\p{L}{1,4}\.)*\p{L}+)\.["'”’)]*\s*$/u.exec(segmentText);
  return match?.[1];
}

function firstWord(segmentText: string): string {
  const match = /^[\s"'“‘(]*([\p{L}\p{N}][\p{L}\p{N}'’-]*)/u.exec(segmentText);
  return match?.[1] ?? '';
}

/**
 * The end of a segment from a word boundary, enough for the last word before its period: a run of
 * joined segments ("Mr. … Dr. … Gen. …") grows, and reading all of it at each join made long runs
 * quadratic.
 */
function segmentTail(text: string, segment: Segment): string {
  const tail = text.slice(Math.max(segment.start, segment.end - 120), segment.end);
  if (segment.end - segment.start <= 120) return tail;
  const space = tail.search(/\s/);
  return space < 0 ? tail : tail.slice(space);
}

/** Should the boundary between two ICU segments be removed? `before` is the end of the first. */
function shouldJoin(before: string, after: string): boolean {
  // A break inside a word ("…/story.html?utm_source=feed"): a web address's query, not a sentence's end.
  if (/[?!.]$/.test(before) && /^[A-Za-z0-9_%=&/#-]/.test(after)) return true;
  const word = wordBeforePeriod(before);
  if (word === undefined) return false;
  // A closing quote before the break means the quoted sentence really ended.
  if (/["”’]\s*$/.test(before)) return false;
  const lower = word.toLowerCase();
  const next = firstWord(after);
  if (next === '') return false;
  const nextIsNumber = /^\p{N}/u.test(next);
  const nextIsLower = /^\p{Ll}/u.test(next);
  const nextIsName = /^\p{Lu}/u.test(next) && !SENTENCE_STARTERS.has(next.toLowerCase());
  if (TITLES.has(lower)) return true;
  if (BEFORE_NUMBER.has(lower) && (nextIsNumber || nextIsLower)) return true;
  // An initial ("S. Jaishankar", "John A. Doe"): one capital letter (before "v." for versus).
  if (/^\p{Lu}$/u.test(word)) return nextIsName || nextIsLower;
  if (INLINE.has(lower)) return nextIsNumber || nextIsLower;
  // An initialism ("U.S.", "U.K."): letters separated by periods.
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word) && (nextIsName || nextIsLower || nextIsNumber)) return true;
  return false;
}

function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

const HAS_WORD = /[\p{L}\p{N}]/u;

/** Sentences of an article, in order, each with its span and Markdown block. */
export function splitSentences(text: string, memo?: SentenceMemo): Sentence[] {
  const sentences: Sentence[] = [];
  const blocks = splitBlocks(text);
  blocks.forEach((block, blockIndex) => {
    const spans = memo ? memo(blockKey(text, block), () => blockSentences(text, block)) : blockSentences(text, block);
    for (const span of spans) {
      const start = block.start + span.start;
      const end = block.start + span.end;
      sentences.push({ start, end, text: text.slice(start, end), block: blockIndex, blockKind: block.kind });
    }
  });
  return sentences;
}

/**
 * Remembers a block's sentences by what they depend on (`blockKey`), between runs on one document:
 * a re-run after an edit segments the edited block only.
 */
export type SentenceMemo = (key: string, make: () => readonly Span[]) => readonly Span[];

/** A block's sentences depend on its kind, its text and its Markdown blanks, nothing else. */
function blockKey(text: string, block: Block): string {
  let key = block.kind;
  for (const blank of block.blanks) key += `,${blank.start - block.start}-${blank.end - block.start}`;
  return `${key}\u0000${text.slice(block.start, block.end)}`;
}

/** A block's sentences, as spans from the block's start. */
function blockSentences(text: string, block: Block): Span[] {
  const slice = prose(text, block);
  const merged: Segment[] = [];
  for (const segment of rawSegments(slice)) {
    const previous = merged[merged.length - 1];
    // A run of joins ("Mr. Mr. Mr. …") stops at a window's length: no sentence grows without bound.
    if (previous && previous.end - previous.start < SEGMENT_WINDOW && shouldJoin(segmentTail(slice, previous), slice.slice(segment.start, Math.min(segment.end, segment.start + 200)))) {
      previous.end = segment.end;
    } else {
      merged.push({ ...segment });
    }
  }
  const spans: Span[] = [];
  for (const segment of merged) {
    const span = trimSpan(text, block.start + segment.start, block.start + segment.end);
    if (!HAS_WORD.test(text.slice(span.start, span.end))) continue;
    spans.push({ start: span.start - block.start, end: span.end - block.start });
  }
  return spans;
}
