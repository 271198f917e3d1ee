/**
 * The world places layer shipped with GeoLens (build/places.json, made by
 * scripts/gazetteer/places.mjs at build time). The Node bundles read the file the first time a
 * place is looked for, not at activation (esbuild.mjs: a lazy data file).
 */
import placesFile from '../../../build/places.json';
import { WorldPlaces, type PackedPlaces } from './worldPlaces';

let cached: WorldPlaces | undefined;

export function bundledPlaces(): WorldPlaces {
  cached ??= new WorldPlaces(placesFile as unknown as PackedPlaces);
  return cached;
}
