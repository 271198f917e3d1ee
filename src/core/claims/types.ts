/**
 * The claim shapes of the core's contract (DESIGN.md "Contracts"): what `extractClaims` returns to
 * the CLI, the claims tree and the notes store.
 */
import type { Annotation, FigureAnnotation, Span } from '../types';

export type ClaimType = 'statistic' | 'comparison' | 'causal' | 'prediction' | 'quote' | 'event' | 'other';

export const CLAIM_TYPES: readonly ClaimType[] = ['statistic', 'comparison', 'causal', 'prediction', 'quote', 'event', 'other'];

/** Who asserts a claim; `null` in a Claim means the author's own assertion. */
export interface Speaker {
  /** As resolved: the gazetteer's canonical name, the full name written earlier, or the phrase. */
  name: string;
  /** Gazetteer id of the person or organisation, when an entity annotation names the speaker. */
  id?: string;
  /** The reporting verb as written, lower-cased ("said", "admitted", "according to"). */
  verb?: string;
}

/** Where an article comes from; each field is null when the text does not say. */
export interface DocumentSource {
  title: string | null;
  author: string | null;
  publication: string | null;
  /** ISO 8601 at the precision written ("2023-12-28", "2023-12", "2023"). */
  date: string | null;
  url: string | null;
}

export interface Claim extends Span {
  /** Stable across edits elsewhere in the document: hash of the normalised text + occurrence. */
  id: string;
  text: string;
  type: ClaimType;
  /** Check-worthiness in [0, 1]. */
  score: number;
  checkWorthy: boolean;
  speaker: Speaker | null;
  /** Gazetteer ids of the entities and treaties inside the claim, in order, without repeats. */
  entities: string[];
  figures: FigureAnnotation[];
  /** At most 80 characters, for a tree view. */
  label: string;
}

export interface ExtractOptions {
  /** Claims scoring at or above it are check-worthy (default DEFAULT_THRESHOLD). */
  threshold?: number;
  /** Shown in messages only; extraction does not read files. */
  file?: string;
  /** Include candidates below the threshold too (the CLI's per-line mode, evaluation). */
  includeAll?: boolean;
  /** The document's annotations when the caller already has them (one pass of `annotate`). */
  annotations?: readonly Annotation[];
  /** The day "yesterday" and "on Tuesday" count from in a document without a date of its own (as the editor's highlights do); without it they are left unresolved. */
  today?: string;
  /** The document's date (`findDocumentDate`, null for none) when the caller already has it: the source's date and the one the annotations were read with. */
  documentDate?: string | null;
}

export interface ExtractResult {
  source: DocumentSource;
  claims: Claim[];
}
