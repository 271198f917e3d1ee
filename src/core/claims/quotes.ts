/**
 * Direct quotations: where they open and close, so that attribution can (1) ignore reporting verbs
 * inside quoted words and (2) carry one speaker over every sentence of a quote that runs across
 * several sentences. Quotes never run across Markdown blocks here: the journalistic habit of
 * re-opening a quote in each paragraph is left to the per-paragraph attribution.
 */
import type { Sentence } from '../text/sentences';
import type { Span } from '../types';

const OPEN = new Set(['\u201C', '\u201E', '\u00AB']);
const CLOSE = new Set(['\u201D', '\u00BB']);

/** Quoted stretches (from the opening mark to the closing one, both included) in a block of text. */
export function findQuotes(text: string, from: number, to: number): Span[] {
  const quotes: Span[] = [];
  let open = -1;
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if (ch === '"') {
      // A straight quote opens after a space or start, and closes otherwise.
      const before = i > from ? text[i - 1] : ' ';
      if (open < 0 && /[\s([{—–-]/.test(before)) open = i;
      else if (open >= 0) {
        quotes.push({ start: open, end: i + 1 });
        open = -1;
      } else if (i === from) open = i;
    } else if (OPEN.has(ch)) {
      if (open < 0) open = i;
    } else if (CLOSE.has(ch) && open >= 0) {
      quotes.push({ start: open, end: i + 1 });
      open = -1;
    }
  }
  // A quote left open at the end of a paragraph runs to its end (attribution is then outside it).
  if (open >= 0) quotes.push({ start: open, end: to });
  return quotes;
}

/** Quotes of the whole document, block by block. */
export function documentQuotes(text: string, sentences: readonly Sentence[]): Span[] {
  const quotes: Span[] = [];
  let i = 0;
  while (i < sentences.length) {
    let j = i;
    while (j + 1 < sentences.length && sentences[j + 1].block === sentences[i].block) j++;
    quotes.push(...findQuotes(text, sentences[i].start, sentences[j].end));
    i = j + 1;
  }
  return quotes;
}

/**
 * Index of the first quote that ends after `offset`. Quotes are found in document order and never
 * overlap, so their ends increase too: a sentence looks at its own quotes only, not at every quote
 * of the document (which made documents with many quotes quadratic).
 */
export function firstQuoteEndingAfter(quotes: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The quotes overlapping `span`, in order. */
function* quotesIn(quotes: readonly Span[], span: Span): Generator<Span> {
  for (let i = firstQuoteEndingAfter(quotes, span.start); i < quotes.length && quotes[i].start < span.end; i++) yield quotes[i];
}

/** The sentence text with quoted words blanked (quote marks kept), so verbs inside quotes are not seen. */
export function maskQuotes(text: string, sentence: Span, quotes: readonly Span[]): string {
  const slice = text.slice(sentence.start, sentence.end);
  const first = firstQuoteEndingAfter(quotes, sentence.start);
  if (first >= quotes.length || quotes[first].start >= sentence.end) return slice;
  const chars = slice.split('');
  for (const quote of quotesIn(quotes, sentence)) {
    const from = Math.max(quote.start + 1, sentence.start);
    const to = Math.min(quote.end - 1, sentence.end);
    for (let k = from; k < to; k++) chars[k - sentence.start] = ' ';
  }
  return chars.join('');
}

/** How much of the sentence's words are inside quotes, from 0 to 1. */
export function quotedShare(sentence: Span, quotes: readonly Span[]): number {
  let covered = 0;
  for (const quote of quotesIn(quotes, sentence)) {
    const from = Math.max(quote.start, sentence.start);
    const to = Math.min(quote.end, sentence.end);
    if (to > from) covered += to - from;
  }
  const length = sentence.end - sentence.start;
  return length > 0 ? Math.min(1, covered / length) : 0;
}
