/**
 * The bundled gazetteer as shipped. Matching needs only a few fields of each entry and the prebuilt
 * index (build/gazetteer.json); the rest — aliases, facts, sources, summaries, where each entry was
 * written — is read the first time a card, a search or a definition asks for an entry
 * (build/gazetteer-details.json, one JSON string: the Node bundles read that file only then, and
 * where it is bundled, scanning one string costs a fraction of building the objects it holds).
 */
import type { SerializedTrie } from './phraseMatcher';
import type { CaseRule, CompiledGazetteer, Entry, Source } from './schema';

export type SurfaceRole = 'name' | 'alias' | 'demonym';

/**
 * What the index derives from the entries by tokenising every surface form, computed at build time
 * (scripts/gazetteer/compile.mjs) so that activation only reads it back.
 */
export interface PrebuiltIndex {
  /** How many entries it was built from: a different count means other entries, and it is ignored. */
  entryCount: number;
  /**
   * Per surface form, in matcher payload order: the entry's position in the entries array, the
   * text, its role, case rule and priority, and its context words when it has any. Its tokens are
   * not stored: they are read again the first time the form is matched.
   */
  /**
   * JSON of `SurfaceRow[]`, parsed on the first match: as a string it costs the activation's JSON
   * parser one scan instead of thousands of small arrays (and the garbage collection after them).
   */
  surfaces: string;
  trie: SerializedTrie;
}

/** [entry position, text (null: the entry's name), role, case rule, priority, context?, context only?] */
export type SurfaceRow = [number, string | null, SurfaceRole, CaseRule, number, string[]?, 1?];


/**
 * The fields matching reads (annotate, sense, the index; the prebuilt index carries the aliases).
 * Every other field is a detail.
 */
const MATCH_FIELDS = ['id', 'kind', 'name', 'metonyms', 'metonymFor', 'orgType', 'placeType', 'coordinates', 'disabled'] as const;
const IS_MATCH_FIELD: ReadonlySet<string> = new Set(MATCH_FIELDS);

/** An entry as shipped for matching: no aliases, facts, sources or summary until its details are read. */
export type PackedEntry = Pick<Entry, (typeof MATCH_FIELDS)[number]>;

export interface PackedGazetteer {
  version: 1;
  entries: PackedEntry[];
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
  const entries: PackedEntry[] = [];
  const rows: Record<string, unknown>[] = [];
  for (const entry of compiled.entries) {
    const matching: Record<string, unknown> = {};
    const row: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(entry)) {
      if (IS_MATCH_FIELD.has(key)) matching[key] = value;
      else row[key] = key === 'sources' ? (value as Source[]).map(numberOf) : value;
    }
    entries.push(matching as PackedEntry);
    rows.push(row);
  }
  return { gazetteer: { version: 1, entries, index }, details: { details: JSON.stringify({ sources, rows } satisfies PackedDetails) } };
}

/**
 * Packed entries and their details, read together the first time a complete entry is asked for.
 * Entries are completed in place, so what matching holds (surfaces point at these objects) and what
 * cards read are the same objects.
 */
export class PackedEntries {
  private complete: Entry[] | undefined;

  constructor(
    readonly entries: readonly PackedEntry[],
    private readonly detailsJson: () => string,
  ) {}

  /** Every entry, complete, in packed order (details read on the first call). */
  all(): Entry[] {
    if (!this.complete) {
      const { sources, rows } = JSON.parse(this.detailsJson()) as PackedDetails;
      if (rows.length !== this.entries.length) throw new Error(`Gazetteer details are for ${rows.length} entries, not ${this.entries.length}: rebuild the gazetteer.`);
      this.entries.forEach((entry, n) => {
        const row = rows[n];
        Object.assign(entry, row, { sources: (row.sources as number[] | undefined)?.map((s) => sources[s]) ?? [] });
      });
      // Every field of Entry is now on each object: the packed fields and the row's details.
      this.complete = this.entries as Entry[];
    }
    return this.complete;
  }

  /** One entry, complete (every entry's details are read on the first call: they ship as one string). */
  details(id: string): Entry | undefined {
    return this.all().find((entry) => entry.id === id);
  }
}
