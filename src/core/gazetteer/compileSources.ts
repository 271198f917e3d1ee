import { loadGazetteerSource } from './load';
import { mergeLayers } from './merge';
import type { CompiledGazetteer, Entry, GazetteerSource, Problem } from './schema';
import { checkUniqueIds, validateEntries } from './validate';

/**
 * The layer a bundled file belongs to: generated data first, hand-curated entries over it (so a
 * curated entry with a generated entry's id enriches or corrects it).
 */
function layerOf(file: string): number {
  return /(^|\/)generated\//.test(file) ? 0 : 1;
}

/** Loads, layers and validates the bundled gazetteer files. Returns every problem, warnings included. */
export function compileSources(sources: GazetteerSource[]): { compiled: CompiledGazetteer; problems: Problem[] } {
  const layers: Entry[][] = [[], []];
  const problems: Problem[] = [];
  for (const source of sources) {
    const result = loadGazetteerSource(source);
    layers[layerOf(source.file)].push(...result.entries);
    problems.push(...result.problems);
  }
  for (const layer of layers) problems.push(...checkUniqueIds(layer));
  const entries = mergeLayers(layers);
  problems.push(...validateEntries(entries).filter((p) => !p.message.startsWith('Duplicate id')));
  return { compiled: { version: 1, entries }, problems };
}
