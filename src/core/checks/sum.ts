/**
 * Parts of one whole that add up to more than it: shares that make more than 100 % ("oil 45% of
 * exports, gas 35% and coal 30%"; a poll's 52 %, 41 % and 12 %), or counts that make more than the
 * total stated before them ("Of the 120 seats, the ruling party won 64, the opposition 51 and
 * independents 9"). Only within one sentence that says the percentages are shares (of a whole, of a
 * poll, of a vote), never percentages of change; rounding is allowed (half a point for each part).
 */
import type { FigureAnnotation, Span } from '../types';
import { amountsIn } from './amounts';
import type { Finding } from './types';

/** Words that make the percentages of a sentence parts of one whole. */
const SHARE_CUE = /\b(?:of (?:the|its|all|their|his|her|total|global|world)\b|accounted for|account for|accounts for|made up|make up|makes up|share|shares|poll|polls|survey|surveyed|respondents|backed|opposed|undecided|voted|votes|went to|goes to|held by|split)\b/i;
/** A percentage right after these is a change, not a share. */
const CHANGE_BEFORE = /\b(?:rose|rise|rises|risen|fell|fall|falls|increased|decreased|grew|dropped|declined|jumped|climbed|gained|lost|(?<!made |make |makes )up|down|by|cut|slipped|surged|soared|plunged|inflation|interest|rate|growth)\s+(?:by\s+|about\s+|nearly\s+|some\s+|almost\s+|roughly\s+)?$/i;
/** Words that set percentages against each other. */
const COMPARED = /\b(?:compared|than|versus|vs\.?|against|whereas|while)\b/i;
const TOTAL = /^\s*(?:Of|Out of) (?:the |its |all )?(\d{1,3}(?:,\d{3})+|\d+) ([\p{L}-]+)/iu;

const fmt = (x: number): string => (Number.isInteger(x) ? String(x) : x.toFixed(1));

export function sumFindings(text: string, sentences: readonly Span[], figuresIn: readonly (readonly FigureAnnotation[])[]): Finding[] {
  const findings: Finding[] = [];
  for (const [i, s] of sentences.entries()) {
    const sentence = text.slice(s.start, s.end);
    if (!/\d/.test(sentence)) continue;
    const dates = figuresIn[i].filter((f) => f.kind === 'date' || f.kind === 'period');
    const amounts = amountsIn(text, s.start, s.end).filter((a) => !dates.some((d) => d.start <= a.start && a.end <= d.end));

    // Counts against a total given first: "Of the 120 seats, A won 64, B 51 and C 9."
    const total = TOTAL.exec(sentence);
    if (total) {
      const whole = Number(total[1].replace(/,/g, ''));
      const totalEnd = s.start + total.index + total[0].length;
      const parts = amounts.filter((a) => a.start >= totalEnd && !a.percent && !a.year && !a.money && Number.isInteger(a.value));
      const sum = parts.reduce((n, a) => n + a.value, 0);
      if (parts.length >= 2 && sum > whole) {
        const last = parts[parts.length - 1];
        findings.push({
          start: last.start, end: last.end, kind: 'sum',
          message: `The parts add up to ${sum}, more than the ${whole} ${total[2]} stated.`,
          related: [{ start: s.start + total.index, end: totalEnd }, ...parts.slice(0, -1).map((p) => ({ start: p.start, end: p.end }))],
          stated: `${whole} ${total[2]}`, computed: `${sum} in parts`,
        });
      }
      continue;
    }

    // "compared to…", "more than…": the percentages are set against each other, not added.
    if (!SHARE_CUE.test(sentence) || COMPARED.test(sentence)) continue;
    const shares = amounts.filter((a) => a.percent && !CHANGE_BEFORE.test(text.slice(Math.max(s.start, a.start - 24), a.start)) && !/\b(?:from|to)\s+$/i.test(text.slice(Math.max(s.start, a.start - 8), a.start)));
    if (shares.length < 2) continue;
    // Each with a whole of its own ("60% of the world's chips and 90% of the most advanced ones",
    // "with 92% of ballots counted, 49.8% of the vote"): shares of different things.
    if (shares.filter((a) => /^\s+of\b/i.test(text.slice(a.end, a.end + 4))).length > 1) continue;
    const sum = shares.reduce((n, a) => n + a.value, 0);
    // Each part may be rounded: half its last digit, and more for "about" (a point each).
    const slack = shares.reduce((n, a) => n + a.slack + (a.approximate ? 1 : 0), 0);
    if (sum <= 100 + slack) continue;
    const last = shares[shares.length - 1];
    findings.push({
      start: last.start, end: last.end, kind: 'sum',
      message: `These shares add up to ${fmt(sum)} %, more than 100 %.`,
      related: shares.slice(0, -1).map((p) => ({ start: p.start, end: p.end })),
      stated: shares.map((a) => `${fmt(a.value)} %`).join(' + '), computed: `${fmt(sum)} %`,
    });
  }
  return findings;
}
