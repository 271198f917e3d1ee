/**
 * The compiled, queryable gazetteer: entries by id and every surface form (name, alias, demonym)
 * in a phrase matcher, with the case rule and disambiguation data each needs at match time.
 */
import { PhraseMatcher } from './phraseMatcher';
import { TOKEN_ALL_CAPS, TOKEN_CAPITALISED, TokenBuffer, tokenize, type Tokens } from '../text/tokenize';
import { PackedEntries, type PackedEntry, type PrebuiltIndex, type SurfaceRole, type SurfaceRow } from './packed';
import type { CaseRule, Entry } from './schema';
import { PLACE_ID_PREFIX, type WorldPlaces } from '../places/worldPlaces';

export type { PrebuiltIndex, SurfaceRole };


export interface Surface {
  /** What matching reads of the entry; `GazetteerIndex.get(id)` gives the complete one. */
  entry: PackedEntry;
  /**
   * The entry's id, name and kind, copied: entries come in several shapes (with and without their
   * details), and annotate reads these for every match through one shape instead.
   */
  id: string;
  name: string;
  kind: Entry['kind'];
  text: string;
  role: SurfaceRole;
  caseRule: CaseRule;
  priority: number;
  context: string[] | undefined;
  /** Matches only where one of `context` is in the document. */
  contextOnly: boolean;
  /** The alias's own tokens as written, for `exact` comparison. */
  rawTokens: string[];
  /** Per token: must the text's token be capitalised (`proper` rule)? */
  capitalised: boolean[];
}


/** Acronyms ("US", "IAF") are case-sensitive unless an entry says otherwise. */
function defaultCaseRule(tokens: Tokens): CaseRule {
  for (let i = 0; i < tokens.count; i++) {
    if (tokens.flags[i] & TOKEN_ALL_CAPS) return 'exact';
  }
  return 'proper';
}

export interface IndexOptions {
  /**
   * From `prebuildIndex` on the same entries: then no surface form is tokenised up front (each is
   * the first time it is matched).
   */
  prebuilt?: PrebuiltIndex;
  /**
   * The world places layer under the entries (read on first use: it is the biggest data GeoLens
   * has): annotate looks for its places where no entry matched, and `get` answers for its ids.
   * Undefined from the function: the layer could not be read, and the index goes on without it.
   */
  places?: () => WorldPlaces | undefined;
}

export class GazetteerIndex {
  /** What matching reads of each entry, by id (complete entries when the index was given them). */
  private readonly byId: ReadonlyMap<string, PackedEntry>;
  /** Complete entries, by id: for packed entries, made on first use (see packed.ts). */
  private completeById: ReadonlyMap<string, Entry> | undefined;
  private readonly completeEntries: () => readonly Entry[];
  /** Finds surface forms; its payloads are surface numbers (see `surface`). */
  readonly matcher: PhraseMatcher;
  /** Surfaces by number; a prebuilt index makes each the first time it is matched. */
  private readonly surfaces: (Surface | undefined)[] = [];
  /** The prebuilt surfaces' JSON, parsed into `rows` on first use. */
  private readonly surfacesJson: string | undefined;
  private rows: SurfaceRow[] | undefined;
  private readonly entryList: readonly PackedEntry[];
  /** For each government id, the places whose names can stand for it. */
  private readonly metonymsOf = new Map<string, string[]>();
  private peopleByCountry: Map<string, Entry[]> | undefined;
  private chambersByCountry: Map<string, Entry[]> | undefined;
  /** Places that stand for several governments, with them (see `metonymTarget`). */
  private severalGovernments: Map<string, string[]> | undefined;
  private readonly cuesOf = new Map<string, string[][]>();
  /** For each place, the first government (in `metonymsOf` order) its name can stand for. */
  private readonly governmentOf = new Map<string, string>();
  /** One set of token columns for every alias, read and copied before the next one. */
  private readonly scratch = new TokenBuffer(64);
  /** The world places layer, if this index has one (see IndexOptions). */
  readonly places: (() => WorldPlaces | undefined) | undefined;
  /** Entries made for the layer's ids, so that one id always gives the same object. */
  private readonly placeEntries = new Map<string, Entry | undefined>();

  /** Complete entries, or packed ones whose details are read the first time a card asks for an entry. */
  constructor(source: readonly Entry[] | PackedEntries, options: IndexOptions = {}) {
    const { prebuilt } = options;
    this.places = options.places;
    const entries: readonly PackedEntry[] = source instanceof PackedEntries ? source.entries : source;
    this.completeEntries = source instanceof PackedEntries ? () => source.all() : () => source;
    const byId = new Map<string, PackedEntry>();
    for (const entry of entries) if (!entry.disabled) byId.set(entry.id, entry);
    this.byId = byId;
    this.entryList = entries;
    if (prebuilt && prebuilt.entryCount === entries.length) {
      this.surfacesJson = prebuilt.surfaces;
      this.matcher = PhraseMatcher.fromSerialized(prebuilt.trie);
    } else {
      this.surfacesJson = undefined;
      this.matcher = new PhraseMatcher();
      // Without a prebuilt index the surfaces come from the aliases: a detail of packed entries.
      for (const entry of this.completeEntries()) {
        if (entry.disabled) continue;
        this.addSurface(entry, { text: entry.name }, 'name');
        for (const alias of entry.aliases) this.addSurface(entry, alias, 'alias');
        for (const demonym of entry.demonyms) this.addSurface(entry, demonym, 'demonym');
      }
    }
    for (const entry of byId.values()) {
      for (const placeId of entry.metonyms) this.linkMetonym(placeId, entry.id);
      if (entry.metonymFor) this.linkMetonym(entry.id, entry.metonymFor);
    }
    for (const [government, places] of this.metonymsOf) {
      for (const placeId of places) if (!this.governmentOf.has(placeId)) this.governmentOf.set(placeId, government);
    }
  }

  private linkMetonym(placeId: string, governmentId: string): void {
    const list = this.metonymsOf.get(governmentId) ?? [];
    if (!list.includes(placeId)) list.push(placeId);
    this.metonymsOf.set(governmentId, list);
  }

  private addSurface(entry: PackedEntry, alias: { text: string; case?: CaseRule; priority?: number; context?: string[]; contextOnly?: boolean }, role: SurfaceRole): void {
    const tokens = tokenize(alias.text, this.scratch);
    if (tokens.count === 0) return;
    this.matcher.add(tokens.norms, this.surfaces.length);
    this.surfaces.push(this.makeSurface(entry, alias.text, tokens, role, alias.case, alias.priority ?? 0, alias.context?.map((word) => word.toLowerCase()), alias.contextOnly === true));
  }

  /** A surface form, with its tokens as written (for case rules). */
  private makeSurface(entry: PackedEntry, text: string, tokens: Tokens, role: SurfaceRole, caseRule: CaseRule | undefined, priority: number, context: string[] | undefined, contextOnly = false): Surface {
    const rawTokens: string[] = [];
    const capitalised: boolean[] = [];
    for (let i = 0; i < tokens.count; i++) {
      rawTokens.push(text.slice(tokens.starts[i], tokens.ends[i]));
      capitalised.push((tokens.flags[i] & TOKEN_CAPITALISED) !== 0);
    }
    return { entry, id: entry.id, name: entry.name, kind: entry.kind, text, role, caseRule: caseRule ?? defaultCaseRule(tokens), priority, context, contextOnly, rawTokens, capitalised };
  }

  /** The surface form a matcher payload stands for. */
  surface(n: number): Surface {
    return this.surfaces[n] ?? this.surfaceFromRow(n);
  }

  private surfaceFromRow(n: number): Surface {
    const row = this.surfaceRows()?.[n];
    if (!row) throw new RangeError(`No surface form ${n} in the gazetteer index.`);
    const [position, written, role, caseRule, priority, context, contextOnly] = row;
    const text = written ?? this.entryList[position].name;
    const surface = this.makeSurface(this.entryList[position], text, tokenize(text, this.scratch), role, caseRule, priority, context, contextOnly === 1);
    this.surfaces[n] = surface;
    return surface;
  }

  private surfaceRows(): SurfaceRow[] | undefined {
    if (this.surfacesJson !== undefined) this.rows ??= JSON.parse(this.surfacesJson) as SurfaceRow[];
    return this.rows;
  }

  private surfaceCount(): number {
    return this.surfaceRows()?.length ?? this.surfaces.length;
  }

  /** See `prebuildIndex`. */
  prebuilt(entryCount: number, positions: ReadonlyMap<PackedEntry, number>): PrebuiltIndex {
    const surfaces: SurfaceRow[] = Array.from({ length: this.surfaceCount() }, (_, n) => {
      const s = this.surface(n);
      // The entry's own name is most surfaces' text: written once, in the entry (a smaller file to parse at activation).
      const row: SurfaceRow = [positions.get(s.entry) ?? -1, s.text === s.entry.name ? null : s.text, s.role, s.caseRule, s.priority];
      if (s.context) row.push(s.context);
      if (s.contextOnly) row.push(1);
      return row;
    });
    return { entryCount, surfaces: JSON.stringify(surfaces), trie: this.matcher.serialize() };
  }

  /** Every entry by id, complete. */
  get entries(): ReadonlyMap<string, Entry> {
    if (!this.completeById) {
      const byId = new Map<string, Entry>();
      for (const entry of this.completeEntries()) if (!entry.disabled) byId.set(entry.id, entry);
      this.completeById = byId;
    }
    return this.completeById;
  }

  get(id: string): Entry | undefined {
    const entry = this.entries.get(id);
    if (entry !== undefined || !id.startsWith(PLACE_ID_PREFIX)) return entry;
    const layer = this.places?.();
    if (layer === undefined) return undefined;
    if (!this.placeEntries.has(id)) this.placeEntries.set(id, layer.entry(id, (country) => this.nameOf(country)));
    return this.placeEntries.get(id);
  }

  /** An entry's name, without reading its card details (see packed.ts). */
  nameOf(id: string): string | undefined {
    return this.byId.get(id)?.name;
  }

  /** Every surface form the matcher looks for (names, aliases, demonyms, metonymic place names). */
  aliases(): string[] {
    const texts = new Set<string>();
    const rows = this.surfaceRows();
    for (let n = 0; n < this.surfaceCount(); n++) texts.add(rows?.[n][1] ?? this.surface(n).text);
    return [...texts];
  }

  /**
   * The government a place's name stands for, when it is used as a metonym. A place that stands
   * for several ("Brussels": Belgium's government, and the EU's institutions) stands for the one
   * the document names (`words`: the document's words), preferring a body other than the place's
   * own country when the document names both; otherwise for its first.
   */
  metonymTarget(placeId: string, words?: { has(word: string): boolean }): string | undefined {
    const place = this.byId.get(placeId);
    const first = place?.metonymFor ?? this.governmentOf.get(placeId);
    if (words === undefined || first === undefined) return first;
    const candidates = this.governmentsOf().get(placeId);
    if (candidates === undefined) return first;
    let cued: string | undefined;
    for (const government of candidates) {
      if (!this.governmentCues(government).some((cue) => cue.every((word) => words.has(word)))) continue;
      if (government !== first) return government;
      cued = government;
    }
    return cued ?? first;
  }

  /** Places that stand for more than one government, each with its governments, made on first use. */
  private governmentsOf(): ReadonlyMap<string, readonly string[]> {
    if (this.severalGovernments) return this.severalGovernments;
    const byPlace = new Map<string, string[]>();
    for (const [government, places] of this.metonymsOf) {
      for (const placeId of places) byPlace.set(placeId, [...(byPlace.get(placeId) ?? []), government]);
    }
    for (const [placeId, governments] of byPlace) if (governments.length < 2) byPlace.delete(placeId);
    this.severalGovernments = byPlace;
    return byPlace;
  }

  /** The words that show a document names a government: each of its names and demonyms, as lower-case words. */
  private governmentCues(government: string): readonly string[][] {
    let cues = this.cuesOf.get(government);
    if (cues === undefined) {
      cues = [];
      // The rows, not the surfaces: reading every surface would build all of them.
      const rows = this.surfaceRows();
      const count = this.surfaceCount();
      for (let n = 0; n < count; n++) {
        const row = rows?.[n];
        const built = row ? undefined : this.surfaces[n];
        const entry = row ? this.entryList[row[0]] : built?.entry;
        if (entry === undefined || entry.id !== government || (row ? row[6] === 1 : built?.contextOnly)) continue;
        const text = row ? (row[1] ?? entry.name) : (built?.text ?? entry.name);
        const words = text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 0);
        if (words.length > 0 && words.length <= 3 && words.every((word) => word.length > 1)) cues.push(words);
      }
      this.cuesOf.set(government, cues);
    }
    return cues;
  }

  /** Places whose names stand for this entry (for its card). */
  /**
   * People whose `country` fact is or includes `country` (built on first use): one person can hold
   * an office in several (Charles III in fifteen realms, the French president in Andorra too).
   */
  peopleOf(country: string): readonly Entry[] {
    if (!this.peopleByCountry) {
      this.peopleByCountry = new Map();
      for (const entry of this.entries.values()) {
        const of = entry.kind === 'person' ? entry.facts.country : undefined;
        for (const id of typeof of === 'string' ? [of] : Array.isArray(of) ? of : []) {
          const list = this.peopleByCountry.get(id) ?? [];
          list.push(entry);
          this.peopleByCountry.set(id, list);
        }
      }
    }
    return this.peopleByCountry.get(country) ?? [];
  }

  /** A country's legislatures and chambers (organisations with `orgType: legislature`), built on first use. */
  chambersOf(country: string): readonly Entry[] {
    if (!this.chambersByCountry) {
      this.chambersByCountry = new Map();
      for (const entry of this.entries.values()) {
        if (entry.kind !== 'organisation' || entry.orgType !== 'legislature' || typeof entry.facts.country !== 'string') continue;
        const list = this.chambersByCountry.get(entry.facts.country) ?? [];
        list.push(entry);
        this.chambersByCountry.set(entry.facts.country, list);
      }
    }
    return this.chambersByCountry.get(country) ?? [];
  }

  metonymsFor(id: string): string[] {
    return this.metonymsOf.get(id) ?? [];
  }

  get size(): number {
    return this.byId.size;
  }
}

/** The index's tokenised surface forms and trie as JSON data, to ship with the entries. */
export function prebuildIndex(entries: readonly Entry[]): PrebuiltIndex {
  const index = new GazetteerIndex(entries);
  const positions = new Map<PackedEntry, number>(entries.map((entry, position) => [entry, position]));
  return index.prebuilt(entries.length, positions);
}
