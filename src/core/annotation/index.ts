/** Annotation: a text to its annotations, once or kept between edits, and a document's own date. The entry file of the area. */
export * from './annotate';
export * from './documentAnnotator';
export * from './documentDate';
