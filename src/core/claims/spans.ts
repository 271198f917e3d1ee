/** Lookups of sorted annotations by span, in O(log n + k) so long documents stay fast. */
import type { Annotation, Span } from '../types';

/** Index of the first annotation whose start is ≥ `offset`. */
function lowerBound(annotations: readonly Annotation[], offset: number): number {
  let lo = 0;
  let hi = annotations.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (annotations[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Annotations lying wholly inside `span` (annotations sorted by start). */
export function annotationsWithin(annotations: readonly Annotation[], span: Span): Annotation[] {
  const found: Annotation[] = [];
  for (let i = lowerBound(annotations, span.start); i < annotations.length && annotations[i].start < span.end; i++) {
    if (annotations[i].end <= span.end) found.push(annotations[i]);
  }
  return found;
}

/** Annotations overlapping `span`; annotations never nest, so a short look-back suffices. */
export function annotationsOverlapping(annotations: readonly Annotation[], span: Span): Annotation[] {
  const found: Annotation[] = [];
  let i = lowerBound(annotations, span.start);
  if (i > 0 && annotations[i - 1].end > span.start) found.push(annotations[i - 1]);
  for (; i < annotations.length && annotations[i].start < span.end; i++) found.push(annotations[i]);
  return found;
}
