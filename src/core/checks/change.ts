/**
 * A stated change against the two figures it links: "rose 25% … from $8 billion to $12 billion" (that
 * is +50 %), "doubled from $3 billion to $4.5 billion" (1.5 times), "fell 30% to 14 million tonnes,
 * down from 16 million". Silent unless the sentence gives both ends ("from A", "to B") in one unit,
 * and lenient with rounding: each figure may be off by half its last digit, and "about", "nearly"
 * widen the margin.
 */
import type { FigureAnnotation, Span } from '../types';
import { amountsIn, type Amount } from './amounts';
import type { Finding } from './types';

const RISE = /\b(?:rose|rise|rises|risen|rising|increased|increases|increase|grew|grows|grown|growth|jumped|jumps|climbed|climbs|soared|soars|surged|surges|gained|gains|up|expanded|expands)\b/i;
const FALL = /\b(?:fell|fall|falls|fallen|falling|dropped|drops|drop|declined|declines|decline|decreased|decreases|decrease|slipped|slips|plunged|plunges|shrank|shrinks|shrunk|down|lost|loses|cut|contracted|contracts)\b/i;
const MULTIPLES: Record<string, number> = { doubled: 2, doubles: 2, tripled: 3, triples: 3, trebled: 3, quadrupled: 4, quadruples: 4, halved: 0.5, halves: 0.5 };
const MULTIPLE = /\b(doubled|doubles|tripled|triples|trebled|quadrupled|quadruples|halved|halves)\b/i;
/** "more than doubled", "nearly tripled": the word says only roughly how much. */
const HEDGED_MULTIPLE = /\b(?:more than|nearly|almost|about|roughly|around|over|at least|some|close to|well over|just over|just under)\s+$/i;

interface Ends {
  from: Amount;
  to: Amount;
}

/** The figure after "from" and the one after "to" in the sentence, of one kind (money or not). */
function endsOf(amounts: readonly Amount[]): Ends | undefined {
  const candidates = amounts.filter((a) => !a.percent && !a.year);
  const from = candidates.find((a) => a.before === 'from');
  const to = candidates.find((a) => a.before === 'to' || a.before === 'at');
  if (!from || !to || from === to || from.money !== to.money || from.value <= 0) return undefined;
  return { from, to };
}

const percentText = (x: number): string => `${x >= 0 ? '+' : '−'}${Math.abs(x) >= 10 ? Math.round(Math.abs(x)) : Math.round(Math.abs(x) * 10) / 10} %`;
const factorText = (x: number): string => `${Math.round(x * 100) / 100} times`;

export function changeFindings(text: string, sentences: readonly Span[], figuresIn: readonly (readonly FigureAnnotation[])[]): Finding[] {
  const findings: Finding[] = [];
  const written = (a: Amount): string => text.slice(a.start, a.end);
  for (const [i, s] of sentences.entries()) {
    const sentence = text.slice(s.start, s.end);
    if (!/\d/.test(sentence)) continue;
    // Day numbers of dates ("from 10 to 12 June") are no quantities.
    const dates = figuresIn[i].filter((f) => f.kind === 'date' || f.kind === 'period');
    const amounts = amountsIn(text, s.start, s.end).filter((a) => !dates.some((d) => d.start <= a.start && a.end <= d.end));
    const ends = endsOf(amounts);
    if (!ends) continue;
    const { from, to } = ends;
    // What the figures allow, with each end off by half its last digit.
    const lowFactor = (to.value - to.slack) / (from.value + from.slack);
    const highFactor = (to.value + to.slack) / (from.value - from.slack || from.value);
    const factor = to.value / from.value;
    const related = [{ start: from.start, end: from.end }, { start: to.start, end: to.end }];

    const multiple = MULTIPLE.exec(sentence);
    if (multiple) {
      const at = s.start + multiple.index;
      if (HEDGED_MULTIPLE.test(text.slice(Math.max(s.start, at - 16), at))) continue;
      const stated = MULTIPLES[multiple[1].toLowerCase()];
      // "doubled" passes from 1.8 to 2.2 times, "halved" from 0.45 to 0.55.
      if (highFactor >= stated * 0.9 && lowFactor <= stated * 1.1) continue;
      findings.push({
        start: at,
        end: at + multiple[1].length,
        kind: 'change',
        message: `“${multiple[1]}”, but ${written(from)} to ${written(to)} is ${factorText(factor)}.`,
        related,
        stated: `× ${stated}`,
        computed: factorText(factor),
      });
      continue;
    }

    // The stated percentage: the first one after a verb of change, before both ends or among them.
    const stated = amounts.find((a) => a.percent && (RISE.test(text.slice(Math.max(s.start, a.start - 24), a.start)) || FALL.test(text.slice(Math.max(s.start, a.start - 24), a.start))));
    if (!stated) continue;
    const cue = text.slice(Math.max(s.start, stated.start - 24), stated.start);
    const falling = FALL.test(cue) && !RISE.test(cue.slice(cue.search(FALL)));
    const signed = falling ? -stated.value : stated.value;
    const low = (lowFactor - 1) * 100;
    const high = (highFactor - 1) * 100;
    const actual = (factor - 1) * 100;
    // Rounding of the stated figure (half its last digit), and more room when it says "about".
    const margin = stated.slack + (stated.approximate || from.approximate || to.approximate ? Math.max(3, 0.15 * stated.value) : Math.max(0.5, 0.02 * stated.value));
    if (signed >= low - margin && signed <= high + margin) continue;
    findings.push({
      start: stated.start,
      end: stated.end,
      kind: 'change',
      message: `${percentText(signed)} stated, but ${written(from)} to ${written(to)} is ${percentText(actual)}.`,
      related,
      stated: percentText(signed),
      computed: percentText(actual),
    });
  }
  return findings;
}
