// Reads the public source files under ../shared/data/gazetteer-sources (see SOURCES.md there).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Minimal RFC 4180 CSV parser (quoted fields, doubled quotes, newlines inside quotes). */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  const [header, ...body] = rows.filter((r) => r.length > 1 || r[0] !== '');
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

const REQUIRED = [
  'i18n-iso-countries/codes.json',
  'i18n-iso-countries/langs/en.json',
  'countries-list/countries.min.json',
  'country-codes-intl-orgs/Countrycodes.csv',
  'country-codes-intl-orgs/FactAppB.html',
  'wikidata-country-aliases/country_aliases.csv',
  'factbook',
];

export function loadSources(dir) {
  if (!existsSync(dir)) {
    throw new Error(`Source folder not found: ${dir}\nThe generator reads the public data in ../shared/data/gazetteer-sources (beside the repository); pass another with --shared DIR.`);
  }
  const missing = REQUIRED.filter((file) => !existsSync(path.join(dir, file)));
  if (missing.length > 0) throw new Error(`Source folder ${dir} lacks: ${missing.join(', ')} (see its SOURCES.md).`);
  const json = (file) => JSON.parse(readFileSync(path.join(dir, file), 'utf8'));

  const codes = json('i18n-iso-countries/codes.json').map(([alpha2, alpha3, numeric]) => ({ alpha2, alpha3, numeric }));
  const i18n = {};
  for (const file of readdirSync(path.join(dir, 'i18n-iso-countries/langs')).sort()) {
    if (!file.endsWith('.json')) continue;
    const data = json(`i18n-iso-countries/langs/${file}`);
    i18n[data.locale ?? file.replace(/\.json$/, '')] = data.countries;
  }
  const countriesList = json('countries-list/countries.min.json');
  const countryCodes = parseCsv(readFileSync(path.join(dir, 'country-codes-intl-orgs/Countrycodes.csv'), 'utf8'));
  const wikidata = parseCsv(readFileSync(path.join(dir, 'wikidata-country-aliases/country_aliases.csv'), 'utf8'));
  const appendixB = readFileSync(path.join(dir, 'country-codes-intl-orgs/FactAppB.html'), 'utf8');

  // Factbook entries by GEC code, with the region folder kept for the source URL.
  const factbook = new Map();
  const fbDir = path.join(dir, 'factbook');
  for (const region of readdirSync(fbDir, { withFileTypes: true })) {
    if (!region.isDirectory() || region.name === 'meta') continue;
    for (const file of readdirSync(path.join(fbDir, region.name)).sort()) {
      if (!file.endsWith('.json')) continue;
      factbook.set(file.replace(/\.json$/, ''), { region: region.name, data: json(`factbook/${region.name}/${file}`) });
    }
  }

  // world-countries is ODbL (share-alike): it is read only to cross-check UN membership, never copied.
  const worldCountriesFile = path.join(dir, 'world-countries/countries.json');
  const worldCountries = existsSync(worldCountriesFile) ? json('world-countries/countries.json') : undefined;

  return { codes, i18n, countriesList, countryCodes, wikidata, appendixB, factbook, worldCountries };
}

export const SOURCE_REFS = {
  i18n: { title: 'i18n-iso-countries 7.14.0 (MIT)', url: 'https://github.com/michaelwittig/node-i18n-iso-countries', date: '2025' },
  countriesList: { title: 'countries-list 3.4.1 (MIT)', url: 'https://github.com/annexare/Countries', date: '2025' },
  countryCodes: { title: 'Country Codes and International Organizations (dieghernan, MIT)', url: 'https://github.com/dieghernan/Country-Codes-and-International-Organizations', date: '2020' },
  wikidata: { title: 'Wikidata country labels via econandrew/sparql_queries (CC0)', url: 'https://github.com/econandrew/sparql_queries', date: '2017' },
  appendixB: { title: 'The World Factbook, Appendix B: International Organizations and Groups (public domain)', url: 'https://github.com/dieghernan/Country-Codes-and-International-Organizations', date: '2018' },
};

const FACTBOOK_COMMIT = '8662a8b17a784841ab4528631b04090eb2f183eb';

export function factbookRef(gec, region, label) {
  return {
    title: `The World Factbook${label ? `: ${label}` : ''} (CIA, public domain; factbook.json, January 2026)`,
    url: `https://github.com/factbook/factbook.json/blob/${FACTBOOK_COMMIT}/${region}/${gec}.json`,
    date: '2026-01',
  };
}
