import assert from 'node:assert/strict';
import { placeLabels } from '../../src/webview/overview/labels';

describe('overview map labels', () => {
  it('writes a lone label to the right of its point', () => {
    assert.deepEqual(placeLabels([{ x: 100, y: 100, text: 'Boise' }], 400, 200), [{ x: 105, y: 103, anchor: 'start' }]);
  });

  it('moves a crowded label to a free side, and leaves out one with no free side', () => {
    // Bravo's label would lie on Alpha's: it goes to the left.
    const [alpha, bravo] = placeLabels([{ x: 100, y: 100, text: 'Alpha' }, { x: 100, y: 106, text: 'Bravo' }], 400, 200);
    assert.equal(alpha?.anchor, 'start');
    assert.equal(bravo?.anchor, 'end');
    // A point with neighbours on every side keeps its tooltip only.
    const crowded = placeLabels(
      [
        { x: 200, y: 100, text: 'Centre' },
        { x: 208, y: 100, text: 'E' },
        { x: 192, y: 100, text: 'W' },
        { x: 200, y: 92, text: 'N' },
        { x: 200, y: 108, text: 'S' },
      ],
      400,
      200,
    );
    assert.equal(crowded[0], undefined);
  });

  it('keeps labels inside the map', () => {
    const [right] = placeLabels([{ x: 395, y: 100, text: 'Vladivostok' }], 400, 200);
    assert.equal(right?.anchor, 'end');
  });
});
