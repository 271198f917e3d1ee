/**
 * The gazetteer: entries, their YAML format, the bundled data, the user's files layered over it,
 * search and near misses. The entry file of the area (the index class is in gazetteerIndex.ts).
 */
export * from './gazetteerIndex';
export * from './schema';
export * from './layers';
export * from './bundled';
export * from './load';
export * from './search';
export * from './nearMiss';
export * from './userFile';
export * from './aliasKey';
