/** The world places layer: GeoNames' populated places and regions, and finding them in text. */
export * from './worldPlaces';
export * from './bundledPlaces';
export * from './findPlaces';
