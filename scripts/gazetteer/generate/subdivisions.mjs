// First-level subdivisions (states, provinces, regions) of the countries whose regions geopolitical
// writing names most, from the Factbook's "Administrative divisions" field (public domain): "Punjab",
// "Xinjiang", "Idlib", "Tigray", "Rakhine", "Alberta". Like the cities, a subdivision whose name is
// already another entry's name or alias is left out rather than made ambiguous, and so is one whose
// name two countries share ("Punjab" is Indian and Pakistani) or that is an ordinary word or name.
import { factbookRef } from './sources.mjs';
import { htmlText, slug, takenNames } from './util.mjs';

/**
 * The countries read, and how each writes its list. `english`: a name in brackets is the English
 * one ("Bayern (Bavaria)", "Halab (Aleppo)"), which becomes the entry's name with the local one as
 * an alias. `alias`: a name in brackets is another name ("Yangon (Rangoon)"; France's, as the
 * Factbook's "Upper France" is not what anyone writes for Hauts-de-France). Otherwise the brackets
 * hold something else (Ukraine gives the administrative centre) and are dropped.
 */
const COUNTRIES = {
  ind: {}, chn: { english: true }, pak: {}, can: {}, aus: {}, deu: { english: true }, ita: { english: true }, fra: { alias: true },
  syr: { english: true }, irn: { english: true }, idn: { english: true }, eth: { english: true }, mmr: { alias: true }, ukr: {},
  nga: {}, bra: {}, mex: {}, zaf: {}, afg: {}, jpn: {}, sdn: {},
};

/**
 * Names that are more often something else in English text: common words, given names and
 * surnames, a sea, a fabric. Compared in lower case.
 */
const NOT_NAMES = new Set([
  'delta', 'plateau', 'rivers', 'niger', 'northern', 'red sea', 'victoria', 'chin', 'mon', 'karen', 'shan', 'saga', 'nara',
  'mie', 'aurora', 'antique', 'free state', 'north west', 'acre', 'para', 'guerrero', 'hidalgo', 'morelos', 'chihuahua',
  'tabasco', 'mexico', 'distrito federal', 'federal capital territory', 'capital', 'central', 'eastern', 'western',
  'southern', 'north', 'south', 'east', 'west', 'farah', 'imo', 'edo', 'ondo', 'oyo', 'kano', 'abia', 'delta state',
  'marche', 'molise', 'centre', 'grand est', 'kochi', 'saitama', 'gunma', 'georgia', 'jordan', 'bali', 'java',
  // a misspelt duplicate of Mexico City; second names for the curated Xinjiang and French Guiana
  'cuidad de mexico', 'xinjiang uyghur', 'guyane', 'oro', 'fars', 'ilam', 'ghor',
]);

/** "union territories" → "union territory", "provinces" → "province". */
function singular(words) {
  return words.trim().replace(/\s+/g, ' ').replace(/ies$/, 'y').replace(/([^s])s$/, '$1');
}

/** "28 states and 8 union territories*" → the kind of division each number of asterisks marks. */
function kindsByStars(header) {
  const kinds = new Map();
  const text = htmlText(header).replace(/\([^)]*\)/g, '');
  for (const m of text.matchAll(/\b(?:\d+|one|two|three|four|five)\s+([A-Za-z][A-Za-z -]*?[a-z])(\*{0,3})(?=\s*(?:,|;|\band\b|\bwith\b|$))/g)) {
    if (!kinds.has(m[2].length)) kinds.set(m[2].length, singular(m[1]));
  }
  return kinds;
}

/** The lists of the field: labelled sections ("provinces: …") or the one list after the header. */
function sections(raw) {
  const labelled = [...raw.matchAll(/<strong>([^<:]+):<\/strong>([\s\S]*?)(?=<br|<strong>|$)/g)];
  if (labelled.length > 0) return { header: raw.split(/<br/)[0], lists: labelled.map((m) => ({ label: singular(htmlText(m[1])), text: htmlText(m[2]) })) };
  const at = raw.indexOf(';');
  if (at < 0) return { header: raw, lists: [] };
  return { header: raw.slice(0, at), lists: [{ label: undefined, text: htmlText(raw.slice(at + 1)) }] };
}

/**
 * Abbreviations the news writes for a subdivision, read only where the article is about its country
 * ("B.C." is also "before Christ"; "BC" a hundred other things).
 */
const CANADA_WORDS = ['canada', 'canadian', 'canadians', 'vancouver', 'victoria', 'kelowna', 'surrey', 'burnaby', 'nanaimo', 'kamloops', 'okanagan', 'alberta', 'ottawa'];
const ABBREVIATIONS = {
  'British Columbia': {
    aliases: [
      { text: 'B.C.', case: 'exact', context: CANADA_WORDS, contextOnly: true },
      { text: 'BC', case: 'exact', context: CANADA_WORDS, contextOnly: true },
    ],
    source: { title: 'Canadian subnational postal abbreviations (Wikipedia, via Wikiwand: BC, Canada Post and ISO 3166-2:CA; B.C., the traditional abbreviation Natural Resources Canada lists)', url: 'https://wikiwand.com/en/articles/Canadian_subnational_postal_abbreviations', date: '2026-12-06' },
  },
};

export function buildSubdivisions(meta, existing, { aliasKey }) {
  const taken = takenNames(existing, aliasKey);
  const ids = new Set(existing.map((e) => e.id));

  const found = [];
  for (const [country, how] of Object.entries(COUNTRIES)) {
    const m = meta.get(country);
    const raw = m?.fb?.data?.Government?.['Administrative divisions']?.text;
    if (!raw) throw new Error(`subdivisions: no "Administrative divisions" for ${country}`);
    const { header, lists } = sections(raw);
    const kinds = kindsByStars(header);
    for (const { label, text } of lists) {
      for (const rawItem of text.split(/[,;]/)) {
        let item = rawItem.trim();
        if (item === '' || item.startsWith('(')) continue;
        const stars = /(\*+)/.exec(item)?.[1].length ?? 0;
        item = item.replace(/\*+/g, '').trim();
        const paren = /^(.*?)\s*\(([^)]+)\)\s*(?:or\b.*)?$/.exec(item);
        let name = (paren ? paren[1] : item).split(/\s+or\s+/)[0].trim();
        const aliases = [];
        if (paren && (how.english || how.alias)) {
          const other = paren[2].trim();
          if (/^\p{Lu}[\p{L} .'’-]+$/u.test(other)) {
            if (how.english) {
              aliases.push(name);
              name = other;
            } else aliases.push(other);
          }
        }
        if (name.length < 3 || !/^\p{Lu}[\p{L} .'’-]+$/u.test(name)) continue;
        const type = label ?? kinds.get(stars) ?? kinds.get(0) ?? 'administrative division';
        found.push({ country, countryName: m.name, name, aliases, type, gec: m.gec, region: m.fb.region });
      }
    }
  }

  // A name two countries use ("Punjab") or that is something else more often stays out.
  const countries = new Map();
  for (const f of found) {
    const key = aliasKey(f.name);
    countries.set(key, new Set([...(countries.get(key) ?? []), f.country]));
  }
  const entries = [];
  for (const f of found) {
    const abbreviation = ABBREVIATIONS[f.name];
    const key = aliasKey(f.name);
    if (taken.has(key) || countries.get(key).size > 1 || NOT_NAMES.has(f.name.toLowerCase())) continue;
    taken.add(key);
    const aliases = [];
    for (const a of f.aliases) {
      const k = aliasKey(a);
      if (taken.has(k) || NOT_NAMES.has(a.toLowerCase()) || a.length < 3) continue;
      taken.add(k);
      aliases.push({ text: a });
    }
    if (abbreviation) aliases.push(...abbreviation.aliases);
    let id = slug(f.name);
    if (ids.has(id)) id = `${id}-${f.country}`;
    ids.add(id);
    const type = f.type.replace(/\s+/g, ' ');
    entries.push({
      id,
      kind: 'place',
      name: f.name,
      aliases,
      demonyms: [],
      metonyms: [],
      summary: `${type[0].toUpperCase()}${type.slice(1)} of ${f.countryName}.`,
      facts: { country: f.country, type },
      related: [f.country],
      sources: abbreviation ? [factbookRef(f.gec, f.region, f.countryName), abbreviation.source] : [factbookRef(f.gec, f.region, f.countryName)],
      asOf: '2026-01',
    });
  }
  return entries;
}
