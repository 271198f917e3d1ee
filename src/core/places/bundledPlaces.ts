/**
 * The world places layer shipped with GeoLens (build/places.json, made by
 * scripts/gazetteer/places.mjs at build time). The Node bundles read the file the first time a
 * place is looked for, not at activation (esbuild.mjs: a lazy data file), and let it go once read.
 */
import placesFile from '../../../build/places.json';
import { WorldPlaces, type PackedPlaces } from './worldPlaces';

let cached: WorldPlaces | undefined;

export function bundledPlaces(): WorldPlaces {
  if (!cached) {
    cached = new WorldPlaces(placesFile as unknown as PackedPlaces);
    // The bundles' data module can let the parsed file go (esbuild.mjs: releasable); WorldPlaces
    // keeps its own copy. A plain JSON import (the unit tests) has no `release`.
    (placesFile as { release?: () => void }).release?.();
  }
  return cached;
}
