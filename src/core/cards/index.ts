/** Hover cards: the Markdown shown for an annotation. The entry file of the area. */
export * from './cards';
export * from './format';
export * from './markdown';
export * from './currency';
export * from './describe';
