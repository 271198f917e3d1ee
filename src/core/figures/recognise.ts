/**
 * The figure recogniser: money, percentages, quantities, dates and periods in Markdown or plain
 * text, with normalised values (see DESIGN.md, "Contracts").
 *
 * Pure TypeScript with no Node or VS Code API, so it also runs in a browser web worker.
 *
 * Decisions a caller may rely on:
 * - Offsets are UTF-16 code units; `text === source.slice(start, end)`; sorted by start, disjoint,
 *   the longest match winning an overlap.
 * - A Markdown-escaped dollar is one token: the span of `\$50 billion` starts at the backslash.
 * - Bare numbers are not figures; a four-digit year is a date only in a temporal context ("in
 *   2024", "since 2014", "early 2024", "the beginning of 2024" — the phrase is in the span, the
 *   value is the year).
 * - A date without a year takes the year of `documentDate`; without one it is `--MM-DD`.
 * - "percentage points" and "basis points" are quantities with unit `pp` and `bp`
 *   (`PercentValue.unit` only allows '%').
 * - Unquantified money ("billions of dollars") is `{currency, approximate: true}`.
 */

import type { FigureAnnotation } from '../types';
import { documentContext } from './dates';
import { applyQualifiers } from './qualifiers';
import { findTallies } from './tallies';
import { resolveOverlaps } from './resolve';
import { scan } from './scan';

export interface RecogniseOptions {
  /** ISO `yyyy-mm-dd` or `yyyy`: the year given to dates written without one. */
  documentDate?: string;
  /**
   * ISO `yyyy-mm-dd`: without a document date, "yesterday", "on Tuesday", "last year" are counted
   * from this day and say so (`value.from: "today"`); the caller's today, never the clock's.
   */
  today?: string;
}

export function recogniseFigures(text: string, options: RecogniseOptions = {}): FigureAnnotation[] {
  if (text.length === 0) return [];
  const scanned = resolveOverlaps(scan(text, documentContext(options.documentDate, options.today)));
  applyQualifiers(text, scanned);
  const tallies = findTallies(text, scanned);
  const kept = tallies.length === 0 ? scanned : [...scanned, ...tallies].sort((a, b) => a.start - b.start);
  for (const f of kept) f.text = text.slice(f.start, f.end);
  return kept;
}
