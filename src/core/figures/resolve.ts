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

/**
 * A stable insertion sort: the scan emits candidates nearly in order (a range or date comes right
 * after the figure it starts with, a few places early at most), so each moves a step or two, in
 * linear time overall and without a comparator call per pair of the sort's merge passes. Stable,
 * like Array.prototype.sort, so the result is the same: ties keep the order the scan found them in.
 */
function sortNearlySorted<T extends Candidate>(candidates: readonly T[]): T[] {
  const out = candidates.slice();
  for (let i = 1; i < out.length; i++) {
    const c = out[i] as T;
    let j = i;
    while (j > 0 && byStartThenLongest(out[j - 1] as T, c) > 0) {
      out[j] = out[j - 1] as T;
      j--;
    }
    out[j] = c;
  }
  return out;
}

export function resolveOverlaps<T extends Candidate>(candidates: readonly T[]): T[] {
  // Most often the candidates are in order already: then sorting would return them as they are.
  const sorted = inOrder(candidates) ? candidates : sortNearlySorted(candidates);
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
