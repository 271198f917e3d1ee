/** Text utilities: lines, front matter, sentences, tokens, ISO days. The entry file of the area. */
export * from './lines';
export * from './frontMatterDate';
export * from './sentences';
export * from './isoDays';
export * from './wellFormed';
export * from './markdownLinks';
export * from './jsonShape';
