/**
 * The money chart (every amount in US dollars on one linear axis, ranges as ranges, the ratio of
 * each amount to the next smaller one beside it) and the percentages on an axis of their own.
 */
import { scaleLinear } from 'd3-scale';
import type { MoneyItem, Overview, PercentItem } from '../../core/overview';
import { formatAmount, formatRatio } from '../../core/cards';
import { plural, svg, titled } from './dom';
import type { Marks } from './marks';

const ROW = 24;

/** Room for the labels on the left and the ratios on the right, narrower in a narrow panel. */
function layout(width: number): { WIDTH: number; LEFT: number; RIGHT: number } {
  return { WIDTH: width, LEFT: Math.min(210, Math.round(width * 0.3)), RIGHT: Math.min(150, Math.round(width * 0.22)) };
}

const BOUND_WORDS: Record<string, string> = { lower: 'at least', upper: 'at most', approx: 'about' };

/** The label cut to what fits in `room` pixels of 11px text (up to 7 px a character). */
function fit(label: string, room: number): string {
  const chars = Math.max(6, Math.floor(room / 7));
  return label.length > chars ? `${label.slice(0, chars - 1)}…` : label;
}

function describeMoney(item: MoneyItem): string {
  const usd = item.usdLow === item.usdHigh ? `$${formatAmount(item.usdLow ?? 0)}` : `$${formatAmount(item.usdLow ?? 0)} to $${formatAmount(item.usdHigh ?? 0)}`;
  const rate = item.rate ? ` (at ${item.rate.perUsd.toFixed(2)} ${item.currency} per dollar, the ${item.rate.year} average${item.rate.asked ? `; no rate for ${item.rate.asked}` : ''})` : '';
  return `“${item.label}”: ${item.bound ? `${BOUND_WORDS[item.bound]} ` : ''}${usd}${rate}; ${plural(item.marks.length, 'mention')}`;
}

export function drawMoney(money: Overview['money'], marks: Marks, width: number): SVGSVGElement {
  const { WIDTH, LEFT, RIGHT } = layout(width);
  const height = 34 + money.items.length * ROW + 24;
  const root = svg('svg', { viewBox: `0 0 ${WIDTH} ${height}`, class: 'chart money', role: 'group', 'aria-label': `Chart of the ${plural(money.items.length, 'amount')} of money in the article, in US dollars` });
  svg('rect', { x: 0, y: 0, width: WIDTH, height, class: 'background' }, root);
  const max = Math.max(1, ...money.items.map((item) => item.usdHigh ?? 0));
  const x = scaleLinear().domain([0, max]).range([LEFT, WIDTH - RIGHT]).nice();
  const axis = svg('g', { class: 'axis' }, root);
  // One tick per ~90 px: "$100 billion" labels must not run into each other in a narrow panel.
  for (const tick of x.ticks(Math.max(2, Math.floor((WIDTH - LEFT - RIGHT) / 90)))) {
    svg('line', { x1: x(tick), x2: x(tick), y1: 22, y2: height - 18, class: 'grid' }, axis);
    const label = svg('text', { x: x(tick), y: 16, 'text-anchor': 'middle' }, axis);
    label.textContent = tick === 0 ? '0' : `$${formatAmount(tick)}`;
  }
  const ratioOf = new Map(money.ratios.map((r) => [r.larger, r]));
  const labelOf = new Map(money.items.map((item) => [item.key, item.label]));
  money.items.forEach((item, n) => {
    const y = 30 + n * ROW;
    const group = svg('g', { class: `bar${item.usdLow !== item.usdHigh ? ' range' : ''}${item.bound ? ` bound-${item.bound}` : ''}`, 'data-key': item.key }, root);
    const name = svg('text', { x: LEFT - 8, y: y + 12, 'text-anchor': 'end', class: 'label' }, group);
    name.textContent = fit(item.label, LEFT - 12);
    const low = item.usdLow ?? 0;
    const high = item.usdHigh ?? 0;
    if (low === high) svg('rect', { x: x(0), y: y + 2, width: Math.max(2, x(low) - x(0)), height: 14, rx: 2 }, group);
    else {
      // A range: a faint bar to its low end, a solid one across the range, whiskers at both ends.
      svg('rect', { x: x(0), y: y + 6, width: Math.max(1, x(low) - x(0)), height: 6, class: 'to-low' }, group);
      svg('rect', { x: x(low), y: y + 2, width: Math.max(2, x(high) - x(low)), height: 14, rx: 2 }, group);
      for (const end of [low, high]) svg('line', { x1: x(end), x2: x(end), y1: y, y2: y + 18, class: 'whisker' }, group);
    }
    const ratio = ratioOf.get(item.key);
    if (ratio) {
      const note = svg('text', { x: x(high) + 6, y: y + 12, class: 'ratio' }, group);
      note.textContent = fit(`= ${formatRatio(ratio.low, ratio.high)} ${labelOf.get(ratio.smaller) ?? ''}`, WIDTH - x(high) - 10);
    }
    titled(group, describeMoney(item));
    marks.add(group, item.marks, describeMoney(item));
  });
  const foot = svg('text', { x: 8, y: height - 4, class: 'footnote' }, root);
  const converted = money.items.some((item) => item.rate);
  foot.textContent = converted
    ? `Other currencies at ${money.year}-average rates (Federal Reserve G.5A, ${money.source.date}); hover a bar for its rate.`
    : 'All amounts in US dollars as written.';
  return root;
}

export function drawPercents(percents: readonly PercentItem[], marks: Marks, width: number): SVGSVGElement {
  const { WIDTH, LEFT, RIGHT } = layout(width);
  const height = 34 + percents.length * ROW + 6;
  const root = svg('svg', { viewBox: `0 0 ${WIDTH} ${height}`, class: 'chart percents', role: 'group', 'aria-label': `Chart of the ${plural(percents.length, 'percentage')} in the article` });
  svg('rect', { x: 0, y: 0, width: WIDTH, height, class: 'background' }, root);
  const x = scaleLinear().domain([0, Math.max(100, ...percents.map((p) => p.value))]).range([LEFT, WIDTH - RIGHT]).nice();
  const axis = svg('g', { class: 'axis' }, root);
  for (const tick of x.ticks(5)) {
    svg('line', { x1: x(tick), x2: x(tick), y1: 22, y2: height - 4, class: 'grid' }, axis);
    const label = svg('text', { x: x(tick), y: 16, 'text-anchor': 'middle' }, axis);
    label.textContent = `${tick}%`;
  }
  percents.forEach((item, n) => {
    const y = 30 + n * ROW;
    const group = svg('g', { class: 'bar percent', 'data-key': item.key }, root);
    const name = svg('text', { x: LEFT - 8, y: y + 12, 'text-anchor': 'end', class: 'label' }, group);
    name.textContent = fit(item.label, LEFT - 12);
    svg('rect', { x: x(0), y: y + 2, width: Math.max(2, x(item.value) - x(0)), height: 14, rx: 2 }, group);
    const text = `“${item.label}”: ${item.bound ? `${BOUND_WORDS[item.bound]} ` : ''}${item.value}%; ${plural(item.marks.length, 'mention')}`;
    titled(group, text);
    marks.add(group, item.marks, text);
  });
  return root;
}
