/**
 * The world places layer shipped with GeoLens (build/places.bin, made by
 * scripts/gazetteer/places.mjs at build time, and read through the module it writes beside it).
 * The Node bundles read the file the first time a place is looked for, not at activation
 * (esbuild.mjs: a binary data file), and let its bytes go once the columns are copied out.
 */
import placesFile from '../../../build/placesFile';
import { readPlacesFile } from './placesFile';
import { WorldPlaces } from './worldPlaces';

let cached: WorldPlaces | undefined;
let problem: string | undefined;

/**
 * The layer, read on first use; undefined when its file cannot be read (a broken installation):
 * GeoLens then goes on without towns and regions, and `bundledPlacesProblem` says why.
 */
export function bundledPlaces(): WorldPlaces | undefined {
  if (cached === undefined && problem === undefined) {
    try {
      cached = new WorldPlaces(readPlacesFile(placesFile.bytes()));
    } catch (error) {
      problem = error instanceof Error ? error.message : String(error);
    }
  }
  return cached;
}

/** Why the layer could not be read, once `bundledPlaces` has tried; otherwise undefined. */
export function bundledPlacesProblem(): string | undefined {
  return problem;
}
