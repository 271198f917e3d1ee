/**
 * Hover-card content for an annotation, as Markdown whose every piece of gazetteer or document text
 * is escaped (the VS Code layer renders it untrusted, without HTML).
 */
import type { GazetteerIndex } from '../gazetteer/gazetteerIndex';
import { FACT_LABELS, type Entry, type FactValue } from '../gazetteer/schema';
import { isUnlisted, type Annotation, type FigureAnnotation, type NamedAnnotation, type UnlistedAnnotation } from '../types';
import { findDocumentDate } from '../annotation/annotate';
import { lastDayNumber } from '../text/isoDays';
import { splitSentences } from '../text/sentences';
import { electionSince, officeHolders, staleness } from './currency';
import { dayLine, monthLine, periodLine } from './dayLine';
import { describeValue, formatIsoDate, formatRatio } from './format';
import { escapeMarkdown as esc, safeLink, stripMarkdownEscapes } from './markdown';
import { english, type Translate } from './translate';

export { english, type Translate };

export interface CardContext {
  index: GazetteerIndex;
  /** Localises the card's fixed words (labels, sentences); gazetteer text stays as written. */
  translate?: Translate;
  /** All annotations of the document, for comparisons between figures. */
  annotations?: readonly Annotation[];
  /** The document text, to say which paragraph another figure is in. */
  text?: string;
  /** Today (ISO date), for saying which facts may be out of date; without it, nothing is flagged. */
  today?: string;
  /** Facts older than this many days are flagged (default 180). */
  staleAfterDays?: number;
  /**
   * The document's own date when the caller has worked it out already (null: it has none); else
   * it is found in `text` when a date's card needs it.
   */
  documentDate?: string | null;
}

const KIND_LABELS: Record<string, string> = {
  country: 'Country',
  place: 'Place',
  person: 'Person',
  organisation: 'Organisation',
  bloc: 'Bloc',
  system: 'Military system',
  project: 'Project',
  event: 'Event',
  treaty: 'Treaty or agreement',
  money: 'Money',
  percent: 'Percentage',
  quantity: 'Quantity',
  date: 'Date',
  period: 'Period',
};

const MAX_RELATED = 8;
const MAX_COMPARISONS = 4;

function nameOf(id: string, index: GazetteerIndex): string {
  return index.get(id)?.name ?? id;
}

/** An ISO date or year-month inside a fact's text ("1996-04-11 (opened for signature)"). */
const ISO_DATE_IN_TEXT = /\b\d{4}-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?\b/g;

/** Facts are text, or ids of other entries, which are shown by name; dates in them are written out. */
function factText(value: FactValue, index: GazetteerIndex): string {
  const one = (item: string): string => {
    const entry = /^[a-z0-9][a-z0-9._:-]*$/.test(item) ? index.get(item) : undefined;
    if (entry) return esc(entry.name);
    return esc(item.replace(ISO_DATE_IN_TEXT, (date) => formatIsoDate(date)));
  };
  if (Array.isArray(value)) return value.map(one).join(', ');
  if (typeof value === 'string') return one(value);
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return esc(String(value));
}

function factLines(entry: Entry, index: GazetteerIndex, t: Translate): string[] {
  const keys = Object.keys(entry.facts);
  const known = Object.keys(FACT_LABELS).filter((key) => keys.includes(key));
  const others = keys.filter((key) => !(key in FACT_LABELS)).sort();
  return [...known, ...others].map((key) => {
    const label = FACT_LABELS[key] ? t(FACT_LABELS[key]) : key.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (c) => c.toUpperCase());
    return `**${esc(label)}:** ${factText(entry.facts[key], index)}`;
  });
}

function sourcesLine(entry: Entry, t: Translate): string | undefined {
  if (entry.sources.length === 0) return undefined;
  const items = entry.sources.map((source) => (source.date ? `${safeLink(source.title, source.url)} (${esc(source.date)})` : safeLink(source.title, source.url)));
  return t('Sources: {0}', items.join(' · '));
}

function senseLine(annotation: NamedAnnotation, index: GazetteerIndex, t: Translate): string | undefined {
  if (annotation.category !== 'entity' || annotation.sense === undefined) return undefined;
  if (annotation.sense === 'metonymic') {
    const target = annotation.refersTo ?? annotation.id;
    // A bloc or body has institutions, not a government: "Brussels" stands for the EU's.
    const kind = index.get(target)?.kind;
    if (kind !== undefined && kind !== 'country') return t('*Here:* "{0}" stands for the institutions of the {1} (metonymy), not the place itself.', esc(annotation.text), esc(nameOf(target, index)));
    return t('*Here:* "{0}" stands for the government of {1} (metonymy), not the place itself.', esc(annotation.text), esc(nameOf(target, index)));
  }
  return annotation.kind === 'place' && index.metonymTarget(annotation.id) ? t('*Here:* the place itself (literal sense).') : undefined;
}

/** "Former Prime Minister of Hungary, 2010–2026": an office holder who has left it says so first. */
function formerLine(entry: Entry, index: GazetteerIndex, t: Translate): string | undefined {
  const until = entry.facts.until;
  if (entry.kind !== 'person' || typeof until !== 'string') return undefined;
  const office = typeof entry.facts.office === 'string' ? entry.facts.office : t('office holder');
  const countryName = typeof entry.facts.country === 'string' ? nameOf(entry.facts.country, index) : undefined;
  // "President of the Republic of Niger" names its country already.
  const country = countryName && !office.includes(countryName) ? ` ${t('of {0}', countryName)}` : '';
  const since = typeof entry.facts.since === 'string' ? `${entry.facts.since.slice(0, 4)}–` : t('until ');
  return t('**Former** {0}', esc(`${office}${country}, ${since}${until.slice(0, 4)}`));
}

/**
 * A country's current head of state and of government, with their offices and since when; a holder
 * whose term has ended before any source named the successor is shown with that warning, not as current.
 */
function leaderLines(country: string, index: GazetteerIndex, t: Translate, today: string | undefined): string[] {
  const now = today === undefined ? undefined : lastDayNumber(today);
  return officeHolders(index, country).map((person) => {
    const role = String(person.facts.role);
    const label = /head of state and government/.test(role) ? t('Head of state and government') : /head of state/.test(role) ? t('Head of state') : t('Head of government');
    const detail = [typeof person.facts.office === 'string' ? person.facts.office : '', typeof person.facts.since === 'string' ? t('since {0}', formatIsoDate(person.facts.since)) : ''].filter(Boolean).join(', ');
    const asOf = person.asOf ? (detail ? t(' (as of {0})', formatIsoDate(person.asOf)) : t('as of {0}', formatIsoDate(person.asOf))) : '';
    const termEnds = typeof person.facts.termEnds === 'string' ? person.facts.termEnds : undefined;
    const ended = termEnds !== undefined && now !== undefined && (lastDayNumber(termEnds) ?? Infinity) < now;
    // A holder on the way out ("announced his resignation…") says so on the country's card too.
    const status = typeof person.facts.status === 'string' ? t('; {0}', person.facts.status.replace(/^./, (c) => c.toLowerCase())) : '';
    // A prime minister's parliament was elected after these facts were written: the government may have changed.
    const election = !ended && status === '' && role === 'head of government' ? electionSince(index, person, today) : undefined;
    const elected = election ? t('; an election to the {0} was due ({1}): check', election.chamber.name, election.when) : '';
    const rest = `${detail}${asOf}${ended ? t('; term ended {0}, successor not confirmed: check', formatIsoDate(termEnds)) : ''}${status}${elected}`;
    return `**${esc(label)}:** ${esc(person.name)}${rest ? ` — ${esc(rest)}` : ''}`;
  });
}

/** Roles a country card names after its leaders, in this order, with their labels. */
const CABINET_ROLES: readonly [role: string, label: string][] = [
  ['foreign minister', 'Foreign minister'],
  ['defence minister', 'Defence minister'],
  ['finance minister', 'Finance minister'],
  ['central bank governor', 'Central bank'],
];

/**
 * Whether the person holds the role for this country: a central banker heads the bank of the
 * organisation named in their facts, which must be the country's own (Christine Lagarde is French,
 * but the ECB is no French bank).
 */
function servesCountry(person: Entry, country: string, index: GazetteerIndex): boolean {
  if (person.facts.role !== 'central bank governor' || typeof person.facts.organisation !== 'string') return true;
  return index.get(person.facts.organisation)?.facts.country === country;
}

/** The country's foreign, defence and finance ministers and central bank governor, where the gazetteer has them. */
function cabinetLines(country: string, index: GazetteerIndex, t: Translate, today?: string): string[] {
  const now = today === undefined ? undefined : lastDayNumber(today);
  const people = index.peopleOf(country).filter((p) => p.facts.until === undefined && p.facts.country === country && servesCountry(p, country, index));
  return CABINET_ROLES.flatMap(([role, label]) =>
    people
      .filter((p) => p.facts.role === role)
      .map((p) => {
        const since = typeof p.facts.since === 'string' ? t('since {0}', formatIsoDate(p.facts.since)) : '';
        const asOf = p.asOf ? t(' (as of {0})', formatIsoDate(p.asOf)) : '';
        // "Acting governor" on a one-year mandate that has run out: say so, as for a leader.
        const termEnds = typeof p.facts.termEnds === 'string' ? p.facts.termEnds : undefined;
        const ended = termEnds !== undefined && now !== undefined && (lastDayNumber(termEnds) ?? Infinity) < now ? t('; term ended {0}, successor not confirmed: check', formatIsoDate(termEnds)) : '';
        const rest = `${since}${asOf}`.trim() + ended;
        return `**${esc(t(label))}:** ${esc(p.name)}${rest ? ` — ${esc(rest)}` : ''}`;
      }),
  );
}

function entityCard(annotation: NamedAnnotation, context: CardContext): string {
  const { index } = context;
  const t = context.translate ?? english;
  const entry = index.get(annotation.id);
  const lines: string[] = [`**${esc(annotation.name)}** · ${t(KIND_LABELS[annotation.kind] ?? annotation.kind)}`];
  if (!entry) return lines.join('\n\n');
  if (entry.summary) lines.push(esc(entry.summary));
  const former = formerLine(entry, index, t);
  if (former) lines.push(former);
  const sense = senseLine(annotation, index, t);
  if (sense) lines.push(sense);
  // Who governs a country is what a reader hovers it for: before its capital and codes.
  if (entry.kind === 'country') {
    const leaders = [...leaderLines(entry.id, index, t, context.today), ...cabinetLines(entry.id, index, t, context.today)];
    if (leaders.length > 0) lines.push(leaders.join('  \n'));
  }
  const facts = factLines(entry, index, t);
  if (facts.length > 0) lines.push(facts.join('  \n'));
  const metonyms = index.metonymsFor(entry.id).map((id) => nameOf(id, index));
  if (metonyms.length > 0) lines.push(t('**Also stands for it:** {0}', metonyms.map(esc).join(', ')));
  const related = entry.related.filter((id) => index.get(id)).slice(0, MAX_RELATED);
  if (related.length > 0) lines.push(t('**Related:** {0}', related.map((id) => esc(nameOf(id, index))).join(' · ')));
  // A name many places share: which one this is was a choice, and the reader should see the others.
  const others = annotation.category === 'entity' ? (annotation.alternatives ?? []) : [];
  if (others.length > 0) lines.push(t('**Other places of this name:** {0}', others.map((id) => esc(nameOf(id, index))).join(' · ')));
  const sources = sourcesLine(entry, t);
  if (sources) lines.push(sources);
  if (entry.asOf) lines.push(t('*As of {0}.*', esc(formatIsoDate(entry.asOf))));
  const stale = staleness(entry, context.today, context.staleAfterDays);
  if (stale.reasons.length > 0) {
    lines.push(t('⚠ *May be out of date: check.* {0}{1}.', stale.reasons.join('; ').replace(/^./, (c) => c.toUpperCase()), stale.asOf ? t(' (facts as of {0})', esc(formatIsoDate(stale.asOf))) : ''));
  }
  // A workspace file may override a bundled entry: the reader should know whose words these are.
  if (entry.origin) lines.push(t('*From {0}, not the bundled gazetteer.*', esc(entry.origin)));
  return lines.join('\n\n');
}

/** The number a figure compares on, and what "same unit" means for it. */
/** The numbers a figure compares on (one, or a range's two ends) and what "same unit" means. */
function comparable(figure: FigureAnnotation): { low: number; high: number; unit: string } | undefined {
  const v = figure.value as unknown as Record<string, unknown>;
  const unit = typeof v.currency === 'string' ? `money:${v.currency}` : typeof v.unit === 'string' ? `unit:${v.unit}` : undefined;
  if (!unit || v.approximate === true) return undefined;
  if (typeof v.amount === 'number') return { low: v.amount, high: v.amount, unit };
  if (typeof v.min === 'number' && typeof v.max === 'number') return { low: v.min, high: v.max, unit };
  return undefined;
}

function paragraphOf(text: string, offset: number): number {
  return Math.max(1, text.slice(0, offset + 1).split(/\n[ \t]*\r?\n/).filter((block) => block.trim() !== '').length);
}

function comparisons(figure: FigureAnnotation, context: CardContext): string[] {
  const own = comparable(figure);
  if (!own || own.low === 0 || !context.annotations) return [];
  // One comparison per other value, with its occurrence nearest to the hovered figure, nearest first.
  const nearest = new Map<string, { other: FigureAnnotation; theirs: { low: number; high: number } }>();
  for (const other of context.annotations) {
    if (other.category !== 'figure' || other.start === figure.start) continue;
    const theirs = comparable(other);
    if (!theirs || theirs.unit !== own.unit || theirs.low === 0) continue;
    const key = `${theirs.low}:${theirs.high}`;
    if (key === `${own.low}:${own.high}`) continue;
    const known = nearest.get(key);
    if (!known || Math.abs(other.start - figure.start) < Math.abs(known.other.start - figure.start)) nearest.set(key, { other, theirs });
  }
  const t = context.translate ?? english;
  return [...nearest.values()]
    .sort((a, b) => Math.abs(a.other.start - figure.start) - Math.abs(b.other.start - figure.start))
    .slice(0, MAX_COMPARISONS)
    .map(({ other, theirs }) => {
      const where = context.text ? ` ${t('in paragraph {0}', paragraphOf(context.text, other.start))}` : '';
      // Against a range, the ratio is a range too: own ÷ its high end to own ÷ its low end.
      const low = own.low / theirs.high;
      const high = own.high / theirs.low;
      const ratio = formatRatio(low, high);
      const target = theirs.low === theirs.high ? `the ${esc(stripMarkdownEscapes(other.text))}` : `“${esc(stripMarkdownEscapes(other.text))}”`;
      return `= ${ratio} ${target}${where}`;
    });
}

function sameValueCount(figure: FigureAnnotation, context: CardContext): number {
  const own = comparable(figure);
  if (!own || !context.annotations) return 0;
  return context.annotations.filter((a) => {
    if (a.category !== 'figure' || a.start === figure.start) return false;
    const theirs = comparable(a);
    return theirs !== undefined && theirs.unit === own.unit && theirs.low === own.low && theirs.high === own.high;
  }).length;
}

/** Whether a date or period has a year in its value that its text does not write. */
function yearFromDocument(figure: FigureAnnotation): boolean {
  if (figure.kind !== 'date' && figure.kind !== 'period') return false;
  const value = figure.value as { date?: string; start?: string };
  return /^\d{4}/.test(value.date ?? value.start ?? '') && !/\d{4}/.test(figure.text);
}

function figureCard(figure: FigureAnnotation, context: CardContext): string {
  const t = context.translate ?? english;
  const lines = [`**${esc(stripMarkdownEscapes(figure.text))}** · ${t(KIND_LABELS[figure.kind])}`, t('**Value:** {0}', esc(describeValue(figure)))];
  // "this year", "in March", "December 26": the year is not written but read from the document's
  // date; say which, so that it can be checked.
  const dated = figure.kind === 'date' || figure.kind === 'period';
  const documentDate = !dated ? undefined : context.documentDate !== undefined ? (context.documentDate ?? undefined) : context.text !== undefined ? findDocumentDate(context.text) : undefined;
  const counted = documentDate !== undefined && yearFromDocument(figure);
  if (counted) lines.push(t("Counted from the document's date, {0}.", esc(formatIsoDate(documentDate))));
  const fromToday = (figure.value as { from?: string }).from === 'today';
  if (fromToday) {
    lines.push(
      t('Counted from today: this document has no date of its own. A date in its front matter (`date: YYYY-MM-DD`, a quick fix here adds it) makes it count from the day it was written.'),
    );
  }
  if (figure.kind === 'date') {
    const { date } = figure.value as { date: string };
    const line = dayLine(date, documentDate, !counted, t, formatIsoDate) ?? (counted ? undefined : monthLine(date, documentDate, t, formatIsoDate));
    if (line) lines.push(esc(line));
  }
  if (figure.kind === 'period') {
    const { start, end } = figure.value as { start: string; end: string };
    const line = periodLine(start, end, documentDate, !counted, t, formatIsoDate);
    if (line) lines.push(esc(line));
  }
  const compared = comparisons(figure, context);
  if (compared.length > 0) lines.push(compared.join('  \n'));
  const repeats = sameValueCount(figure, context);
  if (repeats > 0) lines.push(repeats === 1 ? t('The same value appears 1 more time in this document.') : t('The same value appears {0} more times in this document.', repeats));
  return lines.join('\n\n');
}

/** The hover card for one annotation. */
export function cards(annotation: Annotation, context: CardContext): string {
  if (annotation.category === 'figure') return figureCard(annotation, context);
  return isUnlisted(annotation) ? unlistedCard(annotation, context) : entityCard(annotation, context);
}

/**
 * A name no gazetteer lists: what the document says of it, so a reader can judge it (and add it to
 * the workspace gazetteer from the quick fix).
 */
function unlistedCard(annotation: UnlistedAnnotation, context: CardContext): string {
  const t = context.translate ?? english;
  const lines = [`**${esc(annotation.name)}** · ${t(KIND_LABELS[annotation.kind])} · ${t('not in the gazetteer')}`];
  // A place's role is the noun in its name ("Royal Street"): what kind of place the text says it is.
  if (annotation.role) lines.push(annotation.kind === 'place' || annotation.kind === 'event' ? t('**Named as:** a {0}', esc(annotation.role)) : t('**Called here:** {0}', esc(annotation.role)));
  const sentence = context.text !== undefined ? introducingSentence(context.text, context.annotations ?? [], annotation) : undefined;
  if (sentence) lines.push(t('**Introduced in:** “{0}”', esc(sentence)));
  lines.push(t('*GeoLens found this name from how the text introduces it; no gazetteer vouches for it. Add it to your workspace gazetteer to give it a card.*'));
  return lines.join('\n\n');
}

/**
 * The sentence where the document first gives the name in full, split as claims are (abbreviations,
 * quotes, Markdown blocks) from the text around it: at most 300 characters on each side are read.
 */
function introducingSentence(text: string, annotations: readonly Annotation[], annotation: UnlistedAnnotation): string | undefined {
  const first = annotations.find((a) => isUnlisted(a) && a.name === annotation.name && a.text === annotation.name) ?? annotation;
  const from = Math.max(0, first.start - 300);
  const around = text.slice(from, Math.min(text.length, first.end + 300));
  const sentence = splitSentences(around).find((s) => s.start <= first.start - from && first.end - from <= s.end);
  return sentence ? sentence.text : undefined;
}
