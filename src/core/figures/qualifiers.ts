/**
 * Qualifiers before an amount ("more than 90 %", "up to $5 billion", "about 40 %", "at least 12
 * troops"): the words join the figure's span and say which way the amount bounds the truth
 * (`value.bound`, DESIGN.md). Absent means exact as written. Dates and periods take none ("around
 * 2023" is a date).
 */
import type { Bound, FigureAnnotation } from '../types';

/** Phrases, lower case, by the bound they give; the longest written before the amount wins. */
const QUALIFIERS: readonly [phrase: string, bound: Bound][] = [
  ['no more than', 'upper'],
  ['no fewer than', 'lower'],
  ['no less than', 'lower'],
  ['more than', 'lower'],
  ['greater than', 'lower'],
  ['at least', 'lower'],
  ['as many as', 'upper'],
  ['as much as', 'upper'],
  ['less than', 'upper'],
  ['fewer than', 'upper'],
  ['at most', 'upper'],
  ['up to', 'upper'],
  ['over', 'lower'],
  ['above', 'lower'],
  ['exceeding', 'lower'],
  ['under', 'upper'],
  ['below', 'upper'],
  ['about', 'approx'],
  ['around', 'approx'],
  ['nearly', 'approx'],
  ['almost', 'approx'],
  ['some', 'approx'],
  ['roughly', 'approx'],
  ['approximately', 'approx'],
  ['circa', 'approx'],
  ['an estimated', 'approx'],
  ['close to', 'approx'],
];

/** The longest phrase: the text before an amount is read this far back, no further. */
const LONGEST = Math.max(...QUALIFIERS.map(([phrase]) => phrase.length)) + 1;

/**
 * Extends amounts in place with the qualifier written just before them. `figures` are sorted and
 * disjoint; a qualifier never reaches into the figure before.
 */
export function applyQualifiers(text: string, figures: FigureAnnotation[]): void {
  let previousEnd = 0;
  for (const f of figures) {
    const value = f.value as { amount?: number; min?: number; bound?: Bound };
    if ((f.kind === 'money' || f.kind === 'percent' || f.kind === 'quantity') && (typeof value.amount === 'number' || typeof value.min === 'number')) {
      const qualifier = qualifierBefore(text, f.start, previousEnd);
      if (qualifier) {
        f.start = qualifier.start;
        value.bound = qualifier.bound;
      }
    }
    previousEnd = f.end;
  }
}

function qualifierBefore(text: string, start: number, limit: number): { start: number; bound: Bound } | undefined {
  // One space (or a no-break space) between the qualifier and the amount, on the same line.
  const gap = text.charCodeAt(start - 1);
  if (gap !== 0x20 && gap !== 0xa0) return undefined;
  const from = Math.max(limit, start - 1 - LONGEST);
  const before = text.slice(from, start - 1).toLowerCase();
  for (const [phrase, bound] of QUALIFIERS) {
    if (!before.endsWith(phrase)) continue;
    const at = start - 1 - phrase.length;
    // The phrase starts a word ("about", not the end of "roundabout").
    if (at > 0 && /[\p{L}\p{N}]/u.test(text.charAt(at - 1))) continue;
    if (at < limit) continue;
    return { start: at, bound };
  }
  return undefined;
}

/**
 * The qualifier a figure's text starts with ("more than" in "more than 90 percent"), as written,
 * or undefined when its value has no bound.
 */
export function qualifierOf(figure: FigureAnnotation): string | undefined {
  if (!(figure.value as { bound?: Bound }).bound) return undefined;
  const lower = figure.text.toLowerCase();
  for (const [phrase] of QUALIFIERS) if (lower.startsWith(phrase) && /\s/u.test(figure.text.charAt(phrase.length))) return figure.text.slice(0, phrase.length);
  return undefined;
}
