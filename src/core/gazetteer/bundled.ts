/**
 * The gazetteer shipped with GeoLens, compiled from src/gazetteer/*.yaml at build time
 * (scripts/gazetteer/compile.mjs) with its index prebuilt and its card details packed apart, so
 * loading it parses JSON, tokenises nothing and builds only what matching reads.
 */
import detailsFile from '../../../build/gazetteer-details.json';
import compiled from '../../../build/gazetteer.json';
import { bundledPlaces } from '../places/bundledPlaces';
import { GazetteerIndex } from './gazetteerIndex';
import { PackedEntries, type PackedDetailsFile, type PackedGazetteer } from './packed';
import type { Entry } from './schema';

const packed = compiled as unknown as PackedGazetteer;
const entries = new PackedEntries(packed.entries, () => (detailsFile as PackedDetailsFile).details);

/** Every bundled entry, complete. */
export function bundledEntries(): Entry[] {
  return entries.all();
}

let cached: GazetteerIndex | undefined;

/** The bundled gazetteer as an index (built once, then shared). */
export function loadBundledGazetteer(): GazetteerIndex {
  cached ??= new GazetteerIndex(entries, { prebuilt: packed.index, places: bundledPlaces });
  return cached;
}
