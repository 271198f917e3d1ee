/**
 * The Markdown report, for people: a summary table of verdicts (per document and overall), then per
 * document its source note and each claim with speaker, type, score, verdict, entities, figures and
 * notes. All document and note text is escaped (it is untrusted); links only for http(s) URLs.
 */
import type { DocumentSource } from '../claims/types';
import { escapeMarkdown as esc, safeLink, splitLines, stripMarkdownEscapes as plain } from '../cards/markdown';
import { VERDICT_ORDER, VERDICTS, type Verdict } from '../notes/verdicts';
import type { Note } from '../notes/store';
import type { ReviewedClaim, ReviewedDocument } from './json';
import { overviewLines } from './overviewSection';

export interface ReportOptions {
  /** Entity ids to names for readers (ids stay in the JSON and CSV). */
  nameOf?: (id: string) => string | undefined;
  /** A few words on what a speaker the gazetteer knows is ("State news agency · North Korea"). */
  describe?: (id: string) => string | undefined;
  /** The report's first heading (default "GeoLens claims report"). */
  title?: string;
}

export type VerdictCounts = Record<Verdict, number> & { total: number };

export function countVerdicts(claims: readonly { verdict: Verdict }[]): VerdictCounts {
  const counts = { total: claims.length } as VerdictCounts;
  for (const v of VERDICT_ORDER) counts[v] = 0;
  for (const claim of claims) counts[claim.verdict]++;
  return counts;
}

function code(text: string): string {
  // A code span cannot escape backticks; a fence longer than any run inside can hold them.
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text.replace(/\s*\n\s*/g, ' ')}${pad}${fence}`;
}

function sourceNote(source: DocumentSource, file: string): string[] {
  const lines: string[] = [];
  if (source.author) lines.push(`- Author: ${esc(source.author)}`);
  if (source.publication) lines.push(`- Publication: ${esc(source.publication)}`);
  if (source.date) lines.push(`- Date: ${esc(source.date)}`);
  if (source.url) lines.push(`- URL: ${safeLink(source.url, source.url)}`);
  if (lines.length === 0) lines.push('- Source: unknown (no author, publication, date or link found)');
  lines.push(`- File: ${code(file)}`);
  return lines;
}

function summaryRow(label: string, counts: VerdictCounts): string {
  return `| ${label} | ${counts.total} | ${VERDICT_ORDER.map((v) => counts[v]).join(' | ')} |`;
}

/** Each line of a note escaped on its own, joined by hard line breaks inside the list item. */
function noteLines(note: Note): string {
  const date = note.modified || note.created;
  const lines = splitLines(note.text).map((line) => line.trim()).filter((line) => line !== '').map(esc);
  const body = lines.length > 0 ? lines.join('\\\n     ') : '*(empty)*';
  return `   - Note${date ? ` (${esc(date.slice(0, 10))})` : ''}: ${body}`;
}

function claimLines(claim: ReviewedClaim, n: number, nameOf: (id: string) => string, describe: (id: string) => string | undefined): string[] {
  const what = claim.speaker?.id !== undefined ? describe(claim.speaker.id) : undefined;
  const speaker = claim.speaker ? `${esc(claim.speaker.name)}${claim.speaker.verb ? ` (${esc(claim.speaker.verb)})` : ''}${what ? ` — ${esc(what)}` : ''}` : 'the author';
  const facts = [`Speaker: ${speaker}`, `type: ${claim.type}`];
  if (claim.score !== null) facts.push(`score: ${claim.score.toFixed(2)}`);
  const out = [`${n}. ${esc(plain(claim.text))}`, `   - ${facts.join(' · ')}`, `   - Verdict: **${VERDICTS[claim.verdict].label}**`];
  if (claim.entities.length > 0) out.push(`   - Entities: ${claim.entities.map((id) => esc(nameOf(id))).join(', ')}`);
  if (claim.figures.length > 0) out.push(`   - Figures: ${claim.figures.map((f) => esc(plain(f.text))).join(', ')}`);
  for (const check of claim.checks) out.push(`   - Check (${check.kind}): ${esc(check.message)}`);
  for (const note of claim.notes) out.push(noteLines(note));
  if (claim.orphaned) out.push('   - *Its text is no longer in the document; kept for its notes and verdict.*');
  return out;
}

/** The report over reviewed documents (see `reviewDocument`). */
export function renderReport(documents: readonly ReviewedDocument[], options: ReportOptions = {}): string {
  const nameOf = (id: string): string => options.nameOf?.(id) ?? id;
  const out: string[] = [`# ${esc(options.title ?? 'GeoLens claims report')}`, ''];

  out.push('## Summary', '');
  out.push(`| Document | Claims | ${VERDICT_ORDER.map((v) => VERDICTS[v].label).join(' | ')} |`);
  out.push(`| --- | ---: | ${VERDICT_ORDER.map(() => '---:').join(' | ')} |`);
  for (const doc of documents) out.push(summaryRow(esc(doc.source.title ?? doc.file), countVerdicts(doc.claims)));
  out.push(summaryRow('**All documents**', countVerdicts(documents.flatMap((doc) => doc.claims))), '');

  for (const doc of documents) {
    out.push(`## ${esc(doc.source.title ?? doc.file)}`, '', ...sourceNote(doc.source, doc.file), '');
    if (doc.overview) out.push(...overviewLines(doc.overview));
    if (doc.claims.length === 0) out.push('No check-worthy claims found.', '');
    else out.push(...doc.claims.flatMap((claim, i) => claimLines(claim, i + 1, nameOf, options.describe ?? (() => undefined))), '');
  }
  return out.join('\n');
}
