/**
 * The two passes annotate makes over each paragraph (see documentAnnotator.ts): entities and
 * treaties from the gazetteer and unlisted names first; then the places layer, read with
 * what the whole document says, and overlaps resolved (longest wins; a name beats a figure of the
 * same length), sorted by start. Offsets are UTF-16 code units into the paragraph.
 */
import type { GazetteerIndex } from '../gazetteer/gazetteerIndex';
import { matchEntities, type EntityMatch } from '../match/entities';
import { notPlaces } from '../match/notPlace';
import { physicalPlace, senseOf, type SenseContext } from '../match/sense';
import type { Tokens } from '../text/tokenize';
import type { WordFacts } from '../match/documentWords';
import { dropOthersSurnames, findUnlisted, type EarlierIntroductions, type Introduction } from '../match/unlisted';
import { placeFactsOf, worldPlaceAnnotations, type BlockPlaceFacts, type DocumentPlaceFacts } from '../places/annotatePlaces';
import { findNamedFeatures, isStorm, type NamedFeature } from '../places/namedFeatures';
import type { Annotation, EntityAnnotation, FigureAnnotation, NamedAnnotation, Span, UnlistedAnnotation } from '../types';

/**
 * What a paragraph gives on its own, before the places layer: the gazetteer's names and the unlisted
 * ones, the names ruled out as no place, and what it tells the layer about the document. (Its
 * figures are read in a loop of their own: see documentAnnotator.ts.)
 */
export interface FirstPass {
  names: (NamedAnnotation | UnlistedAnnotation)[];
  /** Names the gazetteer matched and then ruled out ("Andrew Jordan", "her son, Houston"): the world layer must not bring them back as towns of the same name. */
  ruledOut: Span[];
  facts: BlockPlaceFacts;
  /** The people and organisations it introduces, whose bare surnames and acronyms later paragraphs use. */
  introductions: Introduction[];
}

/** Figures' reading of year-less and relative dates: the document's date, else the caller's today. */
export type FigureOptions = { documentDate: string } | { today: string } | undefined;

export function figureOptionsOf(documentDate: string | null | undefined, today: string | undefined): FigureOptions {
  return documentDate ? { documentDate } : today ? { today } : undefined;
}

const NO_FACTS: BlockPlaceFacts = { countries: [], placeKeys: [], personWords: [] };

/**
 * The first pass over one paragraph (`text` is the paragraph). Outside it, it reads only what it is
 * given: the document's words (`words`) and the names the paragraphs before it introduce (`earlier`).
 */
export function firstPass(text: string, index: GazetteerIndex, tokens: Tokens, words: WordFacts, earlier: EarlierIntroductions): FirstPass {
  const isLowerCaseWord = (word: string, hash?: number): boolean => words.hasLowerCase(word, hash);
  const ruledOut: Span[] = [];
  const matched = gazetteerAnnotations(text, index, tokens, ruledOut, words);
  const named = dropOthersSurnames(text, tokens, matched, isLowerCaseWord);
  if (named.length < matched.length) {
    const kept = new Set(named);
    for (const a of matched) if (!kept.has(a)) ruledOut.push(a);
  }
  const introductions: Introduction[] = [];
  const unlisted = findUnlisted(text, tokens, named, isLowerCaseWord, earlier, introductions);
  const names = unlisted.length === 0 ? named : withUnlisted(named, unlisted);
  const facts = index.places?.() === undefined ? NO_FACTS : placeFactsOf(tokens, index, names);
  return { names, ruledOut, facts, introductions };
}

/**
 * The second pass over one paragraph: the places layer, read with what the whole document says
 * (`document`), and the named features; then names and figures merged. `first` is this paragraph's
 * first pass; the layer may change its place annotations (a namesake moved to Texas), so a caller
 * that keeps `first` for another second pass gives a copy (see `copyFirstPass`).
 */
export function secondPass(text: string, index: GazetteerIndex, tokens: Tokens, first: FirstPass, figures: FigureAnnotation[], document: DocumentPlaceFacts, words: WordFacts): Annotation[] {
  const names = withNamedFeatures(text, tokens, withWorldPlaces(text, tokens, index, first.names, first.ruledOut, document), (word) => words.hasLowerCase(word));
  return mergeByLength(names, figures);
}

/** A first pass whose place annotations a second pass may change without changing `first`'s. */
export function copyFirstPass(first: FirstPass): FirstPass {
  const names = first.names.map((a) => (a.category === 'entity' && a.kind === 'place' ? copyAnnotation(a) : a));
  return { ...first, names };
}

/** A copy of an annotation with its own list of alternatives (callers may change what they are given). */
export function copyAnnotation<T extends Annotation>(a: T, shift = 0): T {
  // Cloned whole, then the offsets stored: the copy keeps the original's shape (spreading with the
  // offsets written in the literal made each copy a slower object, 2× the time of a whole list).
  const copy = { ...a };
  copy.start += shift;
  copy.end += shift;
  if ('alternatives' in copy && Array.isArray(copy.alternatives)) copy.alternatives = [...copy.alternatives];
  return copy;
}

/** The longer name wins: a country inside "Israel Defense Forces" is no annotation of its own. */
function withUnlisted(named: NamedAnnotation[], unlisted: UnlistedAnnotation[]): (NamedAnnotation | UnlistedAnnotation)[] {
  const all: (NamedAnnotation | UnlistedAnnotation)[] = [];
  let u = 0;
  // Index loops in these merges: as for…of they allocated an iterator result per name (0.5 MiB per MB annotated).
  for (let k = 0; k < named.length; k++) {
    const a = named[k];
    while (u < unlisted.length && unlisted[u].end <= a.start) all.push(unlisted[u++]);
    if (u < unlisted.length && unlisted[u].start <= a.start && a.end <= unlisted[u].end) continue;
    // An unlisted name that runs into a listed one ("…Miquelon Movement of the Future" into "Movement
    // of the Future Forces", fuzz seed 14759) is a guess whose end or start is wrong: the known name wins.
    while (u < unlisted.length && unlisted[u].start < a.end) u++;
    all.push(a);
  }
  while (u < unlisted.length) all.push(unlisted[u++]);
  return all;
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
  return { start, end, text: span, category: 'entity', kind: isStorm(feature.feature) ? 'event' : 'place', listed: false, name: span, role: feature.feature };
}

/** The names found so far with the world layer's places among them, in order (see places/findPlaces.ts). */
function withWorldPlaces<T extends NamedAnnotation | UnlistedAnnotation>(text: string, tokens: Tokens, index: GazetteerIndex, names: T[], ruledOut: readonly Span[], document: DocumentPlaceFacts): (T | EntityAnnotation)[] {
  const layer = index.places?.();
  if (layer === undefined) return names;
  const places = worldPlaceAnnotations(text, tokens, index, layer, names, ruledOut, document);
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
function gazetteerAnnotations(text: string, index: GazetteerIndex, tokens: Tokens, ruledOut: Span[], words: WordFacts): NamedAnnotation[] {
  const result: NamedAnnotation[] = [];
  // Object literals with every key in place (no spread, no keys added later): one hidden class per
  // shape, and the key order the JSON output has always had.
  const matches = matchEntities(text, tokens, index, words);
  // Country and place names that name no place here: in a URL, a currency, a language, a surname.
  // `places` is in the order of `matches`, so one pointer walks both.
  const places = matches.filter((m) => m.surface.kind === 'country' || m.surface.kind === 'place');
  const drop = notPlaces(text, tokens, places, (token) => startsAt(matches, token), (noun) => words.usesInProse(noun));
  // The three contexts the sense rules are asked in, made once per document rather than per name.
  const countryContext: SenseContext = { kind: 'country', capital: false, text };
  const capitalContext: SenseContext = { kind: 'place', capital: true, text };
  const placeContext: SenseContext = { kind: 'place', capital: false, text };
  const natureContext: SenseContext = { kind: 'place', capital: false, text, physical: true };
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
      const target = entry.kind === 'place' ? index.metonymTarget(entry.id, words) : undefined;
      // A demonym ("Indian exports") describes the nation; it never stands in for a government.
      const sense =
        match.demonym ? 'literal' : senseOf(tokens, match.firstToken, match.endToken, entry.kind === 'country' ? countryContext : target !== undefined ? capitalContext : physicalPlace(entry.entry.placeType) ? natureContext : placeContext);
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

