/**
 * Figure checks: the inconsistencies an article's own figures reveal — a weekday that does not fit
 * its date, a stated change its two figures do not make, one measure given two values, shares of
 * more than a whole, a duration its dates do not span. Pure: the text and its annotations in,
 * findings out (sorted by position). Each check is silent when in doubt: a false alarm costs a
 * reader more than a miss.
 */
import { findDocumentDate } from '../annotate';
import { splitSentences } from '../text/sentences';
import type { Annotation, FigureAnnotation } from '../types';
import { changeFindings } from './change';
import { repeatFindings } from './repeat';
import { spanFindings } from './span';
import { sumFindings } from './sum';
import { CHECK_KINDS, type CheckKind, type Finding } from './types';
import { weekdayFindings } from './weekday';

export { CHECK_KINDS, type CheckKind, type Finding } from './types';

export interface CheckOptions {
  /** The kinds to run (default: all). */
  kinds?: readonly CheckKind[];
  /** The document's own date (ISO); found in its front matter or dateline when absent. */
  documentDate?: string;
}

export function checkFigures(text: string, annotations: readonly Annotation[], options: CheckOptions = {}): Finding[] {
  const kinds = new Set(options.kinds ?? CHECK_KINDS);
  const figures = annotations.filter((a): a is FigureAnnotation => a.category === 'figure');
  if (figures.length === 0 && !/\d/.test(text)) return [];
  const sentences = splitSentences(text);
  const findings: Finding[] = [];
  if (kinds.has('weekday')) findings.push(...weekdayFindings(text, figures));
  if (kinds.has('change')) findings.push(...changeFindings(text, sentences, figures));
  if (kinds.has('repeat')) findings.push(...repeatFindings(text, sentences, annotations));
  if (kinds.has('sum')) findings.push(...sumFindings(text, sentences, figures));
  if (kinds.has('span')) findings.push(...spanFindings(text, sentences, figures, options.documentDate ?? findDocumentDate(text)));
  return findings.sort((a, b) => a.start - b.start || a.end - b.end);
}
