/** Claims as people read them: a Markdown report and a CSV sheet (one row per claim). */
import type { Claim, DocumentSource } from '../claims/types';
import { escapeMarkdown as esc, stripMarkdownEscapes as plain } from '../cards/markdown';
import { toCsv } from './csv';

export interface ClaimsDocument {
  file: string;
  source: DocumentSource;
  claims: Claim[];
  /** Per claim id, when a notes store is at hand. */
  reviews?: Record<string, { verdict?: string; notes?: string[] }>;
}

function sourceLine(source: DocumentSource): string {
  const parts = [source.author && `by ${source.author}`, source.publication, source.date, source.url].filter(Boolean) as string[];
  return parts.length > 0 ? parts.map(esc).join(' · ') : 'source unknown';
}

/** `nameOf` turns entity ids into names for readers (ids stay in the JSON and CSV). */
export function claimsToMarkdown(documents: ClaimsDocument[], nameOf: (id: string) => string = (id) => id): string {
  const out: string[] = ['# GeoLens claims report', ''];
  for (const doc of documents) {
    out.push(`## ${esc(doc.source.title ?? doc.file)}`, '', `*${sourceLine(doc.source)}* — \`${doc.file.replace(/`/g, "'")}\``, '');
    if (doc.claims.length === 0) out.push('No check-worthy claims found.', '');
    doc.claims.forEach((claim, i) => {
      const review = doc.reviews?.[claim.id];
      const speaker = claim.speaker ? `${esc(claim.speaker.name)}${claim.speaker.verb ? ` (${esc(claim.speaker.verb)})` : ''}` : 'the author';
      out.push(`${i + 1}. ${esc(plain(claim.text))}`);
      out.push(`   - Speaker: ${speaker} · type: ${claim.type} · score: ${claim.score.toFixed(2)}${review?.verdict ? ` · verdict: **${esc(review.verdict)}**` : ''}`);
      if (claim.entities.length > 0) out.push(`   - Entities: ${claim.entities.map((id) => esc(nameOf(id))).join(', ')}`);
      if (claim.figures.length > 0) out.push(`   - Figures: ${claim.figures.map((f) => esc(plain(f.text))).join(', ')}`);
      for (const note of review?.notes ?? []) out.push(`   - Note: ${esc(note)}`);
    });
    out.push('');
  }
  return out.join('\n');
}

export const CSV_HEADER = ['file', 'title', 'author', 'publication', 'date', 'url', 'claim_id', 'start', 'end', 'text', 'type', 'score', 'check_worthy', 'speaker', 'speaker_id', 'verb', 'entities', 'figures', 'verdict', 'notes'];

export function claimsToCsv(documents: ClaimsDocument[]): string {
  const rows = documents.flatMap((doc) =>
    doc.claims.map((claim) => {
      const review = doc.reviews?.[claim.id];
      return [
        doc.file, doc.source.title, doc.source.author, doc.source.publication, doc.source.date, doc.source.url,
        claim.id, claim.start, claim.end, claim.text, claim.type, Number(claim.score.toFixed(4)), claim.checkWorthy,
        claim.speaker?.name, claim.speaker?.id, claim.speaker?.verb, claim.entities.join('; '),
        claim.figures.map((f) => plain(f.text)).join('; '), review?.verdict, (review?.notes ?? []).join(' | '),
      ];
    }),
  );
  return toCsv(CSV_HEADER, rows);
}
