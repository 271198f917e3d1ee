import type { FigureAnnotation, FigureKind, FigureValue } from '../types';

/**
 * The parsers make each candidate as the annotation it will be, so that a kept figure is not
 * copied into a second object; `text` is filled in for the kept ones only (see index.ts).
 */
export function figure(start: number, end: number, kind: FigureKind, value: FigureValue): FigureAnnotation {
  return { category: 'figure', kind, start, end, text: '', value };
}
