// World regions, oceans and the two Palestinian territories: "Asia", "Southeast Asia", "West Africa",
// "the Middle East", "the Indian Ocean", "the Gaza Strip", "the West Bank". Continents and the UN
// M49 regions (with the countries in each) come from Country Codes and International Organizations
// (MIT); the Middle East, the oceans and the territories from the Factbook (public domain). As for
// the cities, a name another entry already has is left out.
import { factbookRef, SOURCE_REFS } from './sources.mjs';
import { htmlText, slug } from './util.mjs';

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

/** Regions no one names in prose, or whose name is a country's. */
const LEFT_OUT = new Set(['Australia and New Zealand', 'Northern America', 'Micronesia', 'Antarctica']);

export function buildRegions(src, meta, existing, { aliasKey }) {
  const taken = new Set();
  const ids = new Set(existing.map((e) => e.id));
  for (const e of existing) for (const a of [{ text: e.name }, ...(e.aliases ?? []), ...(e.demonyms ?? [])]) taken.add(aliasKey(typeof a === 'string' ? a : a.text));
  const countryIds = new Set([...meta.keys()]);
  const entries = [];
  const add = (name, aliases, type, summary, members, sources, extra = {}) => {
    if (LEFT_OUT.has(name) || taken.has(aliasKey(name))) return;
    taken.add(aliasKey(name));
    const kept = [];
    for (const a of aliases) {
      if (taken.has(aliasKey(a))) continue;
      taken.add(aliasKey(a));
      kept.push({ text: a });
    }
    let id = slug(name);
    if (ids.has(id)) id = `${id}-region`;
    ids.add(id);
    const list = [...members].sort();
    const facts = { type, ...(list.length > 0 ? { members: list } : {}), ...extra };
    entries.push({ id, kind: 'place', name, aliases: kept, demonyms: [], metonyms: [], summary, facts, related: [], sources, asOf: '2026-01' });
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
  for (const e of entries) if (e.facts.country) e.related = [e.facts.country];
  return entries;
}
