#!/usr/bin/env node
// Generates the bundled gazetteer's generated layer (src/gazetteer/generated/*.yaml) from the public
// data in ../shared/data/gazetteer-sources (origins and licences in its SOURCES.md; attribution in
// DATA-LICENSE.md). Output is sorted and stable: re-running on the same sources gives no diff.
//
//   node scripts/gazetteer/generate.mjs [--shared DIR]
//
// DIR is the shared folder (default ../shared beside the repository root) or the gazetteer-sources
// folder itself.
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import YAML from 'yaml';
import { buildCities } from './generate/cities.mjs';
import { buildLandforms, buildPhysical } from './generate/physical.mjs';
import { buildRegions } from './generate/regions.mjs';
import { buildSubdivisions } from './generate/subdivisions.mjs';
import { buildCapitals, buildCountries, countrySummary } from './generate/countries.mjs';
import { buildLeaders, personAliases } from './generate/leaders.mjs';
import { buildOrganisations } from './generate/organisations.mjs';
import { buildArmedGroups, buildPolitics } from './generate/politics.mjs';
import { resolveSharedAliases } from './generate/resolve.mjs';
import { loadSources } from './generate/sources.mjs';
import { compareText } from './generate/util.mjs';
import { contextSurnameAlias, surnameRuleContext } from './surnames.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const OUT_DIR = path.join(root, 'src', 'gazetteer', 'generated');

function parseArgs(argv) {
  let shared = path.resolve(root, '..', 'shared');
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--shared' && argv[i + 1]) shared = path.resolve(argv[++i]);
    else if (argv[i].startsWith('--shared=')) shared = path.resolve(argv[i].slice('--shared='.length));
    else if (argv[i] === '--help' || argv[i] === '-h') {
      console.log('usage: node scripts/gazetteer/generate.mjs [--shared DIR]');
      process.exit(0);
    } else {
      console.error(`Unknown argument: ${argv[i]}\nusage: node scripts/gazetteer/generate.mjs [--shared DIR]`);
      process.exit(2);
    }
  }
  const nested = path.join(shared, 'data', 'gazetteer-sources');
  return existsSync(nested) || !existsSync(path.join(shared, 'SOURCES.md')) ? nested : shared;
}

const ENTRY_ORDER = ['id', 'kind', 'orgType', 'name', 'aliases', 'demonyms', 'metonyms', 'metonymFor', 'coordinates', 'summary', 'facts', 'related', 'sources', 'asOf'];
const FACT_ORDER = ['office', 'role', 'country', 'since', 'type', 'status', 'capital', 'region', 'subregion', 'iso2', 'iso3', 'isoNumeric', 'unMember', 'founded', 'members', 'membershipNote', 'seats', 'chamber', 'lastElection', 'nextElection', 'listedIn'];

function cleanAlias(alias) {
  const out = { text: alias.text };
  if (alias.case) out.case = alias.case;
  if (alias.priority !== undefined && alias.priority !== 0) out.priority = alias.priority;
  if (alias.context?.length) out.context = alias.context;
  if (alias.lang) out.lang = alias.lang;
  if (alias.contextOnly) out.contextOnly = true;
  return Object.keys(out).length === 1 ? alias.text : out;
}

function cleanEntry(entry) {
  const out = {};
  for (const key of ENTRY_ORDER) {
    let value = entry[key];
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    if (key === 'aliases' || key === 'demonyms') value = value.map(cleanAlias);
    if (key === 'facts') {
      const facts = {};
      const keys = [...FACT_ORDER.filter((k) => k in value), ...Object.keys(value).filter((k) => !FACT_ORDER.includes(k)).sort()];
      for (const k of keys) facts[k] = value[k];
      if (Object.keys(facts).length === 0) continue;
      value = facts;
    }
    out[key] = value;
  }
  return out;
}

function toYaml(entries, header) {
  const doc = new YAML.Document({ entries: entries.map(cleanEntry) }, { aliasDuplicateObjects: false });
  doc.commentBefore = header
    .split('\n')
    .map((line) => ` ${line}`)
    .join('\n');
  YAML.visit(doc, {
    Pair(_, pair, ancestors) {
      const key = YAML.isScalar(pair.key) ? pair.key.value : undefined;
      const parentKey = (() => {
        for (let i = ancestors.length - 1; i >= 0; i--) {
          const a = ancestors[i];
          if (YAML.isPair(a) && YAML.isScalar(a.key)) return a.key.value;
        }
        return undefined;
      })();
      if (YAML.isSeq(pair.value) && ['demonyms', 'metonyms', 'related', 'coordinates'].includes(key)) pair.value.flow = true;
      if (YAML.isSeq(pair.value) && parentKey === 'facts') pair.value.flow = true;
      if (YAML.isSeq(pair.value) && key === 'context') pair.value.flow = true;
      if (YAML.isSeq(pair.value) && (key === 'aliases' || key === 'sources')) {
        for (const item of pair.value.items) if (YAML.isMap(item)) item.flow = true;
      }
      if (YAML.isSeq(pair.value) && key === 'demonyms') {
        for (const item of pair.value.items) if (YAML.isMap(item)) item.flow = true;
      }
    },
  });
  return doc.toString({ lineWidth: 0, indentSeq: true });
}

async function main() {
  const dir = parseArgs(process.argv.slice(2));
  let src;
  try {
    src = loadSources(dir);
  } catch (error) {
    console.error(`generate: ${error.message}`);
    process.exit(1);
  }
  const { aliasKey } = await tsImport('../../src/core/gazetteer/aliasKey.ts', import.meta.url);
  const { aliasRefusal } = await tsImport('../../src/core/gazetteer/load.ts', import.meta.url);

  // Countries, territories and their capitals.
  const { countries, capitalSpecs, meta, unMembers } = buildCountries(src, { aliasKey });
  const capitals = buildCapitals(capitalSpecs, countries, meta, { aliasKey });
  const capitalsById = new Map(capitals.map((p) => [p.id, p]));
  for (const c of countries) {
    const m = meta.get(c.id);
    c._sovereign = m.sovereign;
    c._population = m.population;
    c.summary = countrySummary(c, meta, capitalsById);
  }

  // The hand-written entries (read once: the leaders' surnames below and the cities after need them).
  const curatedDir = path.join(root, 'src', 'gazetteer', 'curated');
  const curated = [];
  for (const file of (await readdir(curatedDir)).filter((f) => /\.ya?ml$/.test(f)).sort()) {
    curated.push(...(YAML.parse(await readFile(path.join(curatedDir, file), 'utf8'))?.entries ?? []));
  }

  // Leaders.
  const countryNames = new Map(countries.map((c) => [c.id, c.name]));
  const { entries: leaders, skipped } = buildLeaders(meta, countryNames);
  const surnameRules = surnameRuleContext([...leaders, ...curated.filter((e) => e.kind === 'person')], aliasKey);
  // Surname aliases only where no two people share the surname.
  const surnameCount = new Map();
  const leaderAliases = new Map(leaders.map((p) => [p.id, personAliases(p)]));
  for (const list of leaderAliases.values()) for (const a of list) if (a._surname) surnameCount.set(aliasKey(a.text), (surnameCount.get(aliasKey(a.text)) ?? 0) + 1);
  for (const p of leaders) {
    const keys = new Set([aliasKey(p.name)]);
    if (!keys.has(aliasKey(p._factbookName))) {
      keys.add(aliasKey(p._factbookName));
      p.aliases.push({ text: p._factbookName });
    }
    for (const a of leaderAliases.get(p.id)) {
      const key = aliasKey(a.text);
      if (keys.has(key) || (a._surname && surnameCount.get(key) > 1)) continue;
      keys.add(key);
      const { _surname, ...alias } = a;
      void _surname;
      p.aliases.push(alias);
    }
    // The surname alone where it is not safe everywhere ("Marcos" is a common given name, "Lee" a
    // common surname, two leaders may share one): only in a document that also writes one of the
    // person's other names ("Ferdinand", "Jae Myung"), as the press does after the first mention.
    if (p._person) {
      const alias = contextSurnameAlias({ name: p.name, words: p._person.words, surname: p._person.surname, surnameFirst: p._person.surnameFirst }, keys, surnameRules);
      if (alias) p.aliases.push(alias);
    }
  }

  // Organisations.
  const { entries: organisations, notes: membershipUpdates } = buildOrganisations(src, meta);

  // Shared aliases: give every one a rule.
  const all = [...countries, ...capitals, ...leaders, ...organisations];
  const ids = new Map();
  for (const e of all) {
    if (ids.has(e.id)) throw new Error(`Duplicate generated id ${e.id} (${ids.get(e.id)} and ${e.kind})`);
    ids.set(e.id, e.kind);
  }
  const weight = (e) => e._population ?? (e.kind === 'person' ? 0 : e.facts?.country ? meta.get(e.facts.country)?.population ?? 0 : 0);
  const log = resolveSharedAliases(all, aliasKey, weight);
  if (log.unresolved.length > 0) {
    console.error(`generate: names shared by two entries cannot be told apart:\n  ${log.unresolved.join('\n  ')}`);
    process.exit(1);
  }

  // Major cities: after everything else, and never under a name another entry (curated ones too) has.
  const cities = buildCities(meta, [...all, ...curated], { aliasKey });
  // States and provinces of the countries news names them most for, under no name taken before.
  const subdivisions = buildSubdivisions(meta, [...all, ...curated, ...cities], { aliasKey });
  // Continents, world regions, oceans, the Palestinian territories.
  const regions = buildRegions(src, meta, [...all, ...curated, ...cities, ...subdivisions], { aliasKey });
  // Rivers and lakes, under no name a country, city or region has.
  const { entries: waters, skipped: ambiguousWaters } = buildPhysical(meta, countries, [...all, ...curated, ...cities, ...subdivisions, ...regions], { aliasKey });
  const landforms = buildLandforms(meta, [...all, ...curated, ...cities, ...subdivisions, ...regions, ...waters], { aliasKey });
  const physical = [...waters, ...landforms];
  // Parties, legislatures and armed groups: after every place, under no name taken before.
  const placed = [...all, ...curated, ...cities, ...subdivisions, ...regions, ...physical];
  // Armed groups first: a group that is also a party (Hizballah in Lebanon) is the group, with the news's spellings.
  const armedGroups = buildArmedGroups(meta, countryNames, placed, { aliasKey, aliasRefusal });
  const { parties, legislatures } = buildPolitics(meta, countryNames, [...placed, ...armedGroups], { aliasKey, aliasRefusal });

  // Checks.
  const problems = [];
  const countryIds = new Set(countries.map((c) => c.id));
  if (countries.length < 249) problems.push(`only ${countries.length} countries/territories (expected ≥ 249)`);
  if (unMembers.size !== 193) problems.push(`the Factbook lists ${unMembers.size} UN members, expected 193`);
  if (src.worldCountries) {
    const wc = new Set(src.worldCountries.filter((c) => c.unMember && c.cca3 !== 'VAT').map((c) => c.cca3));
    const onlyWc = [...wc].filter((a) => !unMembers.has(a));
    const onlyFb = [...unMembers].filter((a) => !wc.has(a));
    if (onlyWc.length || onlyFb.length) problems.push(`UN membership differs from world-countries: only there ${onlyWc.join(' ')}; only in the Factbook ${onlyFb.join(' ')}`);
  }
  for (const a3 of unMembers) {
    const id = a3.toLowerCase();
    if (!countryIds.has(id)) problems.push(`UN member ${a3} missing`);
    const c = countries.find((x) => x.id === id);
    if (c && c.metonyms.length === 0) problems.push(`UN member ${a3} has no capital place`);
  }
  for (const id of ['vat', 'pse']) if (!countryIds.has(id)) problems.push(`observer ${id} missing`);
  if (problems.length > 0) {
    console.error(`generate: checks failed:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }

  const byId = (a, b) => compareText(a.id, b.id);
  const from = path.relative(root, dir).split(path.sep).join('/');
  const head = (what, sources) => `Generated by scripts/gazetteer/generate.mjs from ${from} — do not edit by hand.\n${what}\nSources: ${sources}. Licences and attribution: DATA-LICENSE.md.`;
  const files = {
    'countries.yaml': toYaml(countries.sort(byId), head('Countries and territories: ISO 3166-1 (plus Kosovo), names in English and other languages, demonyms, region, capital.', 'i18n-iso-countries (MIT), countries-list (MIT), The World Factbook (public domain), Wikidata labels (CC0), Country Codes and International Organizations (MIT)')),
    'capitals.yaml': toYaml(capitals.sort(byId), head('Capitals and seats of government, each standing for its country’s government when used metonymically.', 'countries-list (MIT), The World Factbook (public domain)')),
    'leaders.yaml': toYaml(leaders.sort(byId), head('Heads of state and government of sovereign states, as of the World Factbook of January 2026.', 'The World Factbook (public domain)')),
    'cities.yaml': toYaml(cities.sort(byId), head('Major cities (urban areas) other than capitals, with the population the Factbook gives.', 'The World Factbook (public domain)')),
    'subdivisions.yaml': toYaml(subdivisions.sort(byId), head('First-level subdivisions (states, provinces, regions) of countries whose regions the news names often.', 'The World Factbook (public domain)')),
    'regions.yaml': toYaml(regions.sort(byId), head('Continents, world regions (UN M49, and the Middle East), oceans and the Palestinian territories.', 'Country Codes and International Organizations (MIT), The World Factbook (public domain)')),
    'rivers-and-lakes.yaml': toYaml(waters.sort(byId), head('Rivers and lakes: the major ones each country\'s Factbook entry lists, with their length or area and where a river rises and ends.', 'The World Factbook (public domain)')),
    'landforms.yaml': toYaml(landforms.sort(byId), head('Mountain ranges, deserts, valleys, plateaus and peninsulas the Factbook names in each country\'s geography.', 'The World Factbook (public domain)')),
    'parties.yaml': toYaml(parties.sort(byId), head('Political parties of sovereign states, with their seats after the last election where the Factbook gives them. Names several countries share match only with their country named in the document.', 'The World Factbook (public domain)')),
    'legislatures.yaml': toYaml(legislatures.sort(byId), head('Legislatures and their chambers, with seats and election dates. Generic names ("Senate") match only with their country named in the document.', 'The World Factbook (public domain)')),
    'armed-groups.yaml': toYaml(armedGroups.sort(byId), head('Armed groups the Factbook lists under "Terrorism → Terrorist group(s)" (groups designated by the US State Department), with the countries it lists them for.', 'The World Factbook (public domain)')),
    'organisations.yaml': toYaml(organisations.sort(byId), head('International organisations and blocs with their member states; stale memberships corrected with a source each.', 'The World Factbook and its Appendix B (public domain), official sites of the organisations for membership updates')),
  };
  await mkdir(OUT_DIR, { recursive: true });
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(OUT_DIR, name), text);

  const count = (list, pred) => list.filter(pred).length;
  console.log(`gazetteer generated → ${path.relative(root, OUT_DIR)}/`);
  console.log(`  countries.yaml      ${countries.length} countries and territories (${count(countries, (c) => c._sovereign)} sovereign incl. observers, ${unMembers.size} UN members, ${count(countries, (c) => !c._sovereign)} territories)`);
  console.log(`  capitals.yaml       ${capitals.length} capitals and seats of government`);
  console.log(`  leaders.yaml        ${leaders.length} heads of state and government (${skipped.length} Factbook lines not parsed)`);
  console.log(`  cities.yaml         ${cities.length} major cities`);
  console.log(`  subdivisions.yaml   ${subdivisions.length} states, provinces and regions`);
  console.log(`  regions.yaml        ${regions.length} continents, regions, oceans and territories`);
 console.log(`  rivers-and-lakes.yaml ${waters.length} rivers and lakes (left out, one name for two: ${ambiguousWaters.join(', ') || 'none'})`);
  console.log(`  landforms.yaml      ${landforms.length} mountain ranges, deserts, valleys and peninsulas`);
  console.log(`  parties.yaml        ${parties.length} political parties (${count(parties, (p) => p.facts.seats !== undefined)} with seats)`);
  console.log(`  legislatures.yaml   ${legislatures.length} legislatures and chambers`);
  console.log(`  armed-groups.yaml   ${armedGroups.length} armed groups`);
  console.log(`  organisations.yaml  ${organisations.length} organisations and blocs (${count(organisations, (o) => o.kind === 'bloc')} blocs)`);
  console.log(`  aliases: ${all.reduce((n, e) => n + e.aliases.length, 0)}, demonyms: ${all.reduce((n, e) => n + e.demonyms.length, 0)}; shared aliases resolved by priority: ${log.prioritised.length}, dropped: ${log.dropped.length}`);
  if (membershipUpdates.length) console.log(`  membership updates over the Factbook: ${membershipUpdates.join('; ')}`);
  if (process.env.GEOLENS_GENERATE_VERBOSE) {
    console.log(['', 'prioritised:', ...log.prioritised, '', 'dropped:', ...log.dropped, '', 'skipped leaders:', ...skipped].join('\n'));
  }
}

await main();
