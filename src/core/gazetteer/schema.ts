/**
 * The gazetteer format, shared by the bundled YAML (src/gazetteer) and users' own files
 * (.geolens/gazetteer/*.yaml). docs: README "Gazetteer format"; JSON Schema: media/gazetteer.schema.json.
 */
import type { AnnotationKind } from '../types';

export type EntryKind = Exclude<AnnotationKind, 'money' | 'percent' | 'quantity' | 'date' | 'period'>;

export const ENTRY_KINDS: readonly EntryKind[] = [
  'country', 'place', 'person', 'organisation', 'bloc', 'system', 'project', 'event', 'treaty',
];

/**
 * How an alias's letter case must appear in the text:
 * - `exact`: as written ("US" is not "us"; the default for acronyms),
 * - `proper`: words written with a capital need one in the text ("China", not "china"; the default),
 * - `any`: any case.
 */
export type CaseRule = 'exact' | 'proper' | 'any';
export const CASE_RULES: readonly CaseRule[] = ['exact', 'proper', 'any'];

export interface Alias {
  text: string;
  case?: CaseRule;
  /** When two entries share this alias, the higher priority wins unless a context word decides. */
  priority?: number;
  /** Words whose presence in the document makes this entry the one meant ("Atlanta" for Georgia the state). */
  context?: string[];
  /** BCP 47 language tag, for aliases in other languages and scripts. */
  lang?: string;
  /**
   * Matches only in a document that has one of its `context` words: for names many countries share
   * ("Senate", "Green Party"), which are never guessed.
   */
  contextOnly?: boolean;
}

export interface Source {
  title: string;
  url?: string;
  /** ISO 8601 date the source was published or consulted. */
  date?: string;
}

export type FactValue = string | number | boolean | string[];

export interface Entry {
  id: string;
  kind: EntryKind;
  name: string;
  aliases: Alias[];
  /** Adjectives and nouns for people ("Indian", "Russians"): annotated as the country itself. */
  demonyms: Alias[];
  /** Ids of places whose names stand for this entry's government ("washington-dc" for "usa"). */
  metonyms: string[];
  /** On a place: the id of the government its name stands for when used metonymically. */
  metonymFor?: string;
  /** On an organisation: what kind (party, legislature, armed-group, ministry, court, central-bank, agency, military, company, media, international…). */
  orgType?: string;
  /**
   * On a place: what kind of place its `facts.type` says it is ("river", "lake", "mountain range",
   * "city"…), kept beside the matching fields because the sense rules read it: a river never stands
   * for a government. Derived when the entry is read, not written in YAML.
   */
  placeType?: string;
  /** On a country or place: [latitude, longitude] in degrees (a country's: the point its entry gives). */
  coordinates?: [number, number];
  summary?: string;
  facts: Record<string, FactValue>;
  related: string[];
  sources: Source[];
  asOf?: string;
  /** A user entry that switches a bundled entry off. */
  disabled?: boolean;
  /** Where the entry was defined (for Go to Definition and error messages). */
  file: string;
  line: number;
  /** Set on entries from a user's file (its workspace-relative path): cards say where their text came from. */
  origin?: string;
}

export interface Problem {
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  endLine?: number;
  endColumn?: number;
  severity: 'error' | 'warning';
  message: string;
}

export interface GazetteerSource {
  /** A path or URI shown in messages. */
  file: string;
  text: string;
}

export interface CompiledGazetteer {
  version: 1;
  entries: Entry[];
}

/** Fact keys the cards know how to label, in the order they are shown. */
export const FACT_LABELS: Record<string, string> = {
  refersTo: 'Stands for',
  office: 'Office',
  role: 'Role',
  country: 'Country',
  organisation: 'Organisation',
  since: 'Since',
  until: 'Until',
  termEnds: 'Term ends',
  succession: 'Succession',
  successor: 'Successor',
  earlier: 'Earlier',
  parties: 'Parties',
  members: 'Members',
  signed: 'Signed',
  signedAt: 'Signed at',
  signedBy: 'Signed by',
  inForce: 'In force',
  period: 'Period',
  expires: 'Expires',
  status: 'Status',
  covers: 'Covers',
  nonParties: 'Not parties',
  predecessor: 'Predecessor',
  type: 'Type',
  capital: 'Capital',
  region: 'Region',
  subregion: 'Subregion',
  unMember: 'UN member',
  iso2: 'ISO 3166-1 alpha-2',
  iso3: 'ISO 3166-1 alpha-3',
  isoNumeric: 'ISO 3166-1 numeric',
  population: 'Population',
  coordinates: 'Coordinates',
  headquarters: 'Headquarters',
  founded: 'Founded',
  origin: 'Origin',
  manufacturer: 'Manufacturer',
  operators: 'Operators',
  formerOperators: 'Former operators',
  inService: 'In service',
  location: 'Location',
  operator: 'Operator',
  capacity: 'Capacity',
  dates: 'Dates',
  membershipNote: 'Membership',
  seats: 'Seats',
  chamber: 'Chamber',
  lastElection: 'Last election',
  nextElection: 'Next election',
  listedIn: 'Listed for',
  note: 'Note',
};
