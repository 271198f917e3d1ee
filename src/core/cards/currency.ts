/**
 * Facts change: an office changes hands, an election is held. A card says how current its facts are
 * and flags the ones that may have changed, never silently: once they are older than
 * `staleAfterDays`, or once a term's end or a scheduled election they mention has passed. "Today"
 * comes from the caller (the editor's clock, the CLI's --today, a test's fixed date).
 */
import type { GazetteerIndex } from '../gazetteer/gazetteerIndex';
import type { Entry } from '../gazetteer/schema';
import { MONTH_NAMES } from '../figures/monthNames';
import { dayNumber, lastDayNumber } from '../text/isoDays';

export const DEFAULT_STALE_AFTER_DAYS = 180;

/** The last day a date written at some precision can mean ("2026-01" → 31 January 2026), as a UTC day number. */
function lastDay(text: string): number | undefined {
  const iso = lastDayNumber(text);
  if (iso !== undefined) return iso;
  // "February 2029", "October 2026", "2029", as the Factbook writes expected elections.
  const named = /\b([A-Za-z]+)\s+(\d{4})\b/.exec(text);
  const month = named ? MONTH_NAMES.indexOf(named[1].toLowerCase()) : -1;
  if (named && month >= 0) return lastDayNumber(`${named[2]}-${String(month + 1).padStart(2, '0')}`);
  const year = /\b(\d{4})\b/.exec(text);
  return year ? lastDayNumber(year[1]) : undefined;
}

export interface Staleness {
  /** Why the card's facts may have changed, in the card's words (empty when they are current). */
  reasons: string[];
  /** The date the facts are as of, when the entry says. */
  asOf?: string;
}

/** Facts of a place that do not change in a season: where it is, what it is, its census count. */
const SETTLED_PLACE_FACTS = new Set(['country', 'type', 'placeType', 'population', 'members', 'location', 'subregion', 'region', 'countries', 'length', 'area']);

/**
 * A place whose card states only settled facts ("Brussels: capital of Belgium"): their age is no
 * reason to doubt them. A place with a status, a claim or who holds it ("held by Russia since …")
 * is dated like any other fact.
 */
function settledPlace(entry: Entry): boolean {
  return entry.kind === 'place' && Object.keys(entry.facts).every((key) => SETTLED_PLACE_FACTS.has(key));
}

/** Why an entry's facts may be out of date on `today` (ISO date). */
export function staleness(entry: Entry, today: string | undefined, staleAfterDays = DEFAULT_STALE_AFTER_DAYS): Staleness {
  const now = today ? dayNumber(today) : undefined;
  const out: Staleness = { reasons: [], asOf: entry.asOf };
  if (now === undefined) return out;
  const asOf = entry.asOf ? lastDay(entry.asOf) : undefined;
  if (asOf !== undefined && now - asOf > staleAfterDays && !settledPlace(entry)) out.reasons.push(`its facts are more than ${staleAfterDays} days old`);
  for (const key of ['termEnds', 'nextElection'] as const) {
    const value = entry.facts[key];
    if (typeof value !== 'string') continue;
    const when = lastDay(value);
    // The event is after the facts were written, and before today.
    if (when !== undefined && when < now && (asOf === undefined || when > asOf)) out.reasons.push(key === 'termEnds' ? `the term it gives ended (${value})` : `the election it expected (${value}) has been held`);
  }
  return out;
}

/** The current holders of a country's top offices in the gazetteer (no `until`), heads of state first. */
export function officeHolders(index: GazetteerIndex, country: string): Entry[] {
  const holders: Entry[] = [];
  for (const entry of index.peopleOf(country)) {
    if (entry.facts.until !== undefined) continue;
    const role = String(entry.facts.role ?? '');
    if (/head of (state|government)/.test(role)) holders.push(entry);
  }
  // Fetched facts (Update Facts) are newer than the bundled ones: where they name a holder of an
  // office, theirs are the current ones.
  const fresh = (e: Entry): boolean => e.origin?.startsWith('Wikidata') === true;
  const roleKeys = (e: Entry): string[] => (/head of state and government/.test(String(e.facts.role)) ? ['state', 'government'] : /head of state/.test(String(e.facts.role)) ? ['state'] : ['government']);
  const freshRoles = new Set(holders.filter(fresh).flatMap(roleKeys));
  const current = holders.filter((e) => fresh(e) || !roleKeys(e).some((r) => freshRoles.has(r)));
  const rank = (e: Entry): number => (/head of state/.test(String(e.facts.role)) ? 0 : 1);
  return current.sort((a, b) => rank(a) - rank(b) || (a.name < b.name ? -1 : 1));
}

/**
 * The election to a country's lower chamber (or single chamber) that was due after a head of
 * government's facts were written and before today: the government may have changed since. The
 * Factbook's "expected date of next election" ("October 2026") is read at month precision.
 */
export function electionSince(index: GazetteerIndex, holder: Entry, today: string | undefined): { chamber: Entry; when: string } | undefined {
  const now = today ? dayNumber(today) : undefined;
  const country = holder.facts.country;
  if (now === undefined || typeof country !== 'string') return undefined;
  const asOf = holder.asOf ? lastDay(holder.asOf) : undefined;
  for (const chamber of index.chambersOf(country)) {
    const role = chamber.facts.role;
    const when = chamber.facts.nextElection;
    if ((role !== 'lower chamber' && role !== 'legislature') || typeof when !== 'string') continue;
    const day = lastDay(when);
    if (day !== undefined && day < now && (asOf === undefined || day > asOf)) return { chamber, when };
  }
  return undefined;
}
