/**
 * Figure checks: the inconsistencies an article's own figures reveal — a weekday that does not fit
 * its date, a stated change its two figures do not make, one measure given two values, shares of
 * more than a whole, a duration its dates do not span. Pure: the text and its annotations in,
 * findings out (sorted by position). Each check is silent when in doubt: a false alarm costs a
 * reader more than a miss.
 */
import { findDocumentDate } from '../annotation/annotate';
import { splitSentences } from '../text/sentences';
import type { Annotation, FigureAnnotation, Span } from '../types';
import { changeFindings } from './change';
import { repeatFindings } from './repeat';
import { spanFindings } from './span';
import { sumFindings } from './sum';
import { CHECK_KINDS, type CheckKind, type Finding } from './types';
import { weekdayFindings } from './weekday';

export interface CheckOptions {
  /** The kinds to run (default: all). */
  kinds?: readonly CheckKind[];
  /** The document's own date (ISO); found in its front matter or dateline when absent; null: it has none. */
  documentDate?: string | null;
}

/** The figures inside each sentence (both lists in document order: one pass). */
function figuresBySentence(sentences: readonly Span[], figures: readonly FigureAnnotation[]): FigureAnnotation[][] {
  let f = 0;
  return sentences.map((s) => {
    while (f < figures.length && figures[f].start < s.start) f++;
    const inside: FigureAnnotation[] = [];
    for (let k = f; k < figures.length && figures[k].start < s.end; k++) if (figures[k].end <= s.end) inside.push(figures[k]);
    return inside;
  });
}

export function checkFigures(text: string, annotations: readonly Annotation[], options: CheckOptions = {}): Finding[] {
  const kinds = new Set(options.kinds ?? CHECK_KINDS);
  const figures = annotations.filter((a): a is FigureAnnotation => a.category === 'figure');
  if (figures.length === 0 && !/\d/.test(text)) return [];
  const findings: Finding[] = [];
  if (kinds.has('weekday')) findings.push(...weekdayFindings(text, figures));
  if (kinds.size === 1 && kinds.has('weekday')) return findings;
  const sentences = splitSentences(text);
  const inSentence = figuresBySentence(sentences, figures);
  if (kinds.has('change')) findings.push(...changeFindings(text, sentences, inSentence));
  if (kinds.has('repeat')) findings.push(...repeatFindings(text, sentences, annotations));
  if (kinds.has('sum')) findings.push(...sumFindings(text, sentences, inSentence));
  if (kinds.has('span')) findings.push(...spanFindings(text, sentences, inSentence, (options.documentDate === undefined ? findDocumentDate(text) : (options.documentDate ?? undefined))));
  return findings.sort((a, b) => a.start - b.start || a.end - b.end);
}
