/**
 * The one entry point from text to annotations: every paragraph read on its own, with what the
 * whole document says (see documentAnnotator.ts). Offsets are UTF-16 code units into `text`.
 */
import type { GazetteerIndex } from '../gazetteer/gazetteerIndex';
import { DocumentAnnotator } from './documentAnnotator';
import type { Annotation } from '../types';

export { findDocumentDate } from './documentDate';

export interface AnnotateOptions {
  /**
   * ISO date of the document (fills the year of "December 26"); found in its header when absent;
   * null when the caller has looked already and it has none.
   */
  documentDate?: string | null;
  /**
   * Today, ISO `yyyy-mm-dd`, from the caller (the editor's clock, the CLI's `--today`): in a
   * document with no date of its own, "yesterday" or "on Tuesday" is counted from it and marked so.
   */
  today?: string;
}

export function annotate(text: string, index: GazetteerIndex, options: AnnotateOptions = {}): Annotation[] {
  if (text.length === 0) return [];
  return DocumentAnnotator.annotateOnce(text, index, options);
}
