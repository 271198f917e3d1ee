/**
 * Claims as people read them: the Markdown report (see report.ts) and a CSV sheet, one row per
 * claim. `ClaimsDocument` is the older, simpler input (claims plus an optional map of reviews);
 * `ExportDocument` (json.ts) is the full one, with the notes store's record.
 */
import type { Claim, DocumentSource } from '../claims/types';
import { stripMarkdownEscapes as plain } from '../cards/markdown';
import type { Note } from '../notes/store';
import { isVerdict } from '../notes/verdicts';
import { toCsv } from './csv';
import { reviewDocument, type ExportDocument, type ReviewedDocument } from './json';
import { renderReport, type ReportOptions } from './report';

export interface ClaimsDocument {
  file: string;
  source: DocumentSource;
  claims: Claim[];
  /**
   * Per claim id, when a notes store is at hand. A verdict that is not one of the five verdicts
   * counts as unverified; notes are plain text or full notes (with dates).
   */
  reviews?: Record<string, { verdict?: string; notes?: (string | Note)[] }>;
}

/** The older input as reviewed documents. */
export function reviewClaimsDocument(doc: ClaimsDocument): ReviewedDocument {
  return {
    file: doc.file,
    source: doc.source,
    claims: doc.claims.map((claim) => {
      const review = doc.reviews?.[claim.id];
      const notes = (review?.notes ?? []).map((note, i): Note => (typeof note === 'string' ? { id: `n${i + 1}`, text: note, created: '', modified: '' } : note));
      return { ...claim, verdict: isVerdict(review?.verdict) ? review.verdict : 'unverified', notes, orphaned: false, checks: [] };
    }),
  };
}

/** `nameOf` turns entity ids into names for readers (ids stay in the JSON and CSV). */
export function claimsToMarkdown(documents: ClaimsDocument[], nameOf: (id: string) => string = (id) => id): string {
  return renderReport(documents.map(reviewClaimsDocument), { nameOf });
}

/** The Markdown report over export documents (claims joined with the store's verdicts and notes). */
export function exportMarkdown(documents: readonly ExportDocument[], options: ReportOptions = {}): string {
  return renderReport(documents.map(reviewDocument), options);
}

export const CSV_HEADER = ['file', 'title', 'author', 'publication', 'date', 'url', 'claim_id', 'start', 'end', 'text', 'type', 'score', 'check_worthy', 'speaker', 'speaker_id', 'verb', 'entities', 'figures', 'verdict', 'notes', 'checks'];

/**
 * Entities and figures are joined with "; "; notes one per line within the cell (newest last); the
 * figure checks the claim fails one per line, last (so sheets made from older exports line up).
 */
export function reviewedToCsv(documents: readonly ReviewedDocument[], options: { bom?: boolean } = {}): string {
  const rows = documents.flatMap((doc) =>
    doc.claims.map((claim) => [
      doc.file, doc.source.title, doc.source.author, doc.source.publication, doc.source.date, doc.source.url,
      claim.id, claim.start, claim.end, claim.text, claim.type, claim.score === null ? null : Number(claim.score.toFixed(4)), claim.checkWorthy,
      claim.speaker?.name, claim.speaker?.id, claim.speaker?.verb, claim.entities.join('; '),
      claim.figures.map((f) => plain(f.text)).join('; '), claim.verdict, claim.notes.map((note) => note.text).join('\n'),
      claim.checks.map((check) => `${check.kind}: ${check.message}`).join('\n'),
    ]),
  );
  return toCsv(CSV_HEADER, rows, options);
}

export function claimsToCsv(documents: ClaimsDocument[], options: { bom?: boolean } = {}): string {
  return reviewedToCsv(documents.map(reviewClaimsDocument), options);
}

/** The CSV sheet over export documents. */
export function exportCsv(documents: readonly ExportDocument[], options: { bom?: boolean } = {}): string {
  return reviewedToCsv(documents.map(reviewDocument), options);
}
