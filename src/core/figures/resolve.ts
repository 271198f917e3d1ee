/**
 * Overlaps between candidate figures: the longest wins ("between $12 billion and $14 billion" over
 * the "$12 billion" inside it); at equal length the earlier one, then the one found first.
 */

export interface Candidate {
  start: number;
  end: number;
}

const byStartThenLongest = (a: Candidate, b: Candidate): number => a.start - b.start || b.end - a.end;

function inOrder(candidates: readonly Candidate[]): boolean {
  for (let i = 1; i < candidates.length; i++) {
    if (byStartThenLongest(candidates[i - 1] as Candidate, candidates[i] as Candidate) > 0) return false;
  }
  return true;
}

export function resolveOverlaps<T extends Candidate>(candidates: readonly T[]): T[] {
  // Array.prototype.sort is stable (ES2019), so ties keep the order the scan found them in; the
  // scan emits candidates nearly in order, which the sort handles in about linear time. Most often
  // they are in order already (a range or date after the figure it starts with is the exception):
  // then the sort would return them as they are, and is skipped.
  const sorted = inOrder(candidates) ? candidates : candidates.slice().sort(byStartThenLongest);
  const kept: T[] = [];
  for (const c of sorted) {
    // Kept figures are disjoint and sorted, so only the tail can overlap `c`.
    const last = kept[kept.length - 1];
    if (last === undefined || last.end <= c.start) {
      kept.push(c); // the common case: no overlap
      continue;
    }
    let first = kept.length;
    while (first > 0 && (kept[first - 1] as T).end > c.start) first--;
    const len = c.end - c.start;
    let longest = true;
    for (let i = first; i < kept.length; i++) if ((kept[i] as T).end - (kept[i] as T).start >= len) longest = false;
    if (longest) {
      kept.length = first;
      kept.push(c);
    }
  }
  return kept;
}
