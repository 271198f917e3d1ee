/**
 * Vote tallies: "voted 70-29", "by a vote of 120 to 15", "adopted by 141 votes to 5". A tally is a
 * `quantity` with `{tally: [for, against]}` and no unit (DESIGN.md): two counts of one vote, not a
 * range and not a score of anything else, so it needs a word of voting right before it.
 */
import type { FigureAnnotation } from '../types';
import { figure } from './annotation';

const TALLY = /\b(?:voted|vote of|votes? (?:was|were)|by a (?:vote|margin) of|(?:passed|approved|adopted|rejected|defeated|carried|confirmed)(?: by)?)\s+(\d{1,4})(?:\s+votes?)?\s*(?:-|–|—|to)\s*(\d{1,4})\b/dgi;

/** Tallies in `text` that overlap none of `figures` (sorted by start). */
export function findTallies(text: string, figures: readonly FigureAnnotation[]): FigureAnnotation[] {
  const out: FigureAnnotation[] = [];
  TALLY.lastIndex = 0;
  for (let m = TALLY.exec(text); m; m = TALLY.exec(text)) {
    const start = m.indices?.[1]?.[0] ?? m.index;
    const end = m.index + m[0].length;
    if (figures.some((f) => f.start < end && start < f.end)) continue;
    out.push(figure(start, end, 'quantity', { tally: [Number(m[1]), Number(m[2])] }));
  }
  return out;
}
