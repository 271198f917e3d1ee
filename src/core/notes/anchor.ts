/**
 * Anchors that find a claim again after the document changes: a W3C TextQuoteSelector (the exact
 * text with ~32 characters of context each side) plus a TextPositionSelector used as a hint.
 *
 * Resolution, cheapest first:
 * 1. the exact text still at the hinted position;
 * 2. every occurrence of the exact text, scored by how much context matches and by distance from
 *    the hint (so a duplicated sentence resolves to the right copy);
 * 3. a fuzzy match tolerant of small edits inside the quote: candidate places come from exact
 *    matches of short pieces of the quote and of its context (plain `indexOf`, fast on 1 MB), then a
 *    bounded edit-distance alignment (Sellers) runs in a small window around each candidate only;
 *    a match must hold the quote's numbers, in order (other figures make another claim).
 * No match at ≥ 85 % similarity → null (the caller marks the claim orphaned; nothing is lost).
 */
import type { Span } from '../types';

export interface TextQuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}

export interface Anchor {
  quote: TextQuoteSelector;
  /** TextPositionSelector: where the quote was; only a hint once the text has changed. */
  position: Span;
}

export const CONTEXT_LENGTH = 32;
/** How much more of its context (0…1) another copy of a sentence must share to take a claim from its old place. */
const OTHER_COPY_MARGIN = 0.25;
/** Minimum similarity (1 − edits / length) for a fuzzy match. */
export const FUZZY_MIN_SIMILARITY = 0.85;
/** Below this length a fuzzy match is too likely to be a coincidence. */
const FUZZY_MIN_LENGTH = 12;
/** Quotes longer than this are aligned on their first and last parts only (bounds the cost). */
const FUZZY_MAX_LENGTH = 2000;
/** At most this many candidate windows are aligned. */
const MAX_CANDIDATES = 24;
/** At most this many exact occurrences are scored. */
const MAX_OCCURRENCES = 1000;

export function createAnchor(text: string, start: number, end: number): Anchor {
  return {
    quote: {
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: text.slice(end, end + CONTEXT_LENGTH),
    },
    position: { start, end },
  };
}

/** Characters shared at the end of `a` and `b`. */
function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/** Characters shared at the start of `a` and `b`. */
function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** How much of `before`'s context (characters next to the quote, each side) `after` still has. */
export function sharedContext(before: TextQuoteSelector, after: TextQuoteSelector): number {
  return commonSuffix(after.prefix, before.prefix) + commonPrefix(after.suffix, before.suffix);
}

/** Context agreement (0…1) of a candidate span, minus a small penalty for distance from the hint. */
function contextScore(text: string, anchor: Anchor, start: number, end: number): number {
  const { prefix, suffix } = anchor.quote;
  const before = text.slice(Math.max(0, start - prefix.length), start);
  const after = text.slice(end, end + suffix.length);
  const contextLength = prefix.length + suffix.length;
  const context = contextLength > 0 ? (commonSuffix(before, prefix) + commonPrefix(after, suffix)) / contextLength : 1;
  const distance = Math.abs(start - anchor.position.start) / Math.max(text.length, 1);
  return context - 0.1 * distance;
}

function exactOccurrences(text: string, exact: string): number[] {
  const found: number[] = [];
  if (exact === '') return found;
  for (let at = text.indexOf(exact); at >= 0 && found.length < MAX_OCCURRENCES; at = text.indexOf(exact, at + 1)) found.push(at);
  return found;
}

interface Alignment {
  start: number;
  end: number;
  distance: number;
}

/**
 * Best approximate occurrence of `pattern` inside `window` (semi-global edit distance: the match may
 * start and end anywhere in the window). O(pattern × window) time, O(window) memory.
 */
function align(pattern: string, window: string): Alignment | undefined {
  const m = pattern.length;
  const n = window.length;
  if (m === 0 || n === 0) return undefined;
  let prev = new Int32Array(n + 1);
  let prevStart = new Int32Array(n + 1);
  let cur = new Int32Array(n + 1);
  let curStart = new Int32Array(n + 1);
  for (let j = 0; j <= n; j++) {
    prev[j] = 0; // A match may start anywhere.
    prevStart[j] = j;
  }
  for (let i = 1; i <= m; i++) {
    cur[0] = i;
    curStart[0] = 0;
    const pc = pattern.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const substitute = prev[j - 1] + (pc === window.charCodeAt(j - 1) ? 0 : 1);
      const deleteFromPattern = prev[j] + 1;
      const insertIntoPattern = cur[j - 1] + 1;
      if (substitute <= deleteFromPattern && substitute <= insertIntoPattern) {
        cur[j] = substitute;
        curStart[j] = prevStart[j - 1];
      } else if (deleteFromPattern <= insertIntoPattern) {
        cur[j] = deleteFromPattern;
        curStart[j] = prevStart[j];
      } else {
        cur[j] = insertIntoPattern;
        curStart[j] = curStart[j - 1];
      }
    }
    [prev, cur] = [cur, prev];
    [prevStart, curStart] = [curStart, prevStart];
  }
  let best = 1;
  for (let j = 2; j <= n; j++) if (prev[j] < prev[best]) best = j;
  return { start: prevStart[best], end: best, distance: prev[best] };
}

/** Likely start positions of the quote: where its pieces or its context still occur verbatim. */
function candidateStarts(text: string, anchor: Anchor): number[] {
  const { exact, prefix, suffix } = anchor.quote;
  const length = exact.length;
  const votes = new Map<number, number>();
  const vote = (start: number, weight: number): void => {
    // Nearby votes fall into one bucket, so edits that shift a piece still agree.
    const bucket = Math.round(start / 8);
    votes.set(bucket, (votes.get(bucket) ?? 0) + weight);
  };
  const piece = Math.max(6, Math.min(16, Math.floor(length / 5)));
  const offsets = [0, Math.floor(length / 4), Math.floor(length / 2), Math.floor((3 * length) / 4), length - piece];
  for (const offset of offsets) {
    if (offset < 0 || offset + piece > length) continue;
    const occurrences = exactOccurrences(text, exact.slice(offset, offset + piece));
    // A piece found everywhere ("the ") says nothing about where the quote is.
    if (occurrences.length > 50) continue;
    for (const at of occurrences) vote(at - offset, 1);
  }
  if (prefix.length >= 8) for (const at of exactOccurrences(text, prefix.slice(-16)).slice(0, 50)) vote(at + Math.min(16, prefix.length), 1);
  if (suffix.length >= 8) for (const at of exactOccurrences(text, suffix.slice(0, 16)).slice(0, 50)) vote(at - length, 1);
  vote(anchor.position.start, 0.5);
  return [...votes.entries()]
    .sort((a, b) => b[1] - a[1] || Math.abs(a[0] * 8 - anchor.position.start) - Math.abs(b[0] * 8 - anchor.position.start))
    .slice(0, MAX_CANDIDATES)
    .map(([bucket]) => bucket * 8);
}

/** The numbers written in a text, in order: "5%", "1.1 trillion", "2020" → "5 1.1 2020". */
function numbersOf(text: string): string {
  return (text.match(/\d+(?:[.,]\d+)*/g) ?? []).join(' ');
}

function fuzzyResolve(text: string, anchor: Anchor): Span | null {
  const exact = anchor.quote.exact;
  if (exact.length < FUZZY_MIN_LENGTH) return null;
  // Very long quotes: align a bounded head and tail, which is enough to place them.
  const pattern = exact.length > FUZZY_MAX_LENGTH ? exact.slice(0, FUZZY_MAX_LENGTH) : exact;
  const allowed = Math.floor(pattern.length * (1 - FUZZY_MIN_SIMILARITY));
  const slack = allowed + 8;
  let best: (Alignment & { score: number }) | undefined;
  for (const candidate of candidateStarts(text, anchor)) {
    const from = Math.max(0, candidate - slack);
    const to = Math.min(text.length, candidate + pattern.length + slack);
    const found = align(pattern, text.slice(from, to));
    if (!found || found.distance > allowed) continue;
    const start = from + found.start;
    let end = from + found.end;
    if (pattern.length < exact.length) end = Math.min(text.length, start + exact.length + (end - start - pattern.length));
    // A claim is checked for its figures: a sentence with other numbers is another claim, however
    // alike the words ("rose 5% in 2020" is not "rose 9% in 2021"), and the verdict must not move to it.
    if (numbersOf(text.slice(start, end)) !== numbersOf(exact)) continue;
    const score = -found.distance + contextScore(text, anchor, start, end);
    if (!best || score > best.score) best = { start, end, distance: found.distance, score };
  }
  return best ? { start: best.start, end: best.end } : null;
}

/**
 * A document's text read in pieces: an editor hands out a stretch without building the whole
 * string, which re-anchoring after typing needs only for the claims an edit came near.
 */
export interface TextReader {
  readonly length: number;
  slice(start: number, end: number): string;
  whole(): string;
}

export function stringReader(text: string): TextReader {
  return { length: text.length, slice: (start, end) => text.slice(start, end), whole: () => text };
}

/** One replacement in a text: `[start, end)` of the text before it became `length` characters. */
export interface TextEdit {
  start: number;
  end: number;
  length: number;
}

/**
 * Where a span of a text is after `edits` (applied in order, each in the coordinates the previous
 * ones left), or undefined when an edit touched it. Spans before an edit stay; spans after it move
 * by the change in length.
 */
export function mapSpan(span: Span, edits: readonly TextEdit[]): Span | undefined {
  let { start, end } = span;
  for (const edit of edits) {
    if (end <= edit.start) continue;
    if (start < edit.end) return undefined;
    const delta = edit.length - (edit.end - edit.start);
    start += delta;
    end += delta;
  }
  return { start, end };
}

/**
 * Where the anchored text is now, or null when it cannot be found (an orphan). `hint`: where the
 * caller expects it (its stored place carried through the edits since): taken when the text is
 * there, so re-anchoring after typing costs the claims the edit touched, not a search of the whole
 * document for every claim after it.
 */
export function resolveAnchor(text: string, anchor: Anchor, hint?: Span): Span | null {
  const { exact } = anchor.quote;
  const { start, end } = anchor.position;
  if (exact === '') return null;
  if (hint && hint.end - hint.start === exact.length && text.startsWith(exact, hint.start)) return { start: hint.start, end: hint.end };
  const atOldPlace = text.slice(start, end) === exact;
  if (atOldPlace && text.endsWith(anchor.quote.prefix, start) && text.startsWith(anchor.quote.suffix, end)) return { start, end };
  const occurrences = exactOccurrences(text, exact);
  if (occurrences.length > 0) {
    let bestStart = occurrences[0];
    let bestScore = -Infinity;
    for (const at of occurrences) {
      const score = contextScore(text, anchor, at, at + exact.length);
      if (score > bestScore) {
        bestScore = score;
        bestStart = at;
      }
    }
    // Still at its old place, its context changed: it stays there unless another copy's context is
    // clearly its own (a copy added above shifted the rest: the words around each copy tell them
    // apart), not merely a few characters closer (a paragraph re-wrapped around it).
    if (atOldPlace && bestStart !== start && bestScore <= contextScore(text, anchor, start, end) + OTHER_COPY_MARGIN) return { start, end };
    return { start: bestStart, end: bestStart + exact.length };
  }
  return fuzzyResolve(text, anchor);
}

/**
 * Where a span's text is after `edits`: like `mapSpan`, but an edit inside or across it widens it
 * to cover what was typed there instead of losing it.
 */
export function editedSpan(span: Span, edits: readonly TextEdit[]): Span {
  let { start, end } = span;
  for (const edit of edits) {
    const delta = edit.length - (edit.end - edit.start);
    if (end <= edit.start) continue;
    if (edit.end <= start) {
      start += delta;
      end += delta;
      continue;
    }
    const newEnd = end <= edit.end ? edit.start + edit.length : end + delta;
    start = Math.min(start, edit.start);
    end = newEnd;
  }
  return { start, end };
}

/** An anchor for `[start, end)` of the text `reader` gives, reading only the span and its context. */
export function anchorIn(reader: TextReader, start: number, end: number): Anchor {
  const from = Math.max(0, start - CONTEXT_LENGTH);
  const around = reader.slice(from, Math.min(reader.length, end + CONTEXT_LENGTH));
  return { quote: { exact: around.slice(start - from, end - from), prefix: around.slice(0, start - from), suffix: around.slice(end - from) }, position: { start, end } };
}

/**
 * Where an anchored text is after `edits`, reading as little of the text as will do: at the place
 * the edits moved it to; else, when an edit fell inside it, near where it now is (a typo fixed in a
 * claim is looked for there first, not in the whole document); else anywhere (`resolveAnchor`).
 */
export function resolveAfterEdits(reader: TextReader, anchor: Anchor, edits: readonly TextEdit[]): Span | null {
  const { exact } = anchor.quote;
  if (exact === '') return null;
  const hint = mapSpan(anchor.position, edits);
  if (hint && hint.end <= reader.length && reader.slice(hint.start, hint.end) === exact) return hint;
  if (!hint) {
    const region = editedSpan(anchor.position, edits);
    const pad = Math.max(CONTEXT_LENGTH, exact.length);
    const from = Math.max(0, region.start - pad);
    const window = reader.slice(from, Math.min(reader.length, region.end + pad));
    const near = resolveAnchor(window, { quote: anchor.quote, position: { start: region.start - from, end: Math.min(window.length, region.start - from + exact.length) } });
    if (near) return { start: near.start + from, end: near.end + from };
  }
  return resolveAnchor(reader.whole(), anchor, hint);
}
