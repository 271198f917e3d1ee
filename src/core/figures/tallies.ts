/**
 * Vote tallies: "voted 70-29", "by a vote of 120 to 15", "adopted by 141 votes to 5". A tally is a
 * `quantity` with `{tally: [for, against]}` and no unit (DESIGN.md): two counts of one vote, not a
 * range and not a score of anything else, so it needs a word of voting right before it.
 */
import type { FigureAnnotation } from '../types';
import { figure } from './annotation';

/** The numbers of a tally, from the first digit on. */
const NUMBERS = /(\d{1,4})(?:\s+votes?)?\s*(?:-|–|—|to)\s*(\d{1,4})\b/gi;
/** The word of voting that must come right before (with white space between). */
const VOTING = /(?:^|\W)(?:voted|vote of|votes? (?:was|were)|by a (?:vote|margin) of|(?:passed|approved|adopted|rejected|defeated|carried|confirmed)(?: by)?)$/i;
/** Longer than the longest word of voting plus the character before it. */
const VOTING_REACH = 24;

/**
 * Tallies in `text` that overlap none of `figures` (sorted by start). The numbers are found first
 * and the word of voting checked behind them: a pattern that starts with the words would be tried
 * at every position of the text, and tallies are rare.
 */
export function findTallies(text: string, figures: readonly FigureAnnotation[]): FigureAnnotation[] {
  const out: FigureAnnotation[] = [];
  NUMBERS.lastIndex = 0;
  for (let m = NUMBERS.exec(text); m; m = NUMBERS.exec(text)) {
    const start = m.index;
    let wordEnd = start;
    while (wordEnd > 0 && /\s/.test(text[wordEnd - 1])) wordEnd--;
    if (wordEnd === start || !VOTING.test(text.slice(Math.max(0, wordEnd - VOTING_REACH), wordEnd))) {
      // Not a tally here; numbers starting further on may still be one.
      NUMBERS.lastIndex = start + 1;
      continue;
    }
    const end = start + m[0].length;
    if (figures.some((f) => f.start < end && start < f.end)) continue;
    out.push(figure(start, end, 'quantity', { tally: [Number(m[1]), Number(m[2])] }));
  }
  return out;
}
