/** Matching names in a text: the gazetteer's, unlisted ones, their senses, and what is not a place. The entry file of the area. */
export * from './entities';
export * from './unlisted';
export * from './sense';
export * from './notPlace';
export * from './documentWords';
