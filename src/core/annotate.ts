/**
 * The one entry point from text to annotations: entities and treaties from the gazetteer, figures
 * from the recogniser, overlaps resolved (longest wins; a name beats a figure of the same length),
 * sorted by start. Offsets are UTF-16 code units into `text`.
 */
import { recogniseFigures } from './figures';
import type { GazetteerIndex } from './gazetteer/index';
import { matchEntities } from './match/entities';
import { senseOf } from './match/sense';
import { tokenize } from './text/tokenize';
import type { Annotation, EntityAnnotation, FigureAnnotation, NamedAnnotation } from './types';

export interface AnnotateOptions {
  /** ISO date of the document (fills the year of "December 26"); found in its header when absent. */
  documentDate?: string;
}

/** How far into a document its dateline may be. */
const DATELINE_WINDOW = 3000;
const FRONT_MATTER_DATE = /^---\r?\n(?:.*\r?\n)*?date:\s*["']?(\d{4}-\d{2}-\d{2})/;

/** The document's own date: front matter `date:`, else the first full date near its top. */
export function findDocumentDate(text: string): string | undefined {
  const front = FRONT_MATTER_DATE.exec(text.slice(0, DATELINE_WINDOW));
  if (front) return front[1];
  for (const figure of recogniseFigures(text.slice(0, DATELINE_WINDOW))) {
    if (figure.kind === 'date' && 'date' in figure.value && /^\d{4}-\d{2}-\d{2}$/.test(figure.value.date)) return figure.value.date;
  }
  return undefined;
}

function namedAnnotations(text: string, index: GazetteerIndex): NamedAnnotation[] {
  const tokens = tokenize(text);
  const result: NamedAnnotation[] = [];
  for (const match of matchEntities(text, tokens, index)) {
    const { entry } = match.surface;
    const base = { start: match.start, end: match.end, text: text.slice(match.start, match.end), id: entry.id, name: entry.name };
    if (entry.kind === 'treaty') {
      result.push({ ...base, category: 'treaty', kind: 'treaty' });
      continue;
    }
    const annotation: EntityAnnotation = { ...base, category: 'entity', kind: entry.kind };
    if (entry.kind === 'country' || entry.kind === 'place') {
      // A demonym ("Indian exports") describes the nation; it never stands in for a government.
      const sense = match.surface.role === 'demonym' ? 'literal' : senseOf(tokens, match.firstToken, match.endToken);
      annotation.sense = sense;
      if (sense === 'metonymic') annotation.refersTo = index.metonymTarget(entry.id) ?? entry.id;
    }
    result.push(annotation);
  }
  return result;
}

/** Merges two sorted, internally non-overlapping lists; where they overlap the longer span wins. */
function mergeByLength(named: NamedAnnotation[], figures: FigureAnnotation[]): Annotation[] {
  const all: Annotation[] = [...named, ...figures].sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: Annotation[] = [];
  for (const candidate of all) {
    const last = kept[kept.length - 1];
    if (!last || candidate.start >= last.end) {
      kept.push(candidate);
      continue;
    }
    const lastLength = last.end - last.start;
    const length = candidate.end - candidate.start;
    if (length > lastLength || (length === lastLength && candidate.category !== 'figure' && last.category === 'figure')) {
      kept[kept.length - 1] = candidate;
    }
  }
  return kept;
}

export function annotate(text: string, index: GazetteerIndex, options: AnnotateOptions = {}): Annotation[] {
  if (text.length === 0) return [];
  const documentDate = options.documentDate ?? findDocumentDate(text);
  const figures = recogniseFigures(text, documentDate ? { documentDate } : undefined);
  return mergeByLength(namedAnnotations(text, index), figures);
}
