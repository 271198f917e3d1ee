/**
 * The claims entry point: `extractClaims(text, index)` → the document's source and its claims.
 * The pipeline lives in extract.ts (usable with annotations made elsewhere); this module adds the
 * one annotation pass, with the document's date (also the source's) so that "December 26" gets its year.
 */
import { annotate, findDocumentDate } from '../annotation/annotate';
import type { GazetteerIndex } from '../gazetteer/gazetteerIndex';
import { extractClaimsFrom } from './extract';
import { ScoreMemo } from './scoreMemo';
import { extractSource } from './source';
import type { ExtractOptions, ExtractResult } from './types';

export function extractClaims(text: string, index: GazetteerIndex, options: ExtractOptions = {}): ExtractResult {
  const documentDate = options.documentDate !== undefined ? options.documentDate : (findDocumentDate(text) ?? null);
  const source = extractSource(text, { documentDate });
  const annotations = options.annotations ?? annotate(text, index, { documentDate, today: options.today });
  // A memo for this run alone: a sentence repeated in the document (a list's "1.", a boilerplate
  // line, 400 KB of "A. ") is read and scored once.
  return extractClaimsFrom(text, annotations, index, source, options, new ScoreMemo());
}
