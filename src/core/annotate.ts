/**
 * The one entry point from text to annotations: entities and treaties from the gazetteer, figures
 * from the recogniser, overlaps resolved (longest wins; a name beats a figure of the same length),
 * sorted by start. Offsets are UTF-16 code units into `text`.
 */
import { recogniseFigures } from './figures';
import type { GazetteerIndex } from './gazetteer/gazetteerIndex';
import { matchEntities, type EntityMatch } from './match/entities';
import { notPlaces } from './match/notPlace';
import { senseOf, type SenseContext } from './match/sense';
import { TokenBuffer, tokenize, type Tokens } from './text/tokenize';
import { dropOthersSurnames, findUnlisted, lowerCaseWords } from './match/unlisted';
import { worldPlaceAnnotations } from './places/annotatePlaces';
import { findNamedFeatures, type NamedFeature } from './places/namedFeatures';
import type { Annotation, EntityAnnotation, FigureAnnotation, NamedAnnotation, Span, UnlistedAnnotation } from './types';

export interface AnnotateOptions {
  /**
   * ISO date of the document (fills the year of "December 26"); found in its header when absent;
   * null when the caller has looked already and it has none.
   */
  documentDate?: string | null;
  /**
   * Today, ISO `yyyy-mm-dd`, from the caller (the editor's clock, the CLI's `--today`): in a
   * document with no date of its own, "yesterday" or "on Tuesday" is counted from it and marked so.
   */
  today?: string;
}

/** How far into a document its dateline may be. */
const DATELINE_WINDOW = 3000;
const FRONT_MATTER_DATE = /^---\r?\n(?:.*\r?\n)*?date:\s*["']?(\d{4}-\d{2}-\d{2})/;

/** The document's own date: front matter `date:`, else the first full date near its top. */
export function findDocumentDate(text: string): string | undefined {
  const front = FRONT_MATTER_DATE.exec(text.slice(0, DATELINE_WINDOW));
  if (front) return front[1];
  const head = text.slice(0, DATELINE_WINDOW);
  for (const figure of recogniseFigures(head)) {
    if (figure.kind === 'date' && 'date' in figure.value && /^\d{4}-\d{2}-\d{2}$/.test(figure.value.date) && datelinePosition(head, figure.start, figure.end)) return figure.value.date;
  }
  return undefined;
}

/**
 * Whether a date stands where an article gives its own date, not inside its story ("The clash
 * happened on 3 March 2026" dates the clash): on a short line of its own ("Global Research, December
 * 28, 2023"), opening a dateline ("KABUL, 5 May 2026 —"), or after "Published" or "Updated".
 */
function datelinePosition(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const nextBreak = text.indexOf('\n', end);
  const lineEnd = nextBreak < 0 ? text.length : nextBreak;
  const rest = `${text.slice(lineStart, start)} ${text.slice(end, lineEnd)}`;
  if (rest.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length <= 8) return true;
  if (start - lineStart <= 40 && /^\s*(?:[—–-]{1,2}|:|\()/.test(text.slice(end, end + 4))) return true;
  return /\b(?:published|updated|posted|dated|last modified)\b[^\n]{0,24}$/i.test(text.slice(lineStart, start));
}

/**
 * Token columns reused from one call to the next: annotate runs to completion and keeps no tokens,
 * and allocating (and zeroing) the columns afresh was a tenth of its time. A document of more than
 * SHARED_TOKENS_MAX tokens (several megabytes) gets columns of its own, so that one huge file does
 * not leave them allocated for the life of the extension host.
 */
const sharedTokens = new TokenBuffer(4096);
const SHARED_TOKENS_MAX = 1 << 20;

function namedAnnotations(text: string, index: GazetteerIndex): (NamedAnnotation | UnlistedAnnotation)[] {
  // Articles average five to six characters a token: a quarter of the length is a safe first size.
  const expected = (text.length >> 2) + 16;
  if (expected > SHARED_TOKENS_MAX) return namedAnnotationsOf(text, index, tokenize(text));
  return namedAnnotationsOf(text, index, tokenize(text, sharedTokens.reserve(expected)));
}

function namedAnnotationsOf(text: string, index: GazetteerIndex, tokens: Tokens): (NamedAnnotation | UnlistedAnnotation)[] {
  const isLowerCaseWord = lowerCaseWords(tokens);
  // Names the gazetteer matched and then ruled out ("Andrew Jordan", "her son, Houston"): the world
  // layer must not bring them back as towns of the same name.
  const ruledOut: Span[] = [];
  const matched = gazetteerAnnotations(text, index, tokens, ruledOut);
  const named = dropOthersSurnames(text, tokens, matched, isLowerCaseWord);
  if (named.length < matched.length) {
    const kept = new Set(named);
    for (const a of matched) if (!kept.has(a)) ruledOut.push(a);
  }
  const unlisted = findUnlisted(text, tokens, named, isLowerCaseWord);
  if (unlisted.length === 0) return withNamedFeatures(text, tokens, withWorldPlaces(text, tokens, index, named, ruledOut), isLowerCaseWord);
  // The longer name wins: a country inside "Israel Defense Forces" is no annotation of its own.
  const all: (NamedAnnotation | UnlistedAnnotation)[] = [];
  let u = 0;
  // Index loops in these merges: as for…of they allocated an iterator result per name (0.5 MiB per MB annotated).
  for (let k = 0; k < named.length; k++) {
    const a = named[k];
    while (u < unlisted.length && unlisted[u].end <= a.start) all.push(unlisted[u++]);
    if (u < unlisted.length && unlisted[u].start <= a.start && a.end <= unlisted[u].end) continue;
    all.push(a);
  }
  while (u < unlisted.length) all.push(unlisted[u++]);
  return withNamedFeatures(text, tokens, withWorldPlaces(text, tokens, index, all, ruledOut), isLowerCaseWord);
}

/**
 * The names found so far with the streets, airports, rivers and camps the text names among them
 * (see places/namedFeatures.ts). A feature's name may hold a place ("Mississippi River"): the
 * longer name wins.
 */
function withNamedFeatures(text: string, tokens: Tokens, names: (NamedAnnotation | UnlistedAnnotation)[], isLowerCaseWord: (word: string) => boolean): (NamedAnnotation | UnlistedAnnotation)[] {
  // The annotation holding token i, if any (names are sorted and do not overlap): asked only about
  // the few tokens around a feature's noun, so a binary search beats marking every token.
  const holder = (i: number): NamedAnnotation | UnlistedAnnotation | undefined => {
    const at = tokens.starts[i];
    let lo = 0;
    let hi = names.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (names[mid].end <= at) lo = mid + 1;
      else if (names[mid].start > at) hi = mid - 1;
      else return names[mid];
    }
    return undefined;
  };
  const free = (i: number): boolean => {
    const a = holder(i);
    return a === undefined || (a.category === 'entity' && (a.kind === 'place' || a.kind === 'country'));
  };
  // A feature must hold whole annotations: one that reaches past its edge keeps its own span.
  // Both lists are sorted by start, so one pointer walks the names once.
  let n = 0;
  const features = findNamedFeatures(text, tokens, free, (i) => holder(i) !== undefined, isLowerCaseWord).filter((feature) => {
    const start = tokens.starts[feature.firstToken];
    const end = tokens.ends[feature.endToken - 1];
    while (n < names.length && names[n].end <= start) n++;
    for (let k = n; k < names.length && names[k].start < end; k++) if (names[k].start < start || names[k].end > end) return false;
    return true;
  });
  if (features.length === 0) return names;
  const all: (NamedAnnotation | UnlistedAnnotation)[] = [];
  let f = 0;
  for (let k = 0; k < names.length; k++) {
    const a = names[k];
    while (f < features.length && tokens.ends[features[f].endToken - 1] <= a.start) all.push(featureAnnotation(text, tokens, features[f++]));
    const feature = features[f];
    if (feature !== undefined && tokens.starts[feature.firstToken] <= a.start && a.end <= tokens.ends[feature.endToken - 1]) continue;
    all.push(a);
  }
  while (f < features.length) all.push(featureAnnotation(text, tokens, features[f++]));
  return all;
}

function featureAnnotation(text: string, tokens: Tokens, feature: NamedFeature): UnlistedAnnotation {
  const start = tokens.starts[feature.firstToken];
  const end = tokens.ends[feature.endToken - 1];
  const span = text.slice(start, end);
  return { start, end, text: span, category: 'entity', kind: 'place', listed: false, name: span, role: feature.feature };
}

/** The names found so far with the world layer's places among them, in order (see places/findPlaces.ts). */
function withWorldPlaces<T extends NamedAnnotation | UnlistedAnnotation>(text: string, tokens: Tokens, index: GazetteerIndex, names: T[], ruledOut: readonly Span[]): (T | EntityAnnotation)[] {
  const layer = index.places?.();
  if (layer === undefined) return names;
  const places = worldPlaceAnnotations(text, tokens, index, layer, names, ruledOut);
  if (places.length === 0) return names;
  const all: (T | EntityAnnotation)[] = [];
  let p = 0;
  for (let k = 0; k < names.length; k++) {
    const a = names[k];
    while (p < places.length && places[p].start <= a.start) all.push(places[p++]);
    // A longer name of the layer that starts with a gazetteer place replaces it ("Gaza City").
    if (p > 0 && places[p - 1].start <= a.start && a.end <= places[p - 1].end) continue;
    all.push(a);
  }
  while (p < places.length) all.push(places[p++]);
  return all;
}

/** `ruledOut` receives the country and place names matched and then found to name no place. */
function gazetteerAnnotations(text: string, index: GazetteerIndex, tokens: Tokens, ruledOut: Span[]): NamedAnnotation[] {
  const result: NamedAnnotation[] = [];
  // Object literals with every key in place (no spread, no keys added later): one hidden class per
  // shape, and the key order the JSON output has always had.
  const matches = matchEntities(text, tokens, index);
  // Country and place names that name no place here: in a URL, a currency, a language, a surname.
  // `places` is in the order of `matches`, so one pointer walks both.
  const places = matches.filter((m) => m.surface.kind === 'country' || m.surface.kind === 'place');
  const drop = notPlaces(text, tokens, places, (token) => startsAt(matches, token));
  // The three contexts the sense rules are asked in, made once per document rather than per name.
  const countryContext: SenseContext = { kind: 'country', capital: false, text };
  const capitalContext: SenseContext = { kind: 'place', capital: true, text };
  const placeContext: SenseContext = { kind: 'place', capital: false, text };
  let place = 0;
  for (const match of matches) {
    if (place < places.length && places[place] === match && drop[place++]) {
      ruledOut.push(match);
      continue;
    }
    const entry = match.surface;
    const { start, end } = match;
    const span = text.slice(start, end);
    if (entry.kind === 'treaty') {
      result.push({ start, end, text: span, id: entry.id, name: entry.name, category: 'treaty', kind: 'treaty' });
      continue;
    }
    if (entry.kind === 'country' || entry.kind === 'place') {
      const target = entry.kind === 'place' ? index.metonymTarget(entry.id) : undefined;
      // A demonym ("Indian exports") describes the nation; it never stands in for a government.
      const sense =
        match.demonym ? 'literal' : senseOf(tokens, match.firstToken, match.endToken, entry.kind === 'country' ? countryContext : target !== undefined ? capitalContext : placeContext);
      const annotation: EntityAnnotation =
        sense === 'metonymic'
          ? { start, end, text: span, id: entry.id, name: entry.name, category: 'entity', kind: entry.kind, sense, refersTo: (entry.kind === 'place' ? target : index.metonymTarget(entry.id)) ?? entry.id }
          : { start, end, text: span, id: entry.id, name: entry.name, category: 'entity', kind: entry.kind, sense };
      const coordinates = entry.entry.coordinates;
      if (coordinates !== undefined) annotation.coordinates = coordinates;
      result.push(annotation);
      continue;
    }
    const orgType = entry.kind === 'organisation' ? entry.entry.orgType : undefined;
    result.push(orgType ? { start, end, text: span, id: entry.id, name: entry.name, category: 'entity', kind: entry.kind, orgType } : { start, end, text: span, id: entry.id, name: entry.name, category: 'entity', kind: entry.kind });
  }
  return result;
}

/** Whether one of the matches (sorted by first token) starts at `token`. */
function startsAt(matches: readonly EntityMatch[], token: number): boolean {
  let lo = 0;
  let hi = matches.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = matches[mid].firstToken;
    if (at === token) return true;
    if (at < token) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/**
 * Merges two lists, each sorted by start and internally non-overlapping; where they overlap the
 * longer span wins, and a name beats a figure of the same length. One linear pass: the candidates
 * come in the order of a stable sort by start, then length descending, names before figures.
 */
function mergeByLength(named: (NamedAnnotation | UnlistedAnnotation)[], figures: FigureAnnotation[]): Annotation[] {
  const kept: Annotation[] = [];
  let a = 0;
  let b = 0;
  while (a < named.length || b < figures.length) {
    let candidate: Annotation;
    if (b >= figures.length) candidate = named[a++];
    else if (a >= named.length) candidate = figures[b++];
    else {
      const n = named[a];
      const f = figures[b];
      const figureFirst = f.start < n.start || (f.start === n.start && f.end - f.start > n.end - n.start);
      candidate = figureFirst ? figures[b++] : named[a++];
    }
    const last = kept[kept.length - 1];
    if (!last || candidate.start >= last.end) {
      kept.push(candidate);
      continue;
    }
    const lastLength = last.end - last.start;
    const length = candidate.end - candidate.start;
    if (length > lastLength || (length === lastLength && candidate.category !== 'figure' && last.category === 'figure')) {
      kept[kept.length - 1] = candidate;
    }
  }
  return kept;
}

export function annotate(text: string, index: GazetteerIndex, options: AnnotateOptions = {}): Annotation[] {
  if (text.length === 0) return [];
  const documentDate = options.documentDate === undefined ? findDocumentDate(text) : options.documentDate;
  const figures = recogniseFigures(text, documentDate ? { documentDate } : options.today ? { today: options.today } : undefined);
  return mergeByLength(namedAnnotations(text, index), figures);
}
