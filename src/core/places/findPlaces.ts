/**
 * Places of the world layer in a document's text, where no gazetteer name or unlisted name stands:
 * which capitalised words name a place, and which of the places of that name is meant.
 *
 * With 150,000 names, precision is the work, so a name must earn its highlight:
 * - never: part of a longer capitalised name ("Nelson Mandela", "Boise State"), a person's name
 *   (after a given name anywhere in the document, before "said"), inside a web address, or in
 *   lower case;
 * - the evidence it needs grows as the place shrinks: a large place (100,000 people, a first-level
 *   region, or a county that says it is one) needs none; a middle one (a seat of a region counts as
 *   one when GeoNames gives no population) a preposition of place ("in", "near", "outside"), a noun
 *   of its people or kind after it ("a Winona woman", "Slidell PD", "Kasese district"), or its
 *   country or region named in the document; a small one a qualifier ("Makurdi, Nigeria"), a
 *   dateline, a preposition and its country or region, or a preposition that only says where ("in
 *   Dundrum") before most of its mentions. A name that is also a common English
 *   word ("Reading", "Mobile", "Of") needs a qualifier or a dateline, or a preposition and its
 *   country or region, whatever its size;
 * - one sense per document: the evidence of one mention holds for the others (a dateline's
 *   "MAKURDI" makes a later "Makurdi" a place), and every mention names the same place.
 * Which place: a qualifier decides ("Portland, Maine", "Walker County, Georgia", "Victoria, B.C.");
 * otherwise a place in a country or region the document names is preferred, then one in a region
 * where the document's other names have places (a vote per name), then the bigger one. Whether a
 * name is a place is decided before the votes, which only choose among its places.
 */
import { struckByDisaster } from '../match/disaster';
import { diseaseName, GIVEN_NAMES, insideUrl, spaceBetween } from '../match/notPlace';
import { hashString, idAt, normAt, TOKEN_ALL_CAPS, TOKEN_CAPITALISED, TOKEN_WORD, type Tokens } from '../text/tokenize';
import { LOWER_HEADS } from './namedFeatures';
import { PARTY_LETTERS, stateAbbreviationAt } from './usStates';
import type { WorldPlaces } from './worldPlaces';

/** A place of at least this many people needs no evidence beyond its capitalised name. */
export const LARGE_PLACE = 100_000;
/** Below this, a place needs a qualifier, a dateline, a preposition with its country or region, or a locative preposition ("in", "near"). */
export const MIDDLE_PLACE = 15_000;

const words = (list: string): Set<string> => new Set(list.trim().split(/\s+/));

/** Lower-case words that may stand inside a place's name ("Stratford-upon-Avon", "Rio de Janeiro"). */
const NAME_CONNECTORS = words('de la le les du des of on upon the am an der den di da do dos das del el al en sur y e i op aan');
/** Words before a name that mark a place. */
export const PLACE_PREPOSITIONS = words(`in at near from outside inside into to towards toward across around throughout via
  through between beyond within off outskirts nearby`);
/** Prepositions that only say where: a small town after one needs no more ("in Dundrum"). */
const LOCATIVE_PREPOSITIONS = words('in near outside inside throughout outskirts nearby');
/**
 * Words of position before a place's name: "southern Kupiansk", "central Tskhinvali", "north
 * DeKalb", "downtown Gainesville" (in lower case, evidence of a place on their own), and "in East
 * Oxford" (any case: the preposition before them holds for the name).
 */
const POSITION_WORDS = words(`northern southern eastern western central north south east west northeast northwest
  southeast southwest north-east north-west south-east south-west northeastern northwestern southeastern southwestern
  north-eastern north-western south-eastern south-western downtown`);
/** Verbs of speech after a name: a person ("Henderson said"). */
const SPEECH_VERBS = words('said says told added wrote asked argued noted explained tweeted stated insisted replied recalled admitted warned');
/** Lower-case roles before a name: a person ("coach Henderson", "president Lincoln"). */
const ROLES = words(`president minister senator governor mayor coach judge officer spokesman spokeswoman director chief
  secretary ambassador leader captain manager striker midfielder defender goalkeeper player star actor actress singer
  author writer professor dr mr mrs ms sir lord lady saint st`);
/** A given name needs evidence below this size ("Charlotte received $25"; Charlotte, NC has 870,000). */
export const GIVEN_NAME_PLACE = 250_000;

/** Words that name no place in prose, whatever towns share them: months, weekdays, feasts, the planet. */
const NEVER_PLACES = words(`january february march april may june july august september october november december
  monday tuesday wednesday thursday friday saturday sunday christmas easter halloween thanksgiving earth god
  heaven paradise eden`);
/**
 * Capitalised words after a place's name that make a body or a part of the place, not a longer
 * name: "Gainesville Police", "the Columbus Metropolitan Library", "Boise residents". Streets,
 * clubs and universities are not here: "Wichita Street" and "Columbia University" name no town.
 */
const PLACE_BODIES = words(`police pd fire sheriff sheriff's mayor council councillors councilmen city metropolitan public area
  township residents officials airport port harbour harbor chamber region regional metro municipal lga local
  high elks vfw rotary governor selectman selectmen alderman democrat democrats republican republicans`);
/**
 * The last word of a second-level region's name that says what it is: "Laurel County" needs no
 * more evidence than a city, and a capitalised word after it does not make it part of another name
 * ("Licking County Prosecutor Ken Oswalt" still names the county).
 */
const DIVISION_WORDS = words('county parish borough district municipality province governorate prefecture department');
/** An airport of the layer weighs as a city of a million: "Heathrow" is the airport, not Heathrow, Florida, unless Florida is named. */
const AIRPORT_SCORE = 6;
/** What each other name of the document with a namesake in a region adds to a place's score there (at most 3). */
const REGION_VOTE = 1.5;
/** How many of the chosen places (a county counting two) make their region the document's. */
const REGION_CONSENSUS = 2;
/**
 * What each other name with a place within NEAR_KM adds (at most NEAR_CAP): a county and its seat,
 * or neighbouring towns ("Walker County" and "Huntsville" are both in Texas and in Alabama, but only
 * Texas' are next to each other).
 */
const NEAR_VOTE = 1.5;
const NEAR_CAP = 3;
const NEAR_KM = 60;
/** Names with more places than this are left out of the nearness votes (their places are everywhere). */
const NEAR_MAX_ROWS = 80;
/**
 * Nouns after a town's name that say someone is from it or what kind of place it is: "a Columbia
 * woman", "Chiefland man, 19", "Kasese district" (not "family": "the Marigny family" is a surname).
 */
export const FROM_NOUNS = new Set([...words('man men woman women boy boys girl girls teen teens teenager teenagers resident residents native natives driver motorist officer officers firefighters deputies voters'), ...LOWER_HEADS]);
/**
 * Lower-case nouns before "of" that make the name after it a place, as a preposition would:
 * "residents of Immokalee", "the town of Chiefland", "north of Makurdi", "the mayor of Slidell",
 * "the port of Assab".
 */
const OF_PLACE_HEADS = words(`residents resident natives native inhabitants citizens people city town village township
  cities towns villages communities hamlet suburb suburbs outskirts mayor streets centre center heart edge port harbour harbor province district island
  north south east west northeast northwest
  southeast southwest north-east north-west south-east south-west`);
/** Kinds of municipality that stand capitalised before "of" and a town's name: "the City of Norfolk". */
const MUNICIPALITIES = words('city town village township borough');
/** Below this, a place needs more than its country named in the document: its region, or a preposition. */
const COUNTRY_CONTEXT_PLACE = 50_000;
/** Abbreviated titles before a name, with their full stop: "Mrs. Lincoln", "St. Patrick". */
const TITLES = words('mr mrs ms dr st gen sen rep gov lt col capt prof rev sgt fr sr jr');
/** What follows a dateline's place: "COLUMBUS, Ohio", "MAKURDI (Reuters)", "WINONA -- Police said" (read from the text: "--" makes no token). */
const DATELINE_MARK = /^ ?[,(\-—–]/;
/** A sentence's first word that leaves the next capitalised word free to be a place ("A Columbia woman", "Two Richmond officers"). */
const ARTICLES = words('the a an another each every two three four five six seven eight nine ten several many some both all most');
/** Marks after which a capital letter says nothing (a sentence or a line begins). */
const SENTENCE_ENDS = words('. ! ? : " “ ” « » ( [ * # > -');

export interface PlaceMention {
  start: number;
  end: number;
  firstToken: number;
  endToken: number;
  /** The chosen row of the layer. */
  row: number;
  /** The other rows of that name the choice was made among (likeliest first). */
  others: number[];
}

export interface FindPlacesContext {
  /** Tokens already inside another annotation, one flag per token. */
  covered: Uint8Array;
  /** Countries the document names (gazetteer ids), from its other annotations. */
  countries: ReadonlySet<string>;
  /** The gazetteer country annotated at this offset, if any ("Makurdi, Nigeria"). */
  countryAt: (offset: number) => string | undefined;
  /** Hashes (the tokeniser's) of the words that are part of a person's name in the document. */
  personWords: { has(hash: number): boolean };
  /** Alias keys of the places the gazetteer found in the document ("texas", "maine"). */
  placeKeys: ReadonlySet<string>;
  /**
   * The end token of the gazetteer's country or place that starts at this token, or -1: a longer
   * name of the layer that starts with it is the place meant ("Gaza City", "Oklahoma City",
   * "Virginia Beach", "Ohio County"), and its annotation replaces the gazetteer's.
   */
  gazetteerPlaceEnd: (token: number) => number;
  /** The alias key of the name of the gazetteer place that starts at this token ("british columbia" for "B.C."), if any. */
  gazetteerPlaceNameAt: (token: number) => string | undefined;
  /**
   * Keys of the names the gazetteer took for capitals whose country the document never names: their
   * namesakes vote for nearby places too ("Paris and Henry County" are Tennessee's).
   */
  namesakeKeys?: readonly number[];
  /** Points of the gazetteer's places in the text, one per place: they vote for the layer's places beside them ("Arlington" near Washington is Virginia's). */
  anchorPoints?: readonly [number, number][];
  /** Points of the places found in the text: a capital whose country is never named moves to a namesake beside one. */
  nearPoints?: readonly [number, number][];
}

/** A name of the layer in the text with the evidence around it; which place it is, `choosePlaces` decides. */
export interface Candidate {
  firstToken: number;
  endToken: number;
  key: number;
  /** Rows a qualifier after this mention allows (empty: no qualifier). */
  qualified: number[];
  /** The state abbreviation that qualified it, annotated with it. */
  state: StateQualifier | undefined;
  dateline: boolean;
  preposition: boolean;
  /**
   * A preposition that says where something is ("in Khayelitsha", "near Dundrum", "residents of
   * Immokalee"), not one that also governs people and bodies ("from Jones", "at McGill").
   */
  inPlace: boolean;
  /** A noun of people after it: "a Columbia woman" (evidence as a preposition is, even opening a sentence). */
  fromNoun: boolean;
  sentenceStart: boolean;
}

const isWord = (tokens: Tokens, i: number): boolean => i >= 0 && i < tokens.count && (tokens.flags[i] & TOKEN_WORD) !== 0;
const capitalised = (tokens: Tokens, i: number): boolean => isWord(tokens, i) && (tokens.flags[i] & TOKEN_CAPITALISED) !== 0;

function lineBreakBetween(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

/** A blank line (a new paragraph) lies between the offsets. */
function paragraphBreakBetween(text: string, from: number, to: number): boolean {
  let lines = 0;
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10 && ++lines > 1) return true;
  return false;
}

/** The token opens its line, after at most Markdown marks and spaces. */
function opensLine(text: string, tokens: Tokens, i: number): boolean {
  for (let k = tokens.starts[i] - 1; k >= 0; k--) {
    const c = text[k];
    if (c === '\n') return true;
    if (c !== ' ' && c !== '\t' && c !== '*' && c !== '_' && c !== '#' && c !== '>') return false;
  }
  return true;
}

function opensSentence(text: string, tokens: Tokens, i: number): boolean {
  if (i === 0 || opensLine(text, tokens, i)) return true;
  const before = normAt(tokens, i - 1);
  return SENTENCE_ENDS.has(before) || ((before === "'" || before === '"') && i > 1 && /^[.!?]$/.test(normAt(tokens, i - 2)));
}

/** Region names' alias keys and their words, made once per name (the tokeniser is passed in). */
export class RegionKeys {
  private readonly keys = new Map<string, { key: string; words: string[] }>();
  constructor(private readonly keyOf: (name: string) => string) {}
  private made(region: string): { key: string; words: string[] } {
    let made = this.keys.get(region);
    if (made === undefined) {
      const key = this.keyOf(region);
      made = { key, words: key.split(' ') };
      this.keys.set(region, made);
    }
    return made;
  }
  get(region: string): string {
    return this.made(region).key;
  }
  words(region: string): readonly string[] {
    return this.made(region).words;
  }
}

/** A US state written after a comma as an abbreviation ("Gainesville, Va."): annotated as the state. */
interface StateQualifier {
  row: number;
  firstToken: number;
  endToken: number;
}

/** The state abbreviation after the comma at token `comma`, as a region row with its tokens. */
function stateQualifier(text: string, tokens: Tokens, comma: number, places: WorldPlaces, context: FindPlacesContext): StateQualifier | undefined {
  const first = comma + 1;
  if (first >= tokens.count || context.covered[first]) return undefined;
  const state = stateAbbreviationAt(text, tokens.starts[first]);
  if (state === undefined) return undefined;
  const row = places.regionRow(state.regionCode);
  if (row < 0) return undefined;
  const stop = tokens.starts[first] + state.length;
  let end = first;
  while (end < tokens.count && tokens.ends[end] <= stop) end++;
  return { row, firstToken: first, endToken: end };
}

/** The rows whose region or country the words after a comma name: "Portland, Maine", "Makurdi, Nigeria", "Gainesville, Va.". */
function qualifiedRows(text: string, tokens: Tokens, end: number, rows: readonly number[], places: WorldPlaces, context: FindPlacesContext, regionKeys: RegionKeys, state: StateQualifier | undefined): number[] {
  // A line wrapped inside a paragraph ("Walker County,\nGeorgia") still qualifies; a blank line does not.
  if (end + 1 >= tokens.count || normAt(tokens, end) !== ',' || paragraphBreakBetween(text, tokens.ends[end - 1], tokens.starts[end + 1])) return [];
  const country = context.countryAt(tokens.starts[end + 1]);
  const allowed: number[] = [];
  if (state !== undefined) {
    const code = places.regionCodeOf(state.row);
    for (const row of rows) if (!places.isRegion(row) && places.regionCodeOf(row) === code) allowed.push(row);
    if (allowed.length > 0) return allowed;
  }
  if (country !== undefined) {
    for (const row of rows) if (places.countryOf(row) === country) allowed.push(row);
    // "Walker County, Georgia": no row in the country of that name; the state of that name, then.
    if (allowed.length > 0) return allowed;
  }
  // "Victoria, B.C.": a gazetteer region after the comma, by its own name.
  const named = context.gazetteerPlaceNameAt(end + 1);
  if (named !== undefined) {
    for (const row of rows) {
      const region = places.regionOf(row);
      if (region !== undefined && !places.isRegion(row) && regionKeys.get(region) === named) allowed.push(row);
    }
    if (allowed.length > 0) return allowed;
  }
  for (const row of rows) {
    const region = places.regionOf(row);
    if (region === undefined || places.isRegion(row)) continue;
    const words = regionKeys.words(region);
    let matches = words.length > 0;
    for (let w = 0; w < words.length && matches; w++) matches = end + 1 + w < tokens.count && normAt(tokens, end + 1 + w) === words[w];
    if (matches && !capitalised(tokens, end + 1 + words.length)) allowed.push(row);
  }
  return allowed;
}

/** A person's name, not a place: after a given name or a role, before a verb of speech, or a known person's word. */
function personLike(text: string, tokens: Tokens, first: number, end: number, context: FindPlacesContext): boolean {
  if (end - first === 1 && context.personWords.has(tokens.hashes[first])) return true;
  const before = first - 1;
  if (before >= 0 && ROLES.has(normAt(tokens, before)) && !capitalised(tokens, before)) return true;
  if (capitalised(tokens, before) && GIVEN_NAMES.has(normAt(tokens, before)) && spaceBetween(text, tokens, before, first)) return true;
  // "Mrs. Lincoln", "St. Patrick", "Ashley L. Evans": a title or an initial with its full stop.
  if (normAt(tokens, before) === '.' && before >= 1) {
    const word = normAt(tokens, before - 1);
    if (TITLES.has(word) || (word.length === 1 && capitalised(tokens, before - 1))) return true;
  }
  // "St. Patrick's Day", "Mary's Turkeys": a given name's possessive with a capitalised word after it
  // names no place ("Gainesville's VFW Post" does).
  if (normAt(tokens, end) === "'" && normAt(tokens, end + 1) === 's' && capitalised(tokens, end + 2) && GIVEN_NAMES.has(normAt(tokens, end - 1))) return true;
  // "Officials in Cebu said": after "in", the name before the verb is where the speakers are.
  return end < tokens.count && SPEECH_VERBS.has(normAt(tokens, end)) && normAt(tokens, before) !== 'in';
}

/** Token i follows a party's letter and a hyphen after a comma or a bracket: ", R-Marshall", "(D-Story City)". */
function partyTown(text: string, tokens: Tokens, i: number): boolean {
  if (i < 2 || tokens.starts[i] - tokens.ends[i - 1] !== 1 || text.charCodeAt(tokens.ends[i - 1]) !== 0x2d) return false;
  if (!PARTY_LETTERS.has(text.slice(tokens.starts[i - 1], tokens.ends[i - 1]))) return false;
  const mark = normAt(tokens, i - 2);
  return mark === ',' || mark === '(';
}

/** Street nouns that end the street part of an address ("Main Street, Annville"), abbreviations included. */
const STREET_NOUNS = new Set(['street', 'road', 'avenue', 'drive', 'lane', 'boulevard', 'terrace', 'crescent', 'way', 'st', 'rd', 'ave', 'blvd']);

/**
 * The name at token `i` follows an address's street and a comma, with at most one district between:
 * "618 E. Main Street, Annville", "19 St Ailbe's Drive, Tipperary", "Gladstone Road, Headington,
 * Oxford". The street noun must be capitalised, as part of the street's name.
 */
function addressTown(tokens: Tokens, i: number): boolean {
  if (i < 2 || normAt(tokens, i - 1) !== ',') return false;
  let k = i - 2;
  // One district between the street and the town.
  if (k >= 2 && capitalised(tokens, k) && normAt(tokens, k - 1) === ',') k -= 2;
  // "Main St., Annville": the abbreviation's full stop.
  if (k >= 1 && normAt(tokens, k) === '.' && tokens.starts[k] === tokens.ends[k - 1]) k--;
  return k >= 1 && capitalised(tokens, k) && STREET_NOUNS.has(normAt(tokens, k)) && capitalised(tokens, k - 1);
}

/** A four-digit year stands just before token `i` on its line: a byline's date before a dateline. */
function afterYear(text: string, tokens: Tokens, i: number): boolean {
  if (i === 0 || lineBreakBetween(text, tokens.ends[i - 1], tokens.starts[i])) return false;
  const year = normAt(tokens, i - 1);
  return year.length === 4 && /^(1[89]|20)\d\d$/.test(year);
}

/** A given name and a surname (or two words the document uses for a person) end at token `k` ("Jodi Mahler" of "Jodi Mahler of Bellmore"). */
function personBefore(tokens: Tokens, k: number, context: FindPlacesContext, places: WorldPlaces): boolean {
  if (k <= 0 || !capitalised(tokens, k) || !capitalised(tokens, k - 1)) return false;
  return GIVEN_NAMES.has(normAt(tokens, k - 1)) || places.isGivenNameWord(tokens.hashes[k - 1]) || (context.personWords.has(tokens.hashes[k]) && context.personWords.has(tokens.hashes[k - 1]));
}

/** Another item of a list follows the name that ends before token `end`: ", …" or "and …". */
function listGoesOn(tokens: Tokens, end: number): boolean {
  const next = end < tokens.count ? normAt(tokens, end) : '';
  return next === ',' || next === 'and' || next === 'or';
}

/**
 * The capitalised position word at `k` opens a part of the town whose name runs from `first` to
 * `end`: "in East Oxford", "a South Philadelphia nonprofit". Without a preposition, not when a
 * capitalised word goes on after the name ("West Metro Chamber") or the name opens with a position
 * word of its own ("South Central District"); the name then needs the evidence its size asks for.
 */
function districtOf(text: string, tokens: Tokens, k: number, first: number, end: number): boolean {
  if (!POSITION_WORDS.has(normAt(tokens, k))) return false;
  if (k > 0 && PLACE_PREPOSITIONS.has(normAt(tokens, k - 1)) && !capitalised(tokens, k - 1)) return true;
  if (capitalised(tokens, end) || POSITION_WORDS.has(normAt(tokens, first))) return false;
  if (!capitalised(tokens, k - 1) || !spaceBetween(text, tokens, k - 1, k) || opensSentence(text, tokens, k)) return true;
  // "A South Philadelphia nonprofit", "In South Philadelphia, …".
  return opensSentence(text, tokens, k - 1) && (ARTICLES.has(normAt(tokens, k - 1)) || PLACE_PREPOSITIONS.has(normAt(tokens, k - 1)));
}

/**
 * An acronym after a name in ordinary case is what the place has or holds, not the rest of its
 * name: "Oxford MPP Ernie Hardeman", "the Immokalee TIGER grant", "Erie GM Sherry Bassin".
 */
function acronymAfter(tokens: Tokens, first: number, end: number): boolean {
  if ((tokens.flags[first] & TOKEN_ALL_CAPS) !== 0 || (tokens.flags[end] & TOKEN_ALL_CAPS) === 0) return false;
  const length = tokens.ends[end] - tokens.starts[end];
  return length >= 2 && length <= 5;
}

/** "-based" right after the name ending before token `end`: "Albany-based", "a Geneva-based group". */
function basedAfter(text: string, tokens: Tokens, end: number): boolean {
  return end < tokens.count && normAt(tokens, end) === 'based' && text.charCodeAt(tokens.ends[end - 1]) === 0x2d && tokens.starts[end] === tokens.ends[end - 1] + 1;
}

/** Reasons a mention is never a place, whatever the evidence. */
function ruledOut(text: string, tokens: Tokens, first: number, end: number, context: FindPlacesContext): boolean {
  for (let k = first; k < end; k++) {
    if (!isWord(tokens, k)) continue;
    if (!capitalised(tokens, k) && !NAME_CONNECTORS.has(normAt(tokens, k))) return true;
  }
  if (!capitalised(tokens, end - 1)) return true;
  if (end - first === 1 && NEVER_PLACES.has(normAt(tokens, first))) return true;
  // Part of a longer capitalised name ("Nelson Mandela", "Jordan Henderson"), unless the next word
  // makes the name a body or a feature of the place: "Gainesville Police", "Columbus Metropolitan Library".
  if (capitalised(tokens, end) && spaceBetween(text, tokens, end - 1, end) && !PLACE_BODIES.has(normAt(tokens, end)) && !(end - first > 1 && DIVISION_WORDS.has(normAt(tokens, end - 1))) && !acronymAfter(tokens, first, end)) return true;
  // "Al-Hedoud", "Ål": a one- or two-letter name is an article, an initial or a particle.
  if (end - first === 1 && tokens.ends[first] - tokens.starts[first] <= 2) return true;
  const before = first - 1;
  if (capitalised(tokens, before) && spaceBetween(text, tokens, before, first)) {
    const sentenceWord = opensSentence(text, tokens, before) && (PLACE_PREPOSITIONS.has(normAt(tokens, before)) || ARTICLES.has(normAt(tokens, before)));
    // "in East Oxford", "a South Philadelphia nonprofit": a part of the town ("South Bend" and "East
    // Orange" are names of their own, matched whole before this). Not inside a longer capitalised
    // name ("Upper West Side").
    const district = districtOf(text, tokens, before, first, end);
    if (!sentenceWord && !district) return true;
  }
  if (insideUrl(text, tokens.starts[first])) return true;
  // "Lyme disease", "Marburg virus": the place gave a disease its name and is not where the text is.
  if (diseaseName(tokens, end)) return true;
  return personLike(text, tokens, first, end, context);
}

/**
 * The layer's names in the text, in order, with their evidence. They depend on the words and on what
 * the gazetteer covers, not on the countries the document names: a caller that learns more countries
 * chooses again from the same candidates.
 */
export function placeCandidates(text: string, tokens: Tokens, places: WorldPlaces, context: FindPlacesContext, regionKeys: RegionKeys): Candidate[] {
  const n = tokens.count;
  const candidates: Candidate[] = [];
  const listed: Candidate[] = [];
  // The columns as locals: this loop reads every token (see worldPlaceAnnotations).
  const { flags, hashes, starts, ends } = tokens;
  const { covered } = context;
  for (let i = 0; i < n; i++) {
    if ((flags[i] & (TOKEN_WORD | TOKEN_CAPITALISED)) !== (TOKEN_WORD | TOKEN_CAPITALISED)) {
      // "Barrow, Jackson and Madison counties" (each plural is eight letters or more, ending in "s").
      if (ends[i] - starts[i] >= 8 && text.charCodeAt(ends[i] - 1) === 0x73) countiesBefore(tokens, i, places, context, listed);
      continue;
    }
    if (!places.mayStartName(hashes[i])) continue;
    const inside = covered[i] ? context.gazetteerPlaceEnd(i) : -1;
    if (covered[i] && inside < 0) continue;
    // A gazetteer name a lower-case word or a mark ends holds no longer name of the layer ("India's").
    if (inside >= 0 && (inside >= n || (tokens.flags[inside] & (TOKEN_WORD | TOKEN_CAPITALISED)) !== (TOKEN_WORD | TOKEN_CAPITALISED))) {
      if (inside >= n || (tokens.flags[inside] & TOKEN_WORD) === 0 || !NAME_CONNECTORS.has(normAt(tokens, inside))) continue;
    }
    // By the word's vocabulary id (no string made, no map asked, for a word seen before).
    const id = idAt(tokens, i);
    const info = id < 0 ? 0 : places.wordInfo(id) || places.learnWord(id, tokens.hashes[i], normAt(tokens, i));
    const longest = info === 0 ? places.longestFromHash(tokens.hashes[i]) : (info & 31) - 1;
    if (longest === 0) continue;
    let key = '';
    let best = -1;
    let bestEnd = i;
    // A name may run into a gazetteer place ("New London", "Greater Manchester"), and then must hold all of it.
    let mustReach = inside;
    for (let end = i + 1; end <= i + longest && end <= n; end++) {
      if (end === i + 1) {
        const k = info === 0 ? places.keyNumber(normAt(tokens, i)) : (info >> 5) - 1;
        if (k >= 0 && end >= mustReach) {
          best = k;
          bestEnd = end;
        }
        continue;
      }
      if (lineBreakBetween(text, tokens.ends[end - 2], tokens.starts[end - 1])) break;
      if (context.covered[end - 1] && end - 1 >= mustReach) {
        const enters = context.gazetteerPlaceEnd(end - 1);
        if (enters < 0) break;
        mustReach = enters;
      }
      const word = normAt(tokens, end - 1);
      // A lower-case word other than a connector ends any name a mention could be ("The report").
      if ((tokens.flags[end - 1] & (TOKEN_WORD | TOKEN_CAPITALISED)) === TOKEN_WORD && !NAME_CONNECTORS.has(word)) break;
      key = end === i + 2 ? `${normAt(tokens, i)} ${word}` : `${key} ${word}`;
      const k = places.keyNumber(key);
      if (k >= 0 && end >= mustReach) {
        best = k;
        bestEnd = end;
      }
    }
    // Inside a gazetteer name, only a longer name of the layer counts; the shorter one stays the gazetteer's.
    if (best < 0 || (inside >= 0 && bestEnd <= inside)) continue;
    if (!ruledOut(text, tokens, i, bestEnd, context)) {
      const allCaps = (tokens.flags[i] & TOKEN_ALL_CAPS) !== 0;
      const [from, to] = places.rowsOf(best);
      // Only a comma after the name can qualify it: the rows are listed for that case alone.
      const comma = bestEnd + 1 < n && normAt(tokens, bestEnd) === ',';
      let state = comma ? stateQualifier(text, tokens, bestEnd, places, context) : undefined;
      let qualified: number[] = [];
      if (comma) {
        const rows: number[] = [];
        for (let row = from; row < to; row++) rows.push(row);
        qualified = qualifiedRows(text, tokens, bestEnd, rows, places, context, regionKeys, state);
        // The gazetteer read the region after the comma as a country of that name ("Walker County,
        // Georgia"): the region is annotated instead, as a state abbreviation would be.
        const country = context.countryAt(tokens.starts[bestEnd + 1]);
        if (state === undefined && qualified.length > 0 && country !== undefined && places.countryOf(qualified[0]) !== country) {
          const region = places.regionOf(qualified[0]);
          const code = places.regionCodeOf(qualified[0]);
          const row = code === undefined ? -1 : places.regionRow(code);
          if (region !== undefined && row >= 0) state = { row, firstToken: bestEnd + 1, endToken: bestEnd + 1 + regionKeys.words(region).length };
        }
      }
      // "COLUMBUS, Ohio (AP) —", "MAKURDI, Nigeria —", "Gaza City, 5 May —": a dateline opens a line
      // or (in text whose lines were joined) a sentence.
      // "March 30, 2009 NEWARK -- …": a byline's date before it on the line.
      const opens = opensLine(text, tokens, i) || (allCaps && (opensSentence(text, tokens, i) || afterYear(text, tokens, i)));
      const dateline = opens && (allCaps || qualified.length > 0) && DATELINE_MARK.test(text.slice(tokens.ends[bestEnd - 1], tokens.ends[bestEnd - 1] + 4));
      // An acronym or a shouted word is no place name, except in a dateline ("MAKURDI, Nigeria").
      if (!allCaps || dateline || bestEnd - i > 1) {
        const before = i > 0 ? normAt(tokens, i - 1) : '';
        // "Brian Munford, 43, of Richmond": ", of" before a name gives where someone is from;
        // "residents of Immokalee", "north of Makurdi": the noun before "of" makes it a place.
        // "Jodi Mahler of Bellmore": where a named person is from.
        // "the City of Richmond", "Town of Hopkinton": a municipality's own name for itself.
        const from = before === 'of' && i > 1 && (normAt(tokens, i - 2) === ',' || (OF_PLACE_HEADS.has(normAt(tokens, i - 2)) && ((tokens.flags[i - 2] & TOKEN_CAPITALISED) === 0 || opensSentence(text, tokens, i - 2) || MUNICIPALITIES.has(normAt(tokens, i - 2)))) || personBefore(tokens, i - 2, context, places));
        // "southern Kupiansk", "in East Oxford", "a North Richmond neighbourhood" (not opening a sentence: "North Richmond" could be a name of its own there).
        const positioned = POSITION_WORDS.has(before) && (((tokens.flags[i - 1] & TOKEN_CAPITALISED) === 0 && !opensSentence(text, tokens, i - 1)) || (i > 1 && PLACE_PREPOSITIONS.has(normAt(tokens, i - 2))));
        // "Sen. Rich Olive, D-Story City": a state legislator's party and home town.
        const party = partyTown(text, tokens, i);
        // "618 E. Main Street, Annville", "Gladstone Road, Headington, Oxford": the town of an address.
        const address = addressTown(tokens, i);
        // "Typhoon Kalmaegi hit Cebu": what a disaster strikes is a place.
        const struck = struckByDisaster(tokens, i);
        // "the breakaway region's capital Tskhinvali", "the provincial capital Lashkar Gah": the noun names what the name is.
        const capital = before === 'capital' && (tokens.flags[i - 1] & TOKEN_CAPITALISED) === 0;
        // "near Sloviansk and Bakhmut": the preposition holds for each name of the pair.
        const last = candidates[candidates.length - 1];
        // "through Monroe, Trenton and Seven Mile": so for each name of a list that goes on after it.
        const paired = last !== undefined && last.endToken === i - 1 && last.preposition && (before === 'and' || before === 'or' || (before === ',' && listGoesOn(tokens, bestEnd)));
        candidates.push({
          firstToken: i,
          endToken: bestEnd,
          key: best,
          qualified,
          state: state !== undefined && qualified.length > 0 && places.regionCodeOf(qualified[0]) === places.regionCodeOf(state.row) ? state : undefined,
          dateline,
          // "According to Davis" cites someone; it places nothing.
          preposition: (PLACE_PREPOSITIONS.has(before) && !(before === 'to' && i > 1 && normAt(tokens, i - 2) === 'according')) || from || paired || capital || positioned || party || address || struck,
          inPlace: LOCATIVE_PREPOSITIONS.has(before) || from || (paired && last.inPlace) || capital || positioned || address || struck,
          // "a Winona woman", and a town's own bodies: "Slidell PD", "Boise police", "Gainesville City Council".
          // "the Albany-based National Weather Service": where a body is based is a place.
          fromNoun: bestEnd < n && ((FROM_NOUNS.has(normAt(tokens, bestEnd)) && (tokens.flags[bestEnd] & TOKEN_CAPITALISED) === 0) || PLACE_BODIES.has(normAt(tokens, bestEnd)) || basedAfter(text, tokens, bestEnd)),
          sentenceStart: opensSentence(text, tokens, i),
        });
      }
    }
    i = bestEnd - 1;
  }
  if (listed.length === 0) return candidates;
  // "Jackson and Barrow counties": there the names are the counties, not the towns of that name.
  const inList = new Set(listed.map((c) => c.firstToken));
  return [...candidates.filter((c) => !inList.has(c.firstToken)), ...listed].sort((a, b) => a.firstToken - b.firstToken);
}

/** Plural nouns of second-level regions after a list of their names, and the noun each name takes alone. */
const PLURAL_DIVISIONS = new Map([
  ['counties', 'county'],
  ['parishes', 'parish'],
  ['districts', 'district'],
  ['boroughs', 'borough'],
]);

const PLURAL_DIVISION_HASHES = new Set([...PLURAL_DIVISIONS.keys()].map(hashString));

/** "Barrow, Jackson and Madison counties": each name before the plural noun at h, as the candidate of its "… County". */
function countiesBefore(tokens: Tokens, h: number, places: WorldPlaces, context: FindPlacesContext, found: Candidate[]): void {
  if ((tokens.flags[h] & (TOKEN_WORD | TOKEN_CAPITALISED)) !== TOKEN_WORD || !PLURAL_DIVISION_HASHES.has(tokens.hashes[h])) return;
  const singular = PLURAL_DIVISIONS.get(normAt(tokens, h));
  if (singular === undefined) return;
  // Back over "X", ", Y", "and Z", "or Z": one capitalised word each.
  for (let k = h - 1; k >= 0; ) {
    if (!capitalised(tokens, k) || context.covered[k]) return;
    const key = places.keyNumber(`${normAt(tokens, k)} ${singular}`);
    if (key < 0) return;
    found.push({ firstToken: k, endToken: k + 1, key, qualified: [], state: undefined, dateline: false, preposition: true, inPlace: true, fromNoun: true, sentenceStart: false });
    const joiner = k > 0 ? normAt(tokens, k - 1) : '';
    if (joiner !== ',' && joiner !== 'and' && joiner !== 'or') return;
    k -= 2;
  }
}

/** One decision per name for the whole document (see the module comment), in the candidates' order. */
export function choosePlaces(tokens: Tokens, candidates: readonly Candidate[], places: WorldPlaces, context: FindPlacesContext, regionKeys: RegionKeys): PlaceMention[] {
  if (candidates.length === 0) return [];
  const byKey = new Map<number, Candidate[]>();
  for (const c of candidates) {
    const list = byKey.get(c.key);
    if (list) list.push(c);
    else byKey.set(c.key, [c]);
  }
  // The regions the document names (their keys), and their countries with the ones it names.
  const mentionedKeys = new Set<string>(context.placeKeys);
  const countries = new Set(context.countries);
  for (const [key, list] of byKey) {
    const [from] = places.rowsOf(key);
    if (places.isRegion(from)) {
      countries.add(places.countryOf(from));
      mentionedKeys.add(normsOf(tokens, list[0].firstToken, list[0].endToken));
    }
  }
  const decide = (key: number, list: readonly Candidate[], mentionedKeys: ReadonlySet<string>): { row: number; accepted: boolean } => {
    const [from, to] = places.rowsOf(key);
    const qualified = list.find((c) => c.qualified.length > 0)?.qualified[0];
    /** The likeliest row: by size and the countries and regions named, and with `voted`, by the other names' regions too. */
    const likeliest = (voted: boolean, only?: (row: number) => boolean): number => {
      let row = only === undefined ? from : -1;
      let best = -Infinity;
      for (let r = from; r < to; r++) {
        if (only !== undefined && !only(r)) continue;
        const region = places.regionOf(r);
        const inRegion = region !== undefined && !places.isRegion(r);
        const score =
          (places.isRegion(r) ? 8 : places.isSecondLevel(r) ? 5 : places.isAirport(r) ? AIRPORT_SCORE : Math.log10(places.populationOf(r) + 1)) +
          (countries.has(places.countryOf(r)) ? 2 : 0) +
          (inRegion && mentionedKeys.has(regionKeys.get(region)) ? 3 : 0) +
          (voted && inRegion ? Math.min(3, REGION_VOTE * ((votes.get(region) ?? 1) - 1)) : 0) +
          (voted ? Math.min(NEAR_CAP, NEAR_VOTE * (near.get(r) ?? 0)) : 0);
        if (score > best) {
          best = score;
          row = r;
        }
      }
      return row;
    };
    const strong = list.some((c) => c.qualified.length > 0 || c.dateline);
    const preposition = list.some((c) => (c.preposition && !c.sentenceStart) || c.fromNoun);
    const named = list[0];
    const locative = list.some((c) => c.inPlace && !c.sentenceStart) && 2 * list.filter((c) => c.preposition || c.fromNoun).length >= list.length;
    const accepts = (row: number): boolean => {
      const regionNamed = places.regionOf(row) !== undefined && mentionedKeys.has(regionKeys.get(places.regionOf(row) as string));
      const countryNamed = countries.has(places.countryOf(row));
      const inContext = countryNamed || regionNamed;
      const size = places.isRegion(row) || places.isAirport(row)
        ? LARGE_PLACE
        : places.isSecondLevel(row)
          ? named.endToken - named.firstToken > 1 && DIVISION_WORDS.has(normAt(tokens, named.endToken - 1))
            ? LARGE_PLACE
            : COUNTRY_CONTEXT_PLACE
          : places.populationOf(row) > 0 || !places.isSeat(row)
            ? places.populationOf(row)
            : // GeoNames gives no population for some seats of regions ("Port Talbot"): a seat is a town.
              MIDDLE_PLACE;
      if (places.isCommonWord(key)) return strong || (preposition && (inContext || size >= MIDDLE_PLACE));
      if (places.isGivenName(key)) return strong || preposition || size >= GIVEN_NAME_PLACE;
      if (size >= LARGE_PLACE) return true;
      if (size >= MIDDLE_PLACE) return strong || preposition || regionNamed || (countryNamed && size >= COUNTRY_CONTEXT_PLACE);
      // A small town the document places things in ("in Khayelitsha", "near Dundrum") is one, unless
      // the name mostly stands where a person's would ("from Jones" once, "Jones fled" six times).
      return strong || (preposition && inContext) || locative;
    };
    if (qualified !== undefined) return { row: qualified, accepted: accepts(qualified) };
    // Whether the name is a place is decided as before the votes; which place, with them.
    const row = likeliest(true);
    const unvoted = likeliest(false);
    if (accepts(row) || (unvoted !== row && accepts(unvoted))) return { row, accepted: true };
    // The likeliest place is too small for the evidence, but a bigger namesake needs none: "against
    // Louisville" beside Columbus, Ohio is not Louisville, Ohio (9,000 people) but the big one.
    // Not for a name that is also a word or a given name: there the small place's doubt is the name's ("Lincoln").
    const place = places.isCommonWord(key) || places.isGivenName(key) ? -1 : likeliest(true, accepts);
    return place >= 0 ? { row: place, accepted: true } : { row, accepted: false };
  };
  // How many of the document's names have a place in each region: an article on Walker County,
  // LaFayette and Rossville is in Georgia, though each name has namesakes in other states.
  const votes = new Map<string, number>();
  for (const key of byKey.keys()) {
    const [from, to] = places.rowsOf(key);
    const seen = new Set<string>();
    for (let r = from; r < to; r++) {
      const region = places.regionOf(r);
      if (region === undefined || places.isRegion(r) || seen.has(region)) continue;
      seen.add(region);
      votes.set(region, (votes.get(region) ?? 0) + 1);
    }
  }
  const near = nearVotes(context.namesakeKeys === undefined ? byKey.keys() : new Set([...byKey.keys(), ...context.namesakeKeys]), places, context.anchorPoints ?? []);
  const chosen = new Map<number, number>();
  // The regions of the places that are sure (one place of that name, or a qualifier says which):
  // "Roxton" is in Texas, so "Paris" beside it is Paris, Texas, and "Lamar County" the Texan one.
  // And the regions two of the chosen places share (a county counts twice: it is in one state only):
  // an article on Montgomery, Watertown and Scott County is in Minnesota, so its "Jackson County" is too.
  const sure = new Set(mentionedKeys);
  const townsIn = new Map<string, number>();
  // Each name's own share of `townsIn`: a name does not vote for its own region.
  const share = new Map<number, { region: string; weight: number }>();
  for (const [key, list] of byKey) {
    const { row, accepted } = decide(key, list, mentionedKeys);
    if (!accepted) continue;
    chosen.set(key, row);
    const [from, to] = places.rowsOf(key);
    const region = places.regionOf(row);
    if (region === undefined || places.isRegion(row)) continue;
    const regionKey = regionKeys.get(region);
    if (to - from === 1 || list.some((c) => c.qualified.length > 0)) sure.add(regionKey);
    const weight = places.isSecondLevel(row) ? 2 : 1;
    townsIn.set(regionKey, (townsIn.get(regionKey) ?? 0) + weight);
    share.set(key, { region: regionKey, weight });
  }
  // One region at most: with two, each name's own county could anchor its state for the other's,
  // and two ambiguous names would swap states.
  let top: string | undefined;
  let topTowns = 0;
  for (const [regionKey, towns] of townsIn) {
    if (towns > topTowns) {
      top = regionKey;
      topTowns = towns;
    } else if (towns === topTowns) top = undefined;
  }
  const anchored = new Set(sure);
  if (top !== undefined && topTowns >= REGION_CONSENSUS) anchored.add(top);
  if (anchored.size > mentionedKeys.size) {
    for (const [key, list] of byKey) {
      const [from, to] = places.rowsOf(key);
      if (to - from === 1 || list.some((c) => c.qualified.length > 0)) continue;
      const own = share.get(key);
      let keys: ReadonlySet<string> = anchored;
      if (own !== undefined && !sure.has(own.region) && (townsIn.get(own.region) as number) - own.weight < REGION_CONSENSUS) {
        const others = new Set(anchored);
        others.delete(own.region);
        keys = others;
      }
      const { row, accepted } = decide(key, list, keys);
      if (accepted) chosen.set(key, row);
    }
  }
  const mentions: PlaceMention[] = [];
  for (const c of candidates) {
    const documentRow = chosen.get(c.key);
    if (documentRow === undefined) continue;
    // One sense per document, unless a mention says otherwise itself: "Portland, Maine … Portland, Oregon".
    const row = c.qualified.length > 0 ? c.qualified[0] : documentRow;
    // A common word opening a sentence is the word ("Mobile phones…") unless this mention itself shows a place.
    if (c.sentenceStart && places.isCommonWord(c.key) && c.qualified.length === 0 && !c.dateline) continue;
    const [from, to] = places.rowsOf(c.key);
    const others: number[] = [];
    for (let r = from; r < to && others.length < 5; r++) if (r !== row) others.push(r);
    mentions.push({ start: tokens.starts[c.firstToken], end: tokens.ends[c.endToken - 1], firstToken: c.firstToken, endToken: c.endToken, row, others });
    if (c.state !== undefined && places.regionCodeOf(row) === places.regionCodeOf(c.state.row)) {
      const { firstToken, endToken } = c.state;
      mentions.push({ start: tokens.starts[firstToken], end: tokens.ends[endToken - 1], firstToken, endToken, row: c.state.row, others: [] });
    }
  }
  return mentions;
}

/**
 * Per row of the document's names, how many other names have a place within NEAR_KM of it. The
 * points go into cells of about NEAR_KM, so each row is compared with its neighbours' only.
 */
function nearVotes(keys: Iterable<number>, places: WorldPlaces, anchors: readonly [number, number][]): Map<number, number> {
  const cellDegrees = NEAR_KM / 111;
  const cellOf = (lat: number, lon: number): number => Math.floor(lat / cellDegrees + 200) * 4096 + Math.floor(lon / cellDegrees + 2000);
  const cells = new Map<number, { row: number; key: number; point: [number, number] }[]>();
  const points: { row: number; key: number; point: [number, number] }[] = [];
  for (const key of keys) {
    const [from, to] = places.rowsOf(key);
    if (to - from > NEAR_MAX_ROWS) continue;
    for (let row = from; row < to; row++) {
      const point = places.pointOf(row);
      if (point === undefined) continue;
      const entry = { row, key, point };
      points.push(entry);
      const cell = cellOf(point[0], point[1]);
      const list = cells.get(cell);
      if (list) list.push(entry);
      else cells.set(cell, [entry]);
    }
  }
  // Each gazetteer place votes as a name of its own (negative keys), and needs no votes itself.
  anchors.forEach((point, i) => {
    const cell = cellOf(point[0], point[1]);
    const entry = { row: -1, key: -1 - i, point: point as [number, number] };
    const list = cells.get(cell);
    if (list) list.push(entry);
    else cells.set(cell, [entry]);
  });
  const votes = new Map<number, number>();
  for (const { row, key, point } of points) {
    const voters = new Set<number>();
    // Longitude cells narrow towards the poles: look one cell further east and west there.
    const reach = Math.abs(point[0]) > 60 ? 2 : 1;
    for (let dLat = -1; dLat <= 1; dLat++) {
      for (let dLon = -reach; dLon <= reach; dLon++) {
        const list = cells.get(cellOf(point[0] + dLat * cellDegrees, point[1] + dLon * cellDegrees));
        if (list === undefined) continue;
        for (const other of list) if (other.key !== key && !voters.has(other.key) && kilometres(point, other.point) <= NEAR_KM) voters.add(other.key);
      }
    }
    if (voters.size > 0) votes.set(row, voters.size);
  }
  return votes;
}

/** The alias key of tokens [first, end): their norms joined by spaces. */
export function normsOf(tokens: Tokens, first: number, end: number): string {
  let key = normAt(tokens, first);
  for (let k = first + 1; k < end; k++) key += ` ${normAt(tokens, k)}`;
  return key;
}

/** A place the gazetteer found, which may be a namesake elsewhere ("Paris, Texas"). */
export interface GazetteerPlace {
  firstToken: number;
  endToken: number;
  coordinates: [number, number] | undefined;
  /** The country whose seat it is (capitals only), from the gazetteer. */
  country: string | undefined;
  /** Its text: mentions spelled alike share one look-up. */
  spelling: string;
}

/** The gazetteer places that are namesakes here (position in the list → layer row), and the states that said so. */
export interface Relocation {
  moved: Map<number, number>;
  states: PlaceMention[];
}

/** Within this distance a layer row is the gazetteer's place itself, not a namesake. */
const SAME_PLACE_KM = 50;

function kilometres([lat1, lon1]: [number, number], [lat2, lon2]: [number, number]): number {
  const rad = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * rad) / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 12742 * Math.asin(Math.min(1, Math.sqrt(a)));
}

/**
 * The first-level region of the layer's row that is the gazetteer's place itself ("Dallas" → Texas):
 * the row at its point, or, for a gazetteer place without one, the name's biggest city (the
 * gazetteer lists only well-known places).
 */
export function homeRegion(tokens: Tokens, p: GazetteerPlace, places: WorldPlaces): string | undefined {
  const key = places.keyNumber(normsOf(tokens, p.firstToken, p.endToken));
  if (key < 0) return undefined;
  const [from, to] = places.rowsOf(key);
  let biggest = -1;
  for (let r = from; r < to; r++) {
    if (places.isRegion(r) || places.isSecondLevel(r)) continue;
    const there = places.pointOf(r);
    if (p.coordinates !== undefined && there !== undefined && kilometres(there, p.coordinates) <= SAME_PLACE_KM) return places.regionOf(r);
    if (biggest < 0 || places.populationOf(r) > places.populationOf(biggest)) biggest = r;
  }
  return p.coordinates === undefined && biggest >= 0 && places.populationOf(biggest) >= LARGE_PLACE ? places.regionOf(biggest) : undefined;
}

/**
 * Which of the gazetteer's places are namesakes elsewhere, decided per name for the document: a
 * qualifier that names another region ("Paris, Texas", "Athens, Ga."), or, for a capital whose
 * country the document never names, a namesake in a region it does name ("Dublin" in an article on
 * Dublin, Ohio that names Ohio). Returns the layer row for each such place (by position in `list`).
 */
export function relocateNamesakes(text: string, tokens: Tokens, list: readonly GazetteerPlace[], places: WorldPlaces, context: FindPlacesContext, regionKeys: RegionKeys): Relocation {
  const byKey = new Map<number, number[]>();
  const keyOfSpelling = new Map<string, number>();
  list.forEach((p, i) => {
    let key = keyOfSpelling.get(p.spelling);
    if (key === undefined) {
      key = places.keyNumber(normsOf(tokens, p.firstToken, p.endToken));
      keyOfSpelling.set(p.spelling, key);
    }
    if (key < 0) return;
    const same = byKey.get(key);
    if (same) same.push(i);
    else byKey.set(key, [i]);
  });
  const moved = new Map<number, number>();
  const states: PlaceMention[] = [];
  for (const [key, members] of byKey) {
    const [from, to] = places.rowsOf(key);
    const home = list[members[0]];
    const elsewhere = (row: number): boolean => {
      const point = places.pointOf(row);
      return point === undefined || home.coordinates === undefined || kilometres(point, home.coordinates) > SAME_PLACE_KM;
    };
    const rows: number[] = [];
    for (let r = from; r < to; r++) if (!places.isRegion(r)) rows.push(r);
    let row: number | undefined;
    for (const i of members) {
      const p = list[i];
      const state = p.endToken + 1 < tokens.count && normAt(tokens, p.endToken) === ',' ? stateQualifier(text, tokens, p.endToken, places, context) : undefined;
      const qualified = qualifiedRows(text, tokens, p.endToken, rows, places, context, regionKeys, state);
      if (qualified.length > 0) {
        if (elsewhere(qualified[0]) && !qualified.some((r) => !elsewhere(r))) {
          row = qualified[0];
          // "Athens, Ga.": the state is annotated too, as after a place of the layer.
          if (state !== undefined && places.regionCodeOf(row) === places.regionCodeOf(state.row)) {
            states.push({ start: tokens.starts[state.firstToken], end: tokens.ends[state.endToken - 1], firstToken: state.firstToken, endToken: state.endToken, row: state.row, others: [] });
          }
        }
        break;
      }
    }
    if (row === undefined && home.country !== undefined && !context.countries.has(home.country)) {
      let best = -1;
      for (const r of rows) {
        const region = places.regionOf(r);
        if (region === undefined || !context.placeKeys.has(regionKeys.get(region)) || !elsewhere(r)) continue;
        if (best < 0 || places.populationOf(r) > places.populationOf(best)) best = r;
      }
      if (best >= 0) row = best;
    }
    if (row === undefined && home.country !== undefined && !context.countries.has(home.country) && context.nearPoints !== undefined) {
      // "Paris and Henry County": the namesake nearest a place the text names, if it lies beside one.
      let best = -1;
      let bestKm = NEAR_KM;
      for (const r of rows) {
        const point = places.pointOf(r);
        if (point === undefined || !elsewhere(r)) continue;
        for (const other of context.nearPoints) {
          const km = kilometres(point, other);
          if (km <= bestKm) {
            best = r;
            bestKm = km;
          }
        }
      }
      if (best >= 0) row = best;
    }
    if (row !== undefined) for (const i of members) moved.set(i, row);
  }
  return { moved, states };
}
