import assert from 'node:assert/strict';
import { EDIT_DEBOUNCE_MAX_MS, EDIT_DEBOUNCE_MIN_MS, editDebounceMs } from '../../src/vscode/editDebounce';

describe('the pause before highlights are redone after an edit', () => {
  it('is short for a document that is quick to redo, and longer, up to a ceiling, for a slow one', () => {
    assert.equal(editDebounceMs(3), EDIT_DEBOUNCE_MIN_MS);
    assert.equal(editDebounceMs(40), 80);
    assert.equal(editDebounceMs(90), 180);
    assert.equal(editDebounceMs(5000), EDIT_DEBOUNCE_MAX_MS);
  });

  it('is the former fixed 150 ms before a document was ever redone, or after a nonsense measure', () => {
    assert.equal(editDebounceMs(undefined), 150);
    assert.equal(editDebounceMs(Number.NaN), 150);
  });
});
