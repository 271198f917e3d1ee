/**
 * Fuzzy search over the gazetteer's names, aliases and ids (for "GeoLens: Search Gazetteer"), typo
 * tolerant: "Lavrow" finds Sergey Lavrov, "Kazakstan" Kazakhstan. The Fuse.js index is built on the
 * first search of a given GazetteerIndex and kept for as long as that index lives.
 */
import Fuse, { type FuseResult } from 'fuse.js';
import type { GazetteerIndex } from './gazetteerIndex';
import type { Entry } from './schema';

export interface SearchHit {
  entry: Entry;
  /** 0 is a perfect match, 1 none at all. */
  score: number;
  /** The alias or demonym that matched, when it was not the name itself. */
  matched?: string;
}

interface SearchRecord {
  entry: Entry;
  id: string;
  name: string;
  aliases: string[];
}

const fuses = new WeakMap<GazetteerIndex, Fuse<SearchRecord>>();

function fuseFor(index: GazetteerIndex): Fuse<SearchRecord> {
  let fuse = fuses.get(index);
  if (fuse) return fuse;
  const records: SearchRecord[] = [...index.entries.values()].map((entry) => ({
    entry,
    id: entry.id,
    name: entry.name,
    aliases: [...new Set([...entry.aliases, ...entry.demonyms].map((a) => a.text).filter((text) => text !== entry.name))],
  }));
  fuse = new Fuse(records, {
    keys: [
      { name: 'name', weight: 3 },
      { name: 'aliases', weight: 2 },
      { name: 'id', weight: 1 },
    ],
    includeScore: true,
    includeMatches: true,
    ignoreDiacritics: true,
    ignoreLocation: true,
    threshold: 0.34,
    minMatchCharLength: 2,
  });
  fuses.set(index, fuse);
  return fuse;
}

function matchedAlias(result: FuseResult<SearchRecord>): string | undefined {
  // Fuse does not say which field scored best: take the one with the longest matched stretch,
  // the name on a tie ("MTC 2021–2031" is the alias, though the long name contains "2021–2031").
  let best: { key: string; value: string; length: number } | undefined;
  for (const match of result.matches ?? []) {
    if (match.value === undefined || (match.key !== 'name' && match.key !== 'aliases')) continue;
    const length = Math.max(0, ...match.indices.map(([start, end]) => end - start + 1));
    if (!best || length > best.length || (length === best.length && match.key === 'name')) best = { key: match.key, value: match.value, length };
  }
  return best?.key === 'aliases' ? best.value : undefined;
}

/** Entries whose name, aliases or id resemble the query, best first (at most `limit`). */
export function searchGazetteer(index: GazetteerIndex, query: string, limit = 30): SearchHit[] {
  const trimmed = query.trim();
  if (trimmed === '') return [];
  return fuseFor(index)
    .search(trimmed, { limit })
    .map((result) => {
      const hit: SearchHit = { entry: result.item.entry, score: result.score ?? 0 };
      const matched = matchedAlias(result);
      if (matched !== undefined) hit.matched = matched;
      return hit;
    });
}
