/** Human-readable forms of normalised figure values and ISO dates. */
import { qualifierOf } from '../figures/qualifiers';
import type { FigureAnnotation } from '../types';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const SCALES: [number, string][] = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

/** 5e10 → "50 billion"; 1234 → "1,234". */
export function formatAmount(amount: number): string {
  for (const [scale, word] of SCALES) {
    if (Math.abs(amount) >= scale) return `${trimNumber(amount / scale)} ${word}`;
  }
  return amount.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

function trimNumber(value: number): string {
  return Number(value.toFixed(2)).toString();
}

/** One figure as a multiple of another: "2.0 ×", "12 ×", "0.25 ×". */
function ratioText(ratio: number): string {
  if (ratio >= 10) return `${Math.round(ratio)} ×`;
  return `${ratio.toFixed(ratio >= 1 ? 1 : 2)} ×`;
}

/**
 * A ratio that may be a range (a figure against a range, or two ranges): "2.0 ×" when its ends
 * agree within 5 %, else "3.6–4.2 ×".
 */
export function formatRatio(low: number, high: number): string {
  return Math.abs(high - low) < 0.05 * low ? ratioText(low) : `${ratioText(low).replace(' ×', '')}–${ratioText(high)}`;
}

export function formatMoney(amount: number, currency: string): string {
  return `${currency} ${formatAmount(amount)}`;
}

/** "2023-12-26" → "26 December 2023"; "2020-03" → "March 2020"; "--12-26" → "26 December"; "--03" → "March". */
export function formatIsoDate(iso: string): string {
  const full = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (full) return `${Number(full[3])} ${MONTHS[Number(full[2]) - 1]} ${full[1]}`;
  const month = /^(\d{4})-(\d{2})$/.exec(iso);
  if (month) return `${MONTHS[Number(month[2]) - 1]} ${month[1]}`;
  const noYear = /^--(\d{2})-(\d{2})$/.exec(iso);
  if (noYear) return `${Number(noYear[2])} ${MONTHS[Number(noYear[1]) - 1]}`;
  const monthOnly = /^--(\d{2})$/.exec(iso);
  if (monthOnly) return MONTHS[Number(monthOnly[1]) - 1] ?? iso;
  return iso;
}

/** The value of a figure in one line of words. */
export function describeValue(figure: FigureAnnotation): string {
  const bound = (figure.value as { bound?: string }).bound;
  if (!bound) return describeAmount(figure);
  // The qualifier as written ("more than", "up to", "about"), then the amount.
  return `${qualifierOf(figure)?.toLowerCase() ?? BOUND_WORDS[bound] ?? ''} ${describeAmount(figure)}`.trim();
}

const BOUND_WORDS: Readonly<Record<string, string>> = { lower: 'at least', upper: 'at most', approx: 'about' };

function describeAmount(figure: FigureAnnotation): string {
  const value = figure.value as unknown as Record<string, unknown>;
  if (Array.isArray(value.tally) && value.tally.length === 2) return `${value.tally[0]} for, ${value.tally[1]} against`;
  if (typeof value.min === 'number' && typeof value.max === 'number') {
    const unit = typeof value.currency === 'string' ? `${value.currency} ` : '';
    const suffix = typeof value.unit === 'string' ? (value.unit === '%' ? '%' : ` ${value.unit}`) : '';
    return `${unit}${formatAmount(value.min)}${suffix} to ${unit}${formatAmount(value.max)}${suffix}`;
  }
  if (value.approximate === true && typeof value.currency === 'string') return `an unquantified amount in ${value.currency}`;
  if (typeof value.amount === 'number' && typeof value.currency === 'string') return formatMoney(value.amount, value.currency);
  if (typeof value.amount === 'number' && value.unit === '%') return `${trimNumber(value.amount)}%`;
  if (typeof value.amount === 'number' && typeof value.unit === 'string') return `${formatAmount(value.amount)} ${value.unit}`;
  if (typeof value.date === 'string') return formatIsoDate(value.date);
  if (typeof value.start === 'string' && typeof value.end === 'string') return `${formatIsoDate(value.start)} to ${formatIsoDate(value.end)}`;
  return figure.text;
}
