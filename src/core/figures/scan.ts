/**
 * The single pass over the text. One loop over the char codes finds the places where a figure can
 * start — a digit, a currency symbol, or a number word — and small anchored parsers read
 * forward (and a few characters back) from each. The scan then resumes after whatever was read,
 * so every character is looked at a bounded number of times: linear time on any input.
 */

import { isDigitCode } from './chars';
import { CURRENCY_SYMBOLS } from './currencies';
import { figure } from './annotation';
import { type DateContext, parseDate } from './dates';
import { measureAnnotation, parseMeasureAt, parseUnquantifiedAt, parseWordMeasureAt, skipNumberRun } from './measures';
import { NUMBER_WORDS } from './numbers';
import { parseRange } from './ranges';
import { MONTH_NAMES, parseMonthName } from './monthNames';
import { RELATIVE_TRIGGERS, parseRelativeDate } from './relativeDates';
import { DAY_WORDS, WEEKDAY_NAMES, parseDayWord, parseWeekday } from './weekdays';
import type { FigureAnnotation } from '../types';

const UNQUANTIFIED_TRIGGERS: readonly string[] = ['tens', 'hundreds', 'thousands', 'millions', 'billions', 'trillions'];

/**
 * Two kinds of trigger, found by one loop over the char codes (no regular expression, no match
 * object, two table lookups per character):
 * - Numeric: a digit that does not follow a digit, or a currency symbol.
 * - Words: number words ("twenty percent"), plural scales ("billions of dollars") and URLs, so that
 *   the scan can jump over them ("…/2023/12/report?share=50%25" holds no figure a reader sees).
 *   A word triggers when it is a whole `\w` run (ASCII letters, digits, `_`: the word boundary of
 *   a JavaScript regular expression) written in lower case, its first letter in either case.
 *
 * Each character is folded to five bits (`FOLD`) and the last three are kept in a rolling 15-bit
 * key; `HITS[key]` (32 KB: it stays in the first-level cache) says whether the last character is
 * a numeric trigger or ends the first three letters of a possible trigger word. Those three
 * letters, at the start of a `\w` run, leave a few candidates per thousand words, which
 * `triggerWord` then reads in full.
 */
const NON_WORD = 0; // 1–26: the letters a–z in either case
const DIGIT = 27;
const SYMBOL = 28; // a currency symbol (not `\w`, like NON_WORD)
const UNDERSCORE = 29;
const FOLD = new Uint8Array(0x10000);
for (let c = 65; c <= 90; c++) FOLD[c] = c - 64;
for (let c = 97; c <= 122; c++) FOLD[c] = c - 96;
for (let c = 48; c <= 57; c++) FOLD[c] = DIGIT;
FOLD[0x5f] = UNDERSCORE;
for (const sym of CURRENCY_SYMBOLS.keys()) for (let i = 0; i < sym.length; i++) FOLD[sym.charCodeAt(i)] = SYMBOL;

const KEY_MASK = 0x7fff;
const NUMERIC_HIT = 1;
const WORD_HIT = 2;
const HITS = new Uint8Array(KEY_MASK + 1);
for (let a = 0; a < 32; a++) {
  for (let b = 0; b < 32; b++) {
    HITS[(a << 10) | (b << 5) | SYMBOL] = NUMERIC_HIT;
    if (b !== DIGIT) HITS[(a << 10) | (b << 5) | DIGIT] = NUMERIC_HIT;
  }
}

/**
 * Trigger words by a numeric key of their letters (a–z as 1–26, five bits each: ten letters fit
 * in a double exactly).
 */
interface Trigger {
  length: number;
  /**
   * What may start at the word: a number ("twenty percent"), money without an amount after a
   * plural scale ("billions of dollars"), a date relative to the document's ("this year", `value`
   * the step), a month named without a number ("in March", `value` 1–12), a weekday ("on Tuesday",
   * `value` 1–7) or a day word ("yesterday", `value` the step).
   */
  kind: 'number' | 'unquantified' | 'relative' | 'month' | 'weekday' | 'day';
  value: number;
}
const TRIGGER_WORDS = new Map<number, Trigger>();
let minTrigger = Infinity;
let maxTrigger = 0;
/**
 * What may follow the first three letters of a trigger word, by their key: bit `f` for a letter
 * folded to `f` (1–26), bits NON_WORD and SYMBOL when the word may end there ("one", "www").
 * Common words share the first three letters of a trigger ("for" and "forty", "this" and
 * "thirty", "military" and "million"): one look at the fourth character drops most of them before
 * the word is read in full.
 */
const FOURTH = new Uint32Array(KEY_MASK + 1);
const addWordHit = (w: string): void => {
  const key = ((w.charCodeAt(0) - 96) << 10) | ((w.charCodeAt(1) - 96) << 5) | (w.charCodeAt(2) - 96);
  HITS[key] = WORD_HIT;
  FOURTH[key] = (FOURTH[key] as number) | (w.length > 3 ? 1 << (w.charCodeAt(3) - 96) : (1 << NON_WORD) | (1 << SYMBOL));
};
const TRIGGER_LIST: [string, Trigger['kind'], number][] = [
  ...NUMBER_WORDS.map((w): [string, Trigger['kind'], number] => [w, 'number', 0]),
  ...UNQUANTIFIED_TRIGGERS.map((w): [string, Trigger['kind'], number] => [w, 'unquantified', 0]),
  ...[...RELATIVE_TRIGGERS].map(([w, step]): [string, Trigger['kind'], number] => [w, 'relative', step]),
  ...MONTH_NAMES.map((w, i): [string, Trigger['kind'], number] => [w, 'month', i + 1]),
  ...WEEKDAY_NAMES.map((w, i): [string, Trigger['kind'], number] => [w, 'weekday', i + 1]),
  ...[...DAY_WORDS].map(([w, step]): [string, Trigger['kind'], number] => [w, 'day', step]),
];
for (const [w, kind, value] of TRIGGER_LIST) {
  if (!/^[a-z]{3,10}$/.test(w)) throw new Error(`figures: trigger word "${w}" is not 3–10 lower-case letters`);
  let key = 0;
  for (let i = 0; i < w.length; i++) key = key * 32 + (w.charCodeAt(i) - 96);
  if (TRIGGER_WORDS.has(key)) throw new Error(`figures: trigger word "${w}" is listed twice`);
  TRIGGER_WORDS.set(key, { length: w.length, kind, value });
  addWordHit(w);
  minTrigger = Math.min(minTrigger, w.length);
  maxTrigger = Math.max(maxTrigger, w.length);
}
addWordHit('http');
addWordHit('www');

/** The trigger word spelled by the letters [s, e) (first letter in either case, the rest lower), or undefined. */
function triggerWord(text: string, s: number, e: number): Trigger | undefined {
  if (e - s < minTrigger || e - s > maxTrigger) return undefined;
  let key = (text.charCodeAt(s) | 0x20) - 96;
  for (let i = s + 1; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c < 97) return undefined; // a capital after the first letter
    key = key * 32 + (c - 96);
  }
  return TRIGGER_WORDS.get(key);
}

/** "http://", "https://" or "www." starting at `s`, where the letters [s, e) are a whole run. */
function isUrlStart(text: string, s: number, e: number): boolean {
  const c = text.charCodeAt(s);
  if (c === 0x77 /* w */) return e - s === 3 && text.startsWith('www.', s);
  if (c !== 0x68 /* h */ || (e - s !== 4 && e - s !== 5)) return false;
  return text.startsWith(e - s === 4 ? 'http://' : 'https://', s);
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

/** The rolling key of the three characters before `p`. */
function keyBefore(text: string, p: number): number {
  if (p >= 3) {
    // straight-line: this runs at every hit
    const a = FOLD[text.charCodeAt(p - 3)] as number;
    const b = FOLD[text.charCodeAt(p - 2)] as number;
    return (a << 10) | (b << 5) | (FOLD[text.charCodeAt(p - 1)] as number);
  }
  let key = 0;
  for (let i = Math.max(0, p - 3); i < p; i++) key = (key << 5) | (FOLD[text.charCodeAt(i)] as number);
  return key & KEY_MASK;
}

export function scan(text: string, ctx: DateContext): FigureAnnotation[] {
  const out: FigureAnnotation[] = [];
  const len = text.length;
  let floor = 0; // end of the last figure: lookbacks must not reach into it
  let key = 0;
  let from = 0; // triggers start here or after (where the last one's figure ended)
  let i = 0;
  for (;;) {
    // The inner loop only finds the next hit: with no call in it, the compiler keeps the string
    // and the tables in registers (a call in the loop made each character cost twice as much).
    // It stays here rather than in a function of its own: a call per hit, with the key handed
    // back, cost a fifth more on article text.
    let hit = 0;
    for (; i < len; i++) {
      key = ((key << 5) | (FOLD[text.charCodeAt(i)] as number)) & KEY_MASK;
      hit = HITS[key] as number;
      if (hit !== 0) break;
    }
    if (i >= len) break;
    const before = out.length;
    let resume: number;
    if (hit === WORD_HIT) {
      const p = i - 2;
      i++;
      if (p < from) continue;
      if (p > 0) {
        const b = FOLD[text.charCodeAt(p - 1)] as number;
        if (b !== NON_WORD && b !== SYMBOL) continue; // inside a `\w` run
      }
      const fourth = i < len ? (FOLD[text.charCodeAt(i)] as number) : NON_WORD;
      if ((((FOURTH[key] as number) >>> fourth) & 1) === 0) continue;
      let e = i;
      while (e < len) {
        const f = FOLD[text.charCodeAt(e)] as number;
        if (f === NON_WORD || f === SYMBOL) break;
        if (f > 26) {
          e = -1; // letters, then a digit or `_`: not a word
          break;
        }
        e++;
      }
      if (e < 0) continue;
      if (isUrlStart(text, p, e)) {
        resume = urlEnd(text, p);
      } else {
        const word = triggerWord(text, p, e);
        if (word === undefined) continue;
        if (word.kind !== 'number' && word.kind !== 'unquantified') {
          const date = dateWordAt(text, p, word, ctx, floor);
          if (!date) continue;
          out.push(date);
          resume = date.end;
        } else {
          resume = Math.max(p + word.length, wordAt(text, p, word, out));
        }
      }
    } else {
      resume = Math.max(i + 1, numericAt(text, i, ctx, floor, out));
    }
    for (let j = before; j < out.length; j++) floor = Math.max(floor, (out[j] as FigureAnnotation).end);
    from = resume;
    key = keyBefore(text, resume);
    i = resume;
  }
  return out;
}

/** Figures that start with the digit or symbol at `p`; returns where scanning may resume. */
function numericAt(text: string, p: number, ctx: DateContext, floor: number, out: FigureAnnotation[]): number {
  const m1 = parseMeasureAt(text, p, floor, false, false);
  if (!m1) return isDigitCode(text.charCodeAt(p)) ? skipNumberRun(text, p) : p + 1;
  let resume = m1.literal ? m1.literal.end : m1.end;
  const single = measureAnnotation(m1);
  if (single) {
    out.push(single);
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

/** The date a date word starts ("this year", "in March", "on Tuesday", "yesterday"), or null. */
function dateWordAt(text: string, p: number, word: Trigger, ctx: DateContext, floor: number): FigureAnnotation | null {
  const end = p + word.length;
  switch (word.kind) {
    case 'relative':
      return parseRelativeDate(text, p, end, word.value, ctx, floor);
    case 'month':
      return parseMonthName(text, p, end, word.value, ctx, floor);
    case 'weekday':
      return parseWeekday(text, p, end, word.value, ctx, floor);
    case 'day':
      return parseDayWord(text, p, end, word.value, ctx);
    default:
      return null;
  }
}

/** Figures that start with a number word ("twenty percent") or a plural scale ("billions of dollars"). */
function wordAt(text: string, p: number, word: Trigger, out: FigureAnnotation[]): number {
  if (word.kind === 'unquantified') {
    const u = parseUnquantifiedAt(text, p);
    if (u) {
      out.push(figure(u.start, u.end, 'money', { currency: u.currency, approximate: true }));
      return u.end;
    }
    return p + word.length;
  }
  const m = parseWordMeasureAt(text, p);
  if (!m) return p + word.length;
  const single = measureAnnotation(m);
  if (!single) return p + word.length;
  out.push(single);
  const range = parseRange(text, m);
  if (range) out.push(range);
  return Math.max(m.end, range ? range.end : 0);
}
