// Figures: GeoLens' figures against the Recognizers-Text English spec cases. A case passes on spans
// when GeoLens' figures of the file's kinds are exactly the expected spans (the spec's End is
// inclusive), and on values when, besides, each figure's normalised value is the expected one.
import { join } from 'node:path';
import { EVAL_DIR, readJson } from './lib.mjs';

const SPECS = join(EVAL_DIR, 'figures');

const close = (a, b) => typeof a === 'number' && Number.isFinite(b) && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

/** The day before an ISO date (Recognizers-Text range ends are exclusive, GeoLens period ends inclusive). */
function dayBefore(iso) {
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? iso : new Date(d.getTime() - 86400000).toISOString().slice(0, 10);
}

function dateMatches(figure, resolution) {
  const values = resolution?.values ?? [];
  const v = figure.value;
  if (figure.kind === 'date') return values.some((r) => r.timex === v.date || r.value === v.date);
  return values.some((r) => typeof r.start === 'string' && typeof r.end === 'string' && r.start.startsWith(v.start) &&
    (r.end.startsWith(v.end) || dayBefore(r.end).startsWith(v.end)));
}

const TASKS = [
  {
    name: 'currency', file: 'NumberWithUnit/English/CurrencyModel.json', published: [157, 180],
    kinds: (f) => f.kind === 'money',
    value: (f, r) => close(f.value.amount, Number(r.value)) && (!r.isoCurrency || f.value.currency === r.isoCurrency),
  },
  {
    name: 'percent', file: 'Number/English/PercentModel.json', published: [20, 20],
    kinds: (f) => f.kind === 'percent',
    value: (f, r) => close(f.value.amount, parseFloat(r.value)),
  },
  {
    // GeoLens does not annotate bare numbers (by design); any figure with an amount is compared.
    name: 'number', file: 'Number/English/NumberModel.json', published: [223, 235],
    kinds: (f) => typeof f.value.amount === 'number',
    value: (f, r) => close(f.value.amount, Number(r.value)),
  },
  {
    name: 'number range', file: 'Number/English/NumberRangeModel.json', published: null,
    kinds: (f) => typeof f.value.min === 'number',
    value: (f, r) => {
      const m = /^[[(]\s*([^,]*),\s*([^\])]*)[\])]$/.exec(r.value ?? '');
      return m !== null && (m[1] === '' || close(f.value.min, Number(m[1]))) && (m[2] === '' || close(f.value.max, Number(m[2])));
    },
  },
  {
    name: 'date (DateTimeModel)', file: 'DateTime/English/DateTimeModel.json', published: [724, 985],
    only: (c) => c.Results.length > 0 && c.Results.every((r) => /^datetimeV2\.date(?:range)?$/.test(r.TypeName ?? r.Typename)),
    kinds: (f) => f.kind === 'date' || f.kind === 'period',
    value: dateMatches,
    options: (c) => (c.Context?.ReferenceDateTime ? { documentDate: c.Context.ReferenceDateTime.slice(0, 10) } : {}),
    resolution: (r) => r.Resolution,
  },
];

function evalFile(core, task) {
  const all = readJson(join(SPECS, task.file));
  const cases = task.only ? all.filter(task.only) : all;
  let spans = 0;
  let values = 0;
  for (const c of cases) {
    // GeoLens puts a qualifier ("more than", "about") inside the span (DESIGN.md); Recognizers-Text
    // does not: its spans are compared from the amount on.
    const found = core.recogniseFigures(c.Input, task.options?.(c) ?? {}).filter(task.kinds).map((f) => {
      const qualifier = core.qualifierOf?.(f);
      return qualifier ? { ...f, start: f.start + qualifier.length + 1 } : f;
    });
    const expected = c.Results.map((r) => ({ start: r.Start, end: r.End + 1, resolution: r.Resolution }));
    const key = (s) => `${s.start}:${s.end}`;
    const want = new Set(expected.map(key));
    const spanPass = found.length === want.size && found.every((f) => want.has(key(f)));
    if (!spanPass) continue;
    spans++;
    if (expected.every((e) => found.some((f) => key(f) === key(e) && task.value(f, e.resolution ?? {})))) values++;
  }
  return { name: task.name, cases: cases.length, casesInFile: all.length, spanPass: spans, valuePass: values, published: task.published };
}

export function evalFigures(core) {
  return TASKS.map((task) => evalFile(core, task));
}
