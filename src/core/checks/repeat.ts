/**
 * The same measure given two values in one document: "trade between India and Russia reached $65
 * billion in 2023" and, later, "the $50 billion trade between India and Russia in 2023". Two figures
 * are one measure only when everything agrees but the value: the same unit or currency, the same
 * single year in their sentences, at least one named party in common (and none the other lacks in
 * one of them: "exports to Germany" is not "exports to Iraq"), and a word of what is measured in
 * common ("trade", "tea exports") with no opposite ("exports" against "imports"). Figures of one
 * sentence are never compared (a sentence that gives two values compares them), nor figures a
 * sentence sets side by side with another year.
 */
import type { Annotation, FigureAnnotation, Span } from '../types';
import type { Finding } from './types';

/** What a sentence says is measured. Singular and plural alike. */
const MEASURE_WORDS = new Set([
  'trade', 'exports', 'export', 'imports', 'import', 'shipments', 'shipped', 'sales', 'revenue', 'revenues', 'income', 'spending', 'budget',
  'investment', 'investments', 'aid', 'assistance', 'loan', 'loans', 'debt', 'deficit', 'surplus', 'output', 'production', 'gdp', 'reserves',
  'remittances', 'tariffs', 'subsidies', 'oil', 'gas', 'coal', 'grain', 'wheat', 'rice', 'tea', 'coffee', 'cocoa', 'soybean', 'soybeans',
  'lithium', 'copper', 'gold', 'diamonds', 'arms', 'weapons', 'troops', 'soldiers', 'casualties', 'deaths', 'dead', 'killed', 'displaced',
  'refugees', 'migrants', 'families', 'households', 'people', 'population', 'votes', 'seats', 'turnout', 'tourists', 'visitors', 'arrivals',
]);
/** Words that make two measures different even when the rest agrees. */
const OPPOSITES: readonly [string, string][] = [
  ['exports', 'imports'], ['export', 'import'], ['revenue', 'spending'], ['surplus', 'deficit'], ['oil', 'gas'], ['deaths', 'displaced'],
];

/** How many earlier figures of the same unit and year a figure is compared with. */
const MAX_EARLIER = 200;

interface Stated {
  figure: FigureAnnotation;
  sentence: number;
  value: number;
  unit: string;
  year: string;
  parties: Set<string>;
  words: Set<string>;
  approximate: boolean;
}

const valueOf = (f: FigureAnnotation): { value: number; unit: string } | undefined => {
  const v = f.value as { amount?: number; currency?: string; unit?: string; min?: number };
  if (typeof v.amount !== 'number' || 'min' in v) return undefined;
  if (f.kind === 'money' && v.currency) return { value: v.amount, unit: v.currency };
  if (f.kind === 'quantity' && v.unit) return { value: v.amount, unit: v.unit };
  return undefined;
};

export function repeatFindings(text: string, sentences: readonly Span[], annotations: readonly Annotation[]): Finding[] {
  const stated: Stated[] = [];
  let a = 0;
  sentences.forEach((s, index) => {
    while (a < annotations.length && annotations[a].end <= s.start) a++;
    const inside: Annotation[] = [];
    for (let k = a; k < annotations.length && annotations[k].start < s.end; k++) inside.push(annotations[k]);
    const years = new Set<string>();
    for (const x of inside) {
      if (x.category !== 'figure') continue;
      const iso = 'date' in x.value ? x.value.date : 'start' in x.value && x.kind === 'period' ? x.value.start : undefined;
      const year = iso ? /^(\d{4})/.exec(iso)?.[1] : undefined;
      if (year) years.add(year);
    }
    if (years.size !== 1) return;
    const measured = inside.filter((x): x is FigureAnnotation => x.category === 'figure' && valueOf(x) !== undefined);
    // Two values of one unit in a sentence: it compares them ("up from", "while").
    const units = measured.map((f) => valueOf(f)?.unit);
    const parties = new Set(inside.flatMap((x) => (x.category === 'entity' && x.id !== undefined ? [x.refersTo ?? x.id] : [])));
    if (parties.size === 0) return;
    const words = new Set((text.slice(s.start, s.end).toLowerCase().match(/\p{L}+/gu) ?? []).filter((w) => MEASURE_WORDS.has(w)).map((w) => w.replace(/s$/, '')));
    if (words.size === 0) return;
    for (const f of measured) {
      const v = valueOf(f);
      if (!v || units.filter((u) => u === v.unit).length > 1) continue;
      stated.push({ figure: f, sentence: index, value: v.value, unit: v.unit, year: [...years][0], parties, words, approximate: 'bound' in f.value && f.value.bound !== undefined });
    }
  });

  const findings: Finding[] = [];
  const reported = new Set<Stated>();
  // Only figures of one unit and one year can be one measure: compare within those groups.
  const groups = new Map<string, Stated[]>();
  for (const x of stated) {
    const key = `${x.unit}\u0000${x.year}`;
    const group = groups.get(key);
    if (group) group.push(x);
    else groups.set(key, [x]);
  }
  for (const group of groups.values()) for (let j = 1; j < group.length; j++) {
    const later = group[j];
    // The nearest earlier ones: a compiled dossier repeating one figure thousands of times stays linear.
    for (let i = Math.max(0, j - MAX_EARLIER); i < j; i++) {
      const earlier = group[i];
      if (earlier.sentence === later.sentence || reported.has(later)) continue;
      const shared = [...earlier.parties].filter((p) => later.parties.has(p));
      const [fewer, more] = earlier.parties.size <= later.parties.size ? [earlier.parties, later.parties] : [later.parties, earlier.parties];
      if (shared.length === 0 || ![...fewer].every((p) => more.has(p))) continue;
      if (![...earlier.words].some((w) => later.words.has(w))) continue;
      if (OPPOSITES.some(([x, y]) => (earlier.words.has(x.replace(/s$/, '')) && later.words.has(y.replace(/s$/, ''))) || (earlier.words.has(y.replace(/s$/, '')) && later.words.has(x.replace(/s$/, ''))))) continue;
      const tolerance = earlier.approximate || later.approximate ? 0.1 : 0.05;
      const bigger = Math.max(earlier.value, later.value);
      if (Math.abs(earlier.value - later.value) <= tolerance * bigger) continue;
      reported.add(later);
      findings.push({
        start: later.figure.start,
        end: later.figure.end,
        kind: 'repeat',
        message: `${later.figure.text.trim()} here, but ${earlier.figure.text.trim()} earlier for what reads as the same measure (${later.year}).`,
        related: [{ start: earlier.figure.start, end: earlier.figure.end }],
        stated: later.figure.text.trim(),
        computed: `${earlier.figure.text.trim()} earlier`,
      });
    }
  }
  return findings;
}
