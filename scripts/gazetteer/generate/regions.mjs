// World regions, oceans, seas and straits, and the two Palestinian territories: "Asia", "Southeast
// Asia", "the Middle East", "the Indian Ocean", "the Red Sea", "the Strait of Hormuz", "the Gaza Strip". Continents and the UN
// M49 regions (with the countries in each) come from Country Codes and International Organizations
// (MIT); the Middle East, the oceans and the territories from the Factbook (public domain). As for
// the cities, a name another entry already has is left out.
import { factbookRef, SOURCE_REFS } from './sources.mjs';
import { htmlText, slug, takenNames } from './util.mjs';

/** How English writes the M49 names ("South-eastern Asia" is "Southeast Asia" in the news). */
const EVERYDAY_NAMES = {
  'Southern Asia': ['South Asia'],
  'Western Asia': ['West Asia'],
  'South-eastern Asia': ['Southeast Asia', 'South-East Asia', 'South East Asia'],
  'Eastern Asia': ['East Asia'],
  'Northern Africa': ['North Africa'],
  'Western Africa': ['West Africa'],
  'Eastern Africa': ['East Africa'],
  'Middle Africa': ['Central Africa'],
  'Latin America and the Caribbean': ['Latin America'],
};

/**
 * The words for a region's people, as English writes them ("European leaders", "Africans"): they
 * name people, never the place, as countries' demonyms do. Longer names win where one is part of
 * an organisation's ("European Union", "African Union", "Asian Development Bank").
 */
const DEMONYMS = {
  Africa: ['African', 'Africans'],
  Asia: ['Asian', 'Asians'],
  Europe: ['European', 'Europeans'],
  'South America': ['South American', 'South Americans'],
  'Central America': ['Central American', 'Central Americans'],
  'Latin America': ['Latin American', 'Latin Americans'],
  'Latin America and the Caribbean': ['Latin American', 'Latin Americans'],
  'Middle East': ['Middle Eastern'],
  // The everyday names' own ("the landlocked West African nation"); not "Central African", which is
  // the Central African Republic's.
  'Western Africa': ['West African', 'West Africans'],
  'Eastern Africa': ['East African', 'East Africans'],
  'Northern Africa': ['North African', 'North Africans'],
  'Southern Asia': ['South Asian', 'South Asians'],
  'Eastern Asia': ['East Asian', 'East Asians'],
  'Southeast Asia': ['Southeast Asian', 'Southeast Asians', 'South-East Asian', 'South-East Asians'],
  'Central Asia': ['Central Asian', 'Central Asians'],
  'Eastern Europe': ['Eastern European', 'Eastern Europeans', 'East European', 'East Europeans'],
  'Gaza Strip': ['Gazan', 'Gazans'],
  'Arab world': ['Arab', 'Arabs'],
};

/** Regions no one names in prose, or whose name is a country's. */
const LEFT_OUT = new Set(['Australia and New Zealand', 'Northern America', 'Micronesia', 'Antarctica']);

export function buildRegions(src, meta, existing, { aliasKey }) {
  const taken = takenNames(existing, aliasKey);
  const ids = new Set(existing.map((e) => e.id));
  const countryIds = new Set([...meta.keys()]);
  const entries = [];
  const add = (name, aliases, type, summary, members, sources, extra = {}) => {
    if (LEFT_OUT.has(name) || taken.has(aliasKey(name))) return;
    taken.add(aliasKey(name));
    const kept = [];
    for (const a of aliases) {
      const alias = typeof a === 'string' ? { text: a } : a;
      if (taken.has(aliasKey(alias.text))) continue;
      taken.add(aliasKey(alias.text));
      kept.push(alias);
    }
    const demonyms = [];
    for (const d of DEMONYMS[name] ?? []) {
      if (taken.has(aliasKey(d))) continue;
      taken.add(aliasKey(d));
      demonyms.push({ text: d });
    }
    let id = slug(name);
    if (ids.has(id)) id = `${id}-region`;
    ids.add(id);
    const list = [...members].sort();
    const facts = { type, ...(list.length > 0 ? { members: list } : {}), ...extra };
    entries.push({ id, kind: 'place', name, aliases: kept, demonyms, metonyms: [], summary, facts, related: [], sources, asOf: '2026-01' });
  };

  // Continents and M49 regions, with their countries.
  const groups = new Map();
  for (const row of src.countryCodes) {
    const id = row.ISO_3166_3?.toLowerCase();
    if (!id || !countryIds.has(id)) continue;
    for (const [column, type] of [['CONTINENT.EN', 'continent'], ['REGION.EN', 'region (UN M49)'], ['SUBREGION.EN', 'region (UN M49)'], ['INTERREGION.EN', 'region (UN M49)']]) {
      const name = row[column]?.trim();
      if (!name) continue;
      if (!groups.has(name)) groups.set(name, { type, members: new Set() });
      const group = groups.get(name);
      if (type === 'continent') group.type = 'continent';
      group.members.add(id);
    }
  }
  for (const [name, { type, members }] of [...groups].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const what = type === 'continent' ? 'Continent' : 'World region in the UN M49 standard';
    add(name, EVERYDAY_NAMES[name] ?? [], type, `${what}; ${members.size} countries and territories.`, members, [SOURCE_REFS.countryCodes]);
  }

  // The Middle East, as the Factbook groups it.
  const byGec = new Map([...meta].map(([id, m]) => [m.gec, id]));
  const middleEast = [...src.factbook].filter(([, f]) => f.region === 'middle-east').map(([gec]) => byGec.get(gec)).filter(Boolean);
  add('Middle East', ['Mideast'], 'region', `Region of western Asia; the Factbook counts ${middleEast.length} countries and territories in it.`, middleEast, [
    { title: 'The World Factbook: Middle East (CIA, public domain; factbook.json, January 2026)', url: 'https://github.com/factbook/factbook.json/tree/8662a8b17a784841ab4528631b04090eb2f183eb/middle-east', date: '2026-01' },
  ]);

  // The Arab world: the Arab League's members as the Factbook lists them. "Arab" and "Arabs" name
  // its peoples ("a wider Arab intervention"); the longer names that hold the word ("United Arab
  // Emirates", "Arab League", "Arab Spring") are matched whole before it.
  const arabLeague = existing.find((e) => e.id === 'arab-league');
  if (arabLeague?.facts?.members?.length > 0) {
    const members = arabLeague.facts.members;
    add('Arab world', ['Arab states', 'Arab countries'], 'region', `The Arab states: the ${members.length} members of the Arab League that the Factbook lists.`, members, arabLeague.sources);
  }

  // Oceans.
  for (const [gec, f] of [...src.factbook].filter(([, f]) => f.region === 'oceans').sort(([a], [b]) => (a < b ? -1 : 1))) {
    const name = /\b(?:The\s+)?((?:Arctic|Atlantic|Indian|Pacific|Southern)\s+Ocean)\b/.exec(htmlText(f.data.Introduction?.Background?.text))?.[1];
    if (!name) continue;
    add(name, [], 'ocean', 'Ocean.', [], [factbookRef(gec, 'oceans', name)]);
  }

  // The Gaza Strip and the West Bank: the Factbook describes them apart from the State of Palestine.
  for (const [gec, name, aliases, other] of [['gz', 'Gaza Strip', ['Gaza'], 'West Bank'], ['we', 'West Bank', [], 'Gaza Strip']]) {
    const f = src.factbook.get(gec);
    if (!f || !htmlText(f.data.Introduction?.Background?.text).includes(name)) throw new Error(`regions: the Factbook has no ${name} (${gec})`);
    add(name, aliases, 'Palestinian territory', `One of the two Palestinian territories, with the ${other}.`, [], [factbookRef(gec, f.region, name)], { country: 'pse' });
  }
  // Seas, gulfs, bays and straits, with the countries whose Factbook "Location" names them (it
  // says which waters a country borders). The two canals lie in one country each.
  for (const [name, aliases] of WATERS) {
    const shores = [...meta]
      .filter(([, m]) => new RegExp(`\\b${name}\\b`).test(htmlText(m.fb?.data?.Geography?.Location?.text)))
      .map(([id]) => id);
    if (shores.length === 0) continue;
    const type = /Strait|Bab el|Bosporus|Dardanelles|Channel/.test(name) ? 'strait' : /Gulf/.test(name) ? 'gulf' : /Bay/.test(name) ? 'bay' : 'sea';
    // Not "its shores": a country's location names the waters it faces, not always all of them
    // (Russia's does not name the Black Sea), so the card says only what the source says.
    const named = shores.map((id) => meta.get(id).name).sort();
    const list = named.length <= 6 ? listText(named) : `${named.slice(0, 5).join(', ')} and ${named.length - 5} others`;
    add(name, aliases, type, `${type[0].toUpperCase()}${type.slice(1)}; the Factbook names it in the location of ${list}.`, [], [
      { title: 'The World Factbook, "Location" of each country (CIA, public domain; factbook.json, January 2026)', url: 'https://github.com/factbook/factbook.json', date: '2026-01' },
    ]);
  }
  for (const [name, country] of [['Suez Canal', 'egy'], ['Panama Canal', 'pan']]) {
    const m = meta.get(country);
    if (!m || !htmlText(JSON.stringify(m.fb?.data?.Geography ?? {})).includes(name)) throw new Error(`regions: the Factbook does not place the ${name} in ${country}`);
    add(name, [], 'canal', `Canal in ${m.name}.`, [], [factbookRef(m.gec, m.fb.region, m.name)], { country });
  }
  for (const e of entries) if (e.facts.country) e.related = [e.facts.country];
  return entries;
}

const listText = (items) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`);

/** Waters geopolitical writing names, as the Factbook spells them, with other spellings. */
const WATERS = [
  ['Red Sea', []], ['Black Sea', []], ['Mediterranean Sea', ['Mediterranean']], ['Caspian Sea', []], ['Baltic Sea', []],
  // "The Gulf" alone is the Persian Gulf where the article is about its shores (in an American
  // local paper it may be the Gulf of Mexico): read only with one of these words in the document.
  ['Persian Gulf', ['Arabian Gulf', { text: 'Gulf', case: 'exact', context: ['qatar', 'saudi', 'iran', 'iranian', 'bahrain', 'kuwait', 'oman', 'emirates', 'emirati', 'uae', 'hormuz', 'doha', 'riyadh', 'tehran', 'dubai', 'yemen'], contextOnly: true }]], ['Gulf of Aden', []], ['Gulf of Oman', []], ['Strait of Hormuz', []],
  ['Bab el Mandeb', ['Bab el-Mandeb', 'Bab-el-Mandeb']], ['Taiwan Strait', ['Strait of Taiwan']], ['Strait of Malacca', ['Malacca Strait']],
  ['Bosporus', ['Bosphorus']], ['Dardanelles', []], ['Arabian Sea', []], ['Bay of Bengal', []], ['East China Sea', []],
  ['South China Sea', []], ['Sea of Japan', []], ['Yellow Sea', []], ['North Sea', []], ['Barents Sea', []], ['Caribbean Sea', []],
  ['Adriatic Sea', []], ['Aegean Sea', []], ['Philippine Sea', []], ['Andaman Sea', []], ['Gulf of Guinea', []],
  ['Gulf of Thailand', []], ['Strait of Gibraltar', []], ['English Channel', []], ['Gulf of Aqaba', []], ['Dead Sea', []],
];
