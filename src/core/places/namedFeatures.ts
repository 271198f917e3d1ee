/**
 * Streets, airports, rivers, bridges, camps and the like that no gazetteer lists, found by the noun
 * that says what they are: "Royal Street", "Dulles International Airport", "the Neches River",
 * "Lake Manassas", "Camp Lejeune", "the Bay of Bengal". A reader of local and conflict news meets
 * more of these than of towns, and the noun vouches for the name as well as a list would.
 *
 * Precision first:
 * - the noun must be capitalised and stand where nothing else was found; the words before it (or
 *   after it, for "Lake …") are capitalised words of one name, on one line, with no sentence
 *   opener, role or weekday among them;
 * - a capitalised word right after the name makes it part of a longer one ("Heathrow Airport
 *   Holdings", "Camp David Accords"), and nothing is found in a Title Case headline, where every
 *   word is capitalised ("Pakistan Closes Airport");
 * - a name the world layer or the gazetteer knows as a whole ("Fort Worth") is theirs: this runs
 *   on what they left.
 */
import { GIVEN_NAMES } from '../match/notPlace';
import { hashString, normAt, TOKEN_CAPITALISED, TOKEN_NUMBER, TOKEN_WORD, type Tokens } from '../text/tokenize';

const words = (list: string): Set<string> => new Set(list.trim().split(/\s+/));

/** Nouns after a name that make it a place: "Royal Street", "Neches River", "Al Udeid Air Base". */
const AFTER_NAME = new Map<string, string>([
  ...[...words('street avenue road boulevard lane highway square bridge tunnel')].map((w): [string, string] => [w, w]),
  // What a card calls them: "Wichita Drive" is a street, "the Massachusetts Turnpike" a road.
  ...[...words('drive terrace')].map((w): [string, string] => [w, 'street']),
  ...[...words('parkway expressway freeway turnpike motorway bypass')].map((w): [string, string] => [w, 'road']),
  ...[...words('airport airfield airbase base harbour harbor port dam canal checkpoint crossing camp')].map((w): [string, string] => [w, w]),
  ...[...words('river lake island islands mountains mountain valley desert peninsula strait bay shoal reef heights plateau glacier falls canyon forest')].map((w): [string, string] => [w, w]),
  // Buildings the news places things at ("Karl Bremer Hospital", "Holy Redeemer Church"); not
  // "Park", also a surname ("President Park").
  ...[...words('hospital church cathedral mosque temple synagogue museum library stadium arena palace prison theatre theater mall hotel')].map((w): [string, string] => [w, w]),
  ['st', 'street'],
  ['ave', 'avenue'],
  ['rd', 'road'],
  ['blvd', 'boulevard'],
]);
/** Roads known by a number after the noun: "Highway 82", "County Road 43", "Route 159", "Interstate 35". */
const NUMBERED = words('highway road route interstate');
/** Words that make no name on their own: "County Road" is a road only with its number. */
const GENERIC = words('county state interstate national federal');
/**
 * Lower-case nouns after a name that make it a place of that kind: "Torkula village", "Kasese
 * district", "Sindh province". The name alone is the annotation (the noun is the text's own word).
 */
export const LOWER_HEADS: ReadonlySet<string> = words('village villages town district province county region governorate prefecture municipality township commune');
const LOWER_HEAD_HASHES = new Set([...LOWER_HEADS].map(hashString));
/** Lower-case words that may follow such a noun without making a compound of it ("Torkula village of Guma"). */
const AFTER_KIND = words('of in on at and or near where which that who was were is are has had have with after before since to from by for');
/** Plural nouns after a list of names: each name is one of them ("Lakeview and Harrison streets"). */
const PLURAL_HEADS = new Map([
  ['streets', 'street'],
  ['avenues', 'avenue'],
  ['roads', 'road'],
  ['rivers', 'river'],
]);
const PLURAL_HEAD_HASHES = new Set([...PLURAL_HEADS.keys()].map(hashString));
/** Nouns before "of" and the names of places of that kind: "the strategic towns of Awdhegle, Bariire and Sabiid", "the village of Torkula". */
const OF_LIST_HEADS = new Map([
  ['town', 'town'], ['towns', 'town'], ['village', 'village'], ['villages', 'village'], ['city', 'city'], ['cities', 'city'],
  ['settlement', 'settlement'], ['settlements', 'settlement'], ['district', 'district'], ['districts', 'district'],
]);
const OF_LIST_HASHES = new Set([...OF_LIST_HEADS.keys()].map(hashString));
/** A bit per low 16 bits of the lower-case nouns' hashes: most lower-case words are none, and one read says so. */
const LOWER_BITS = new Uint32Array(1 << 11);
for (const hash of [...LOWER_HEAD_HASHES, ...PLURAL_HEAD_HASHES, ...OF_LIST_HASHES]) LOWER_BITS[(hash & 0xffff) >>> 5] |= 1 << (hash & 31);
const maybeLowerHead = (hash: number): boolean => (LOWER_BITS[(hash & 0xffff) >>> 5] & (1 << (hash & 31))) !== 0;
/** Words that name no one place before such a noun: "the North region", "the Central district". */
const DIRECTIONS = words('north south east west northern southern eastern western central upper lower new old greater northeast northwest southeast southwest');
/** Churches that are institutions as a whole: "the Catholic Church", "the Orthodox Church". */
const DENOMINATIONS = words('catholic orthodox anglican protestant episcopal lutheran methodist baptist presbyterian coptic evangelical');
/** Abbreviated nouns, which count only with their full stop ("Victoria St."). */
const ABBREVIATED = words('st ave rd blvd');
/** Nouns before a name that make it a place: "Lake Chad", "Mount Sinjar", "Mt. Hood", "Camp Lejeune". */
/**
 * Named storms: "Hurricane Melissa", "Typhoon Kalmaegi", "Cyclone Ditwah", "Storm Boris", "Tropical
 * Storm Erin", "Super Typhoon Ragasa". An event, not a place; the name is one word after the noun.
 */
const STORMS = words('hurricane typhoon cyclone storm');
/** Capitalised words that open a storm's noun: "Tropical Storm", "Super Typhoon". */
const STORM_OPENERS = words('tropical super severe');

/** Whether a feature (NamedFeature.feature) is a storm: an event, where the others are places. */
export function isStorm(feature: string): boolean {
  return STORMS.has(feature);
}

const BEFORE_NAME = new Map<string, string>([
  ['lake', 'lake'],
  ['mount', 'mountain'],
  ['mt', 'mountain'],
  ['camp', 'camp'],
  ['fort', 'fort'],
  ['cape', 'cape'],
  // Streets named in the language of their town: "Rue Casa Calvo", "Avenida Paulista", "Calle Ocho".
  ['rue', 'street'],
  ['avenida', 'avenue'],
  ['calle', 'street'],
]);
/**
 * Letters of numbered roads written as one word with their number: "the A417" (Britain), "the M-14"
 * (Syria), "the N2" (Ireland, South Africa), "the E40" (Europe), "the R127". The same shape names
 * planes, rifles and paper sizes ("the A380", "the M16", "A4"), so a road needs "the" before it (or
 * a road before it in a list) and a word of traffic in its sentence, or the noun after it ("the M-14
 * highway").
 */
const ROAD_LETTERS = words('a b m n e r');
/** Words in a sentence that say its "A417" is a road. */
const TRAFFIC_WORDS = words(`roundabout roundabouts junction junctions carriageway carriageways southbound northbound
  eastbound westbound motorway motorways diversion diversions highway highways traffic bypass lanes tailbacks`);
/** Words before "Drive" that make it a thing, not a street: "Google Drive", "Hard Drive", "Test Drive". */
const DRIVE_THINGS = words('google hard flash thumb disk disc usb test solid sex');
/** Nouns after a numbered road's name that say it is one: "the M-14 highway". */
const ROAD_NOUNS = words('road highway motorway');
/** How far a road's sentence is read each way for a word of traffic, in tokens. */
const SENTENCE_REACH = 40;
/** Nouns joined to a name by "of": "the Bay of Bengal", "the Strait of Hormuz", "the Isle of Man". */
const BEFORE_OF = words('bay gulf strait isle sea port lake');
/** Capitalised words that are no part of a place's name: sentence openers, weekdays, months, pronouns. */
const NOT_NAME = words(`the a an this that these those he she it they we i his her its their our my your
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december but and or in on at for from to of after before when while if as by with
  then now meanwhile however also later earlier here there today yesterday tomorrow so yet still instead thus`);
/** Lower-case words that may join a name's parts: "Rue de la Paix", "Bridge of Sighs" is left out. */
const CONNECTORS = words('de la le du des del el al bin ibn van von der den');
const MAX_NAME_WORDS = 4;
/** How far a headline test reads each way from the noun, in tokens. */
const HEADLINE_REACH = 40;
/** The hashes of every noun above: most capitalised words are none, and their hash says so without making the word. */
const HEAD_HASHES = new Set([...AFTER_NAME.keys(), ...BEFORE_NAME.keys(), ...BEFORE_OF, ...NUMBERED, ...STORMS].map(hashString));
/** A bit per value of the hashes' low 16 bits: one typed-array read rules out most words before the set is asked. */
const HEAD_BITS = new Uint32Array(1 << 11);
for (const hash of HEAD_HASHES) HEAD_BITS[(hash & 0xffff) >>> 5] |= 1 << (hash & 31);
const maybeHead = (hash: number): boolean => (HEAD_BITS[(hash & 0xffff) >>> 5] & (1 << (hash & 31))) !== 0 && HEAD_HASHES.has(hash);


export interface NamedFeature {
  firstToken: number;
  endToken: number;
  /** What the noun says it is: "street", "airport", "river", "camp". */
  feature: string;
}

const CAPITALISED_WORD = TOKEN_CAPITALISED | TOKEN_WORD;

/**
 * The named features in the text. `free(i)`: token i is inside no annotation, or inside a place or
 * country's (which a longer feature name may contain: "New York Avenue", "Mississippi River").
 * `covered(i)`: token i is inside any annotation (a feature's noun never is).
 */
export function findNamedFeatures(text: string, tokens: Tokens, free: (i: number) => boolean, covered: (i: number) => boolean, lowerCaseWord: (word: string) => boolean): NamedFeature[] {
  const n = tokens.count;
  const found: NamedFeature[] = [];
  const norm = (i: number): string => normAt(tokens, i);
  const capitalised = (i: number): boolean => i >= 0 && i < n && (tokens.flags[i] & CAPITALISED_WORD) === CAPITALISED_WORD;
  /** Nothing but one space between tokens i and i + 1, or a hyphen ("Al-Udeid"). */
  const joined = (i: number): boolean => {
    const gap = tokens.starts[i + 1] - tokens.ends[i];
    if (gap === 0) return true;
    const c = text.charCodeAt(tokens.ends[i]);
    return gap === 1 && (c === 0x20 || c === 0x2d);
  };
  const nameWord = (i: number): boolean => capitalised(i) && free(i) && !NOT_NAME.has(norm(i));
  /** A line break between tokens i - 1 and i (only the gap is read: a document may be one long line). */
  const lineBreakBefore = (i: number): boolean => {
    for (let k = tokens.ends[i - 1]; k < tokens.starts[i]; k++) if (text.charCodeAt(k) === 10) return true;
    return false;
  };
  /** Token i opens a sentence or a line. */
  const sentenceStart = (i: number): boolean => {
    if (i === 0) return true;
    const before = norm(i - 1);
    return before === '.' || before === '!' || before === '?' || before === ':' || before === '"' || before === '“' || lineBreakBefore(i);
  };
  /** A sentence's first word that is a word, not a name ("Then", "Protesters": the document also writes it in lower case). */
  const opener = (i: number): boolean => sentenceStart(i) && (NOT_NAME.has(norm(i)) || lowerCaseWord(norm(i)));
  /**
   * Token h's line is a Title Case headline: three or more words of four letters or more, every one
   * capitalised ("Pakistan Closes Airport After Attack"). A line of prose has lower-case words.
   * At most HEADLINE_REACH tokens each way are read, so a document of one long line costs no more.
   */
  const headline = (h: number): boolean => {
    let k = h;
    while (k > 0 && h - k < HEADLINE_REACH && !lineBreakBefore(k)) k--;
    let long = 0;
    for (; k < n && k - h < HEADLINE_REACH && (k <= h || !lineBreakBefore(k)); k++) {
      if ((tokens.flags[k] & TOKEN_WORD) === 0 || tokens.ends[k] - tokens.starts[k] < 4) continue;
      if ((tokens.flags[k] & TOKEN_CAPITALISED) === 0) return false;
      long++;
    }
    return long >= 3;
  };
  /** A capitalised word continues the name past its end: it is part of a longer one. */
  const continues = (end: number): boolean => end < n && capitalised(end) && joined(end - 1);
  /** The feature whose noun (`feature`) is token h and whose name stands before it; its end token, or -1. */
  const nameBefore = (h: number, feature: string): number => {
    const abbreviated = ABBREVIATED.has(norm(h));
    if (abbreviated && (h + 1 >= n || norm(h + 1) !== '.' || tokens.starts[h + 1] !== tokens.ends[h])) return -1;
    let first = h;
    let count = 0;
    while (first > 0 && count < MAX_NAME_WORDS && joined(first - 1)) {
      if (nameWord(first - 1) && !AFTER_NAME.has(norm(first - 1))) {
        first--;
        count++;
      } else if (first - 2 >= 0 && CONNECTORS.has(norm(first - 1)) && joined(first - 2) && nameWord(first - 2)) first -= 2;
      else break;
    }
    if (count > 0 && opener(first)) {
      first++;
      count--;
    }
    // "St." before a name is a saint ("St. Louis"): as a street it ends the name.
    let end = abbreviated ? h + 2 : h + 1;
    const numbered = NUMBERED.has(norm(h)) && number(end);
    if (numbered) end++;
    if (count === 0 || (abbreviated ? capitalised(end) && joined(h + 1) : continues(end))) return -1;
    let generic = true;
    for (let k = first; k < h && generic; k++) generic = GENERIC.has(norm(k)) || !capitalised(k);
    if (generic && !numbered) return -1;
    // "Rufus Church" is a person (a given name before a noun that is also a surname); "the Catholic
    // Church" an institution, not a building.
    if (count === 1 && (GIVEN_NAMES.has(norm(first)) || DENOMINATIONS.has(norm(first)))) return -1;
    if (norm(h) === 'drive' && DRIVE_THINGS.has(norm(h - 1))) return -1;
    // A capitalised word the run stopped at (a role, a covered name) makes it part of something longer.
    if (first > 0 && capitalised(first - 1) && joined(first - 1) && !opener(first - 1)) return -1;
    if (headline(h)) return -1;
    found.push({ firstToken: first, endToken: end, feature });
    return end;
  };
  /** Token i is a road's number, after one space: "Highway 82", "Route 9W" is left out. */
  const number = (i: number): boolean => i < n && (tokens.flags[i] & TOKEN_NUMBER) !== 0 && joined(i - 1) && !(i + 1 < n && tokens.starts[i + 1] === tokens.ends[i] && /[\p{L}\d]/u.test(text[tokens.ends[i]]));
  /** A storm's noun at h and its one-word name after it ("Hurricane Melissa"); returns the last token used, or -1. */
  const storm = (h: number): number => {
    const name = h + 1;
    if (name >= n || !joined(h) || !nameWord(name) || continues(name + 1) || headline(h)) return -1;
    // "Tropical Storm Erin": the opener is part of the name; any other capitalised word before the
    // noun makes something longer ("Desert Storm", "the Hurricane Center").
    let first = h;
    if (h > 0 && capitalised(h - 1) && joined(h - 1) && !opener(h - 1)) {
      if (!STORM_OPENERS.has(norm(h - 1)) || (h > 1 && capitalised(h - 2) && joined(h - 2) && !opener(h - 2))) return -1;
      first = h - 1;
    }
    found.push({ firstToken: first, endToken: name + 1, feature: norm(h) });
    return name;
  };
  /** A capitalised noun at h ("Street", "Lake", "Highway"): the feature it makes, or none; returns the last token used, or -1. */
  const capitalisedHead = (h: number): number => {
    const word = norm(h);
    if (STORMS.has(word)) return storm(h);
    const after = AFTER_NAME.get(word);
    if (after !== undefined) {
      const end = nameBefore(h, after);
      if (end > 0) return end - 1;
    }
    // "Highway 82", "Interstate 35": the noun and its number are the name.
    if ((word === 'highway' || word === 'route' || word === 'interstate') && number(h + 1) && !(h > 0 && capitalised(h - 1) && joined(h - 1) && !opener(h - 1))) {
      found.push({ firstToken: h, endToken: h + 2, feature: 'road' });
      return h + 1;
    }
    const before = BEFORE_NAME.get(word);
    let start = h + 1;
    let feature = before;
    if (word === 'mt') {
      if (h + 1 >= n || norm(h + 1) !== '.') return -1;
      start = h + 2;
    } else if (before === undefined) {
      if (!BEFORE_OF.has(word) || h + 2 >= n || norm(h + 1) !== 'of' || !joined(h)) return -1;
      feature = word === 'isle' ? 'island' : word;
      start = h + 2;
    } else if (!joined(h)) return -1;
    let end = start;
    while (end < n && end - start < 3 && nameWord(end) && (end === start || joined(end - 1))) end++;
    if (end === start || continues(end) || (h > 0 && capitalised(h - 1) && joined(h - 1) && !opener(h - 1)) || headline(h)) return -1;
    found.push({ firstToken: h, endToken: end, feature: feature as string });
    return end - 1;
  };
  /** "Torkula village", "Kasese district": capitalised words no one has annotated, before the noun at h. */
  const lowerHead = (h: number, after: number): void => {
    let first = h;
    while (first > after + 1 && h - first < 3 && joined(first - 1) && capitalised(first - 1) && !covered(first - 1) && !NOT_NAME.has(norm(first - 1))) first--;
    if (first === h || (first > 0 && capitalised(first - 1) && joined(first - 1) && !opener(first - 1))) return;
    // At a sentence's start a capitalised word may be any word ("Every village"); and a noun that
    // goes on into a compound ("Apple town hall", "Pike county commissioners") is no place's kind.
    if (sentenceStart(first)) first++;
    if (h + 1 < n && (tokens.flags[h + 1] & (TOKEN_WORD | TOKEN_CAPITALISED)) === TOKEN_WORD && !AFTER_KIND.has(norm(h + 1))) return;
    let named = false;
    for (let k = first; k < h; k++) named ||= !DIRECTIONS.has(norm(k));
    if (first >= h || !named || headline(h)) return;
    found.push({ firstToken: first, endToken: h, feature: norm(h).replace(/s$/, '') });
  };
  /** "Lakeview and Harrison streets": each name of the list before the plural noun at h. */
  const pluralHead = (h: number, feature: string, after: number): void => {
    let end = h;
    for (;;) {
      let first = end;
      while (first > after + 1 && end - first < 3 && joined(first - 1) && capitalised(first - 1) && !covered(first - 1) && !NOT_NAME.has(norm(first - 1))) first--;
      if (first === end || sentenceStart(first)) return;
      found.push({ firstToken: first, endToken: end, feature });
      const joiner = first > 0 ? norm(first - 1) : '';
      if (joiner !== ',' && joiner !== 'and' && joiner !== 'or') return;
      end = first - 1;
    }
  };
  /**
   * "the towns of Awdhegle, Bariire, Sabiid, and Canole", "the village of Torkula": after the noun
   * at h and "of", each name of the list no one has annotated (one name after a singular noun).
   */
  const ofList = (h: number, feature: string): void => {
    if (headline(h)) return;
    const plural = norm(h) !== feature;
    let first = h + 2;
    for (;;) {
      let end = first;
      while (end < n && end - first < 3 && nameWord(end) && !covered(end) && (end === first || joined(end - 1))) end++;
      if (end === first || continues(end)) return;
      found.push({ firstToken: first, endToken: end, feature });
      if (!plural || end + 1 >= n) return;
      // ", ", "and", ", and", "or" before the next name.
      let next = end;
      if (norm(next) === ',') next++;
      if (next < n && (norm(next) === 'and' || norm(next) === 'or')) next++;
      if (next === end || next >= n || !capitalised(next)) return;
      first = next;
    }
  };
  /** The road's number after its letter at h, with nothing or a hyphen between ("A417", "M-14"), and nothing after it ("A417s", "M4x"). */
  const roadNumber = (h: number): boolean => {
    if (h + 1 >= n || (tokens.flags[h + 1] & TOKEN_NUMBER) === 0 || tokens.ends[h] - tokens.starts[h] !== 1 || !ROAD_LETTERS.has(norm(h))) return false;
    const gap = tokens.starts[h + 1] - tokens.ends[h];
    if (gap > 1 || (gap === 1 && text.charCodeAt(tokens.ends[h]) !== 0x2d)) return false;
    const after = tokens.ends[h + 1];
    return after >= text.length || !/[\p{L}\d]/u.test(text[after]);
  };
  /** A word of traffic in the sentence of token h. */
  const trafficNear = (h: number): boolean => {
    for (let k = h - 1; k >= 0 && h - k <= SENTENCE_REACH && !sentenceEnd(k); k--) if (TRAFFIC_WORDS.has(norm(k))) return true;
    for (let k = h + 2; k < n && k - h <= SENTENCE_REACH && !sentenceEnd(k); k++) if (TRAFFIC_WORDS.has(norm(k))) return true;
    return false;
  };
  const sentenceEnd = (k: number): boolean => {
    const word = norm(k);
    return word === '.' || word === '!' || word === '?' || lineBreakBefore(k + 1 < n ? k + 1 : k);
  };
  let lastRoad = -1;
  /** "the A417 southbound carriageway", "via the A436, A40 and A429": a numbered road at h; returns the last token used, or -1. */
  const letteredRoad = (h: number): number => {
    if (!roadNumber(h)) return -1;
    const before = h > 0 ? norm(h - 1) : '';
    // The road before ends at lastRoad + 1, the joiner is lastRoad + 2.
    const listed = lastRoad >= 0 && h === lastRoad + 3 && (before === ',' || before === 'and' || before === 'or');
    const noun = h + 2 < n && ROAD_NOUNS.has(norm(h + 2)) && joined(h + 1);
    if (!((before === 'the' || listed) && (noun || listed || trafficNear(h)))) return -1;
    found.push({ firstToken: h, endToken: h + 2, feature: 'road' });
    lastRoad = h;
    return h + 1;
  };
  // One pass: a capitalised word may be a noun of the first kinds, a lower-case one of the others.
  let last = -1;
  for (let h = 0; h < n; h++) {
    const flags = tokens.flags[h] & CAPITALISED_WORD;
    if (flags === CAPITALISED_WORD) {
      if (h > last && tokens.ends[h] - tokens.starts[h] === 1 && !covered(h)) {
        const road = letteredRoad(h);
        if (road >= 0) {
          last = road;
          continue;
        }
      }
      if (h > last && maybeHead(tokens.hashes[h]) && !covered(h)) last = Math.max(last, capitalisedHead(h));
    } else if (flags === TOKEN_WORD && h > 0 && maybeLowerHead(tokens.hashes[h])) {
      const hash = tokens.hashes[h];
      // Not after a name of its own: in "Torkula village of Guma" the name after "of" is the area's.
      if (OF_LIST_HASHES.has(hash) && h + 2 < n && norm(h + 1) === 'of' && joined(h) && OF_LIST_HEADS.has(norm(h)) && !(capitalised(h - 1) && joined(h - 1))) {
        ofList(h, OF_LIST_HEADS.get(norm(h)) as string);
      }
      if (LOWER_HEAD_HASHES.has(hash) && LOWER_HEADS.has(norm(h))) lowerHead(h, last);
      else if (PLURAL_HEAD_HASHES.has(hash)) {
        const feature = PLURAL_HEADS.get(norm(h));
        if (feature !== undefined) pluralHead(h, feature, last);
      }
    }
  }
  found.sort((a, b) => a.firstToken - b.firstToken);
  return found;
}
