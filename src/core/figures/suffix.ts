/**
 * What may follow a number and give it a kind: a percent sign or word, a currency (word, code or
 * symbol) or a unit of measure. The word forms are a trie of characters (trie.ts), walked for the
 * longest form ("percentage points" over "percentage"); a space inside a form matches at most three
 * characters, so matching at a position costs at most a few times the longest form. A map from the
 * normalised form gives what it means.
 */

import { isLetterCode, isLetterOrNumberAt, isWhiteSpaceCode, skipGap } from './chars';
import { CURRENCY_CODES, CURRENCY_SYMBOLS, CURRENCY_WORDS, SUFFIX_ONLY_SYMBOLS } from './currencies';
import { FormTrie } from './trie';
import { PERCENT_FORMS, POINT_UNITS, QUANTITY_UNITS } from './units';

export type SuffixMeaning =
  | { kind: 'percent' }
  | { kind: 'money'; currency: string; exp: number; needsScale: boolean }
  | { kind: 'quantity'; unit: string; exp: number };

export interface Suffix {
  meaning: SuffixMeaning;
  end: number;
}

interface Entry {
  meaning: SuffixMeaning;
  /** When set, the form counts only if written exactly so (case included). */
  exact?: string;
}

function normalise(form: string): string {
  return form.toLowerCase().replace(/[\s\u00a0\u202f\u2009-]+/g, ' ');
}

function build(): { entries: Map<string, Entry>; words: string[]; symbols: string[] } {
  const entries = new Map<string, Entry>();
  const words: string[] = [];
  const symbols: string[] = [];
  const addWord = (form: string, entry: Entry): void => {
    const key = normalise(form);
    if (entries.has(key)) return; // the first (more specific) meaning wins
    entries.set(key, entry);
    words.push(form);
  };
  const addSymbol = (form: string, entry: Entry): void => {
    entries.set(form, entry);
    symbols.push(form);
  };

  for (const form of PERCENT_FORMS) {
    if (/^[%％]$/.test(form)) addSymbol(form, { meaning: { kind: 'percent' } });
    else addWord(form, { meaning: { kind: 'percent' } });
  }
  for (const u of [...POINT_UNITS, ...QUANTITY_UNITS]) {
    for (const form of u.forms) {
      addWord(form, { meaning: { kind: 'quantity', unit: u.unit, exp: u.exp ?? 0 }, exact: u.caseSensitive ? form : undefined });
    }
  }
  for (const c of CURRENCY_WORDS) {
    for (const noun of c.nouns) {
      for (const [adj, iso] of Object.entries(c.adjectives ?? {})) {
        addWord(`${adj} ${noun}`, { meaning: { kind: 'money', currency: iso, exp: c.exp ?? 0, needsScale: false } });
      }
    }
    if (c.iso === null) continue;
    for (const noun of c.nouns) {
      addWord(noun, { meaning: { kind: 'money', currency: c.iso, exp: c.exp ?? 0, needsScale: c.bareNeedsScale ?? false } });
    }
  }
  for (const [code, info] of CURRENCY_CODES) {
    addWord(code, { meaning: { kind: 'money', currency: info.iso, exp: 0, needsScale: false }, exact: info.exact });
  }
  for (const [sym, iso] of [...CURRENCY_SYMBOLS, ...SUFFIX_ONLY_SYMBOLS]) {
    addSymbol(sym, { meaning: { kind: 'money', currency: iso, exp: 0, needsScale: false } });
  }
  return { entries, words, symbols };
}

const { entries: ENTRIES, words: WORD_FORMS, symbols: SYMBOL_FORMS } = build();

const WORD_TRIE = new FormTrie();
for (const form of WORD_FORMS) WORD_TRIE.add(form);

/** Percent signs, tested after the other symbols. */
const PERCENT_SIGNS = new Set([0x25, 0xff05]);
/** The currency symbols (single characters), by char code. */
const SYMBOL_CODES = new Set(SYMBOL_FORMS.filter((f) => f.length === 1 && !PERCENT_SIGNS.has(f.charCodeAt(0))).map((f) => f.charCodeAt(0)));
if (SYMBOL_FORMS.some((f) => f.length !== 1)) throw new Error('figures: a currency symbol after a number must be one character');

/** Whether up to two spaces and then a digit follow `i`: the symbol before `i` starts the next amount. */
function digitAhead(text: string, i: number): boolean {
  for (let k = 0; k <= 2 && i + k < text.length; k++) {
    const c = text.charCodeAt(i + k);
    if (c >= 48 && c <= 57) return true;
    if (!isWhiteSpaceCode(c)) return false;
  }
  return false;
}

/**
 * Where the form at `p` ends, or -1. Word forms end at a word boundary; a currency symbol after a
 * number must not be the start of the next amount ("10 $ 30" is two amounts, "5 $10" is not
 * "5 $"); a percent sign glued to a letter or digit is URL escaping ("%2D"), not a percentage.
 */
function formEnd(text: string, p: number): number {
  const end = WORD_TRIE.endAt(text, p);
  if (end >= 0) return end;
  const c = text.charCodeAt(p);
  if (SYMBOL_CODES.has(c)) return digitAhead(text, p + 1) ? -1 : p + 1;
  if (PERCENT_SIGNS.has(c)) return isLetterOrNumberAt(text, p + 1) ? -1 : p + 1;
  return -1;
}

/**
 * A cheap filter before the trie: the first one, two or three characters of every form, folded to
 * lower-case ASCII (spaces and hyphens to a space) and packed into a number, so that the words that
 * usually follow a number ("of", "the", "that") are rejected without running the regex or
 * allocating a string.
 */
const PREFIXES: readonly Set<number>[] = [new Set(), new Set(), new Set(), new Set()];

function foldCode(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c === 0x2d || c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0 || c === 0x202f) return 0x20;
  return c;
}

for (const form of [...WORD_FORMS, ...SYMBOL_FORMS]) {
  let key = 0;
  const n = Math.min(3, form.length);
  for (let i = 0; i < n; i++) key = key * 128 + foldCode(form.charCodeAt(i));
  PREFIXES[n]?.add(key);
}

/**
 * The same sets as tables, for text whose first two characters are ASCII (nearly always): by the
 * key of one character, whether it is a form; by the key of two, whether it is a form (bit 1) and
 * whether some three-character key extends it (bit 2, so the set of those is asked only then).
 */
const TWO = 128 * 128;
const ONE_FORM = new Uint8Array(128);
const TWO_FORMS = new Uint8Array(TWO);
for (const key of PREFIXES[1] ?? []) if (key < 128) ONE_FORM[key] = 1;
for (const key of PREFIXES[2] ?? []) if (key < TWO) TWO_FORMS[key] = (TWO_FORMS[key] as number) | 1;
for (const key of PREFIXES[3] ?? []) {
  const head = Math.floor(key / 128);
  if (head < TWO) TWO_FORMS[head] = (TWO_FORMS[head] as number) | 2;
}
/** The three-character keys (below 2^21) as an open-addressing hash table: `Set.has` is a call. */
const THREE_SLOTS = 1 << 12;
const THREE_FORMS = new Int32Array(THREE_SLOTS).fill(-1);
if ((PREFIXES[3]?.size ?? 0) * 2 > THREE_SLOTS) throw new Error('figures: THREE_SLOTS is too small');
for (const key of PREFIXES[3] ?? []) {
  let slot = Math.imul(key, 0x9e3779b1) >>> 20;
  while ((THREE_FORMS[slot] as number) !== -1) slot = (slot + 1) & (THREE_SLOTS - 1);
  THREE_FORMS[slot] = key;
}

function isThreeForm(key: number): boolean {
  for (let slot = Math.imul(key, 0x9e3779b1) >>> 20; ; slot = (slot + 1) & (THREE_SLOTS - 1)) {
    const k = THREE_FORMS[slot] as number;
    if (k === key) return true;
    if (k === -1) return false;
  }
}

/** Whether a form may start at `p`; a non-ASCII start (a symbol, "złoty") always goes to the trie. */
function mayStartForm(text: string, p: number): boolean {
  const c0 = p < text.length ? text.charCodeAt(p) : 0;
  if (c0 >= 0x80) return true; // a currency symbol, "％", "złoty"…
  const k1 = foldCode(c0);
  if (ONE_FORM[k1] === 1) return true;
  const c1 = p + 1 < text.length ? text.charCodeAt(p + 1) : 0;
  const c2 = p + 2 < text.length ? text.charCodeAt(p + 2) : 0;
  if (c1 >= 0x80 || c2 >= 0x80) return mayStartFormSlow(text, p);
  const k2 = k1 * 128 + foldCode(c1);
  const two = TWO_FORMS[k2] as number;
  if ((two & 1) !== 0) return true;
  return (two & 2) !== 0 && isThreeForm(k2 * 128 + foldCode(c2));
}

/** {@link mayStartForm} for any text: the keys of non-ASCII characters do not fit the tables. */
function mayStartFormSlow(text: string, p: number): boolean {
  let key = 0;
  for (let i = 0; i < 3; i++) {
    const c = p + i < text.length ? text.charCodeAt(p + i) : 0;
    if (i === 0 && c >= 0x80) return true; // a currency symbol, "％", "złoty"…
    key = key * 128 + foldCode(c);
    if (PREFIXES[i + 1]?.has(key)) return true;
  }
  return false;
}

function matchAt(text: string, p: number): Suffix | null {
  if (p >= text.length || !mayStartForm(text, p)) return null;
  const end = formEnd(text, p);
  if (end < 0) return null;
  const form = text.slice(p, end);
  // Most forms are looked up as written or lower-cased; only spaced or hyphenated ones need more.
  const entry = ENTRIES.get(form) ?? ENTRIES.get(form.toLowerCase()) ?? ENTRIES.get(normalise(form));
  if (!entry || (entry.exact !== undefined && entry.exact !== form)) return null;
  return { meaning: entry.meaning, end };
}

/**
 * The suffix after a number ending at `pos`: attached ("40%", "5km"), after a gap ("50 billion
 * dollars") or, for words, after a hyphen ("a 12-cent dividend", "a 10-km stretch").
 */
export function readSuffix(text: string, pos: number): Suffix | null {
  const p = skipGap(text, pos);
  const direct = matchAt(text, p);
  if (direct) return direct;
  if (p === pos && text.charCodeAt(p) === 0x2d && isLetterCode(text.charCodeAt(p + 1))) return matchAt(text, p + 1);
  return null;
}

/** A currency word at exactly `pos` ("dollars" in "billions of dollars"). */
export function readCurrencyWord(text: string, pos: number): { currency: string; end: number } | null {
  if (!isLetterCode(text.charCodeAt(pos))) return null;
  const s = matchAt(text, pos);
  return s && s.meaning.kind === 'money' ? { currency: s.meaning.currency, end: s.end } : null;
}
