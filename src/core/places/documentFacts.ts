/**
 * The document's place facts as the union of its paragraphs' (see `BlockPlaceFacts`), counted, so
 * that a paragraph can be taken out and put back as it is edited, and so that the facts an edit
 * turned on or off are known: only the paragraphs that asked about those need reading again.
 */
import { HashCounts } from '../text/hashCounts';
import type { BlockPlaceFacts, DocumentPlaceFacts } from './annotatePlaces';

/**
 * What an edit changed in the union: a key is here when it went from absent to present or back. A
 * key that goes and comes back within one update (a paragraph taken out and read again, still naming
 * Mumbai) is no change: it toggles out again. Before that, each keystroke in the one paragraph that
 * names a town re-ran every second pass of a 1 MB document (90–160 ms).
 */
export interface FactFlips {
  countries: Set<string>;
  placeKeys: Set<string>;
  personWords: Set<number>;
}

export function noFactFlips(): FactFlips {
  return { countries: new Set(), placeKeys: new Set(), personWords: new Set() };
}

export class DocumentFactsUnion implements DocumentPlaceFacts {
  readonly countries = new Set<string>();
  readonly placeKeys = new Set<string>();
  private readonly personWordCounts = new HashCounts();
  private readonly countryCounts = new Map<string, number>();
  private readonly placeKeyCounts = new Map<string, number>();
  readonly personWords: { has(hash: number): boolean } = this.personWordCounts;

  /** Adds a paragraph's facts; `flips`, when given, receives what changed. */
  add(facts: BlockPlaceFacts, flips?: FactFlips): void {
    this.change(facts, 1, flips);
  }

  /** Takes a paragraph's facts (as added before) out again. */
  remove(facts: BlockPlaceFacts, flips?: FactFlips): void {
    this.change(facts, -1, flips);
  }

  private change(facts: BlockPlaceFacts, by: 1 | -1, flips: FactFlips | undefined): void {
    for (const country of facts.countries) if (count(this.countryCounts, this.countries, country, by) && flips) toggle(flips.countries, country);
    for (const key of facts.placeKeys) if (count(this.placeKeyCounts, this.placeKeys, key, by) && flips) toggle(flips.placeKeys, key);
    for (const hash of facts.personWords) if (this.personWordCounts.change(hash, by) && flips) toggle(flips.personWords, hash);
  }
}

function toggle<K>(set: Set<K>, key: K): void {
  if (!set.delete(key)) set.add(key);
}

/** Counts `key` up or down in `counts`, keeping `present` to the keys counted above zero; true when its presence changed. */
function count<K>(counts: Map<K, number>, present: Set<K>, key: K, by: 1 | -1): boolean {
  const now = (counts.get(key) ?? 0) + by;
  if (now > 0) {
    counts.set(key, now);
    if (now === 1 && by === 1) {
      present.add(key);
      return true;
    }
    return false;
  }
  counts.delete(key);
  present.delete(key);
  return true;
}
