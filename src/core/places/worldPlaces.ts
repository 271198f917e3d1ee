/**
 * The world places layer: every populated place of GeoNames with 1,000 inhabitants or more and the
 * first-level regions of every country, read from the file scripts/gazetteer/places.mjs builds.
 * Rows are sorted by the matcher's alias key, likeliest first within a key, so the places that
 * share a name are one run of rows. Nothing is tokenised here: the keys were made at build time.
 */
import type { Entry } from '../gazetteer/schema';
import { hashRange } from '../text/tokenize';

/**
 * A numeric column: its typed array, as read from the layer's file (placesFile.ts), or a plain
 * array (tests).
 */
export type PackedColumn = ArrayBufferView | number[];

/** The layer's shape (columns, one value per row; see scripts/gazetteer/places.mjs and placesFile.ts). */
export interface PackedPlaces {
  source: { title: string; url: string; date?: string };
  /** Where the airports' rows (type AIRP) come from. */
  airportSource?: { title: string; url: string };
  countries: string[];
  regions: string;
  regionCodes: string;
  regionCountry: number[];
  /** GeoNames codes of the second-level regions ("US.KY.125"): an ADM2 row's `geonameId` is its index here. */
  admin2Codes: string;
  types: string[];
  keys: string;
  /** Uint16Array. */
  counts: PackedColumn;
  commonKeys: number[];
  givenNameKeys: number[];
  /** Tokeniser hashes of every English given name (sorted): "Hannah Smalls of Oxford" is where a person is from. */
  givenNameHashes?: number[];
  names: string;
  /** Int32Array. */
  geonameId: PackedColumn;
  /** Uint8Array. */
  type: PackedColumn;
  /** Uint16Array. */
  country: PackedColumn;
  /** Int16Array. */
  region: PackedColumn;
  /** Int32Array. */
  population: PackedColumn;
  /** Int32Array. */
  lat: PackedColumn;
  /** Int32Array. */
  lon: PackedColumn;
}

/** Ids of the layer's entries start with this (ids of the bundled gazetteer never do). */
export const PLACE_ID_PREFIX = 'geonames-';

/** One place of the layer, as the finder and the cards read it. */
export interface Place {
  row: number;
  id: string;
  name: string;
  /** The gazetteer's id of its country ("usa"). */
  country: string;
  /** Its first-level region ("Oregon"), when GeoNames gives one. */
  region?: string;
  /** 0 for a region (GeoNames' admin table gives none). */
  population: number;
  /** [latitude, longitude]; absent for a first-level region (a second-level one has its places' mean). */
  coordinates?: [number, number];
  /** GeoNames feature code: PPL, PPLA, PPLC…, ADM1 for a region, ADM2 for a county or district. */
  type: string;
}

/** What a GeoNames feature code means, as a card says it. */
const TYPE_NAMES: Record<string, string> = {
  ADM1: 'first-level region',
  ADM2: 'second-level region',
  PPLC: 'capital',
  PPLA: 'seat of a first-level region',
  PPLA2: 'seat of a second-level region',
  PPLA3: 'seat of a third-level region',
  PPLA4: 'seat of a fourth-level region',
  PPLA5: 'seat of a fifth-level region',
  PPLX: 'section of a populated place',
  PPLL: 'locality',
  PPLS: 'populated places',
  PPLF: 'farm village',
  PPLG: 'seat of government',
  AIRP: 'airport',
};

/** "43.661° N, 70.255° W". */
function formatCoordinates([lat, lon]: [number, number]): string {
  return `${Math.abs(lat).toFixed(3)}° ${lat < 0 ? 'S' : 'N'}, ${Math.abs(lon).toFixed(3)}° ${lon < 0 ? 'W' : 'E'}`;
}

const COMMON_WORD = 1;
const GIVEN_NAME = 2;

/**
 * Strings joined by "\n" and read one at a time by their offsets: 145,000 names or keys held as
 * one string and an Int32Array instead of a string each (a tenth of the memory).
 */
class JoinedStrings {
  readonly count: number;
  /** Where each string starts; one more at the end (the text's length + 1). */
  private readonly starts: Int32Array;

  constructor(private readonly text: string) {
    let count = 1;
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) count++;
    this.count = count;
    this.starts = new Int32Array(count + 1);
    let k = 1;
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) this.starts[k++] = at + 1;
    this.starts[count] = text.length + 1;
  }

  at(k: number): string {
    return this.text.slice(this.starts[k], this.starts[k + 1] - 1);
  }

  length(k: number): number {
    return this.starts[k + 1] - 1 - this.starts[k];
  }

  /** Whether string k is `other`, compared in place. */
  equals(k: number, other: string): boolean {
    const from = this.starts[k];
    if (this.starts[k + 1] - 1 - from !== other.length) return false;
    for (let i = 0; i < other.length; i++) if (this.text.charCodeAt(from + i) !== other.charCodeAt(i)) return false;
    return true;
  }

  /** How many space-separated words string k has. */
  wordCount(k: number): number {
    let words = 1;
    for (let i = this.starts[k], end = this.starts[k + 1] - 1; i < end; i++) if (this.text.charCodeAt(i) === 32) words++;
    return words;
  }

  /** The tokeniser's `hashString` of string k's first word, read in place. */
  firstWordHash(k: number): number {
    const from = this.starts[k];
    const end = this.starts[k + 1] - 1;
    const space = this.text.indexOf(' ', from);
    return hashRange(this.text, from, space < 0 || space > end ? end : space);
  }

  /** `stringHash` of string k, read in place. */
  hash(k: number): number {
    let h = 0x811c9dc5;
    for (let i = this.starts[k], end = this.starts[k + 1] - 1; i < end; i++) h = Math.imul(h ^ this.text.charCodeAt(i), 0x01000193);
    return h;
  }
}

type TypedArrayOf<T> = { from(values: ArrayLike<number>): T; readonly name: string };

/** A column as its typed array: the file's own (already of its type), or made from a plain array. */
function column<T>(packed: PackedColumn, Type: TypedArrayOf<T>): T {
  if (!ArrayBuffer.isView(packed)) return Type.from(packed);
  if (packed.constructor.name !== Type.name) throw new Error(`the places layer has a ${packed.constructor.name} column where a ${Type.name} belongs`);
  return packed as unknown as T;
}

/** FNV-1a over UTF-16 units: the key table's hash (`JoinedStrings.hash` computes the same in place). */
function stringHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

export class WorldPlaces {
  readonly source: { title: string; url: string; date?: string };
  private readonly airportSource: { title: string; url: string } | undefined;
  private readonly airportType: number;
  private readonly countries: readonly string[];
  private readonly types: readonly string[];
  // The columns, one value per row, as typed arrays (the file's JSON arrays are let go).
  private readonly geonameId: Int32Array;
  private readonly type: Uint8Array;
  private readonly country: Uint16Array;
  private readonly region: Int16Array;
  private readonly population: Int32Array;
  private readonly lat: Int32Array;
  private readonly lon: Int32Array;
  private readonly names: JoinedStrings;
  private readonly keyStrings: JoinedStrings;
  /** Open addressing over key numbers (-1: empty), with each slot's key hash beside it. */
  private readonly keySlots: Int32Array;
  private readonly keySlotHashes: Int32Array;
  private readonly keySlotMask: number;
  /** Per key number, its first row; one more at the end. */
  private readonly firstRow: Int32Array;
  /** Per key: COMMON_WORD and GIVEN_NAME bits. */
  private readonly wordFlags: Uint8Array;
  private readonly givenNameHashes: Int32Array;
  /**
   * The same by the first word's hash, so that no string is made for a word that starts no name:
   * an open-addressing table of hashes and word counts (0: empty slot). Typed arrays rather than a
   * Map of ~95,000 entries: a Map kept 3–4 MiB more and its building grew the heap for good.
   */
  private readonly longestHashes: Int32Array;
  private readonly longestWords: Uint8Array;
  private readonly longestMask: number;
  /**
   * A bit per value of the low 20 bits of the first words' hashes (the tokeniser's): most
   * capitalised words start no place name, and one typed-array read says so before any string is made.
   */
  private readonly firstWordBits = new Uint32Array(1 << 15);
  /** See `wordInfo`. */
  private infoById = new Int32Array(4096);
  private readonly regions: string[];
  private readonly regionCodeText: string;
  private regionCodes: string[] | undefined;
  private readonly admin2CodeText: string;
  private admin2Codes: string[] | undefined;
  private readonly adm1Type: number;
  private readonly admin2Type: number;
  private regionRows: Map<string, number> | undefined;

  constructor(packed: PackedPlaces) {
    this.source = packed.source;
    this.airportSource = packed.airportSource;
    this.airportType = packed.types.indexOf('AIRP');
    this.countries = packed.countries;
    this.types = packed.types;
    this.geonameId = column(packed.geonameId, Int32Array);
    this.type = column(packed.type, Uint8Array);
    this.country = column(packed.country, Uint16Array);
    this.region = column(packed.region, Int16Array);
    this.population = column(packed.population, Int32Array);
    this.lat = column(packed.lat, Int32Array);
    this.lon = column(packed.lon, Int32Array);
    const counts = column(packed.counts, Uint16Array);
    this.names = new JoinedStrings(packed.names);
    this.regions = packed.regions.split('\n');
    this.regionCodeText = packed.regionCodes;
    this.admin2CodeText = packed.admin2Codes;
    this.adm1Type = packed.types.indexOf('ADM1');
    this.admin2Type = packed.types.indexOf('ADM2');
    const keys = new JoinedStrings(packed.keys);
    this.keyStrings = keys;
    const keyCount = keys.count;
    let size = 16;
    while (size < keyCount * 2) size *= 2;
    this.keySlotMask = size - 1;
    this.keySlots = new Int32Array(size).fill(-1);
    this.keySlotHashes = new Int32Array(size);
    this.firstRow = new Int32Array(keyCount + 1);
    this.wordFlags = new Uint8Array(keyCount);
    for (const k of packed.commonKeys) this.wordFlags[k] |= COMMON_WORD;
    for (const k of packed.givenNameKeys) this.wordFlags[k] |= GIVEN_NAME;
    this.givenNameHashes = Int32Array.from(packed.givenNameHashes ?? []);
    let longestSize = 16;
    while (longestSize < keyCount + (keyCount >> 1)) longestSize *= 2;
    this.longestMask = longestSize - 1;
    this.longestHashes = new Int32Array(longestSize);
    this.longestWords = new Uint8Array(longestSize);
    // Read in place: a substring per key and a Map keyed by first words made ~15 MiB of garbage at load.
    let row = 0;
    for (let k = 0; k < keyCount; k++) {
      const hash = keys.hash(k);
      let slot = hash & this.keySlotMask;
      while (this.keySlots[slot] >= 0) slot = (slot + 1) & this.keySlotMask;
      this.keySlots[slot] = k;
      this.keySlotHashes[slot] = hash;
      this.firstRow[k] = row;
      row += counts[k];
      // First word of a key → the most words any key starting with it has. Two first words of one
      // hash share the longer count: the key look-up then tells them apart.
      const firstHash = keys.firstWordHash(k);
      this.firstWordBits[(firstHash & 0xfffff) >>> 5] |= 1 << (firstHash & 31);
      const words = Math.min(255, keys.wordCount(k));
      let at = firstHash & this.longestMask;
      while (this.longestWords[at] !== 0 && this.longestHashes[at] !== firstHash) at = (at + 1) & this.longestMask;
      this.longestHashes[at] = firstHash;
      if (this.longestWords[at] < words) this.longestWords[at] = words;
    }
    this.firstRow[keyCount] = row;
  }

  /** False when no place name starts with a word of this hash (see `firstWordBits`); true means maybe. */
  mayStartName(hash: number): boolean {
    return (this.firstWordBits[(hash & 0xfffff) >>> 5] & (1 << (hash & 31))) !== 0;
  }

  /** The most words a name starting with a word of this hash (the tokeniser's) has; 0: none does. */
  longestFromHash(hash: number): number {
    let at = hash & this.longestMask;
    while (this.longestWords[at] !== 0) {
      if (this.longestHashes[at] === hash) return this.longestWords[at];
      at = (at + 1) & this.longestMask;
    }
    return 0;
  }

  /**
   * What a word starts, by the tokeniser's vocabulary id (a document repeats its words, and ids
   * outlive documents): `(longest + 1) | ((key + 1) << 5)`, where longest is the most words a name
   * starting with it has and key its number as a one-word name (-1: none); 0 until `learnWord`.
   */
  wordInfo(id: number): number {
    return id < this.infoById.length ? this.infoById[id] : 0;
  }

  /** Works out and keeps `wordInfo` for a word of this id, hash and norm. */
  learnWord(id: number, hash: number, norm: string): number {
    if (id >= this.infoById.length) {
      const grown = new Int32Array(Math.max(id + 1, this.infoById.length * 2));
      grown.set(this.infoById);
      this.infoById = grown;
    }
    const longest = this.longestFromHash(hash);
    const info = (longest + 1) | ((longest === 0 ? 0 : this.keyNumber(norm) + 1) << 5);
    this.infoById[id] = info;
    return info;
  }

  /** How many alias keys there are (numbered from 0). */
  keyCount(): number {
    return this.keyStrings.count;
  }

  /** The alias key of this number. */
  keyAt(keyNumber: number): string {
    return this.keyStrings.at(keyNumber);
  }

  /** The key's number, or -1 when no place has it. */
  keyNumber(key: string): number {
    const hash = stringHash(key);
    for (let slot = hash & this.keySlotMask; ; slot = (slot + 1) & this.keySlotMask) {
      const k = this.keySlots[slot];
      if (k < 0) return -1;
      if (this.keySlotHashes[slot] === hash && this.keyStrings.equals(k, key)) return k;
    }
  }

  /** The rows of a key, likeliest first: [from, to). */
  rowsOf(keyNumber: number): [number, number] {
    return [this.firstRow[keyNumber], this.firstRow[keyNumber + 1]];
  }

  /** The key is also a common English word ("Reading", "Mobile", "Of"). */
  isCommonWord(keyNumber: number): boolean {
    return (this.wordFlags[keyNumber] & COMMON_WORD) !== 0;
  }

  /** The key is also an English given name ("Charlotte", "Tyler", "Lincoln"). */
  isGivenName(keyNumber: number): boolean {
    return (this.wordFlags[keyNumber] & GIVEN_NAME) !== 0;
  }

  /** A word (by the tokeniser's hash of its lower-case form) is an English given name ("Hannah", "Jodi"). */
  isGivenNameWord(hash: number): boolean {
    // A binary search over the sorted hashes: asked only for a capitalised word before "X of <town>".
    const list = this.givenNameHashes;
    let lo = 0;
    let hi = list.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (list[mid] < hash) lo = mid + 1;
      else if (list[mid] > hash) hi = mid - 1;
      else return true;
    }
    return false;
  }

  countryOf(row: number): string {
    return this.countries[this.country[row]];
  }

  regionOf(row: number): string | undefined {
    const region = this.region[row];
    return region < 0 ? undefined : this.regions[region];
  }

  populationOf(row: number): number {
    return this.population[row];
  }

  /** GeoNames' code of the row's first-level region ("US.OR"), if it has one. */
  regionCodeOf(row: number): string | undefined {
    const region = this.region[row];
    if (region < 0) return undefined;
    this.regionCodes ??= this.regionCodeText.split('\n');
    return this.regionCodes[region];
  }

  /** The row of a first-level region, by its GeoNames code ("US.OR"), or -1. */
  regionRow(code: string): number {
    if (!this.regionRows) {
      // Only the regions' rows, found by their type: not every place's id (see rowOfId).
      this.regionRows = new Map();
      for (let row = 0; row < this.type.length; row++) {
        if (this.type[row] === this.adm1Type) this.regionRows.set(this.regionCodeOf(row) as string, row);
      }
    }
    return this.regionRows.get(code) ?? -1;
  }

  isRegion(row: number): boolean {
    return this.type[row] === this.adm1Type;
  }

  /** The seat of a country's government or of a first- or second-level region (PPLC, PPLG, PPLA, PPLA2). */
  isSeat(row: number): boolean {
    const type = this.types[this.type[row]];
    return type === 'PPLC' || type === 'PPLG' || type === 'PPLA' || type === 'PPLA2';
  }

  /** An airport (OurAirports' large airports the news names by one word). */
  isAirport(row: number): boolean {
    return this.type[row] === this.airportType;
  }

  /** A county, district or parish: GeoNames' second-level regions. */
  isSecondLevel(row: number): boolean {
    return this.type[row] === this.admin2Type;
  }

  idOf(row: number): string {
    const slug = (code: string): string => code.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    if (this.isSecondLevel(row)) {
      this.admin2Codes ??= this.admin2CodeText.split('\n');
      return `${PLACE_ID_PREFIX}adm2-${slug(this.admin2Codes[this.geonameId[row]])}`;
    }
    if (this.isAirport(row)) return `${PLACE_ID_PREFIX}airport-${this.geonameId[row]}`;
    if (!this.isRegion(row)) return `${PLACE_ID_PREFIX}${this.geonameId[row]}`;
    this.regionCodes ??= this.regionCodeText.split('\n');
    return `${PLACE_ID_PREFIX}adm1-${slug(this.regionCodes[this.region[row]])}`;
  }

  place(row: number): Place {
    const type = this.types[this.type[row]];
    const place: Place = { row, id: this.idOf(row), name: this.names.at(row), country: this.countryOf(row), population: this.population[row], type };
    const region = this.regionOf(row);
    if (region !== undefined && type !== 'ADM1') place.region = region;
    if (type !== 'ADM1') place.coordinates = [this.lat[row] / 1e3, this.lon[row] / 1e3];
    return place;
  }

  /** [latitude, longitude] of a place, without making its card's fields; undefined for a first-level region. */
  pointOf(row: number): [number, number] | undefined {
    return this.type[row] === this.adm1Type ? undefined : [this.lat[row] / 1e3, this.lon[row] / 1e3];
  }

  /**
   * The row of a layer id, or -1: a scan of one column for the number or code the id holds (a
   * fraction of a millisecond), not a table of every id (15 MB, for a card now and then).
   */
  rowOfId(id: string): number {
    if (!id.startsWith(PLACE_ID_PREFIX)) return -1;
    const rest = id.slice(PLACE_ID_PREFIX.length);
    if (/^\d+$/.test(rest)) {
      const geonameId = Number(rest);
      for (let row = 0; row < this.geonameId.length; row++) if (this.geonameId[row] === geonameId && this.type[row] !== this.adm1Type && this.type[row] !== this.admin2Type && this.type[row] !== this.airportType) return row;
      return -1;
    }
    const wanted = rest.startsWith('adm1-') ? this.adm1Type : rest.startsWith('adm2-') ? this.admin2Type : rest.startsWith('airport-') ? this.airportType : -1;
    if (wanted < 0) return -1;
    // Ids slug their codes ("US.KY.125" → "us-ky-125"), so the candidates' ids are made and compared.
    for (let row = 0; row < this.type.length; row++) if (this.type[row] === wanted && this.idOf(row) === id) return row;
    return -1;
  }

  /** "Portland, Oregon, United States": the name with what tells it apart from its namesakes. */
  qualifiedName(row: number, countryName: (id: string) => string | undefined): string {
    const name = this.names.at(row);
    const parts = [name];
    const region = this.isRegion(row) ? undefined : this.regionOf(row);
    if (region !== undefined && region !== name) parts.push(region);
    parts.push(countryName(this.countryOf(row)) ?? this.countryOf(row).toUpperCase());
    return parts.join(', ');
  }

  /** A gazetteer entry for a layer id (what cards, search and exports read), or undefined. */
  entry(id: string, countryName: (id: string) => string | undefined): Entry | undefined {
    const row = this.rowOfId(id);
    if (row < 0) return undefined;
    const place = this.place(row);
    const country = countryName(place.country) ?? place.country.toUpperCase();
    const what = TYPE_NAMES[place.type] ?? 'populated place';
    const where = place.region !== undefined && place.region !== place.name ? `${place.region}, ${country}` : country;
    const facts: Entry['facts'] = { country: place.country, type: what };
    if (place.region !== undefined) facts.region = place.region;
    if (place.population > 0) facts.population = `${place.population.toLocaleString('en-US')} (GeoNames)`;
    if (place.coordinates) facts.coordinates = formatCoordinates(place.coordinates);
    const entry: Entry = {
      id,
      kind: 'place',
      name: this.qualifiedName(row, countryName),
      aliases: [],
      demonyms: [],
      metonyms: [],
      summary:
        place.type === 'ADM1'
          ? `First-level region of ${country}.`
          : place.type === 'ADM2'
            ? `Second-level region (county, district or the like) in ${where}; the point is the mean of its towns'.`
            : place.type === 'AIRP'
              ? `Large airport in ${where}.`
              : `Populated place in ${where}.`,
      facts,
      related: [place.country],
      sources: [
        place.type === 'AIRP' && this.airportSource
          ? { title: this.airportSource.title, url: this.airportSource.url }
          : { title: this.source.title, url: place.type === 'ADM1' || place.type === 'ADM2' ? this.source.url : `https://www.geonames.org/${this.geonameId[row]}`, ...(this.source.date ? { date: this.source.date } : {}) },
      ],
      file: place.type === 'AIRP' ? 'OurAirports' : 'GeoNames',
      line: 0,
    };
    if (place.coordinates) entry.coordinates = place.coordinates;
    return entry;
  }
}
