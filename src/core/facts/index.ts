/** Fresh facts from outside services (Wikidata). The entry file of the area. */
export * from './wikidata';
