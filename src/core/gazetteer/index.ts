/**
 * The compiled, queryable gazetteer: entries by id and every surface form (name, alias, demonym)
 * in a phrase matcher, with the case rule and disambiguation data each needs at match time.
 */
import { PhraseMatcher } from '../match/phraseMatcher';
import { TOKEN_ALL_CAPS, TOKEN_CAPITALISED, TokenBuffer, tokenize, type Tokens } from '../text/tokenize';
import type { CaseRule, Entry } from './schema';

export type SurfaceRole = 'name' | 'alias' | 'demonym';

export interface Surface {
  entry: Entry;
  text: string;
  role: SurfaceRole;
  caseRule: CaseRule;
  priority: number;
  context: string[] | undefined;
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

export class GazetteerIndex {
  readonly entries: ReadonlyMap<string, Entry>;
  readonly matcher = new PhraseMatcher<Surface>();
  private readonly surfaces: Surface[] = [];
  /** For each government id, the places whose names can stand for it. */
  private readonly metonymsOf = new Map<string, string[]>();
  /** For each place, the first government (in `metonymsOf` order) its name can stand for. */
  private readonly governmentOf = new Map<string, string>();
  /** One set of token columns for every alias, read and copied before the next one. */
  private readonly scratch = new TokenBuffer(64);

  constructor(entries: readonly Entry[]) {
    const byId = new Map<string, Entry>();
    for (const entry of entries) if (!entry.disabled) byId.set(entry.id, entry);
    this.entries = byId;
    for (const entry of byId.values()) {
      this.addSurface(entry, { text: entry.name }, 'name');
      for (const alias of entry.aliases) this.addSurface(entry, alias, 'alias');
      for (const demonym of entry.demonyms) this.addSurface(entry, demonym, 'demonym');
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

  private addSurface(entry: Entry, alias: { text: string; case?: CaseRule; priority?: number; context?: string[] }, role: SurfaceRole): void {
    const tokens = tokenize(alias.text, this.scratch);
    if (tokens.count === 0) return;
    const rawTokens: string[] = [];
    const capitalised: boolean[] = [];
    for (let i = 0; i < tokens.count; i++) {
      rawTokens.push(alias.text.slice(tokens.starts[i], tokens.ends[i]));
      capitalised.push((tokens.flags[i] & TOKEN_CAPITALISED) !== 0);
    }
    const surface: Surface = {
      entry,
      text: alias.text,
      role,
      caseRule: alias.case ?? defaultCaseRule(tokens),
      priority: alias.priority ?? 0,
      context: alias.context?.map((word) => word.toLowerCase()),
      rawTokens,
      capitalised,
    };
    this.surfaces.push(surface);
    this.matcher.add(tokens.norms, surface);
  }

  get(id: string): Entry | undefined {
    return this.entries.get(id);
  }

  /** Every surface form the matcher looks for (names, aliases, demonyms, metonymic place names). */
  aliases(): string[] {
    return [...new Set(this.surfaces.map((s) => s.text))];
  }

  /** The government a place's name stands for, when it is used as a metonym. */
  metonymTarget(placeId: string): string | undefined {
    const place = this.entries.get(placeId);
    if (place?.metonymFor) return place.metonymFor;
    return this.governmentOf.get(placeId);
  }

  /** Places whose names stand for this entry (for its card). */
  metonymsFor(id: string): string[] {
    return this.metonymsOf.get(id) ?? [];
  }

  get size(): number {
    return this.entries.size;
  }
}
