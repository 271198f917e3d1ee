/**
 * A weekday written next to a full date that falls on another day: "on Wednesday, 12 March 2024"
 * (a Tuesday), "on 26 December 2023, a Monday", "Monday (20 November 2025)". Only a weekday that
 * is part of the date's phrase is read: "arrived on Monday and met him on 9 September" names two
 * days.
 */
import type { FigureAnnotation } from '../types';
import type { Finding } from './types';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const NAME = WEEKDAYS.join('|');
/** "Wednesday, " / "Tuesday " / "Monday (" / "Friday the " right before the date. */
const BEFORE = new RegExp(`\\b(${NAME})(?:,\\s*|\\s+(?:the\\s+)?|\\s*\\(\\s*)$`);
/** ", a Monday" / " (a Tuesday)" / ", which was a Friday" right after it. */
const AFTER = new RegExp(`^\\)?\\s*(?:,\\s*|\\(\\s*)(?:a|which was a|that is a|then a)\\s+(${NAME})\\b`);

export function weekdayFindings(text: string, figures: readonly FigureAnnotation[]): Finding[] {
  const findings: Finding[] = [];
  for (const f of figures) {
    if (f.kind !== 'date' || !('date' in f.value)) continue;
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(f.value.date);
    // A weekday counted from the document's date is right by construction.
    if (!m || !/\d/.test(f.text)) continue;
    const actual = WEEKDAYS[new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).getUTCDay()];
    const before = BEFORE.exec(text.slice(Math.max(0, f.start - 16), f.start));
    const after = AFTER.exec(text.slice(f.end, f.end + 24));
    let word: { start: number; end: number; name: string } | undefined;
    if (before) {
      const start = f.start - before[0].length;
      word = { start, end: start + before[1].length, name: before[1] };
    } else if (after) {
      const start = f.end + after[0].length - after[1].length;
      word = { start, end: start + after[1].length, name: after[1] };
    }
    if (!word || word.name === actual) continue;
    findings.push({
      start: word.start,
      end: word.end,
      kind: 'weekday',
      message: `${f.text.trim()} was a ${actual}, not a ${word.name}.`,
      related: [{ start: f.start, end: f.end }],
      stated: word.name,
      computed: actual,
    });
  }
  return findings;
}
