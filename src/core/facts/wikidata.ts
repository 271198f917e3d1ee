/**
 * Fresh facts from Wikidata: the current heads of state and of government of every sovereign
 * state, asked of a SPARQL endpoint when the user runs "GeoLens: Update Facts". This module is the
 * pure half: the query, and the reading of an answer into a dated layer of gazetteer entries that
 * cards then use and cite ("Wikidata, fetched 5 December 2026"). Every row is checked; an answer
 * that is not what a SPARQL endpoint returns is refused whole, so a bad answer changes nothing.
 */
import { formatIsoDate } from '../cards/format';
import type { Entry } from '../gazetteer/schema';

/** Heads of state (P35) and of government (P6) without an end time (P582), with ISO 3166 alpha-3 (P298). */
export const OFFICE_HOLDERS_QUERY = `SELECT ?iso ?role ?person ?personLabel ?start WHERE {
  ?country wdt:P298 ?iso ; wdt:P31 wd:Q3624078 .
  { ?country p:P35 ?statement . ?statement ps:P35 ?person . BIND("head of state" AS ?role) }
  UNION
  { ?country p:P6 ?statement . ?statement ps:P6 ?person . BIND("head of government" AS ?role) }
  FILTER NOT EXISTS { ?statement pq:P582 ?end }
  OPTIONAL { ?statement pq:P580 ?start }
  SERVICE wikibase:label { bd:serviceParam wikibase:language "en". }
}`;

export interface OfficeHolder {
  /** ISO 3166-1 alpha-3, lower case (the gazetteer's country ids). */
  country: string;
  role: 'head of state' | 'head of government';
  /** The Wikidata item, e.g. "Q12345". */
  qid: string;
  name: string;
  /** ISO date the office was taken, when Wikidata has it. */
  since?: string;
}

export interface FactsLayer {
  /** ISO date the answer was fetched. */
  fetched: string;
  endpoint: string;
  holders: OfficeHolder[];
}

export class FactsAnswerError extends Error {
  override name = 'FactsAnswerError';
}

type Binding = Record<string, { type?: unknown; value?: unknown } | undefined>;

function value(binding: Binding, key: string): string | undefined {
  const v = binding[key]?.value;
  return typeof v === 'string' ? v : undefined;
}

/** The at most this many rows are read: a real answer has a few hundred. */
const MAX_ROWS = 5000;

/**
 * Reads a SPARQL JSON answer into office holders. Throws FactsAnswerError when the answer is not a
 * SPARQL result set; rows that do not hold a country code, a role, an item and a name are skipped
 * and counted, and so is a row whose date is not a date.
 */
export function readOfficeHolders(answer: unknown): { holders: OfficeHolder[]; skipped: number } {
  const results = (answer as { results?: { bindings?: unknown } } | null)?.results?.bindings;
  if (!Array.isArray(results)) throw new FactsAnswerError('the answer is not a SPARQL result set (no results.bindings list)');
  if (results.length > MAX_ROWS) throw new FactsAnswerError(`the answer has ${results.length} rows, more than the ${MAX_ROWS} a list of office holders can have`);
  const holders: OfficeHolder[] = [];
  const seen = new Set<string>();
  let skipped = 0;
  for (const row of results as Binding[]) {
    if (!row || typeof row !== 'object') {
      skipped++;
      continue;
    }
    const iso = value(row, 'iso');
    const role = value(row, 'role');
    const person = value(row, 'person');
    const name = value(row, 'personLabel');
    const start = value(row, 'start');
    const qid = person ? /^https?:\/\/www\.wikidata\.org\/entity\/(Q\d+)$/.exec(person)?.[1] : undefined;
    if (!iso || !/^[A-Z]{3}$/.test(iso) || (role !== 'head of state' && role !== 'head of government') || !qid || !name || name.length > 200 || /^Q\d+$/.test(name) || /[\u0000-\u001f<>]/.test(name)) {
      skipped++;
      continue;
    }
    let since: string | undefined;
    if (start !== undefined) {
      const m = /^(\d{4}-\d{2}-\d{2})T/.exec(start);
      if (!m) {
        skipped++;
        continue;
      }
      since = m[1];
    }
    const key = `${iso}|${role}|${qid}`;
    if (seen.has(key)) continue;
    seen.add(key);
    holders.push({ country: iso.toLowerCase(), role, qid, name, ...(since ? { since } : {}) });
  }
  if (holders.length === 0) throw new FactsAnswerError('the answer holds no usable row (a country code, a role, an item and a name)');
  return { holders, skipped };
}

/**
 * The layer's entries: one person per office holder, with the id of the bundled entry for the same
 * person where there is one (its card then takes the fresh facts), else "wd-Q…". `sameName(a, b)`
 * compares names as the matcher does.
 */
export function factsEntries(layer: FactsLayer, existing: ReadonlyMap<string, Entry>, sameName: (a: string, b: string) => boolean): Entry[] {
  const people = new Map<string, Entry[]>();
  for (const entry of existing.values()) {
    const of = entry.kind === 'person' ? entry.facts.country : undefined;
    // A monarch of several realms lists them all (`country: [gbr, can, …]`).
    for (const country of typeof of === 'string' ? [of] : Array.isArray(of) ? of : []) people.set(country, [...(people.get(country) ?? []), entry]);
  }
  const origin = `Wikidata, fetched ${formatIsoDate(layer.fetched)}`;
  const byId = new Map<string, Entry>();
  for (const holder of layer.holders) {
    const known = (people.get(holder.country) ?? []).find((e) => sameName(e.name, holder.name) || e.aliases.some((a) => sameName(a.text, holder.name)));
    const id = known?.id ?? `wd-${holder.qid.toLowerCase()}`;
    const previous = byId.get(id);
    // One person holding both offices (a president who heads the government).
    const role = previous && previous.facts.role !== holder.role ? 'head of state and government' : holder.role;
    const facts: Entry['facts'] = { role, country: holder.country };
    if (holder.since) facts.since = holder.since;
    const countryName = existing.get(holder.country)?.name ?? holder.country.toUpperCase();
    byId.set(id, {
      id,
      kind: 'person',
      name: known?.name ?? holder.name,
      summary: `${role.replace(/^./, (c) => c.toUpperCase())} of ${countryName}${holder.since ? ` since ${formatIsoDate(holder.since)}` : ''}, according to Wikidata (fetched ${formatIsoDate(layer.fetched)}).`,
      aliases: [],
      demonyms: [],
      metonyms: [],
      facts: previous ? { ...previous.facts, ...facts } : facts,
      related: [holder.country],
      sources: [{ title: `Wikidata: ${holder.name} (${holder.qid}), ${holder.role} — fetched ${formatIsoDate(layer.fetched)}`, url: `https://www.wikidata.org/wiki/${holder.qid}`, date: layer.fetched }],
      asOf: layer.fetched,
      file: layer.endpoint,
      line: 0,
      origin,
    });
  }
  return [...byId.values()];
}
