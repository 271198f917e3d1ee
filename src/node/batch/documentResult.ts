/**
 * One document's result as the CLI prints it, the same in a single run and in a batch line:
 * `annotate` and `check` give exactly their single-file object; `claims` gives the document of the
 * claims JSON with the version beside it (DESIGN.md, "Batches").
 */
import { annotate, findDocumentDate } from '../../core/annotation';
import type { Annotation } from '../../core/types';
import { cards } from '../../core/cards';
import { checkFigures } from '../../core/checks';
import { extractClaims } from '../../core/claims';
import { claimsJsonData } from '../../core/export';
import type { GazetteerIndex } from '../../core/gazetteer';

export type BatchCommand = 'annotate' | 'check' | 'claims';

export interface DocumentOptions {
  today: string;
  /** annotate: each annotation with its hover card. */
  cards?: boolean;
  /** claims: the check-worthiness threshold. */
  threshold?: number;
}

/**
 * One reading of a document: its date, worked out once, and its annotations read with it; the
 * cards, the figure checks and the claims all take both from here.
 */
export interface DocumentReading {
  text: string;
  documentDate: string | null;
  annotations: Annotation[];
}

export function readDocumentText(text: string, index: GazetteerIndex, today: string): DocumentReading {
  const documentDate = findDocumentDate(text) ?? null;
  return { text, documentDate, annotations: annotate(text, index, { documentDate, today }) };
}

export function annotateResult(file: string, text: string, index: GazetteerIndex, options: DocumentOptions): object {
  const { annotations, documentDate } = readDocumentText(text, index, options.today);
  const out = options.cards ? annotations.map((a) => ({ ...a, card: cards(a, { index, annotations, text, today: options.today, documentDate }) })) : annotations;
  return { version: 1, file, annotations: out };
}

export function checkResult(file: string, text: string, index: GazetteerIndex, options: DocumentOptions): object {
  const { annotations, documentDate } = readDocumentText(text, index, options.today);
  const findings = checkFigures(text, annotations, { documentDate }).map((f) => ({
    start: f.start, end: f.end, kind: f.kind, message: f.message, related: f.related.map((r) => ({ start: r.start, end: r.end })),
  }));
  return { version: 1, file, findings };
}

/** A claims line: the claims JSON's document (claims with their figure checks) and its version. */
export function claimsResult(file: string, text: string, index: GazetteerIndex, options: DocumentOptions): object {
  const { annotations, documentDate } = readDocumentText(text, index, options.today);
  const result = extractClaims(text, index, { threshold: options.threshold, file, annotations, documentDate });
  const findings = checkFigures(text, annotations, { documentDate });
  const data = claimsJsonData([{ file, text, source: result.source, claims: result.claims, findings }]);
  return { version: data.version, ...data.documents[0] };
}

export function documentResult(command: BatchCommand, file: string, text: string, index: GazetteerIndex, options: DocumentOptions): object {
  if (command === 'annotate') return annotateResult(file, text, index, options);
  if (command === 'check') return checkResult(file, text, index, options);
  return claimsResult(file, text, index, options);
}
