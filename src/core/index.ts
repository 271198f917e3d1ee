/**
 * GeoLens core as a library (dist/core.js): pure TypeScript, no VS Code, the bundled gazetteer
 * inside. Offsets are UTF-16 code units; see DESIGN.md "Contracts".
 */
export { annotate, findDocumentDate, type AnnotateOptions } from './annotation/annotate';
export { createDocumentAnnotator, DocumentAnnotator, type DocumentAnnotatorOptions, type TextChange, type UpdateStats } from './annotation/documentAnnotator';
export { cards, type CardContext } from './cards/cards';
export { extractClaims } from './claims';
// For scripts/train-claims and the evaluation: the model's view of a line, and its feature names.
export { modelInput, shippedModelScore } from './claims/modelInput';
export { DEFAULT_THRESHOLD } from './claims/score';
export { RULE_FEATURES } from './claims/modelFeatures';
export { normaliseClaimText } from './claims/ids';
export { loadBundledGazetteer, bundledEntries } from './gazetteer/bundled';
export { GazetteerIndex } from './gazetteer/gazetteerIndex';
export { loadGazetteerSource } from './gazetteer/load';
export { mergeLayers } from './gazetteer/merge';
export { validateEntries } from './gazetteer/validate';
export type { Entry, Problem, GazetteerSource } from './gazetteer/schema';
export { recogniseFigures } from './figures';
export { checkFigures, CHECK_KINDS, type CheckKind, type CheckOptions, type Finding } from './checks';
export { qualifierOf } from './figures/qualifiers';
export * from './types';
