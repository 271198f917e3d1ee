/**
 * The single pass over the text. One global regular expression finds the places where a figure
 * can start — a digit, a currency symbol, or a number word — and small anchored parsers read
 * forward (and a few characters back) from each. The scan then resumes after whatever was read,
 * so every character is looked at a bounded number of times: linear time on any input.
 */

import { isDigitCode } from './chars';
import { CURRENCY_SYMBOLS } from './currencies';
import { type DateContext, parseDate } from './dates';
import { measureFigure, parseMeasureAt, parseUnquantifiedAt, parseWordMeasureAt, skipNumberRun } from './measures';
import { NUMBER_WORDS } from './numbers';
import { parseRange } from './ranges';
import { trieAlternation } from './trie';
import type { FigureKind, FigureValue } from '../types';

export interface RawFigure {
  start: number;
  end: number;
  kind: FigureKind;
  value: FigureValue;
}

const escapeChar = (c: string): string => (/[\\\]^-]/.test(c) ? `\\${c}` : c);

const UNQUANTIFIED_TRIGGERS: readonly string[] = ['tens', 'hundreds', 'thousands', 'millions', 'billions', 'trillions'];
const UNQUANTIFIED_SET: ReadonlySet<string> = new Set(UNQUANTIFIED_TRIGGERS);

/**
 * Two trigger streams, merged in order. Irregexp finds a single character class, or a single
 * trie-shaped word alternation, several times faster than one regex holding both, so two scans
 * beat one here.
 * - Numeric: a digit or a currency symbol.
 * - Words: number words ("twenty percent"), plural scales ("billions of dollars") and URLs, so that
 *   the scan can jump over them ("…/2023/12/report?share=50%25" holds no figure a reader sees).
 */
const NUMERIC_TRIGGER = new RegExp(`[0-9${[...CURRENCY_SYMBOLS.keys()].map(escapeChar).join('')}]`, 'g');
const WORD_TRIGGER = new RegExp(
  `\\b(?:(?:${trieAlternation([...NUMBER_WORDS, ...UNQUANTIFIED_TRIGGERS], true)})\\b|https?://|www\\.)`,
  'g',
);

function isUrlTrigger(trigger: string): boolean {
  return trigger.endsWith('/') || trigger.endsWith('.');
}

/** Where a URL ends: at a space or at what closes it in Markdown, HTML or prose. */
function urlEnd(text: string, p: number): number {
  let i = p;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    // space, tab, line breaks, " ' ) < > ] `
    if (c <= 0x20 || c === 0x22 || c === 0x27 || c === 0x29 || c === 0x3c || c === 0x3e || c === 0x5d || c === 0x60) break;
    if (c === 0xa0 || c === 0x202f) break;
    i++;
  }
  return i;
}

/** A global regex's next match at or after `from`, or null. */
function nextMatch(re: RegExp, text: string, from: number): RegExpExecArray | null {
  re.lastIndex = from;
  return re.exec(text);
}

export function scan(text: string, ctx: DateContext): RawFigure[] {
  const out: RawFigure[] = [];
  // Own copies: the scan must be re-entrant (lastIndex is state).
  const numeric = new RegExp(NUMERIC_TRIGGER.source, NUMERIC_TRIGGER.flags);
  const words = new RegExp(WORD_TRIGGER.source, WORD_TRIGGER.flags);
  let n = nextMatch(numeric, text, 0);
  let w = nextMatch(words, text, 0);
  let floor = 0; // end of the last figure: lookbacks must not reach into it
  while (n !== null || w !== null) {
    const useNumeric = w === null || (n !== null && n.index <= w.index);
    const m = (useNumeric ? n : w) as RegExpExecArray;
    const p = m.index;
    const trigger = m[0];
    const before = out.length;
    let resume: number;
    if (useNumeric) {
      resume = Math.max(p + 1, numericAt(text, p, ctx, floor, out));
    } else if (isUrlTrigger(trigger)) {
      resume = urlEnd(text, p);
    } else {
      resume = Math.max(p + trigger.length, wordAt(text, p, trigger.toLowerCase(), out));
    }
    for (let i = before; i < out.length; i++) floor = Math.max(floor, (out[i] as RawFigure).end);
    if (n !== null && n.index < resume) n = nextMatch(numeric, text, resume);
    if (w !== null && w.index < resume) w = nextMatch(words, text, resume);
  }
  return out;
}

/** Figures that start with the digit or symbol at `p`; returns where scanning may resume. */
function numericAt(text: string, p: number, ctx: DateContext, floor: number, out: RawFigure[]): number {
  const m1 = parseMeasureAt(text, p, { floor });
  if (!m1) return isDigitCode(text.charCodeAt(p)) ? skipNumberRun(text, p) : p + 1;
  let resume = m1.literal ? m1.literal.end : m1.end;
  const single = measureFigure(m1);
  if (single) {
    out.push({ start: m1.start, end: m1.end, kind: single.kind, value: single.value });
    resume = Math.max(resume, m1.end);
  }
  const range = parseRange(text, m1);
  if (range) {
    out.push(range);
    resume = Math.max(resume, range.end);
  }
  if (m1.kind === 'bare' && !m1.scaled && !m1.negative && m1.literal) {
    const date = parseDate(text, m1.literal, ctx);
    if (date) {
      out.push(date);
      resume = Math.max(resume, date.end);
    }
  }
  return resume;
}

/** Figures that start with a number word ("twenty percent") or a plural scale ("billions of dollars"). */
function wordAt(text: string, p: number, word: string, out: RawFigure[]): number {
  if (UNQUANTIFIED_SET.has(word)) {
    const u = parseUnquantifiedAt(text, p);
    if (u) {
      out.push({ start: u.start, end: u.end, kind: 'money', value: { currency: u.currency, approximate: true } });
      return u.end;
    }
    return p + word.length;
  }
  const m = parseWordMeasureAt(text, p);
  if (!m) return p + word.length;
  const single = measureFigure(m);
  if (!single) return p + word.length;
  out.push({ start: m.start, end: m.end, ...single });
  const range = parseRange(text, m);
  if (range) out.push(range);
  return Math.max(m.end, range ? range.end : 0);
}
