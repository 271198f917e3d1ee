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

export function bundledPlaces(): WorldPlaces {
  cached ??= new WorldPlaces(readPlacesFile(placesFile.bytes()));
  return cached;
}
