/**
 * The gazetteer shipped with GeoLens, compiled from src/gazetteer/*.yaml at build time
 * (scripts/gazetteer/compile.mjs), so loading it parses JSON, never YAML.
 */
import compiled from '../../../build/gazetteer.json';
import { GazetteerIndex } from './index';
import type { CompiledGazetteer, Entry } from './schema';

export function bundledEntries(): Entry[] {
  return (compiled as CompiledGazetteer).entries;
}

let cached: GazetteerIndex | undefined;

/** The bundled gazetteer as an index (built once, then shared). */
export function loadBundledGazetteer(): GazetteerIndex {
  cached ??= new GazetteerIndex(bundledEntries());
  return cached;
}
