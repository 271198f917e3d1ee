/**
 * The overview panel's script: receives the overview of the active document, draws the map, the
 * timeline, the money and percentage charts, the people and organisations and the claims by
 * verdict, and keeps the panel and the text pointing at each other. No remote content; all text is
 * set with textContent.
 */
import type { Overview } from '../../core/overview';
import type { ChartName, ExportFormat, FromWebview, PageTiming, ToWebview } from '../protocol';
import { html, plural } from './dom';
import { pngOf, standaloneSvg } from './exportChart';
import { drawMoney, drawPercents } from './figures';
import { describeCountry, drawMap, mentionsOf } from './map';
import { Marks } from './marks';
import { drawTimeline } from './timeline';

interface VsCodeApi {
  postMessage(message: FromWebview): void;
  getState(): unknown;
  setState(state: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

// Epoch clock (not performance.now()): the extension host compares it with its own Date.now().
let pageTiming: PageTiming | undefined = { pageAt: Math.round(performance.timeOrigin), scriptAt: Date.now() };
const vscode = acquireVsCodeApi();
const post = (message: FromWebview): void => vscode.postMessage(message);
const marks = new Marks((spans) => post({ type: 'reveal', spans }));
const charts = new Map<ChartName, SVGSVGElement>();
const root = document.getElementById('root') as HTMLElement;

const VERDICT_LABELS: Record<string, string> = { unverified: 'Unverified', supported: 'Supported', disputed: 'Disputed', false: 'False', opinion: 'Opinion' };

function section(id: string, title: string, chart?: ChartName): HTMLElement {
  const element = html('section', { id, 'aria-labelledby': `${id}-title` }, root);
  const head = html('div', { class: 'head' }, element);
  html('h2', { id: `${id}-title` }, head, title);
  if (chart) {
    for (const format of ['svg', 'png'] as const) {
      const button = html('button', { type: 'button', class: 'export', 'data-chart': chart, 'data-format': format, title: `Save the ${title.toLowerCase()} as ${format.toUpperCase()}` }, head, `Export as ${format.toUpperCase()}`);
      button.addEventListener('click', () => void exportChart(chart, format));
    }
  }
  return element;
}

function empty(parent: HTMLElement, text: string): void {
  html('p', { class: 'empty' }, parent, text);
}

/** A chart in its section (kept for export), or a line saying there is nothing to draw. */
function chart(parent: HTMLElement, name: ChartName, draw: (() => SVGSVGElement) | undefined, nothing: string): void {
  if (!draw) return empty(parent, nothing);
  const drawn = draw();
  charts.set(name, drawn);
  parent.appendChild(drawn);
}

let shown: { title: string; overview: Overview } | undefined;
let drawnWidth = 0;
/** The text cursor's last offset: marks are lit again after a redraw. */
let cursor: number | undefined;

function render(title: string, overview: Overview): void {
  shown = { title, overview };
  const width = Math.max(320, Math.floor(root.clientWidth || 720));
  drawnWidth = width;
  marks.clear();
  charts.clear();
  root.replaceChildren();
  html('h1', {}, root, title);

  const map = section('map', 'Countries and places', 'map');
  const svgMap = drawMap(overview, marks, width);
  charts.set('map', svgMap);
  map.appendChild(svgMap);
  const legend = html('p', { class: 'legend' }, map);
  html('span', { class: 'swatch literal' }, legend);
  legend.append(' mostly as places or people   ');
  html('span', { class: 'swatch metonymic' }, legend);
  legend.append(' mostly as governments or actors ("New Delhi said")   darker: more mentions');
  const list = html('ul', { class: 'chips', 'aria-label': 'Countries by mentions' }, map);
  for (const country of overview.countries) {
    const item = html('li', {}, list);
    const chip = html('span', { class: 'chip' }, item, `${country.name} ${country.literal.length}·${country.metonymic.length}`);
    marks.add(chip, mentionsOf(country), describeCountry(country));
  }
  if (overview.countries.length === 0) empty(map, 'No country is named.');

  chart(section('timeline', 'Timeline', 'timeline'), 'timeline', overview.timeline.items.length > 0 ? () => drawTimeline(overview.timeline, marks, width) : undefined, 'No dates or periods.');
  const money = section('money', 'Money (US dollars)', 'money');
  chart(money, 'money', overview.money.items.length > 0 ? () => drawMoney(overview.money, marks, width) : undefined, 'No amounts of money.');
  if (overview.money.unconverted.length > 0) {
    const note = html('p', { class: 'note' }, money, 'Not on the chart (no rate for the currency, or no number): ');
    overview.money.unconverted.forEach((item, n) => {
      if (n > 0) note.append(', ');
      const chip = html('span', { class: 'chip' }, note, item.label);
      marks.add(chip, item.marks, `“${item.label}”, not converted; ${plural(item.marks.length, 'mention')}`);
    });
  }
  if (overview.percents.length > 0) {
    const percents = section('percents', 'Percentages');
    percents.appendChild(drawPercents(overview.percents, marks, width));
  }

  const cast = section('cast', 'People and organisations');
  for (const [label, items] of [['People', overview.people], ['Organisations', overview.organisations]] as const) {
    html('h3', {}, cast, `${label} (${items.length})`);
    if (items.length === 0) {
      empty(cast, `No ${label.toLowerCase()} named.`);
      continue;
    }
    const ul = html('ul', { class: 'chips', 'aria-label': label }, cast);
    for (const item of items) {
      const chip = html('span', { class: `chip${item.id ? '' : ' unlisted'}` }, html('li', {}, ul), `${item.name} ${item.marks.length}`);
      marks.add(chip, item.marks, `${item.name}${item.id ? '' : ' (not in the gazetteer)'}: ${plural(item.marks.length, 'mention')}`);
    }
  }

  const claims = section('claims', 'Claims by verdict');
  if (overview.claims.items.length === 0) empty(claims, 'No claims extracted yet: run "GeoLens: Extract Claims".');
  else {
    const counts = html('p', { class: 'verdicts' }, claims);
    for (const [verdict, n] of Object.entries(overview.claims.byVerdict)) {
      if (n === 0) continue;
      html('span', { class: `verdict ${verdict}` }, counts, `${VERDICT_LABELS[verdict] ?? verdict} ${n}`);
    }
    const ol = html('ol', { class: 'claims' }, claims);
    for (const claim of overview.claims.items) {
      const li = html('li', { class: `verdict-${claim.verdict}` }, ol);
      html('span', { class: `verdict ${claim.verdict}` }, li, VERDICT_LABELS[claim.verdict] ?? claim.verdict);
      const text = html('span', { class: 'claim' }, li, claim.text.length > 160 ? `${claim.text.slice(0, 159)}…` : claim.text);
      marks.add(text, claim.marks, `${VERDICT_LABELS[claim.verdict]} claim: ${claim.text}`);
    }
  }
  if (cursor !== undefined) marks.highlight(cursor);
}

async function exportChart(chart: ChartName, format: ExportFormat, request?: number): Promise<void> {
  const element = charts.get(chart);
  if (!element) {
    post({ type: 'error', message: `The overview has no ${chart} to export for this document.` });
    return;
  }
  try {
    const data = format === 'svg' ? standaloneSvg(element) : await pngOf(element);
    post(request === undefined ? { type: 'exported', chart, format, data } : { type: 'exported', chart, format, data, request });
  } catch (error) {
    post({ type: 'error', message: `The ${chart} could not be exported as ${format.toUpperCase()}: ${error instanceof Error ? error.message : String(error)}` });
  }
}

function show(message: Extract<ToWebview, { type: 'overview' }>): void {
  const started = performance.now();
  render(message.title, message.overview);
  vscode.setState({ title: message.title, overview: message.overview });
  // Drawn when the browser has laid the panel out, the frame after the DOM is built.
  requestAnimationFrame(() => {
    const ms = Math.round(performance.now() - started);
    post(pageTiming ? { type: 'rendered', version: message.version, ms, timing: pageTiming } : { type: 'rendered', version: message.version, ms });
    pageTiming = undefined;
  });
}

window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
  const message = event.data;
  if (message.type === 'overview') show(message);
  else if (message.type === 'cursor') {
    cursor = message.offset;
    marks.highlight(message.offset);
  }
  else if (message.type === 'export') void exportChart(message.chart, message.format, message.request);
});

// Charts are drawn at the panel's width (text stays readable); drawn again when it changes much.
let resizeTimer: ReturnType<typeof setTimeout> | undefined;
new ResizeObserver(() => {
  if (resizeTimer) clearTimeout(resizeTimer);
  resizeTimer = setTimeout(() => {
    if (shown && Math.abs(Math.floor(root.clientWidth) - drawnWidth) > 24) render(shown.title, shown.overview);
  }, 150);
}).observe(root);

// The page carries the first overview; shown again after being hidden, the last one drawn is in
// the state: draw at once, then tell the extension which version that was.
const initialText = document.getElementById('initial')?.textContent;
const initial = initialText ? (JSON.parse(initialText) as ToWebview) : undefined;
const saved = vscode.getState() as { title: string; overview: Overview } | undefined;
if (initial?.type === 'overview') show(initial);
else if (saved?.overview) render(saved.title, saved.overview);
post({ type: 'ready', version: initial?.type === 'overview' ? initial.version : 0 });
