// Major cities from the Factbook's "Major urban areas - population" field (public domain): the
// places geopolitical writing names most after capitals. Capitals are left to capitals.yaml; a city
// whose name is already another entry's name or alias is left out rather than made ambiguous.
import { factbookRef } from './sources.mjs';
import { slug, takenNames } from './util.mjs';

const AREAS = /(\d+(?:\.\d+)?)\s+(million|thousand)\s+([^,;(]+?)(?:\s*\(([^)]*)\))?\s*(?:[,;]|$)/g;

/**
 * The Factbook names US metropolitan areas by their cities joined with hyphens ("New York-Newark",
 * "Los Angeles-Long Beach-Santa Ana"): the first is the city. Elsewhere a hyphen is part of one
 * name ("Bobo-Dioulasso", "Abomey-Calavi").
 */
function cityName(raw, country) {
  const name = raw.replace(/\s+/g, ' ').trim();
  return country === 'usa' ? name.split(/-(?=\p{Lu})/u)[0].trim() : name;
}

/**
 * The short forms the US press writes for a few cities, with their full stops and capitals as
 * written (AP style: "L.A." for Los Angeles): exact case only.
 */
const PRESS_SHORT_NAMES = new Map([
  ['Los Angeles', ['L.A.']],
]);

export function buildCities(meta, existing, { aliasKey }) {
  const taken = takenNames(existing, aliasKey);
  const ids = new Set(existing.map((e) => e.id));
  const cities = [];
  for (const [country, m] of [...meta].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const text = m.fb?.data?.['People and Society']?.['Major urban areas - population']?.text;
    if (!text) continue;
    const year = /\((\d{4})\)\s*$/.exec(text)?.[1];
    for (const match of text.matchAll(AREAS)) {
      const [, amount, scale, rawName, note] = match;
      if (note && /capital/i.test(note)) continue;
      const name = cityName(rawName, country);
      // All-caps names in this field are capitals; very short or odd ones are not worth the risk.
      if (name.length < 4 || name === name.toUpperCase() || !/^\p{Lu}[\p{L} .'’-]+$/u.test(name)) continue;
      const key = aliasKey(name);
      if (taken.has(key)) continue;
      taken.add(key);
      let id = slug(name);
      if (ids.has(id)) id = `${id}-${country}`;
      ids.add(id);
      // "Tel Aviv-Yafo", "Marseille-Aix-en-Provence": articles write the first city alone.
      const aliases = [];
      const head = /^([^-]{5,})-\p{Lu}\p{L}{3,}/u.exec(name)?.[1];
      if (head && !taken.has(aliasKey(head))) {
        taken.add(aliasKey(head));
        aliases.push({ text: head });
      }
      for (const short of PRESS_SHORT_NAMES.get(name) ?? []) {
        if (taken.has(aliasKey(short))) continue;
        taken.add(aliasKey(short));
        aliases.push({ text: short, case: 'exact' });
      }
      const population = Math.round(Number(amount) * (scale === 'million' ? 1e6 : 1e3));
      cities.push({
        id,
        kind: 'place',
        name,
        aliases,
        demonyms: [],
        metonyms: [],
        summary: `City in ${m.name}.`,
        facts: { country, type: 'city', population: `${population.toLocaleString('en-US')} (urban area${year ? `, ${year}` : ''})` },
        related: [country],
        sources: [factbookRef(m.gec, m.fb.region, m.name)],
        asOf: '2026-01',
      });
    }
  }
  return cities;
}
