// Countries and territories (ISO 3166-1 plus Kosovo) and their capitals / seats of government.
import { factbookRef, SOURCE_REFS } from './sources.mjs';
import { htmlText, slug, uniqueBy } from './util.mjs';

/** Kosovo has no ISO 3166-1 code; XKX is the code the EU, IMF and World Bank use. */
const ID_OVERRIDES = { XKK: 'xkx' };

/** Display names where the sources' choice is not the usual English one (or is stale). */
const NAME_OVERRIDES = {
  ALA: 'Åland Islands', BES: 'Bonaire, Sint Eustatius and Saba', BLM: 'Saint Barthélemy', CIV: "Côte d'Ivoire",
  CUW: 'Curaçao', REU: 'Réunion', TLS: 'Timor-Leste', UMI: 'United States Minor Outlying Islands', VAT: 'Holy See',
  VIR: 'United States Virgin Islands', MAF: 'Saint Martin', SXM: 'Sint Maarten', MAC: 'Macau', PSE: 'Palestine',
  XKK: 'Kosovo', FSM: 'Micronesia', COG: 'Republic of the Congo', COD: 'Democratic Republic of the Congo',
};

/** Aliases the sources lack or that need a rule (case, priority). */
const EXTRA_ALIASES = {
  USA: ['United States', 'United States of America', { text: 'US', case: 'exact' }, { text: 'U.S.', case: 'exact' }, { text: 'USA', case: 'exact' }, { text: 'U.S.A.', case: 'exact' }, { text: 'America', priority: 1 }],
  GBR: ['Britain', 'Great Britain', { text: 'UK', case: 'exact' }, { text: 'U.K.', case: 'exact' }, 'United Kingdom of Great Britain and Northern Ireland'],
  PRK: ['North Korea', { text: 'DPRK', case: 'exact' }, "Democratic People's Republic of Korea", 'N. Korea'],
  KOR: ['South Korea', { text: 'ROK', case: 'exact' }, 'Republic of Korea', 'S. Korea'],
  CHN: ["People's Republic of China", { text: 'PRC', case: 'exact' }, 'Mainland China'],
  TWN: ['Republic of China', { text: 'ROC', case: 'exact' }, 'Chinese Taipei'],
  ARE: [{ text: 'UAE', case: 'exact' }, { text: 'U.A.E.', case: 'exact' }, 'Emirates'],
  COD: [{ text: 'DRC', case: 'exact' }, 'DR Congo', 'Congo-Kinshasa', 'Democratic Republic of Congo'],
  COG: ['Congo-Brazzaville', 'Republic of Congo', 'Congo Republic'],
  RUS: ['Russian Federation'],
  TUR: ['Turkey', 'Türkiye', 'Republic of Türkiye', 'Republic of Turkey'],
  CZE: ['Czech Republic', 'Czechia'],
  CIV: ['Ivory Coast', "Côte d'Ivoire", "Cote d'Ivoire"],
  MMR: ['Burma', 'Myanmar'],
  SAU: [{ text: 'KSA', case: 'exact' }],
  ZAF: [{ text: 'RSA', case: 'exact' }],
  VAT: ['Vatican', { text: 'Vatican City State' }, 'Holy See'],
  PSE: ['State of Palestine'],
  CPV: ['Cape Verde', 'Cabo Verde'],
  SWZ: ['Swaziland', 'Eswatini'],
  MKD: ['North Macedonia', 'Republic of North Macedonia'],
  TLS: ['East Timor'],
  LAO: ['Laos', 'Lao PDR'],
  BIH: [{ text: 'BiH', case: 'exact' }, 'Bosnia'],
  PNG: [{ text: 'PNG', case: 'exact' }],
  NLD: ['Holland', 'The Netherlands'],
  IRN: ['Persia'],
  LKA: ['Ceylon'],
  THA: ['Siam'],
  VNM: ['Viet Nam'],
  FLK: ['Falklands', 'Malvinas'],
  MAC: ['Macao'],
  GMB: ['The Gambia'],
  BHS: ['The Bahamas'],
  FSM: ['Federated States of Micronesia'],
  KNA: ['St Kitts and Nevis', 'St. Kitts and Nevis'],
  LCA: ['St Lucia', 'St. Lucia'],
  VCT: ['St Vincent and the Grenadines', 'St. Vincent and the Grenadines'],
};

/**
 * A demonym that begins the country's name is left out ("Central African" also means the region's
 * people, "Wallis" is a surname), except these, which name nothing else: "Saudi officials".
 */
const PREFIX_DEMONYMS_KEPT = new Set(['Saudi']);

/** Demonyms the Factbook lacks or words differently. */
const EXTRA_DEMONYMS = {
  PSE: ['Palestinian', 'Palestinians'], TWN: ['Taiwanese'], XKK: ['Kosovar', 'Kosovars', 'Kosovans'], ARG: ['Argentine', 'Argentinian', 'Argentinians'],
  NPL: ['Nepalese'], SOM: ['Somali'], UZB: ['Uzbek', 'Uzbeks'], KAZ: ['Kazakh', 'Kazakhs'], KGZ: ['Kyrgyz'], TJK: ['Tajik', 'Tajiks'],
  TKM: ['Turkmen'], GBR: ['Brit', 'Brits'], KIR: ['I-Kiribati'], VAT: [],
  // The Factbook gives both Koreas "Korean": the compass word tells them apart.
  PRK: ['North Korean', 'North Koreans'], KOR: ['South Korean', 'South Koreans'],
};

/** Wikidata English labels worth keeping even though they do not look like an official name. */
const WIKIDATA_ALLOW = new Set([
  'Burma', 'Persia', 'Ceylon', 'Zaire', 'Swaziland', 'Siam', 'East Timor', 'Timor-Leste', 'Timor Leste', 'Cabo Verde',
  'Cape Verde', 'Holland', 'Czechia', 'Czech Republic', 'Bosnia-Herzegovina', 'Bosnia & Herzegovina', 'Congo-Kinshasa',
  'Congo-Brazzaville', 'DR Congo', 'Kampuchea', 'Laos', 'Lao PDR', 'Viet Nam', 'Surinam', 'Kirgizia', 'Turkmenia',
  'Ivory Coast', 'Brunei Darussalam', 'Eswatini', 'Vatican', 'Vatican City State', 'Bharat', 'Aotearoa', 'Éire', 'Eire',
  'Hellas', 'Nippon', 'Nihon', 'PR China', 'Western Samoa',
]);
/** Wikidata English labels that are historical, wrong for today, or too ambiguous. */
const WIKIDATA_BLOCK = new Set([
  'British Colony of Australia', 'Dominion of Canada', 'Dominion of New Zealand', 'United States of Colombia',
  'Republic Federative of Brasil', 'Islamic Republic of the Gambia', 'Republic of Great Han', 'The Republic of Great Han',
  'Kingdom of Swaziland', 'Republic of Iran', 'Republic of Surinam', 'Republic of Macedonia', 'Former Yugoslav Republic of Macedonia',
  'The former Yugoslav Republic of Macedonia', 'Republic Niger', 'Korea Republic', 'Republic of South Korea', 'Principality of the Valleys of Andorra',
  'Republic of Belau', 'Latvian Republic', 'Great Britain Guernsey', 'Republic of the Ivory Coast', 'Islamic Republic of Afghanistan',
  'Federative Republic of Brasil', 'Papal State', 'Holy Land', 'Island', 'the States',
]);
const WIKIDATA_SHAPE = /\b(Republic|Kingdom|State|States|Federation|Commonwealth|Principality|Union|Democratic|Federal|Islamic|Sultanate|Emirates|Duchy|Confederation|Bailiwick|Territory|Islands)\b/;

/** Languages whose names are added (besides the countries' own languages): the major ones news in
 * and about geopolitics is written in. */
const LANGS = ['ar', 'de', 'es', 'fa', 'fr', 'hi', 'ja', 'ko', 'pt', 'ru', 'tr', 'uk', 'ur', 'zh'];

/** Foreign-language names that are English words or other things in English text. */
const FOREIGN_BLOCK = new Set(['island', 'maurice', 'granada', 'jersey', 'man', 'mann', 'georgia', 'guinea', 'china', 'turkey', 'chile', 'jordan', 'chad', 'niger', 'samoa']);

/** Capitals and seats of government, where one name from the sources is not enough or not the usual one. */
const CAPITAL_OVERRIDES = {
  USA: [{ name: 'Washington, D.C.', id: 'washington-dc', aliases: ['Washington', 'Washington DC', 'Washington D.C.', 'Washington, DC'], role: 'capital' }],
  NLD: [{ name: 'Amsterdam', role: 'capital' }, { name: 'The Hague', aliases: ['Den Haag'], role: 'seat of government' }],
  ZAF: [{ name: 'Pretoria', role: 'executive capital', aliases: ['Tshwane'] }, { name: 'Cape Town', role: 'legislative capital' }, { name: 'Bloemfontein', role: 'judicial capital' }],
  BOL: [{ name: 'La Paz', role: 'seat of government' }, { name: 'Sucre', role: 'constitutional capital' }],
  CIV: [{ name: 'Yamoussoukro', role: 'official capital' }, { name: 'Abidjan', role: 'seat of most government institutions' }],
  MYS: [{ name: 'Kuala Lumpur', role: 'capital' }, { name: 'Putrajaya', role: 'administrative centre of the federal government' }],
  LKA: [{ name: 'Sri Jayawardenepura Kotte', role: 'legislative capital', aliases: ['Kotte'] }, { name: 'Colombo', role: 'executive and commercial capital' }],
  BEN: [{ name: 'Porto-Novo', role: 'official capital' }, { name: 'Cotonou', role: 'seat of government' }],
  SWZ: [{ name: 'Mbabane', role: 'administrative capital' }, { name: 'Lobamba', role: 'legislative and royal capital' }],
  CHE: [{ name: 'Bern', aliases: ['Berne'], role: 'federal city (seat of government)' }],
  MMR: [{ name: 'Naypyidaw', aliases: ['Nay Pyi Taw', 'Naypyitaw'], role: 'capital' }],
  ISR: [{ name: 'Jerusalem', role: 'seat of government (its status as capital is disputed internationally)' }],
  PSE: [{ name: 'Ramallah', role: 'administrative seat of the Palestinian Authority' }],
  KWT: [{ name: 'Kuwait City', role: 'capital', cityOf: 'Kuwait' }],
  DJI: [{ name: 'Djibouti City', role: 'capital', cityOf: 'Djibouti' }],
  LUX: [{ name: 'Luxembourg City', role: 'capital', cityOf: 'Luxembourg' }],
  SGP: [{ name: 'Singapore (city)', id: 'singapore-city', role: 'capital', cityOf: 'Singapore' }],
  MCO: [{ name: 'Monaco-Ville', role: 'capital', cityOf: 'Monaco' }],
  SMR: [{ name: 'City of San Marino', role: 'capital', cityOf: 'San Marino' }],
  GTM: [{ name: 'Guatemala City', role: 'capital', cityOf: 'Guatemala' }],
  PAN: [{ name: 'Panama City', role: 'capital', cityOf: 'Panama' }],
  MEX: [{ name: 'Mexico City', role: 'capital', cityOf: 'Mexico' }],
  VAT: [{ name: 'Vatican City', role: 'city-state and seat of the Holy See' }],
  GIB: [{ name: 'Gibraltar (town)', id: 'gibraltar-town', role: 'capital', cityOf: 'Gibraltar' }],
  MAC: [{ name: 'Macau (city)', id: 'macau-city', role: 'capital', cityOf: 'Macau' }],
  HKG: [{ name: 'Hong Kong (city)', id: 'hong-kong-city', role: 'capital', cityOf: 'Hong Kong' }],
  KAZ: [{ name: 'Astana', aliases: ['Nur-Sultan'], role: 'capital' }],
  MNG: [{ name: 'Ulaanbaatar', aliases: ['Ulan Bator'], role: 'capital' }],
  YEM: [{ name: "Sana'a", aliases: ['Sanaa'], role: 'capital' }],
  UKR: [{ name: 'Kyiv', aliases: ['Kiev'], role: 'capital' }],
  IND: [{ name: 'New Delhi', aliases: ['Delhi'], role: 'capital' }],
  CHN: [{ name: 'Beijing', aliases: ['Peking'], role: 'capital' }],
  TLS: [{ name: 'Dili', role: 'capital' }],
  PYF: [{ name: 'Papeete', role: 'capital' }],
  TKL: [{ name: 'Fakaofo', role: 'administrative centre (rotates among the atolls)' }],
  IOT: [{ name: 'Diego Garcia', role: 'military facility and administrative centre' }],
};

/** Capital names that are common words, first names or other well-known places: always written with their country. */
const AMBIGUOUS_CAPITALS = new Set(['Victoria', 'Douglas', 'Stanley', 'Plymouth', 'Hamilton', 'The Valley', 'Jamestown', 'West Island', 'Saint-Denis', 'Saint-Pierre', 'San Juan', 'Kingston', 'Georgetown', 'George Town', 'Marigot', 'Basse-Terre', 'Adamstown']);

/** Aliases the sources give that belong to another entry. */
const REMOVE_ALIASES = { VAT: ['Vatican City'] };

const SOVEREIGN_NAMES = { GB: 'the United Kingdom', FR: 'France', NL: 'the Netherlands', AU: 'Australia', US: 'the United States', NO: 'Norway', NZ: 'New Zealand', DK: 'Denmark', FI: 'Finland', CN: 'China' };

const STATUS_OVERRIDES = {
  PSE: 'UN non-member observer state; its territory is largely under Israeli occupation',
  VAT: 'UN non-member observer state (the Holy See)',
  TWN: 'self-governing; claimed by the People’s Republic of China; not a UN member',
  ESH: 'disputed non-self-governing territory, largely administered by Morocco',
  XKK: 'declared independence from Serbia in 2008; not a UN member',
  ATA: 'governed under the Antarctic Treaty System',
  HKG: 'special administrative region of China',
  MAC: 'special administrative region of China',
};

function isAllCaps(text) {
  return /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}

function latinLetters(text) {
  return (text.match(/\p{L}/gu) ?? []).length;
}

const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}]/u;

/** An English name from the sources is kept when it is a plain name (no codes, inversions, notes). */
function cleanEnglish(raw) {
  let text = raw.trim();
  if (!text || /[(),/]/.test(text)) return undefined;
  if (!/^[\p{Script=Latin}\s.'’&-]+$/u.test(text)) return undefined;
  if (/^the\s/i.test(text) && !/^The (Gambia|Bahamas|Netherlands)$/.test(text)) text = text.replace(/^the\s+/i, '');
  if (isAllCaps(text.replace(/[^\p{L}]/gu, ''))) return undefined; // codes and acronyms only from EXTRA_ALIASES
  if (latinLetters(text) < 4) return undefined;
  return text;
}

/** A name in another language or script is kept when it is long enough not to be mistaken for something else. */
function cleanForeign(raw) {
  const text = raw.trim();
  if (!text || /[(),/;]/.test(text) || /\p{Extended_Pictographic}/u.test(text)) return undefined;
  if (/\d/.test(text)) return undefined;
  const letters = latinLetters(text);
  if (UNSPACED.test(text) || /\p{Script=Hangul}/u.test(text)) return letters >= 2 ? text : undefined;
  if (/\p{Script=Latin}/u.test(text)) {
    if (letters < 4) return undefined;
    if (isAllCaps(text.replace(/[^\p{L}]/gu, ''))) return undefined;
    const folded = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    if (FOREIGN_BLOCK.has(folded)) return undefined;
    return text;
  }
  return letters >= 3 ? text : undefined;
}

/** "American(s)" → American, Americans; "Dutchman(men)" → Dutchman, Dutchmen; notes dropped. */
export function parseDemonyms(text) {
  const out = [];
  const cleaned = htmlText(text).replace(/\bnote\b.*$/i, '');
  for (let part of cleaned.split(/[,;]| or | and |\//)) {
    part = part.replace(/\((?!s\)|es\)|men\)|women\)|i\))[^)]*\)/g, '').trim();
    if (!part) continue;
    const m = /^(.+?)\((s|es|men|women|i)\)$/.exec(part);
    if (m) {
      const base = m[1].trim();
      out.push(base);
      if (m[2] === 's' || m[2] === 'es' || m[2] === 'i') out.push(base + m[2]);
      else out.push(base.replace(/man$/, 'men'));
    } else out.push(part);
  }
  return uniqueBy(
    out
      .map((d) => d.replace(/\s+/g, ' ').trim())
      .filter((d) => /^\p{Lu}/u.test(d) && /^[\p{Script=Latin}\s.'’-]+$/u.test(d) && latinLetters(d) >= 4 && !/\b(citizens?|none|singular|plural|collective)\b/i.test(d)),
    (d) => d.toLowerCase(),
  );
}

/**
 * The Factbook's "28 36 N, 77 12 E" as [28.6, 77.2] (degrees, one decimal more than the minutes
 * need is noise), or undefined when the text has no such pair.
 */
export function parseFactbookCoordinates(text) {
  const m = /(\d{1,2}) (\d{1,2}) ([NS]), (\d{1,3}) (\d{1,2}) ([EW])/.exec(htmlText(text ?? ''));
  if (!m) return undefined;
  const degrees = (d, min, hemisphere) => Math.round((Number(d) + Number(min) / 60) * (hemisphere === 'S' || hemisphere === 'W' ? -100 : 100)) / 100;
  return [degrees(m[1], m[2], m[3]), degrees(m[4], m[5], m[6])];
}

function regionOf(row) {
  const region = row?.['REGION.EN'] || row?.['CONTINENT.EN'] || '';
  const sub = row?.['INTERREGION.EN'] || row?.['SUBREGION.EN'] || '';
  return { region, subregion: sub && sub !== region ? sub : '' };
}

/**
 * Builds the country and capital entries.
 * @returns {{ countries: object[], capitals: object[], meta: Map<string, object> }}
 */
export function buildCountries(src, { aliasKey }) {
  const byAlpha2Csv = new Map(src.countryCodes.map((r) => [r.ISO_3166_2, r]));
  const gecByAlpha3 = new Map(src.countryCodes.filter((r) => r.FIPS_GEC).map((r) => [r.ISO_3166_3, r.FIPS_GEC.toLowerCase()]));
  gecByAlpha3.set('XKK', 'kv');
  gecByAlpha3.delete('PSE'); // the Factbook's "WE" is the West Bank alone, not the State of Palestine
  const wikidataByIso3 = new Map();
  for (const row of src.wikidata) {
    const list = wikidataByIso3.get(row.iso3c) ?? [];
    list.push(row);
    wikidataByIso3.set(row.iso3c, list);
  }
  const en = src.i18n.en;
  const idOf = (alpha3) => ID_OVERRIDES[alpha3] ?? alpha3.toLowerCase();
  const alpha3ByAlpha2 = new Map(src.codes.map((c) => [c.alpha2, c.alpha3]));

  // UN membership from the Factbook's "International organization participation" (members only).
  const unMembers = new Set();
  for (const { alpha3 } of src.codes) {
    const fb = src.factbook.get(gecByAlpha3.get(alpha3));
    const text = htmlText(fb?.data?.Government?.['International organization participation']?.text ?? '');
    if (text.split(/,\s*/).some((p) => p.trim() === 'UN')) unMembers.add(alpha3);
  }

  const countries = [];
  const capitals = [];
  const meta = new Map();
  const names = new Map(src.codes.map((c) => [c.alpha3, NAME_OVERRIDES[c.alpha3] ?? src.countriesList[c.alpha2]?.name ?? [en[c.alpha2]].flat()[0]]));

  for (const { alpha2, alpha3, numeric } of src.codes) {
    const id = idOf(alpha3);
    const name = names.get(alpha3);
    const csv = byAlpha2Csv.get(alpha2);
    const cl = src.countriesList[alpha2];
    const gec = gecByAlpha3.get(alpha3);
    const fb = gec ? src.factbook.get(gec) : undefined;
    const gov = fb?.data?.Government ?? {};
    const un = unMembers.has(alpha3);
    const sovereign = un || ['VAT', 'PSE', 'TWN', 'XKK'].includes(alpha3) || csv?.independent === 'TRUE';
    const sources = [];

    // English names.
    const english = [];
    const usedWikidata = { value: false };
    for (const value of [en[alpha2]].flat()) if (value) english.push(value);
    const cn = gov['Country name'] ?? {};
    for (const key of ['conventional long form', 'conventional short form']) {
      const value = htmlText(cn[key]?.text ?? '');
      if (value && !/^none$/i.test(value)) english.push(value);
    }
    if (csv?.['NAME.EN']) english.push(csv['NAME.EN']);
    if (cl?.name) english.push(cl.name);
    for (const row of wikidataByIso3.get(alpha3) ?? []) {
      if (row.language !== 'en' || WIKIDATA_BLOCK.has(row.label)) continue;
      const words = row.label.replace(/^the\s+/i, '').split(/\s+/).length;
      if (WIKIDATA_ALLOW.has(row.label) || (row.label_type === 'alias' && WIKIDATA_SHAPE.test(row.label) && words >= 2)) {
        english.push(row.label);
        usedWikidata.value = true;
      }
    }
    const aliases = [];
    const seen = new Set([aliasKey(name)]);
    const add = (alias) => {
      const a = typeof alias === 'string' ? { text: alias } : { ...alias };
      const key = aliasKey(a.text);
      if (!key || seen.has(key)) return;
      seen.add(key);
      aliases.push(a);
    };
    for (const text of REMOVE_ALIASES[alpha3] ?? []) seen.add(aliasKey(text));
    for (const alias of EXTRA_ALIASES[alpha3] ?? []) add(alias);
    if (alpha3 === 'PSE') english.splice(0, english.length, ...english.filter((n) => !/Territories/.test(n)));
    for (const value of english) {
      const clean = cleanEnglish(value);
      if (clean) add(clean);
    }

    // Demonyms (Factbook nationality noun and adjective).
    const nationality = fb?.data?.['People and Society']?.Nationality ?? {};
    const demonyms = [];
    for (const d of [...parseDemonyms(nationality.adjective?.text ?? ''), ...parseDemonyms(nationality.noun?.text ?? ''), ...(EXTRA_DEMONYMS[alpha3] ?? [])]) {
      const key = aliasKey(d);
      if (seen.has(key) || (aliasKey(name).startsWith(`${key} `) && !PREFIX_DEMONYMS_KEPT.has(d))) continue;
      seen.add(key);
      demonyms.push({ text: d });
    }

    // Other languages: the country's own (native) names first, then the major languages.
    const foreign = [];
    if (cl?.native && cl.languages?.[0]) foreign.push({ text: cl.native, lang: cl.languages[0] });
    for (const row of wikidataByIso3.get(alpha3) ?? []) {
      if (row.is_official_language === 'true' && row.label_type === 'official' && row.language !== 'en') {
        foreign.push({ text: row.label, lang: row.language });
        usedWikidata.value = true;
      }
    }
    for (const lang of LANGS) {
      for (const value of [src.i18n[lang]?.[alpha2]].flat()) if (value) foreign.push({ text: value, lang });
    }
    for (const { text, lang } of foreign) {
      const clean = cleanForeign(text);
      if (clean) add({ text: clean, lang });
    }

    // Region, status.
    const { region, subregion } = regionOf(csv);
    const facts = { iso2: alpha2, iso3: alpha3 === 'XKK' ? 'XKX (user-assigned; not in ISO 3166-1)' : alpha3 };
    if (alpha3 === 'XKK') facts.iso2 = 'XK (user-assigned; not in ISO 3166-1)';
    // The code world maps key their shapes by (Natural Earth / world-atlas use it).
    else if (numeric) facts.isoNumeric = String(numeric).padStart(3, '0');
    if (region) facts.region = region;
    if (subregion) facts.subregion = subregion;
    facts.unMember = un;
    let status = STATUS_OVERRIDES[alpha3];
    let sovereignId;
    const sov = csv?.sovstatus ?? '';
    const sovMatch = /^(Territory|Territories|Part|Crown dependency|Associated with|Commonwealth) (?:of )?(?:with )?([A-Z]{2})$/.exec(sov) ?? /^(Associated) with ([A-Z]{2})$/.exec(sov);
    if (!sovereign && sovMatch) {
      const code = sovMatch[2];
      sovereignId = idOf(alpha3ByAlpha2.get(code));
      const who = SOVEREIGN_NAMES[code] ?? names.get(alpha3ByAlpha2.get(code));
      const kind = { Territory: 'territory of', Territories: 'territories of', Part: 'part of', 'Crown dependency': 'Crown dependency of', 'Associated with': 'in free association with', Associated: 'in free association with', Commonwealth: 'commonwealth in political union with' }[sovMatch[1]];
      status ??= `${kind} ${who}`;
      if (alpha3 === 'HKG' || alpha3 === 'MAC') status = STATUS_OVERRIDES[alpha3];
    }
    if (!sovereign && !status) status = 'territory';
    if (status) facts.status = status;

    // Capitals.
    const capitalSpecs = CAPITAL_OVERRIDES[alpha3] ?? (() => {
      const capitalName = cl?.capital || htmlText(gov.Capital?.name?.text ?? '').replace(/;.*$/, '').replace(/\s*\(.*\)\s*/g, '');
      return capitalName ? [{ name: capitalName, role: 'capital' }] : [];
    })();
    const capitalIds = [];
    for (const spec of capitalSpecs) {
      const place = { spec, country: id, countryName: name, sovereign, sovereignId, alpha3 };
      capitals.push(place);
      capitalIds.push(place);
    }

    sources.push(SOURCE_REFS.i18n, SOURCE_REFS.countriesList);
    if (fb) sources.push(factbookRef(gec, fb.region, name));
    sources.push(SOURCE_REFS.countryCodes);
    if (usedWikidata.value) sources.push(SOURCE_REFS.wikidata);

    const entry = {
      id,
      kind: 'country',
      name,
      aliases,
      demonyms,
      metonyms: [],
      coordinates: parseFactbookCoordinates(fb?.data?.Geography?.['Geographic coordinates']?.text),
      summary: '',
      facts,
      related: sovereignId ? [sovereignId] : [],
      sources,
      asOf: '2026-01',
    };
    countries.push(entry);
    meta.set(id, { alpha2, alpha3, gec, fb, sovereign, un, capitals: capitalIds, population: Number(csv?.pop) || 0, subregion, region, status, name });
  }
  return { countries, capitalSpecs: capitals, meta, unMembers };
}

/** "the United States", "the Netherlands", but "India". */
export function withArticle(name) {
  return /^(United |Republic |Democratic |Russian |Central African |Dominican |Czech Republic|Holy See|State of )|(Islands|Netherlands|Philippines|Bahamas|Gambia|Maldives|Comoros|Emirates)$/.test(name) && !/^The /.test(name) ? `the ${name}` : name;
}

/** Turns capital specs into place entries, with ids unique and names that do not clash with a country's. */
export function buildCapitals(specs, countries, meta, { aliasKey }) {
  const countryKeys = new Set();
  for (const c of countries) for (const a of [{ text: c.name }, ...c.aliases, ...c.demonyms]) countryKeys.add(aliasKey(a.text));
  const byId = new Map(countries.map((c) => [c.id, c]));
  const places = [];
  const usedIds = new Set(countries.map((c) => c.id));
  // Sovereign states' capitals claim plain ids first (washington-dc, kingston), territories' after.
  const ordered = [...specs].sort((a, b) => Number(b.sovereign) - Number(a.sovereign) || (meta.get(b.country).population - meta.get(a.country).population) || (a.country < b.country ? -1 : 1));
  const placeNames = new Map();
  for (const { spec, country, countryName, sovereign } of ordered) {
    let name = spec.name;
    const aliases = [];
    if (spec.cityOf) aliases.push({ text: spec.cityOf, priority: -1 });
    const key = aliasKey(name);
    if (AMBIGUOUS_CAPITALS.has(name) && !(name === 'Kingston' && sovereign) && !(name === 'Georgetown' && sovereign)) {
      name = `${name}, ${countryName}`;
    } else if (!spec.cityOf && (countryKeys.has(key) || placeNames.has(key))) {
      // A territory's capital named like a country or like another capital: qualify the name.
      aliases.push({ text: name, priority: -1 });
      name = countryKeys.has(key) && aliasKey(countryName) === key ? `${name} (town)` : `${name}, ${countryName}`;
    }
    placeNames.set(aliasKey(name), country);
    for (const alias of spec.aliases ?? []) aliases.push({ text: alias });
    // "St. George's" / "St George's" / "Saint George's" are different token sequences.
    const base = spec.name;
    const variants = /^St\. /.test(base) ? [base.replace(/^St\. /, 'St '), base.replace(/^St\. /, 'Saint ')] : /^Saint /.test(base) ? [base.replace(/^Saint /, 'St. '), base.replace(/^Saint /, 'St ')] : [];
    if (name === base) for (const v of variants) aliases.push({ text: v });
    let id = spec.id ?? slug(name);
    if (usedIds.has(id)) id = `${slug(spec.name)}-${country}`;
    usedIds.add(id);
    const c = byId.get(country);
    const role = spec.role ?? 'capital';
    const what = role === 'capital' ? 'Capital' : role.charAt(0).toUpperCase() + role.slice(1);
    const m = meta.get(country);
    const facts = { country, type: role };
    // The Factbook gives coordinates for the capital it names; a second seat of government has none.
    const factbookCapital = htmlText(m.fb?.data?.Government?.Capital?.name?.text ?? '');
    const named = [spec.name, ...(spec.aliases ?? []), spec.cityOf].filter(Boolean).some((n) => factbookCapital.toLowerCase().includes(n.toLowerCase()));
    const coordinates = named ? parseFactbookCoordinates(m.fb?.data?.Government?.Capital?.['geographic coordinates']?.text) : undefined;
    places.push({
      id,
      kind: 'place',
      name,
      aliases,
      demonyms: [],
      metonyms: [],
      metonymFor: country,
      coordinates,
      summary: `${what} of ${withArticle(c.name)}.`,
      facts,
      related: [],
      sources: m.fb
        ? [SOURCE_REFS.countriesList, factbookRef(m.gec, m.fb.region, c.name)]
        : [SOURCE_REFS.countriesList],
      asOf: '2026-01',
      _sovereign: sovereign,
      _population: m.population,
    });
    c.metonyms.push(id);
    if (!c.facts.capital) c.facts.capital = id;
  }
  return places;
}

/** One sentence in our own words per country. */
export function countrySummary(entry, meta, capitalsById) {
  const m = meta.get(entry.id);
  const where = m.subregion || m.region;
  const caps = entry.metonyms.map((id) => capitalsById.get(id)).filter(Boolean);
  const capitalText = (caps.length === 0 ? '' : caps.length === 1 ? `; capital ${caps[0].name}` : `; capitals ${caps.map((p) => `${p.name} (${p.facts.type})`).join(', ')}`).replace(/\.$/, '');
  if (entry.id === 'ata') return 'Continent around the South Pole, without a permanent population, governed under the Antarctic Treaty System.';
  if (m.sovereign) {
    const kind = entry.id === 'vat' ? 'Sovereign see of the Pope, based in Vatican City' : entry.id === 'pse' ? 'State in the Middle East recognised by most UN members' : entry.id === 'twn' ? 'Self-governing island state in East Asia claimed by the People’s Republic of China' : entry.id === 'xkx' ? 'Partially recognised state in the Balkans' : `Country in ${where || 'the world'}`;
    return `${kind}${capitalText}.`;
  }
  const status = m.status ? m.status.charAt(0).toUpperCase() + m.status.slice(1) : 'Territory';
  return `${status}${where ? `, in ${where}` : ''}${capitalText}.`;
}
