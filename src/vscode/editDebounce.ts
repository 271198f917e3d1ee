/**
 * How long highlights wait after an edit before they are redone: twice what the last redo of that
 * document cost, between MIN and MAX (no `vscode` import, so it is unit-tested in Node). A 10 KB
 * or 100 KB article takes a few milliseconds, so its highlights follow typing after 50 ms instead of
 * a fixed 150 (most of what the user waited for); a 1 MB document, at 70–90 ms a redo, waits a little longer than before (184 ms median in
 * bench:editor), so a burst of keystrokes costs one redo; three times the redo made it 244 ms.
 */
export const EDIT_DEBOUNCE_MIN_MS = 50;
export const EDIT_DEBOUNCE_MAX_MS = 400;
const EDIT_DEBOUNCE_FACTOR = 2;

/** The pause before redoing a document's highlights after an edit; 150 ms before its first redo. */
export function editDebounceMs(lastWorkMs: number | undefined): number {
  if (lastWorkMs === undefined || !Number.isFinite(lastWorkMs)) return EDIT_DEBOUNCE_MIN_MS * 3;
  return Math.round(Math.min(EDIT_DEBOUNCE_MAX_MS, Math.max(EDIT_DEBOUNCE_MIN_MS, EDIT_DEBOUNCE_FACTOR * lastWorkMs)));
}
