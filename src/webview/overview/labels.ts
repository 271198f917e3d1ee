/**
 * Where the map writes its places' names. Places named in one region crowd each other ("Portland,
 * Maine" and "Cambridge, Massachusetts"): each label goes right, left, above or below its point,
 * whichever first overlaps no label already placed and no other point; a label with no free
 * position is left out (the point keeps its name as a tooltip). The most mentioned places are
 * placed first, so the names left out are the least mentioned.
 */

export interface LabelPoint {
  x: number;
  y: number;
  text: string;
}

export interface PlacedLabel {
  /** Where the text starts (SVG `x`, `y` of its baseline). */
  x: number;
  y: number;
  anchor: 'start' | 'end' | 'middle';
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Map text is small: about this many units per character and this tall. */
const CHAR_WIDTH = 5.6;
const TEXT_HEIGHT = 9;
/** Gap between a point and its label. */
const GAP = 5;
/** The radius kept clear around every point. */
const POINT_RADIUS = 4;

const overlaps = (a: Box, b: Box): boolean => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** For each point (in the order given: most important first), its label's position, or undefined when none is free. */
export function placeLabels(points: readonly LabelPoint[], width: number, height: number): (PlacedLabel | undefined)[] {
  const taken: Box[] = points.map((p) => ({ left: p.x - POINT_RADIUS, top: p.y - POINT_RADIUS, right: p.x + POINT_RADIUS, bottom: p.y + POINT_RADIUS }));
  return points.map((p, i) => {
    const w = p.text.length * CHAR_WIDTH;
    const candidates: [PlacedLabel, Box][] = [
      [{ x: p.x + GAP, y: p.y + 3, anchor: 'start' }, { left: p.x + GAP, top: p.y - TEXT_HEIGHT / 2, right: p.x + GAP + w, bottom: p.y + TEXT_HEIGHT / 2 }],
      [{ x: p.x - GAP, y: p.y + 3, anchor: 'end' }, { left: p.x - GAP - w, top: p.y - TEXT_HEIGHT / 2, right: p.x - GAP, bottom: p.y + TEXT_HEIGHT / 2 }],
      [{ x: p.x, y: p.y - GAP - 1, anchor: 'middle' }, { left: p.x - w / 2, top: p.y - GAP - TEXT_HEIGHT, right: p.x + w / 2, bottom: p.y - GAP }],
      [{ x: p.x, y: p.y + GAP + TEXT_HEIGHT - 1, anchor: 'middle' }, { left: p.x - w / 2, top: p.y + GAP, right: p.x + w / 2, bottom: p.y + GAP + TEXT_HEIGHT }],
    ];
    for (const [label, box] of candidates) {
      if (box.left < 0 || box.right > width || box.top < 0 || box.bottom > height) continue;
      // Its own point is the one box a label may touch.
      if (taken.some((t, k) => k !== i && overlaps(t, box))) continue;
      taken.push(box);
      return label;
    }
    return undefined;
  });
}
