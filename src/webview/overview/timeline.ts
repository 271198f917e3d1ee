/**
 * The timeline: each date a point, each month, year or period a bar, approximate ones ("the
 * beginning of 2024") hatched, and the document's own date as a line. Items go in lanes so that
 * none hides another.
 */
import { scaleUtc } from 'd3-scale';
import type { Timeline, TimelineItem } from '../../core/overview';
import { plural, svg, titled } from './dom';
import type { Marks } from './marks';

const LANE = 26;
const TOP = 28;

/** The first moment of an ISO date of any precision ("2023", "2023-12", "2023-12-28"). */
const ms = (iso: string): number => Date.parse(`${iso}${'-01-01'.slice(iso.length - 4)}T00:00:00Z`);

function describe(item: TimelineItem): string {
  const when = item.point ? item.start : `${item.start} to ${item.end} (exclusive)`;
  const notes = [item.approximate ? 'approximate' : '', item.fromToday ? 'counted from today' : '', item.fromGazetteer ? 'dates from the gazetteer' : ''].filter(Boolean).join(', ');
  return `“${item.label}”: ${when}${notes ? `, ${notes}` : ''}; ${plural(item.marks.length, 'mention')}`;
}

/** Greedy lanes: an item goes in the first lane whose last item (with its label) ends before it starts. */
function lanesOf(items: readonly TimelineItem[], x: (t: number) => number, LABEL_WIDTH: number): number[] {
  const ends: number[] = [];
  return items.map((item) => {
    const left = x(ms(item.start));
    const right = Math.max(x(ms(item.end)), left + 8) + Math.min(LABEL_WIDTH, item.label.length * 6.5 + 10);
    let lane = ends.findIndex((end) => end < left - 4);
    if (lane === -1) lane = ends.length;
    ends[lane] = right;
    return lane;
  });
}

export function drawTimeline(timeline: Timeline, marks: Marks, width: number): SVGSVGElement {
  const WIDTH = width;
  const LABEL_WIDTH = Math.min(150, Math.round(width * 0.22));
  const times = timeline.items.flatMap((item) => [ms(item.start), ms(item.end)]);
  if (timeline.documentDate) times.push(ms(timeline.documentDate));
  const x = scaleUtc()
    .domain([Math.min(...times), Math.max(...times)])
    .range([12, WIDTH - 12 - LABEL_WIDTH])
    .nice();
  const lanes = lanesOf(timeline.items, (t) => x(t), LABEL_WIDTH);
  const laneCount = Math.max(1, ...lanes.map((l) => l + 1));
  const height = TOP + laneCount * LANE + 16;
  const root = svg('svg', { viewBox: `0 0 ${WIDTH} ${height}`, class: 'chart timeline', role: 'group', 'aria-label': `Timeline of the ${plural(timeline.items.length, 'date and period', 'dates and periods')} in the article` });
  svg('rect', { x: 0, y: 0, width: WIDTH, height, class: 'background' }, root);
  const axis = svg('g', { class: 'axis' }, root);
  svg('line', { x1: x.range()[0], x2: x.range()[1], y1: TOP - 8, y2: TOP - 8 }, axis);
  for (const tick of x.ticks(8)) {
    const at = x(tick);
    svg('line', { x1: at, x2: at, y1: TOP - 12, y2: height - 8, class: 'grid' }, axis);
    const label = svg('text', { x: at, y: TOP - 16, 'text-anchor': 'middle' }, axis);
    label.textContent = x.tickFormat(8)(tick);
  }
  if (timeline.documentDate) {
    const at = x(ms(timeline.documentDate));
    const line = svg('g', { class: 'document-date' }, root);
    svg('line', { x1: at, x2: at, y1: TOP - 12, y2: height - 8 }, line);
    const label = svg('text', { x: at + 3, y: height - 10 }, line);
    label.textContent = `article date ${timeline.documentDate}`;
    titled(line, `The article's own date: ${timeline.documentDate}`);
  }
  const items = svg('g', { class: 'items' }, root);
  timeline.items.forEach((item, n) => {
    const y = TOP + lanes[n] * LANE;
    const left = x(ms(item.start));
    const right = x(ms(item.end));
    const group = svg('g', { class: `item${item.point ? ' point' : ' interval'}${item.approximate ? ' approximate' : ''}${item.fromGazetteer ? ' gazetteer' : ''}`, 'data-key': item.key }, items);
    if (item.point) svg('circle', { cx: left, cy: y + 8, r: 5 }, group);
    else svg('rect', { x: left, y: y + 2, width: Math.max(3, right - left), height: 12, rx: 2 }, group);
    const label = svg('text', { x: Math.max(item.point ? left + 8 : right + 4, left + 8), y: y + 12 }, group);
    label.textContent = item.label;
    titled(group, describe(item));
    marks.add(group, item.marks, describe(item));
  });
  return root;
}
