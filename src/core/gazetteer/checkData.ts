/**
 * The bundled gazetteer's facts are only as good as their sources: `npm run check:data` holds the
 * data to rules a fact-checker would (every entry sourced with a specific page and a date, no home
 * page passed off as a source, no office whose term has ended still presented as current, member
 * counts that match what the organisations say, plausible dates, names as they are written) and
 * reports the entries whose sources are oldest.
 */
import { lastDayNumber } from '../text/isoDays';
import type { Entry } from './schema';

export interface DataFinding {
  id: string;
  file: string;
  line: number;
  rule: 'source' | 'home-page' | 'term-ended' | 'members' | 'date' | 'name';
  message: string;
}

/** Member counts the organisations themselves publish (each checked against its source when set). */
export const EXPECTED_MEMBERS: Readonly<Record<string, number>> = {
  un: 193,
  eu: 27,
  nato: 32,
  asean: 11,
  brics: 10,
  sco: 10,
  eaeu: 5,
  opec: 12,
  ecowas: 12,
  gcc: 6,
  quad: 4,
  g7: 7,
  adb: 69,
  iora: 23,
  'australia-group': 42,
  unhrc: 47,
};

/** A URL that is a site's front page, not a page that says the fact. */
export function isHomePage(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const path = parsed.pathname.replace(/\/+$/, '');
  const query = [...parsed.searchParams.keys()].filter((k) => k !== 'lang');
  return (path === '' || /^\/[a-z]{2}(?:-[a-z]{2})?$/i.test(path)) && query.length === 0 && parsed.hash === '';
}

const ISO = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** Valid after `ISO.test`: a partial date counts as its last day. */
const dayNumber = (iso: string): number => lastDayNumber(iso) as number;

/**
 * Regnal numbers written as words ("Sualauvi Ii"), and names that lost their capitals (a lower-case
 * start is fine before a particle: "al-Shabaab", "de Gaulle").
 */
function badCapitals(name: string): boolean {
  return /\s(?:Ii|Iii|Iv|Vi|Vii|Viii|Ix|Xi|Xii)$/.test(name) || (/^[a-z]/.test(name) && !/^(?:al|el|ad|as|ash|at|ar|an|de|da|di|du|van|von|bin|ibn)[-\s’']/.test(name));
}

export function checkData(entries: readonly Entry[], today: string): DataFinding[] {
  const findings: DataFinding[] = [];
  const now = dayNumber(today);
  const add = (e: Entry, rule: DataFinding['rule'], message: string) => findings.push({ id: e.id, file: e.file, line: e.line, rule, message });
  for (const e of entries) {
    if (e.disabled) continue;
    if (e.sources.length === 0) add(e, 'source', 'has no source');
    for (const s of e.sources) {
      if (!s.url) add(e, 'source', `source "${s.title}" has no URL`);
      else if (isHomePage(s.url)) add(e, 'home-page', `source "${s.title}" is a home page (${s.url}), not the page that says the fact`);
      if (!s.date) add(e, 'source', `source "${s.title}" has no date`);
      else if (!ISO.test(s.date)) add(e, 'date', `source "${s.title}" has a date that is not ISO 8601 (${s.date})`);
      else if (dayNumber(s.date) - 1 > now) add(e, 'date', `source "${s.title}" is dated in the future (${s.date})`);
    }
    const { since, until, termEnds, succession } = e.facts;
    if (typeof since === 'string' && ISO.test(since) && dayNumber(since) - 1 > now) add(e, 'date', `"since" ${since} is in the future`);
    if (typeof since === 'string' && typeof until === 'string' && ISO.test(since) && ISO.test(until) && dayNumber(until) < dayNumber(since)) add(e, 'date', `"until" ${until} is before "since" ${since}`);
    // `succession` is the flag for a term that ended before a source named the successor: the card says so.
    if (typeof termEnds === 'string' && ISO.test(termEnds) && dayNumber(termEnds) < now && until === undefined && typeof succession !== 'string') {
      add(e, 'term-ended', `the term ended on ${termEnds} and the entry still presents the office as held (add "until" and the successor, or "succession" saying what is not yet known)`);
    }
    const expected = EXPECTED_MEMBERS[e.id];
    const members = e.facts.members;
    if (expected !== undefined && Array.isArray(members) && members.length !== expected) add(e, 'members', `lists ${members.length} members; the organisation says ${expected}`);
    if (badCapitals(e.name)) add(e, 'name', `name "${e.name}" is not capitalised as written`);
  }
  return findings;
}

/** The entries whose newest source is oldest, oldest first: where facts most need a look. */
export function oldestSources(entries: readonly Entry[], count: number): { id: string; newest: string }[] {
  const dated = entries
    .filter((e) => !e.disabled && e.sources.some((s) => s.date && ISO.test(s.date)))
    .map((e) => ({ id: e.id, newest: e.sources.map((s) => s.date ?? '').filter((d) => ISO.test(d)).sort().at(-1) ?? '' }));
  return dated.sort((a, b) => (a.newest < b.newest ? -1 : a.newest > b.newest ? 1 : a.id < b.id ? -1 : 1)).slice(0, count);
}
