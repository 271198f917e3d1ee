/**
 * W3C Web Annotation Data Model JSON-LD (https://www.w3.org/TR/annotation-model/).
 *
 * Every claim is an annotation (motivation `highlighting`, or `assessing` once it has a verdict;
 * bodies: the claim type as a `tagging` TextualBody, the verdict as an `assessing` one, and each
 * figure check the claim fails as a `questioning` one — the figures question the claim, they do
 * not rate it), and
 * every note is an annotation of its own (motivation `commenting`, the note as a plain-text
 * TextualBody) on the same text. Targets carry a TextQuoteSelector (exact + 32 characters of
 * context each side) and, when the document text is known, a TextPositionSelector.
 *
 * Output: an `AnnotationCollection` whose first (and only) `AnnotationPage` embeds the annotations
 * (model §5), so the file is one JSON-LD document with a stable id. Each annotation also carries its
 * own `@context`, so it can be posted alone to an annotation server (Web Annotation Protocol).
 *
 * Offsets: the model counts TextPositionSelector positions in Unicode code points, while GeoLens
 * counts UTF-16 code units; positions are converted (they differ only after characters outside the
 * Basic Multilingual Plane, such as emoji). Without the document text a position cannot be
 * converted (nor checked), so only the TextQuoteSelector is given; the same for orphaned claims.
 *
 * Ids are URNs, stable across exports: `urn:geolens:<document key>:<claim id>` for a claim and
 * `…:<claim id>:<note id>` for a note (each part percent-encoded, so `:` only separates).
 */
import { encodeComponent } from '../text/wellFormed';
import { fnv1a32 } from '../claims/ids';
import { CONTEXT_LENGTH } from '../notes/anchor';
import type { Note } from '../notes/store';
import { VERDICTS } from '../notes/verdicts';
import { checkLine, type Reviewer } from './claimReview';
import { firstNoteDate, lastNoteDate, nowOf, reviewDocument, type ExportDocument, type ReviewedClaim, type ReviewedDocument } from './json';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix?: string;
  suffix?: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  /** Unicode code points from the start of the document (not UTF-16 code units). */
  start: number;
  end: number;
}

export interface TextualBody {
  type: 'TextualBody';
  value: string;
  format: 'text/plain';
  purpose?: 'assessing' | 'tagging' | 'commenting' | 'questioning';
}

export interface WebAnnotation {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'Annotation';
  motivation: 'highlighting' | 'assessing' | 'commenting';
  body?: TextualBody[];
  target: { source: string; selector: (TextQuoteSelector | TextPositionSelector)[] };
  creator?: { type: 'Person' | 'Organization'; name: string; homepage?: string };
  created: string;
  modified?: string;
  generated: string;
  generator: { type: 'Software'; name: 'GeoLens' };
}

export interface AnnotationCollection {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
}

export interface WebAnnotationOptions {
  /** ISO 8601: `generated`, and `created` of claims without dated notes (default: now). */
  now?: string;
  /** The annotations' `creator` (default: a Person named "GeoLens user"). */
  reviewer?: Reviewer;
  /** Indent the JSON (default: two spaces). */
  pretty?: boolean;
}

function part(text: string): string {
  return encodeComponent(text);
}

export function claimAnnotationId(file: string, claimId: string): string {
  return `urn:geolens:${part(file)}:${part(claimId)}`;
}

export function noteAnnotationId(file: string, claimId: string, noteId: string): string {
  return `${claimAnnotationId(file, claimId)}:${part(noteId)}`;
}

/** UTF-16 offset → code point offset, in O(log n) after one pass over the text. */
export function codePointOffsets(text: string): (utf16: number) => number {
  const pairs: number[] = [];
  for (let i = 0; i < text.length - 1; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        pairs.push(i);
        i++;
      }
    }
  }
  return (offset) => {
    let lo = 0;
    let hi = pairs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pairs[mid] + 1 < offset) lo = mid + 1;
      else hi = mid;
    }
    // `lo` pairs end at or before `offset`: each counts two code units but one code point.
    return offset - lo;
  };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Context that never starts or ends inside a surrogate pair. */
function context(text: string, start: number, end: number): { prefix: string; suffix: string } {
  let from = Math.max(0, start - CONTEXT_LENGTH);
  if (from > 0 && isLowSurrogate(text.charCodeAt(from))) from++;
  let to = Math.min(text.length, end + CONTEXT_LENGTH);
  if (to < text.length && isHighSurrogate(text.charCodeAt(to - 1))) to--;
  return { prefix: text.slice(from, start), suffix: text.slice(end, to) };
}

function selectors(doc: ReviewedDocument, claim: ReviewedClaim, toCodePoint: ((utf16: number) => number) | undefined): (TextQuoteSelector | TextPositionSelector)[] {
  if (doc.text !== undefined && toCodePoint && !claim.orphaned) {
    const { prefix, suffix } = context(doc.text, claim.start, claim.end);
    return [
      { type: 'TextQuoteSelector', exact: doc.text.slice(claim.start, claim.end), prefix, suffix },
      { type: 'TextPositionSelector', start: toCodePoint(claim.start), end: toCodePoint(claim.end) },
    ];
  }
  const quote = claim.anchor?.quote ?? { exact: claim.text, prefix: '', suffix: '' };
  const selector: TextQuoteSelector = { type: 'TextQuoteSelector', exact: quote.exact };
  if (quote.prefix) selector.prefix = quote.prefix;
  if (quote.suffix) selector.suffix = quote.suffix;
  return [selector];
}

function noteAnnotation(base: Omit<WebAnnotation, 'id' | 'motivation' | 'created'>, doc: ReviewedDocument, claim: ReviewedClaim, note: Note, fallback: string): WebAnnotation {
  return {
    '@context': ANNO_CONTEXT,
    id: noteAnnotationId(doc.file, claim.id, note.id),
    type: 'Annotation',
    motivation: 'commenting',
    body: [{ type: 'TextualBody', value: note.text, format: 'text/plain', purpose: 'commenting' }],
    target: base.target,
    ...(base.creator ? { creator: base.creator } : {}),
    created: note.created || fallback,
    modified: note.modified || note.created || fallback,
    generated: base.generated,
    generator: base.generator,
  };
}

/** The annotations of the documents: per claim, its own, then one per note. */
export function webAnnotations(documents: readonly ExportDocument[], options: WebAnnotationOptions = {}): WebAnnotation[] {
  const now = nowOf(options.now);
  const reviewer = options.reviewer ?? { name: 'GeoLens user', type: 'Person' as const };
  const creator: WebAnnotation['creator'] = { type: reviewer.type ?? 'Person', name: reviewer.name, ...(reviewer.url ? { homepage: reviewer.url } : {}) };
  const out: WebAnnotation[] = [];
  for (const doc of documents.map(reviewDocument)) {
    const toCodePoint = doc.text !== undefined ? codePointOffsets(doc.text) : undefined;
    const source = doc.uri ?? doc.file;
    for (const claim of doc.claims) {
      const target = { source, selector: selectors(doc, claim, toCodePoint) };
      const body: TextualBody[] = [{ type: 'TextualBody', value: claim.type, format: 'text/plain', purpose: 'tagging' }];
      if (claim.verdict !== 'unverified') body.push({ type: 'TextualBody', value: VERDICTS[claim.verdict].label, format: 'text/plain', purpose: 'assessing' });
      for (const check of claim.checks) body.push({ type: 'TextualBody', value: checkLine(check), format: 'text/plain', purpose: 'questioning' });
      const annotation: WebAnnotation = {
        '@context': ANNO_CONTEXT,
        id: claimAnnotationId(doc.file, claim.id),
        type: 'Annotation',
        motivation: claim.verdict === 'unverified' ? 'highlighting' : 'assessing',
        body,
        target,
        creator,
        created: firstNoteDate(claim.notes) ?? now,
        generated: now,
        generator: { type: 'Software', name: 'GeoLens' },
      };
      const modified = lastNoteDate(claim.notes);
      if (modified) annotation.modified = modified;
      out.push(annotation);
      for (const note of claim.notes) out.push(noteAnnotation(annotation, doc, claim, note, now));
    }
  }
  return out;
}

/** The annotations in one AnnotationCollection; its id is stable for the same set of documents. */
export function webAnnotationCollection(documents: readonly ExportDocument[], options: WebAnnotationOptions = {}): AnnotationCollection {
  const items = webAnnotations(documents, options);
  const keys = documents.map((doc) => doc.file).sort().join('\n');
  const id = `urn:geolens:collection:${fnv1a32(keys).toString(16).padStart(8, '0')}`;
  return {
    '@context': ANNO_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: `GeoLens claims and notes: ${documents.map((doc) => doc.source.title ?? doc.file).join('; ') || 'no documents'}`,
    total: items.length,
    first: { id: `${id}:page1`, type: 'AnnotationPage', startIndex: 0, items },
  };
}

/** The Web Annotation export as text (final newline). */
export function webAnnotationJson(documents: readonly ExportDocument[], options: WebAnnotationOptions = {}): string {
  return `${JSON.stringify(webAnnotationCollection(documents, options), null, options.pretty === false ? undefined : 2)}\n`;
}
