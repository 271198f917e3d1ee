/**
 * The data behind the overview panel (issue #16): which countries and places an article names and
 * how, its dates on a timeline, its money in one currency with the ratios between amounts, its
 * percentages, the people and organisations it names, and its claims by verdict. No drawing: the
 * webview draws this, the Markdown report writes it out. Every item keeps the spans of its
 * mentions ("marks") so that the panel and the text can point at each other.
 */
import { stripMarkdownEscapes } from '../cards/markdown';
import type { GazetteerIndex } from '../gazetteer/gazetteerIndex';
import { resolveAnchor } from '../notes/anchor';
import type { DocumentRecord } from '../notes/store';
import { VERDICT_ORDER, type Verdict } from '../notes/verdicts';
import type { Annotation, FigureAnnotation, Span } from '../types';
import { RATE_SOURCE, usdRate, type RateSource } from './exchangeRates';
import { buildTimeline, byTime, treatyPeriod, type Timeline, type TimelineItem } from './timeline';

export interface OverviewCountry {
  key: string;
  id: string;
  name: string;
  /** ISO 3166-1 numeric, as world maps key their shapes. */
  isoNumeric?: string;
  coordinates?: [number, number];
  literal: Span[];
  /** Mentions that stand for its government: "India" as an actor, "New Delhi", "the Kremlin". */
  metonymic: Span[];
}

export interface OverviewPlace {
  key: string;
  id: string;
  name: string;
  coordinates: [number, number];
  /** The country it is in or stands for. */
  country?: string;
  marks: Span[];
}

export interface MoneyItem {
  key: string;
  label: string;
  currency: string;
  /** As written, in `currency`. */
  low: number;
  high: number;
  bound?: 'lower' | 'upper' | 'approx';
  /** In US dollars, when the rate table has the currency. */
  usdLow?: number;
  usdHigh?: number;
  /** Units of `currency` per dollar, and the year whose average it is (absent for dollars). */
  rate?: { perUsd: number; year: number; asked?: number };
  marks: Span[];
}

/** How two amounts relate: `larger` is `low`–`high` times `smaller` (one number when they agree). */
export interface MoneyRatio {
  larger: string;
  smaller: string;
  low: number;
  high: number;
}

export interface PercentItem {
  key: string;
  label: string;
  value: number;
  bound?: 'lower' | 'upper' | 'approx';
  marks: Span[];
}

export interface NamedItem {
  key: string;
  /** Absent for a name no gazetteer lists. */
  id?: string;
  name: string;
  kind: 'person' | 'organisation' | 'bloc';
  orgType?: string;
  marks: Span[];
}

export interface OverviewClaim {
  key: string;
  text: string;
  verdict: Verdict;
  marks: Span[];
}

export interface Overview {
  countries: OverviewCountry[];
  places: OverviewPlace[];
  timeline: Timeline;
  money: {
    items: MoneyItem[];
    ratios: MoneyRatio[];
    /** Amounts in a currency the table lacks, or without a number ("billions of dollars"). */
    unconverted: MoneyItem[];
    /** The year whose rates convert the article's amounts (its date's, else today's). */
    year: number;
    source: RateSource;
  };
  percents: PercentItem[];
  people: NamedItem[];
  organisations: NamedItem[];
  claims: { items: OverviewClaim[]; byVerdict: Record<Verdict, number> };
}

export interface OverviewInput {
  text: string;
  annotations: readonly Annotation[];
  index: GazetteerIndex;
  /** The document's date (front matter or dateline), if it has one. */
  documentDate?: string;
  /** The caller's today (YYYY-MM-DD): the year for converting money in an undated document. */
  today: string;
  claims?: readonly { start: number; end: number; text: string; verdict: Verdict }[];
}

const span = (a: Span): Span => ({ start: a.start, end: a.end });
const byMentions = <T extends { marks: Span[]; name: string }>(a: T, b: T): number => b.marks.length - a.marks.length || a.name.localeCompare(b.name);

export function buildOverview(input: OverviewInput): Overview {
  const { annotations, index } = input;
  const countries = new Map<string, OverviewCountry>();
  const places = new Map<string, OverviewPlace>();
  const named = new Map<string, NamedItem>();
  const countryOf = (id: string): OverviewCountry | undefined => {
    let country = countries.get(id);
    if (country) return country;
    const entry = index.get(id);
    if (!entry || entry.kind !== 'country') return undefined;
    country = { key: `c:${id}`, id, name: entry.name, literal: [], metonymic: [] };
    const numeric = entry.facts.isoNumeric;
    if (typeof numeric === 'string' || typeof numeric === 'number') country.isoNumeric = String(numeric).padStart(3, '0');
    if (entry.coordinates) country.coordinates = entry.coordinates;
    countries.set(id, country);
    return country;
  };
  const figures: FigureAnnotation[] = [];
  const treaties = new Map<string, { label: string; marks: Span[] }>();
  for (const a of annotations) {
    if (a.category === 'figure') {
      figures.push(a);
      continue;
    }
    if (a.category === 'treaty') {
      const known = treaties.get(a.id);
      if (known) known.marks.push(span(a));
      else treaties.set(a.id, { label: stripMarkdownEscapes(a.text), marks: [span(a)] });
      continue;
    }
    if (a.category !== 'entity') continue;
    if (a.id === undefined) {
      // A street or river the text names has no point for the map, and is no one of the cast; nor is a storm.
      if (a.kind === 'person' || a.kind === 'organisation') addNamed(named, `u:${a.kind}:${a.name}`, { name: a.name, kind: a.kind }, a);
      continue;
    }
    if (a.kind === 'country') {
      const country = countryOf(a.id);
      if (country) (a.sense === 'metonymic' ? country.metonymic : country.literal).push(span(a));
    } else if (a.kind === 'place') {
      // A capital standing for its government is a metonymic mention of the country.
      if (a.sense === 'metonymic' && a.refersTo) countryOf(a.refersTo)?.metonymic.push(span(a));
      if (a.coordinates) {
        const place = places.get(a.id) ?? { key: `p:${a.id}`, id: a.id, name: a.name, coordinates: a.coordinates, marks: [] };
        const country = index.get(a.id)?.facts.country;
        if (typeof country === 'string') place.country = country;
        else if (a.refersTo) place.country = a.refersTo;
        place.marks.push(span(a));
        places.set(a.id, place);
      }
    } else if (a.kind === 'person' || a.kind === 'organisation' || a.kind === 'bloc') {
      addNamed(named, `n:${a.id}`, a.orgType ? { id: a.id, name: a.name, kind: a.kind, orgType: a.orgType } : { id: a.id, name: a.name, kind: a.kind }, a);
    }
  }
  const documentDate = input.documentDate;
  const year = Number((documentDate ?? input.today).slice(0, 4));
  const money = moneyOf(figures, year);
  const claimItems = (input.claims ?? []).map((c, n): OverviewClaim => ({ key: `k:${n}`, text: c.text, verdict: c.verdict, marks: [{ start: c.start, end: c.end }] }));
  const byVerdict = Object.fromEntries(VERDICT_ORDER.map((v) => [v, 0])) as Record<Verdict, number>;
  for (const claim of claimItems) byVerdict[claim.verdict]++;
  const namedItems = [...named.values()].sort(byMentions);
  return {
    countries: [...countries.values()].sort((a, b) => b.literal.length + b.metonymic.length - (a.literal.length + a.metonymic.length) || a.name.localeCompare(b.name)),
    places: [...places.values()].sort(byMentions),
    timeline: withTreaties(buildTimeline(figures, documentDate), treaties, index),
    money,
    percents: percentsOf(figures),
    people: namedItems.filter((n) => n.kind === 'person'),
    organisations: namedItems.filter((n) => n.kind !== 'person'),
    claims: { items: claimItems, byVerdict },
  };
}

/** The periods of the treaties named, from the gazetteer, beside the dates the text writes. */
function withTreaties(timeline: Timeline, treaties: ReadonlyMap<string, { label: string; marks: Span[] }>, index: GazetteerIndex): Timeline {
  const extra: TimelineItem[] = [];
  for (const [id, { label, marks }] of treaties) {
    const period = index.get(id)?.facts.period;
    const item = typeof period === 'string' ? treatyPeriod(label, period, marks) : undefined;
    // The text writes the same years ("2021–2031" beside the name): one bar is enough.
    if (item && !timeline.items.some((known) => known.start === item.start && known.end === item.end)) extra.push(item);
  }
  return extra.length === 0 ? timeline : { ...timeline, items: [...timeline.items, ...extra].sort(byTime) };
}

/**
 * A document's stored claims where their anchors still find them in `text`, with their verdicts,
 * in text order: the claims the overview counts (removed ones left out).
 */
export function storedClaimsIn(record: DocumentRecord | undefined, text: string): OverviewInput['claims'] {
  const claims = [];
  for (const claim of Object.values(record?.claims ?? {})) {
    if (claim.removed) continue;
    const span = resolveAnchor(text, claim.anchor);
    if (span) claims.push({ start: span.start, end: span.end, text: claim.text, verdict: claim.verdict });
  }
  return claims.sort((a, b) => a.start - b.start);
}

function addNamed(named: Map<string, NamedItem>, key: string, item: Omit<NamedItem, 'key' | 'marks'>, mention: Span): void {
  const known = named.get(key);
  if (known) known.marks.push(span(mention));
  else named.set(key, { key, ...item, marks: [span(mention)] });
}

function moneyOf(figures: readonly FigureAnnotation[], year: number): Overview['money'] {
  const grouped = new Map<string, MoneyItem>();
  const unconverted: MoneyItem[] = [];
  for (const figure of figures) {
    if (figure.kind !== 'money') continue;
    const v = figure.value as { amount?: number; min?: number; max?: number; currency?: string; bound?: MoneyItem['bound'] };
    const low = v.amount ?? v.min;
    const high = v.amount ?? v.max;
    if (v.currency === undefined || low === undefined || high === undefined) continue;
    const key = `m:${v.currency}:${low}:${high}:${v.bound ?? ''}`;
    const known = grouped.get(key);
    if (known) {
      known.marks.push(span(figure));
      continue;
    }
    const item: MoneyItem = { key, label: stripMarkdownEscapes(figure.text), currency: v.currency, low, high, marks: [span(figure)] };
    if (v.bound) item.bound = v.bound;
    const rate = usdRate(v.currency, year);
    if (rate) {
      item.usdLow = low / rate.perUsd;
      item.usdHigh = high / rate.perUsd;
      if (v.currency !== 'USD') item.rate = rate.asked === undefined ? { perUsd: rate.perUsd, year: rate.year } : { perUsd: rate.perUsd, year: rate.year, asked: rate.asked };
    }
    grouped.set(key, item);
  }
  const items: MoneyItem[] = [];
  for (const item of grouped.values()) (item.usdLow === undefined ? unconverted : items).push(item);
  items.sort((a, b) => (b.usdHigh ?? 0) - (a.usdHigh ?? 0) || (b.usdLow ?? 0) - (a.usdLow ?? 0));
  // Each amount against the next smaller one: the relations a reader checks first ("twice the target").
  const ratios: MoneyRatio[] = [];
  for (let i = 0; i + 1 < items.length; i++) {
    const larger = items[i];
    const smaller = items[i + 1];
    if (!smaller.usdLow || !smaller.usdHigh || larger.usdLow === undefined || larger.usdHigh === undefined) continue;
    const low = larger.usdLow / smaller.usdHigh;
    const high = larger.usdHigh / smaller.usdLow;
    if (high < 1.005) continue;
    ratios.push({ larger: larger.key, smaller: smaller.key, low, high });
  }
  return { items, ratios, unconverted, year, source: RATE_SOURCE };
}

function percentsOf(figures: readonly FigureAnnotation[]): PercentItem[] {
  const grouped = new Map<string, PercentItem>();
  for (const figure of figures) {
    if (figure.kind !== 'percent' || !('amount' in figure.value)) continue;
    const { amount, bound } = figure.value;
    const key = `%:${amount}:${bound ?? ''}`;
    const known = grouped.get(key);
    if (known) known.marks.push(span(figure));
    else grouped.set(key, bound ? { key, label: stripMarkdownEscapes(figure.text), value: amount, bound, marks: [span(figure)] } : { key, label: stripMarkdownEscapes(figure.text), value: amount, marks: [span(figure)] });
  }
  return [...grouped.values()].sort((a, b) => b.value - a.value);
}
