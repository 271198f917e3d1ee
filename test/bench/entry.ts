/**
 * Internals the bench times on their own (bundled by test/bench/run.mjs with esbuild; dist/core.js
 * does not export them): the tokeniser and the entity matcher without figures, senses or merging,
 * with the index class of the same bundle.
 */
export { tokenize } from '../../src/core/text/tokenize';
export { matchEntities } from '../../src/core/match/entities';
// The matcher walks its trie by the tokeniser's vocabulary ids, which belong to one copy of the
// tokeniser module: time it with an index built by this bundle's copy, not by dist/core.js.
export { GazetteerIndex } from '../../src/core/gazetteer/gazetteerIndex';
// Re-anchoring the claims store after an edit, with and without the edits carried to each anchor.
export { emptyStore, mergeExtraction, reanchorAfterEdits, reanchorDocument } from '../../src/core/notes/store';
export { stringReader } from '../../src/core/notes/anchor';
