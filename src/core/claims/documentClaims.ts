/**
 * Extract Claims run again on one document: what the last run read is kept, so a re-run after an
 * edit re-reads the paragraphs the edit touched (the incremental annotator, given the one stretch
 * that differs between the two texts) and re-scores only the sentences that changed. The result is
 * always `extractClaims` of the new text; a test checks it against that on random edits.
 */
import { DocumentAnnotator } from '../annotation/documentAnnotator';
import type { GazetteerIndex } from '../gazetteer';
import { extractClaimsFrom } from './extract';
import { ScoreMemo } from './scoreMemo';
import { extractSource } from './source';
import type { ExtractOptions, ExtractResult } from './types';

/** The one change that turns `before` into `after`: the stretch between their common start and end. */
export function differingStretch(before: string, after: string): { start: number; end: number; text: string } | undefined {
  if (before === after) return undefined;
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let tail = 0;
  while (tail < shorter - start && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  // Never cut a surrogate pair in two: the annotator's paragraphs are cut at line breaks anyway, but
  // the change's text must be whole characters.
  if (start > 0 && isHigh(before.charCodeAt(start - 1))) start--;
  if (tail > 0 && isLow(before.charCodeAt(before.length - tail))) tail--;
  return { start, end: before.length - tail, text: after.slice(start, after.length - tail) };
}

function isHigh(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLow(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

export class DocumentClaims {
  private reading: { annotator: DocumentAnnotator; index: GazetteerIndex; today: string | undefined } | undefined;
  private readonly scores = new ScoreMemo();

  /** Sentences scored afresh by the last run (the rest kept their scores). */
  get scoredLastRun(): number {
    return this.scores.scoredLastRun;
  }

  /** Annotations re-read by the last run: paragraphs read (first passes), or all of them on a fresh reading. */
  get paragraphsReadLastRun(): number {
    return this.reading?.annotator.lastUpdate.firstPasses ?? 0;
  }

  /** What `extractClaims(text, index, options)` gives. */
  extract(text: string, index: GazetteerIndex, options: Omit<ExtractOptions, 'annotations' | 'documentDate'> = {}): ExtractResult {
    const kept = this.reading;
    if (kept && kept.index === index && kept.today === options.today) {
      const change = differingStretch(kept.annotator.text, text);
      // The annotator works the document's date out again when an edit comes near the top.
      if (change) kept.annotator.edit([change]);
    } else {
      this.reading = { annotator: new DocumentAnnotator(text, index, { today: options.today }), index, today: options.today };
    }
    const { annotator } = this.reading as { annotator: DocumentAnnotator };
    const source = extractSource(text, { documentDate: annotator.documentDate ?? null });
    const annotations = annotator.annotations;
    try {
      return extractClaimsFrom(text, annotations, index, source, options, this.scores);
    } finally {
      this.scores.endRun();
    }
  }
}

/** The kept readings of the few documents last extracted one at a time, the oldest dropped first. */
export class DocumentClaimsCache {
  private readonly byKey = new Map<string, DocumentClaims>();

  constructor(private readonly capacity = 4) {}

  get(key: string): DocumentClaims {
    let claims = this.byKey.get(key);
    if (claims) this.byKey.delete(key);
    else claims = new DocumentClaims();
    this.byKey.set(key, claims);
    for (const oldest of this.byKey.keys()) {
      if (this.byKey.size <= this.capacity) break;
      this.byKey.delete(oldest);
    }
    return claims;
  }

  /** Forgets one document (closed, renamed) or, without a key, all of them. */
  forget(key?: string): void {
    if (key === undefined) this.byKey.clear();
    else this.byKey.delete(key);
  }
}
