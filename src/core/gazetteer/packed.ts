/**
 * The bundled gazetteer as shipped. Matching needs only a few fields of each entry and the prebuilt
 * index (build/gazetteer.json); the rest — aliases, facts, sources, summaries, where each entry was
 * written — is read the first time a card, a search or a definition asks for an entry
 * (build/gazetteer-details.json, one JSON string: the Node bundles read that file only then, and
 * where it is bundled, scanning one string costs a fraction of building the objects it holds).
 */
import type { PrebuiltIndex } from './index';
import type { CompiledGazetteer, Entry, Source } from './schema';

/**
 * The fields matching reads (annotate, sense, the index; the prebuilt index carries the aliases).
 * Every other field is a detail.
 */
const MATCH_FIELDS: ReadonlySet<string> = new Set(['id', 'kind', 'name', 'metonyms', 'metonymFor', 'orgType', 'disabled']);

export interface PackedGazetteer {
  version: 1;
  /** Entries with their matching fields only until `addDetails` has run. */
  entries: Entry[];
  index: PrebuiltIndex;
}

export interface PackedDetailsFile {
  /** JSON of `PackedDetails`. */
  details: string;
}

interface PackedDetails {
  /** Every distinct source once (most generated entries cite the same two or three). */
  sources: Source[];
  /** Per entry, in `entries` order: its other fields, `sources` as positions in the table above. */
  rows: Record<string, unknown>[];
}

export function packGazetteer(compiled: CompiledGazetteer, index: PrebuiltIndex): { gazetteer: PackedGazetteer; details: PackedDetailsFile } {
  const sources: Source[] = [];
  const sourceNumbers = new Map<string, number>();
  const numberOf = (source: Source): number => {
    const key = JSON.stringify(source);
    let n = sourceNumbers.get(key);
    if (n === undefined) {
      n = sources.length;
      sources.push(source);
      sourceNumbers.set(key, n);
    }
    return n;
  };
  const entries: Entry[] = [];
  const rows: Record<string, unknown>[] = [];
  for (const entry of compiled.entries) {
    const matching: Record<string, unknown> = {};
    const row: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(entry)) {
      if (MATCH_FIELDS.has(key)) matching[key] = value;
      else row[key] = key === 'sources' ? (value as Source[]).map(numberOf) : value;
    }
    entries.push(matching as unknown as Entry);
    rows.push(row);
  }
  return { gazetteer: { version: 1, entries, index }, details: { details: JSON.stringify({ sources, rows } satisfies PackedDetails) } };
}

/** Completes packed entries in place with their details (call it once). */
export function addDetails(entries: Entry[], detailsJson: string): void {
  const { sources, rows } = JSON.parse(detailsJson) as PackedDetails;
  entries.forEach((entry, n) => {
    const row = rows[n];
    Object.assign(entry, row, { sources: (row.sources as number[] | undefined)?.map((s) => sources[s]) ?? [] });
  });
}
