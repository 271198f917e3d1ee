/**
 * Ranges of measures: "between $12 billion and $14 billion", "$12-14 billion", "5–7%",
 * "from 1 to 1.5 million barrels per day". The second half lends its unit and scale to a bare first
 * half ("12-14 billion dollars"), the first lends its currency to a bare second ("$12–14 billion").
 *
 * "X to Y" is also how a change is written ("trade can increase from the present $50 billion to
 * $100 billion", "cut by $2bn to $10bn"): there the two amounts stay separate figures.
 */

import type { FigureAnnotation, FigureKind, FigureValue } from '../types';
import { figure } from './annotation';
import {
  type Word, commaGapBack, isDash, isDigitCode, isLetterCode, lettersAre, previousWord, skipGap, wordBefore, wordEndAt, wordSet,
} from './chars';
import { type Measure, isCurrencySymbolCode, measureAmount, parseMeasureAt } from './measures';

/** Words that make "from X to Y" or "X to Y" a change between two amounts rather than a range. */
const CHANGE_WORDS: ReadonlySet<string> = new Set([
  'increase', 'increased', 'increases', 'increasing', 'rise', 'rises', 'rose', 'risen', 'rising', 'grow', 'grows',
  'grew', 'grown', 'growing', 'jump', 'jumps', 'jumped', 'climb', 'climbs', 'climbed', 'fall', 'falls', 'fell',
  'fallen', 'falling', 'drop', 'drops', 'dropped', 'decline', 'declines', 'declined', 'decrease', 'decreased',
  'decreases', 'cut', 'cuts', 'reduce', 'reduced', 'reduces', 'raise', 'raised', 'raises', 'boost', 'boosted',
  'boosts', 'double', 'doubled', 'doubles', 'triple', 'tripled', 'expand', 'expanded', 'expands', 'shrink',
  'shrank', 'shrunk', 'soar', 'soared', 'surge', 'surged', 'slump', 'slumped', 'plunge', 'plunged', 'up', 'down',
  'go', 'goes', 'went', 'gone', 'move', 'moved', 'revised', 'lifted', 'hiked', 'swelled', 'widened', 'narrowed',
  'ballooned', 'tumbled', 'sank', 'slid', 'dipped', 'edged', 'changed', 'compared', 'becomes', 'became',
]);
const CHANGE_TABLE = wordSet(CHANGE_WORDS);

type Lead = { word: 'between' | 'from'; start: number } | null;

function leadBefore(text: string, start: number): Lead {
  const w = wordBefore(text, commaGapBack(text, start));
  if (w && w.is('between')) return { word: 'between', start: w.start };
  if (w && w.is('from')) return { word: 'from', start: w.start };
  return null;
}

/**
 * Whether one of the `count` words before `pos` (those of `wordsBefore`) passes `test`: read one
 * at a time, and no further than the first that does.
 */
function someWordBefore(text: string, pos: number, count: number, test: (w: Word) => boolean): boolean {
  let p = pos;
  for (let n = 0; n < count; n++) {
    const w = previousWord(text, p);
    if (!w) return false;
    if (test(w)) return true;
    p = w.start;
  }
  return false;
}

const isChange = (w: Word): boolean => CHANGE_TABLE.of(w) !== undefined;
const isChangeOrFromBy = (w: Word): boolean => w.is('from') || w.is('by') || CHANGE_TABLE.of(w) !== undefined;

/** "rose from X to Y": the word before "from" says it is a change. */
function changeBeforeFrom(text: string, fromStart: number): boolean {
  return someWordBefore(text, fromStart, 2, isChange);
}

/** Bare "X to Y": a change when "from", "by" or a change verb is among the few words before X. */
function changeBeforeBare(text: string, start: number): boolean {
  return someWordBefore(text, start, 4, isChangeOrFromBy);
}

export type Connector = 'dash' | 'to' | 'and' | 'slash';

/**
 * The connector after `pos` and where the second half starts, or null. "and" is returned only
 * when `allowAnd` (after "between").
 */
export function readConnector(text: string, pos: number, allowAnd: boolean): { kind: Connector; next: number } | null {
  const p = skipGap(text, pos);
  const c = text.charCodeAt(p);
  if (isDash(c)) return { kind: 'dash', next: skipGap(text, p + 1) };
  if (c === 0x2f /* / */ && p === pos) return { kind: 'slash', next: p + 1 };
  if (p === pos) return null; // words need a space before them
  // to, till, through, until, and: rule out every other word before making one
  const lc = c | 0x20;
  if (lc !== 0x74 /* t */ && lc !== 0x75 /* u */ && !(allowAnd && lc === 0x61) /* a */) return null;
  const e = wordEndAt(text, p); // the letters compared in place: most words here are no connector
  if (e < 0) return null;
  let kind: Connector;
  if (lettersAre(text, p, e, 'to') || lettersAre(text, p, e, 'until') || lettersAre(text, p, e, 'through') || lettersAre(text, p, e, 'till')) {
    kind = 'to';
  } else if (allowAnd && lettersAre(text, p, e, 'and')) {
    kind = 'and';
  } else {
    return null;
  }
  const next = skipGap(text, e);
  return next > e ? { kind, next } : null;
}

/** The measure that starts exactly at `pos`: a digit, a currency symbol, `\$`, or "US$"/"USD 5". */
function measureStartingAt(text: string, pos: number, shortScale: boolean): Measure | null {
  let p = pos;
  if (text.charCodeAt(p) === 0x5c && text.charAt(p + 1) === '$') p++;
  else if (isLetterCode(text.charCodeAt(p))) {
    // a qualifier or code: find the symbol or digit a few characters on
    let q = p;
    while (q < text.length && q - p < 5 && (isLetterCode(text.charCodeAt(q)) || text.charCodeAt(q) === 0x2e)) q++;
    q = skipGap(text, q);
    if (text.charCodeAt(q) === 0x5c && text.charAt(q + 1) === '$') q++;
    p = q;
  }
  if (!isDigitCode(text.charCodeAt(p)) && !isCurrencySymbolCode(text.charCodeAt(p))) return null;
  const m = parseMeasureAt(text, p, 0, true, shortScale);
  return m && m.start === pos ? m : null;
}

/** Four digits from 1800 to 2199, unscaled and whole, as written ("2023", not "2,023" or "2023.5"). */
function looksLikeYear(m: Measure): boolean {
  const amount = measureAmount(m);
  return !m.scaled && !m.negative && Number.isInteger(amount) && amount >= 1800 && amount <= 2199 && m.end - m.start === 4;
}

/** Makes the two halves agree on kind, currency, unit and scale, or says they cannot. */
function unify(a: Measure, b: Measure): { a: Measure; b: Measure } | null {
  let x = a;
  let y = b;
  if (x.kind === 'bare' && y.kind === 'bare') return null;
  // "rose 40 % in 2023 to $12 billion": a year before an amount that writes its own currency first is
  // the date of the change, not the low end of a range ("2000-3000 tonnes" stays a range).
  if (x.kind === 'bare' && y.prefixed && looksLikeYear(x)) return null;
  if (x.kind === 'bare') x = { ...x, kind: y.kind, currency: y.currency, unit: y.unit };
  else if (y.kind === 'bare' && x.kind === 'money') y = { ...y, kind: 'money', currency: x.currency };
  else if (y.kind === 'bare') return null;
  if (x.kind !== y.kind || x.currency !== y.currency || x.unit !== y.unit) return null;
  // "$12-14 billion": the scale written once applies to both, when that keeps them in order
  // ("$500,000 to $1 million" keeps its own scales).
  if (!x.scaled && y.scaled && Number(x.digits) < Number(y.digits)) {
    x = { ...x, exp: y.exp, scaled: true };
  }
  return { a: x, b: y };
}

/**
 * A range that starts with the measure `m1`, or null. Both halves must have the same kind, and
 * the first must be smaller than the second.
 */
export function parseRange(text: string, m1: Measure): FigureAnnotation | null {
  // The connector first: most measures have none, and it is the cheapest test.
  const conn = readConnector(text, m1.end, true);
  if (!conn || conn.kind === 'slash') return null;
  const lead = leadBefore(text, m1.start);
  if ((lead?.word === 'between') !== (conn.kind === 'and')) return null;
  if (conn.kind === 'to') {
    if (lead?.word === 'from') {
      if (changeBeforeFrom(text, lead.start)) return null;
    } else if (changeBeforeBare(text, m1.start)) {
      return null;
    }
  }
  const m2 = measureStartingAt(text, conn.next, m1.prefixed);
  if (!m2) return null;
  const u = unify(m1, m2);
  if (!u) return null;
  const min = measureAmount(u.a);
  const max = measureAmount(u.b);
  if (!(min < max)) return null;
  const start = lead && (conn.kind === 'and' || (lead.word === 'from' && conn.kind === 'to')) ? lead.start : m1.start;
  const value: FigureValue = u.a.kind === 'money'
    ? { min, max, currency: u.a.currency ?? '' }
    : { min, max, unit: u.a.kind === 'percent' ? '%' : u.a.unit ?? '' };
  const kind: FigureKind = u.a.kind === 'money' ? 'money' : u.a.kind === 'percent' ? 'percent' : 'quantity';
  return figure(start, m2.end, kind, value);
}
