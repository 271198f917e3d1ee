/**
 * Numbers as the checks read them in a sentence: "40,000", "4.5 billion", "$80 billion", "1.1
 * million" — with where they are, the word before them ("from", "to") and how precisely they are
 * written (the half of their last digit), so that a check can allow for rounding. Years and
 * percentages are told apart, not dropped: each check decides what it needs.
 */
import type { Span } from '../types';

export interface Amount extends Span {
  value: number;
  /** Half a unit of the last digit written, times the scale: what rounding may hide. */
  slack: number;
  /** The amount is a percentage ("25%", "15 percent"). */
  percent: boolean;
  /** Written like a year (four digits from 1800 to 2100, no scale, no currency, no percent). */
  year: boolean;
  /** A currency sign or code before it. */
  money: boolean;
  /** The lower-case word just before it (after any currency sign), or ''. */
  before: string;
  /** "about", "nearly", "more than"… just before it. */
  approximate: boolean;
}

const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9, m: 1e6, mn: 1e6, k: 1e3 };
const AMOUNT = /(?:(US\$|NZ\$|A\$|C\$|HK\$|[$€£¥₹]|USD|EUR|GBP|INR|Rs\.?)\s?)?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:\s?(thousand|million|billion|trillion|bn|mn|m|k)\b)?(\s?(?:%|percent\b|per cent\b))?/g;
const APPROXIMATE = /\b(?:about|around|roughly|nearly|almost|some|approximately|over|more than|less than|under|at least|up to|close to|just over|just under)\s*$/i;

export function amountsIn(text: string, from = 0, to = text.length): Amount[] {
  const found: Amount[] = [];
  const slice = text.slice(from, to);
  AMOUNT.lastIndex = 0;
  for (let m = AMOUNT.exec(slice); m; m = AMOUNT.exec(slice)) {
    const start = from + m.index;
    // Part of a word or of a longer number ("F-16", "2021–2031" is read as two years, which is right).
    const prev = slice.charAt(m.index - 1);
    if (/[\p{L}\d.]/u.test(prev) && !m[1]) continue;
    const whole = Number(m[2].replace(/,/g, ''));
    const decimals = m[3] ?? '';
    const scale = m[4] ? SCALES[m[4].toLowerCase()] : 1;
    const value = (whole + (decimals ? Number(`0.${decimals}`) : 0)) * scale;
    // "$3 billion" is read as precise to a tenth of its scale, "40,000" to its last digit: a writer
    // rounds a scaled figure, but not to the nearest whole billion.
    const slack = scale > 1 && decimals === '' ? 0.05 * scale : 0.5 * 10 ** -decimals.length * scale;
    const percent = m[5] !== undefined;
    const money = m[1] !== undefined;
    const year = !percent && !money && !m[4] && !decimals && /^\d{4}$/.test(m[2]) && whole >= 1800 && whole <= 2100;
    const head = text.slice(Math.max(0, start - 40), start);
    const before = /([\p{L}]+)\W*$/u.exec(head)?.[1]?.toLowerCase() ?? '';
    found.push({ start, end: start + m[0].trimEnd().length, value, slack, percent, year, money, before, approximate: APPROXIMATE.test(head) });
  }
  return found;
}
