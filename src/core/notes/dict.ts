/**
 * Records keyed by what users and files name: document paths, claim ids. An ordinary object would
 * answer `constructor` or `toString` from its prototype and take `__proto__` as a prototype change,
 * so a document called "constructor" would throw or vanish. These records have no prototype, and
 * reads go through `own`, which also holds for plain objects built elsewhere (tests, older code).
 */
export type Dict<T> = Record<string, T>;

/** A record with no prototype, filled from `entries`. */
export function dict<T>(entries: Iterable<readonly [string, T]> = []): Dict<T> {
  const out = Object.create(null) as Dict<T>;
  for (const [key, value] of entries) out[key] = value;
  return out;
}

/** The value stored under `key` itself, never one inherited from a prototype. */
export function own<T>(record: Dict<T> | undefined, key: string): T | undefined {
  return record !== undefined && Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/** A copy of `record` with `key` set to `value`. */
export function withEntry<T>(record: Dict<T>, key: string, value: T): Dict<T> {
  const out = dict(Object.entries(record));
  out[key] = value;
  return out;
}

/** A copy of `record` without `key`. */
export function withoutEntry<T>(record: Dict<T>, key: string): Dict<T> {
  return dict(Object.entries(record).filter(([k]) => k !== key));
}
