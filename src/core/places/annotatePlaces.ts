/**
 * The world layer's places as annotations: what the finder needs to know of the names annotate
 * found before it (which tokens they cover, which countries and people the document names), and
 * the annotations it makes of the places it finds.
 */
import type { GazetteerIndex } from '../gazetteer/gazetteerIndex';
import { aliasKey } from '../gazetteer/aliasKey';
import { GIVEN_NAMES } from '../match/notPlace';
import { senseOf, type SenseContext } from '../match/sense';
import { ScratchBytes, ScratchInts } from '../text/scratch';
import { hashString, normAt, TOKEN_CAPITALISED, TOKEN_WORD, type Tokens } from '../text/tokenize';
import type { EntityAnnotation, NamedAnnotation, Span, UnlistedAnnotation } from '../types';
import { choosePlaces, FROM_NOUNS, homeRegion, normsOf, PLACE_PREPOSITIONS, placeCandidates, RegionKeys, relocateNamesakes, type FindPlacesContext, type GazetteerPlace, type PlaceMention, type Relocation } from './findPlaces';
import { partyStateAt, stateAbbreviationAt } from './usStates';
import { demonymAt } from './regionalDemonyms';
import type { Place, WorldPlaces } from './worldPlaces';

/** Region names' alias keys, made once for all documents. */
let regionKeys: RegionKeys | undefined;
/** worldPlaceAnnotations' working arrays (see text/scratch.ts). */
const SCRATCH_COVERED = new ScratchBytes();
const SCRATCH_PLACE_ENDS = new ScratchInts();
/**
 * A bit per value of the low 20 bits of the given names' hashes: a capitalised word's own hash rules
 * most of them out with one typed-array read, before its word is made.
 */
let givenNameBits: Uint32Array | undefined;

const CAPITALISED_WORD = TOKEN_CAPITALISED | TOKEN_WORD;

/** Tokens inside any of the spans (sorted by start) get a 1 in `covered`. */
function cover(tokens: Tokens, spans: readonly Span[], covered: Uint8Array): void {
  const { count, starts, ends } = tokens;
  let t = 0;
  for (const a of spans) {
    while (t < count && ends[t] <= a.start) t++;
    for (let k = t; k < count && starts[k] < a.end; k++) covered[k] = 1;
  }
}

/**
 * One pass for two kinds of mention where no other annotation is: the people of a region or a big
 * city ("Manitobans", see regionalDemonyms.ts) and a state after a party's letter ("Rep. James
 * Clyburn, D-S.C.").
 */
function peopleAndPartyStates(text: string, tokens: Tokens, places: WorldPlaces, covered: Uint8Array): PlaceMention[] {
  const found: PlaceMention[] = [];
  const free = (i: number): boolean => covered[i] === 0;
  const { count, starts, ends, flags } = tokens;
  for (let i = 0; i < count; i++) {
    // Only capitalised words: a demonym of six letters or more, a party's letter, or a state.
    if ((flags[i] & TOKEN_CAPITALISED) === 0) continue;
    // "in S.C. today", "a missing Ill. man", "Bethel, Vt.": an AP abbreviation alone is the state
    // after a preposition of place or a name and a comma, or before a noun of its people, officials
    // or places (a postal code alone never is).
    if (text.charCodeAt(ends[i]) === 0x2e && free(i)) {
      const state = standaloneStateAt(text, tokens, i, places, covered);
      if (state !== undefined) {
        found.push(state);
        i = state.endToken - 1;
        continue;
      }
    }
    if (ends[i] - starts[i] !== 1) {
      const demonym = demonymAt(tokens, i, places, free);
      if (demonym !== undefined) found.push(demonym);
      continue;
    }
    // A one-letter capitalised token right before a hyphen: the party's letter.
    if (text.charCodeAt(ends[i]) !== 0x2d) continue;
    const state = partyStateAt(text, tokens.starts[i]);
    if (state === undefined) continue;
    const row = places.regionRow(state.regionCode);
    let first = i + 1;
    while (first < tokens.count && tokens.starts[first] < state.start) first++;
    let end = first;
    while (end < tokens.count && tokens.ends[end] <= state.start + state.length) end++;
    if (row < 0 || end === first || covered.subarray(first, end).some((c) => c === 1)) continue;
    found.push({ start: tokens.starts[first], end: tokens.ends[end - 1], firstToken: first, endToken: end, row, others: [] });
  }
  return found;
}

/** What the second look reads (see `lookAgain`). */
interface SecondLook {
  text: string;
  tokens: Tokens;
  index: GazetteerIndex;
  places: WorldPlaces;
  keys: RegionKeys;
  gazetteerPlaces: { keys: ReadonlySet<string>; list: (GazetteerPlace & { annotation: EntityAnnotation })[] };
  found: FindPlacesContext;
  namedCountries: ReadonlySet<string>;
  /** Capitals written only as their governments ("Moscow warned…"). */
  asGovernmentOnly: ReadonlySet<string>;
  /** The countries the first look counted as named only because a capital stood for them. */
  byMetonymy: ReadonlySet<string>;
}

/**
 * The second look at the capitals whose country the document never names (`unmoved`, positions in
 * the gazetteer's list), now that the towns are known: two or more towns of one region make it the
 * document's ("Dublin" beside Hilliard and Powell is Dublin, Ohio), as a region the text names
 * would, and a namesake beside a town the text names is the place meant ("Paris and Henry County").
 * A capital written only as its government ("Paris collected $597,667 in sales tax") needs its
 * region named and holding a town the text names: "Moscow warned…" beside a senator of Idaho stays
 * Russia's. Adds what moves to `moved`; true when anything did.
 */
function lookAgain(look: SecondLook, unmoved: readonly number[], moved: Map<number, number>, inText: readonly PlaceMention[]): boolean {
  const { text, tokens, index, places, keys, gazetteerPlaces, found, namedCountries, asGovernmentOnly, byMetonymy } = look;
  // Each place once (a long document names its towns again and again): layer rows by number,
  // the gazetteer's towns by id.
  const foundRows = new Set<number>();
  for (const m of inText) if (!places.isRegion(m.row)) foundRows.add(m.row);
  const townsByRegion = new Map<string, Set<number | string>>();
  for (const row of foundRows) {
    const region = places.regionOf(row);
    if (region === undefined) continue;
    const key = keys.get(region);
    const towns = townsByRegion.get(key) ?? new Set<number | string>();
    towns.add(row);
    townsByRegion.set(key, towns);
  }
  // The gazetteer's own towns count where they are: "Paris PD" beside Dallas and Texas.
  const seen = new Set<string>();
  gazetteerPlaces.list.forEach((p, i) => {
    if (moved.has(i) || asGovernmentOnly.has(p.spelling) || seen.has(p.spelling)) return;
    seen.add(p.spelling);
    const region = homeRegion(tokens, p, places);
    if (region === undefined) return;
    const key = keys.get(region);
    const towns = townsByRegion.get(key) ?? new Set<number | string>();
    towns.add(p.annotation.id as string);
    townsByRegion.set(key, towns);
  });
  const localKeys = new Set(gazetteerPlaces.keys);
  const townKeys = new Set<string>();
  for (const [key, towns] of townsByRegion) {
    if (towns.size >= 2) localKeys.add(key);
    if (towns.size >= 2 || gazetteerPlaces.keys.has(key)) townKeys.add(key);
  }
  const written = unmoved.filter((i) => !asGovernmentOnly.has(gazetteerPlaces.list[i].spelling));
  const asGovernment = unmoved.filter((i) => asGovernmentOnly.has(gazetteerPlaces.list[i].spelling));
  // The towns and counties found, as points: a namesake beside one of them is the place meant.
  const nearPoints: [number, number][] = [];
  for (const row of foundRows) {
    const point = places.pointOf(row);
    if (point !== undefined) nearPoints.push(point);
  }
  // "Paris police … Northeast Texas … Paris residents": the first look took France as named because
  // of the police, so it never weighed the regions the text names; this look does, even with nothing new.
  const regionsUnweighed = written.some((i) => byMetonymy.has(gazetteerPlaces.list[i].country as string));
  let movedAgain = false;
  for (const [members, placeKeys] of [
    [written, localKeys],
    [asGovernment, townKeys],
  ] as const) {
    if (members.length === 0 || ((members !== written || (nearPoints.length === 0 && !regionsUnweighed)) && ((placeKeys === localKeys && localKeys.size === gazetteerPlaces.keys.size) || placeKeys.size === 0))) continue;
    const list = members.map((i) => gazetteerPlaces.list[i]);
    const second = relocate(text, tokens, index, places, list, { ...found, countries: namedCountries, placeKeys, nearPoints: members === written ? nearPoints : undefined }, keys);
    for (const [k, row] of second.moved) moved.set(members[k], row);
    movedAgain ||= second.moved.size > 0;
  }
  return movedAgain;
}

/** The state an AP abbreviation starting at token i writes, where its context says it is one (see peopleAndPartyStates). */
function standaloneStateAt(text: string, tokens: Tokens, i: number, places: WorldPlaces, covered: Uint8Array): PlaceMention | undefined {
  const state = stateAbbreviationAt(text, tokens.starts[i]);
  if (state === undefined || !text.slice(tokens.starts[i], tokens.starts[i] + state.length).includes('.')) return undefined;
  let end = i;
  while (end < tokens.count && tokens.ends[end] <= tokens.starts[i] + state.length) end++;
  if (end === i || covered.subarray(i, end).some((c) => c === 1)) return undefined;
  const before = i > 0 && (tokens.flags[i - 1] & (TOKEN_WORD | TOKEN_CAPITALISED)) === TOKEN_WORD ? normAt(tokens, i - 1) : '';
  const after = end < tokens.count && (tokens.flags[end] & (TOKEN_WORD | TOKEN_CAPITALISED)) === TOKEN_WORD ? normAt(tokens, end) : '';
  // "Thackerville, Okla.", "Camp Lejeune, N.C.": after a name and a comma, the state that places it.
  const afterName = i > 1 && normAt(tokens, i - 1) === ',' && (tokens.flags[i - 2] & TOKEN_CAPITALISED) !== 0 && (tokens.flags[i - 2] & TOKEN_WORD) !== 0;
  if (!PLACE_PREPOSITIONS.has(before) && !FROM_NOUNS.has(after) && !STATE_NOUNS.has(after) && !afterName && !stateBody(tokens, i, end)) return undefined;
  const row = places.regionRow(state.regionCode);
  return row < 0 ? undefined : { start: tokens.starts[i], end: tokens.ends[end - 1], firstToken: i, endToken: end, row, others: [] };
}

/**
 * Lower-case nouns of a state's people, officials and places after its abbreviation: "a Ga. pastor",
 * "Mass. legislators", "another Neb. jail". Not "candidate" or a verb: "the Ind. candidate" is an
 * independent, and "Mass. appeared" may be anything.
 */
const STATE_NOUNS = new Set(`pastor priest legislators lawmakers lawmaker senators economist fugitives fugitive inmates inmate
  jail prison prisons utilities utility officials official police troopers governor mayor sheriff judge court courts schools
  school hospital hospitals farmers farms students teachers families family couple soldier soldiers veterans town towns city
  cities county counties company companies firm firms`.split(/\s+/));

/** Capitalised words that open the name of a state's own body: "the S.C. Highway Patrol", "the Ill. Supreme Court". */
const STATE_BODIES = new Set(['highway', 'supreme', 'department', 'house', 'senate', 'legislature', 'general', 'attorney', 'national', 'court', 'board', 'commission']);

/** Whether "the" comes before the abbreviation (tokens i to end) and a body of the state after it. */
function stateBody(tokens: Tokens, i: number, end: number): boolean {
  if (i === 0 || end >= tokens.count || normAt(tokens, i - 1) !== 'the') return false;
  return (tokens.flags[end] & TOKEN_CAPITALISED) !== 0 && STATE_BODIES.has(normAt(tokens, end));
}

/** The annotation that starts at this offset, if any (names are sorted by start and do not overlap). */
function annotationStartingAt(names: readonly (NamedAnnotation | UnlistedAnnotation)[], offset: number): NamedAnnotation | UnlistedAnnotation | undefined {
  let lo = 0;
  let hi = names.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const a = names[mid];
    if (a.start < offset) lo = mid + 1;
    else if (a.start > offset) hi = mid - 1;
    else return a;
  }
  return undefined;
}

/**
 * `names`: what annotate found before (sorted); `ruledOut`: names it matched and dropped as no
 * place (a surname, a nickname), which stay unannotated.
 */
/**
 * What one paragraph tells the places layer about the whole document: the countries it names, the
 * regions it names (alias keys), and the words of people's names in it. The layer reads a paragraph
 * with the union of these over all paragraphs (see `DocumentPlaceFacts`), so that "Henderson" stays a
 * surname and "Paris" beside "Texas" stays Texan across paragraphs, while a change to one paragraph
 * re-reads only those whose answers it changes.
 */
export interface BlockPlaceFacts {
  countries: string[];
  placeKeys: string[];
  /** Hashes (the tokeniser's): a long document names thousands of people, and a string per word was a tenth of the layer's time. */
  personWords: number[];
}

/** The union of every paragraph's `BlockPlaceFacts`, as the layer asks it. */
export interface DocumentPlaceFacts {
  countries: ReadonlySet<string>;
  placeKeys: ReadonlySet<string>;
  personWords: { has(hash: number): boolean };
}

/** What a paragraph's names (annotate's, before this layer) contribute to `DocumentPlaceFacts`. */
export function placeFactsOf(tokens: Tokens, index: GazetteerIndex, names: readonly (NamedAnnotation | UnlistedAnnotation)[]): BlockPlaceFacts {
  const keys = (regionKeys ??= new RegionKeys(aliasKey));
  const countries = new Set<string>();
  const placeKeys = new Set<string>();
  const personWords = new Set<number>();
  const seenSpellings = new Map<string, Set<string>>();
  const { count, starts, ends, flags, hashes } = tokens;
  let t = 0;
  for (let n = 0; n < names.length; n++) {
    const a = names[n];
    const { start: from, end: to } = a;
    while (t < count && ends[t] <= from) t++;
    let end = t;
    if (a.kind === 'person') {
      for (; end < count && starts[end] < to; end++) if ((flags[end] & TOKEN_WORD) !== 0) personWords.add(hashes[end]);
      continue;
    }
    if (a.category !== 'entity' || a.id === undefined) continue;
    if (a.kind === 'country') countries.add(a.id);
    // A capital names no region, though one may share its name: "Washington" is not the state.
    else if (a.kind === 'place' && index.metonymTarget(a.id) === undefined) {
      while (end < count && starts[end] < to) end++;
      // One key per entry and spelling is enough: the same name recurs all through a long document.
      let spellings = seenSpellings.get(a.id);
      if (spellings === undefined) {
        seenSpellings.set(a.id, (spellings = new Set()));
        // The entry's own name too: "B.C." names British Columbia for the towns in it.
        placeKeys.add(keys.get(a.name));
      }
      if (!spellings.has(a.text)) {
        spellings.add(a.text);
        placeKeys.add(normsOf(tokens, t, end));
      }
    }
  }
  // "Jordan Henderson … Henderson": a word after a given name is a surname everywhere in the document.
  if (givenNameBits === undefined) {
    givenNameBits = new Uint32Array(1 << 15);
    for (const name of GIVEN_NAMES) {
      const hash = hashString(name);
      givenNameBits[(hash & 0xfffff) >>> 5] |= 1 << (hash & 31);
    }
  }
  for (let k = 1; k < count; k++) {
    if ((flags[k] & CAPITALISED_WORD) === CAPITALISED_WORD && (flags[k - 1] & CAPITALISED_WORD) === CAPITALISED_WORD && (givenNameBits[(hashes[k - 1] & 0xfffff) >>> 5] & (1 << (hashes[k - 1] & 31))) !== 0 && GIVEN_NAMES.has(normAt(tokens, k - 1))) {
      personWords.add(hashes[k]);
    }
  }
  return { countries: [...countries], placeKeys: [...placeKeys], personWords: [...personWords] };
}

/** The facts of a document of one paragraph. */
export function soleBlockFacts(facts: BlockPlaceFacts): DocumentPlaceFacts {
  return { countries: new Set(facts.countries), placeKeys: new Set(facts.placeKeys), personWords: new Set(facts.personWords) };
}

export function worldPlaceAnnotations(text: string, tokens: Tokens, index: GazetteerIndex, places: WorldPlaces, names: readonly (NamedAnnotation | UnlistedAnnotation)[], ruledOut: readonly Span[], document: DocumentPlaceFacts): EntityAnnotation[] {
  const keys = (regionKeys ??= new RegionKeys(aliasKey));
  const covered = SCRATCH_COVERED.take(tokens.count);
  if (ruledOut.length > 0) cover(tokens, [...ruledOut].sort((a, b) => a.start - b.start), covered);
  const gazetteerPlaces = { keys: document.placeKeys, list: [] as (GazetteerPlace & { annotation: EntityAnnotation })[] };
  // The countries only a metonymic capital names ("Moscow warned…"), and those capitals' spellings.
  const byMetonymy = new Set<string>();
  const metonymicSpellings = new Set<string>();
  const literalSpellings = new Set<string>();
  // Per token, 1 + the end token of the gazetteer country or place that starts there (0: none).
  const placeEnds = SCRATCH_PLACE_ENDS.take(tokens.count);
  // The columns as locals: these loops read every token, and a property read each time cost a third.
  const { count, starts, ends } = tokens;
  let t = 0;
  for (let n = 0; n < names.length; n++) {
    const a = names[n];
    const { start: from, end: to } = a;
    while (t < count && ends[t] <= from) t++;
    let end = t;
    for (; end < count && starts[end] < to; end++) covered[end] = 1;
    if (a.category !== 'entity' || a.id === undefined) continue;
    if (a.kind === 'country') {
      if (tokens.starts[t] === a.start) placeEnds[t] = end + 1;
    } else if (a.kind === 'place') {
      if (tokens.starts[t] === a.start) placeEnds[t] = end + 1;
      // A capital's country counts as named once it is clear the capital is not a namesake (below).
      const country = index.metonymTarget(a.id);
      // Metonymic ones too ("Paris PD" in a Texan paper is the town's police), though their countries
      // count as named until the second look below.
      gazetteerPlaces.list.push({ firstToken: t, endToken: end, coordinates: a.coordinates, country, spelling: a.text, annotation: a });
      if (a.sense !== 'literal' && country !== undefined) {
        byMetonymy.add(country);
        metonymicSpellings.add(a.text);
      } else if (country !== undefined) literalSpellings.add(a.text);
    }
  }
  // Asked only after a comma that follows a candidate: a binary search each time, no table per document.
  const countryAt = (offset: number): string | undefined => {
    const a = annotationStartingAt(names, offset);
    return a?.category === 'entity' && a.kind === 'country' && a.id !== undefined ? a.id : undefined;
  };
  const placeNameAt = (token: number): string | undefined => {
    const a = annotationStartingAt(names, tokens.starts[token]);
    // The alias key of the place's own name: "B.C." → "british columbia".
    return a?.category === 'entity' && a.kind === 'place' && a.id !== undefined ? keys.get(a.name) : undefined;
  };
  // The document's countries and those this paragraph's capitals add below. Every addition comes from
  // one of its gazetteer places, so a paragraph without any (most of them) reads the document's set
  // itself instead of a copy of it.
  const countries = gazetteerPlaces.list.length > 0 ? new Set(document.countries) : (document.countries as Set<string>);
  const found: FindPlacesContext = { covered, countries, countryAt, personWords: document.personWords, placeKeys: gazetteerPlaces.keys, gazetteerPlaceEnd: (token) => placeEnds[token] - 1, gazetteerPlaceNameAt: placeNameAt };
  const namedCountries = document.countries;
  for (const country of byMetonymy) countries.add(country);
  // A capital written only as its government ("Moscow warned…"); one also written as a place
  // ("residents of Paris and Henry County") is read as a place below.
  const asGovernmentOnly = new Set([...metonymicSpellings].filter((spelling) => !literalSpellings.has(spelling)));
  const { moved, states } = relocate(text, tokens, index, places, gazetteerPlaces.list, found, keys);
  const capitalCountries = (): void => {
    gazetteerPlaces.list.forEach((p, i) => {
      if (p.country !== undefined && !moved.has(i)) countries.add(p.country);
    });
  };
  capitalCountries();
  for (const state of states) covered.fill(1, state.firstToken, state.endToken);
  const unmoved = gazetteerPlaces.list.map((p, i) => i).filter((i) => !moved.has(i) && gazetteerPlaces.list[i].country !== undefined && !namedCountries.has(gazetteerPlaces.list[i].country as string));
  if (unmoved.length > 0) {
    // One look-up per spelling: a capital is named again and again.
    const namesakeKeys = new Set<number>();
    const spellings = new Set<string>();
    for (const i of unmoved) {
      const { spelling, firstToken, endToken } = gazetteerPlaces.list[i];
      if (asGovernmentOnly.has(spelling) || spellings.has(spelling)) continue;
      spellings.add(spelling);
      namesakeKeys.add(places.keyNumber(normsOf(tokens, firstToken, endToken)));
    }
    namesakeKeys.delete(-1);
    found.namesakeKeys = [...namesakeKeys];
  }
  // The gazetteer's places that stay where the gazetteer puts them, one point each (not a capital
  // whose country the document never names: it may yet move).
  const unsettled = new Set(unmoved);
  const anchors = new Map<string, [number, number]>();
  gazetteerPlaces.list.forEach((p, i) => {
    if (p.coordinates !== undefined && !moved.has(i) && !unsettled.has(i)) anchors.set(p.annotation.id as string, p.coordinates);
  });
  found.anchorPoints = [...anchors.values()];
  const candidates = placeCandidates(text, tokens, places, found, keys);
  let inText = choosePlaces(tokens, candidates, places, found, keys);
  // A second look at the capitals whose country the document never names, now that the towns are known.
  if (unmoved.length > 0) {
    const second = { text, tokens, index, places, keys, gazetteerPlaces, found, namedCountries, asGovernmentOnly, byMetonymy };
    if (lookAgain(second, unmoved, moved, inText)) {
      countries.clear();
      for (const c of namedCountries) countries.add(c);
      capitalCountries();
      inText = choosePlaces(tokens, candidates, places, found, keys);
    }
  }
  for (const m of inText) covered.fill(1, m.firstToken, m.endToken);
  const more = peopleAndPartyStates(text, tokens, places, covered);
  const mentions = states.length === 0 && more.length === 0 ? inText : [...inText, ...states, ...more].sort((a, b) => a.start - b.start);
  const context: SenseContext = { kind: 'place', capital: false, text };
  const countryName = (id: string): string | undefined => index.nameOf(id);
  // A place recurs all through a long document: its id, name and candidates are made once.
  const made = new Map<number, { place: Place; name: string; alternatives: string[] | undefined }>();
  return mentions.map((m) => {
    let row = made.get(m.row);
    if (row === undefined) {
      row = { place: places.place(m.row), name: places.qualifiedName(m.row, countryName), alternatives: m.others.length > 0 ? m.others.map((r) => places.idOf(r)) : undefined };
      made.set(m.row, row);
    }
    const { place } = row;
    const annotation: EntityAnnotation = {
      start: m.start,
      end: m.end,
      text: text.slice(m.start, m.end),
      id: place.id,
      name: row.name,
      category: 'entity',
      kind: 'place',
      sense: senseOf(tokens, m.firstToken, m.endToken, context),
    };
    if (place.coordinates) annotation.coordinates = place.coordinates;
    // Each annotation its own list: callers may change what they are given.
    if (row.alternatives !== undefined) annotation.alternatives = [...row.alternatives];
    return annotation;
  });
}

/**
 * Gives the gazetteer's places that are namesakes here ("Paris, Texas") the layer's place instead:
 * the annotation is changed in place (annotate made it for this call), keeping its span and sense.
 */
function relocate(text: string, tokens: Tokens, index: GazetteerIndex, places: WorldPlaces, list: readonly (GazetteerPlace & { annotation: EntityAnnotation })[], context: FindPlacesContext, regionKeys: RegionKeys): Relocation {
  if (list.length === 0) return { moved: new Map(), states: [] };
  const relocation = relocateNamesakes(text, tokens, list, places, context, regionKeys);
  const { moved } = relocation;
  for (const [i, row] of moved) {
    const a = list[i].annotation;
    const place = places.place(row);
    // The card lists what was weighed: the gazetteer's place first ("Paris", the capital), then the
    // layer's other places of the name, without the chosen one and the capital's own row.
    const key = places.keyNumber(normsOf(tokens, list[i].firstToken, list[i].endToken));
    const others: string[] = [a.id];
    if (key >= 0) {
      const [from, to] = places.rowsOf(key);
      for (let r = from; r < to && others.length < 5; r++) {
        const there = places.place(r).coordinates;
        const home = list[i].coordinates;
        const isHome = home !== undefined && there !== undefined && Math.abs(there[0] - home[0]) < 0.5 && Math.abs(there[1] - home[1]) < 0.5;
        if (r !== row && !places.isRegion(r) && !isHome) others.push(places.idOf(r));
      }
    }
    a.alternatives = others;
    a.id = place.id;
    a.name = places.qualifiedName(row, (id) => index.nameOf(id));
    delete a.refersTo;
    if (place.coordinates) a.coordinates = place.coordinates;
    else delete a.coordinates;
  }
  return relocation;
}
