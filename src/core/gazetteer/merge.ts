/**
 * Layers gazetteers: later layers (the user's files) override earlier ones (the bundled data) by id.
 * A user entry with the same id replaces the bundled one, except that aliases, demonyms, metonyms,
 * related and facts it leaves out are kept, and so are the sources of the facts kept (its own come
 * first); `disabled: true` removes the entry.
 */
import type { Entry } from './schema';

function union<T>(a: T[], b: T[], key: (item: T) => string): T[] {
  const seen = new Set(a.map(key));
  return [...a, ...b.filter((item) => !seen.has(key(item)))];
}

export function mergeEntry(base: Entry, over: Entry): Entry {
  return {
    ...base,
    ...over,
    aliases: union(over.aliases, base.aliases, (a) => a.text),
    demonyms: union(over.demonyms, base.demonyms, (a) => a.text),
    metonyms: union(over.metonyms, base.metonyms, (id) => id),
    related: union(over.related, base.related, (id) => id),
    // The facts are merged, so are their sources: a card that keeps the Factbook's "since 2010" still cites it.
    sources: union(over.sources, base.sources, (source) => `${source.url ?? ''} ${source.title}`),
    facts: { ...base.facts, ...over.facts },
    summary: over.summary ?? base.summary,
  };
}

export function mergeLayers(layers: Entry[][]): Entry[] {
  const byId = new Map<string, Entry>();
  for (const layer of layers) {
    for (const entry of layer) {
      const existing = byId.get(entry.id);
      if (entry.disabled) byId.delete(entry.id);
      else byId.set(entry.id, existing ? mergeEntry(existing, entry) : entry);
    }
  }
  return [...byId.values()];
}
