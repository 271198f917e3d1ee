/** The claims store: notes, verdicts, anchors, merging and the file session. The entry file of the area. */
export * from './store';
export * from './verdicts';
export * from './storeFs';
export * from './claimGroups';
export * from './storeSession';
export * from './anchor';
export * from './dict';
export { mergeStores, type MergeConflict } from './merge';
