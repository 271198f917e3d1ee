/**
 * ISO dates of any precision ("2026", "2026-01", "2026-01-15") as UTC day numbers (days since
 * 1970-01-01), so dates written at different precisions compare: a partial date counts as its last
 * day, since a term "ending 2026" has not ended before 31 December 2026.
 */
const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The last day `iso` can mean, or undefined when it is not an ISO date. */
export function lastDayNumber(iso: string): number | undefined {
  const m = ISO_DATE.exec(iso.trim());
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : 12;
  // Day 0 of the next month is the last day of this one.
  const time = m[3] ? Date.UTC(year, month - 1, Number(m[3])) : Date.UTC(year, month, 0);
  return time / 86_400_000;
}

/** The first day `iso` can mean ("2020-03" → 1 March 2020), or undefined when it is not an ISO date. */
export function firstDayNumber(iso: string): number | undefined {
  const m = ISO_DATE.exec(iso.trim());
  if (!m) return undefined;
  return Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1) / 86_400_000;
}

/** A full ISO date's day number; undefined for anything else (a partial date included). */
export function dayNumber(iso: string): number | undefined {
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? lastDayNumber(iso) : undefined;
}
