/**
 * People and organisations that no gazetteer lists but that the text introduces with a cue, so a
 * reader still sees the whole cast: a role before a full name ("Senate president Paulina Núñez",
 * "Sen. Lindsey Graham"), "the … party", a capitalised name built on an organisation's noun ("the
 * Coalition for Democratic Change"), a name with its acronym ("the Y Movement (YM)"). Later mentions
 * by surname or acronym are linked to the first. Precision first: a capitalised word is never a
 * name without a cue, and anything a gazetteer entry covers stays the entry's.
 */
import { ScratchBytes, ScratchInts } from '../text/scratch';
import { headline } from './notPlace';
import { hashString, normAt, TOKEN_ALL_CAPS, TOKEN_CAPITALISED, type Tokens } from '../text/tokenize';
import type { NamedAnnotation, UnlistedAnnotation } from '../types';

/**
 * Hashes of a word list, to rule a token out by its hash before reading its word. Most tokens are
 * in none of the lists, and these are asked about every token: a bit per value of the hash's low
 * 16 bits answers "not in the list" with one typed-array read before the set is consulted.
 */
class WordHashes {
  private readonly bits = new Uint32Array(1 << 11);
  private readonly hashes: ReadonlySet<number>;

  constructor(words: Iterable<string>) {
    this.hashes = new Set([...words].map(hashString));
    for (const hash of this.hashes) this.bits[(hash & 0xffff) >>> 5] |= 1 << (hash & 31);
  }

  has(hash: number): boolean {
    return (this.bits[(hash & 0xffff) >>> 5] & (1 << (hash & 31))) !== 0 && this.hashes.has(hash);
  }
}

function hashesOf(words: Iterable<string>): WordHashes {
  return new WordHashes(words);
}

/** English words written after a name and a hyphen ("Biden-era", "Kremlin-backed"), never part of a given name. */
const HYPHEN_SUFFIXES = new Set([
  'era', 'led', 'backed', 'based', 'born', 'style', 'linked', 'run', 'owned', 'allied', 'aligned', 'made', 'funded', 'elect', 'type', 'like',
  'free', 'wide', 'level', 'scale', 'term', 'class', 'bound', 'held', 'built', 'armed', 'ruled', 'leaning', 'only', 'proof', 'year', 'day',
  'week', 'month', 'old', 'long', 'centric', 'first', 'inc', 'ltd', 'co', 'al', 'el', 'ul', 'ud', 'din', 'e', 'i', 'o', 'de',
]);

/** Nouns of office that introduce a person's name. */
const ROLE_HEADS = new Set([
  'president', 'minister', 'leader', 'spokesperson', 'spokesman', 'spokeswoman', 'governor', 'chairman', 'chairwoman', 'chair',
  'chairperson', 'secretary', 'ambassador', 'envoy', 'commander', 'general', 'chief', 'director', 'mayor', 'senator', 'lawmaker',
  'deputy', 'candidate', 'adviser', 'advisor', 'premier', 'chancellor', 'judge', 'prosecutor', 'speaker', 'colonel', 'admiral',
  'commissioner', 'representative', 'congressman', 'congresswoman', 'negotiator', 'mp', 'ceo', 'economist', 'analyst', 'professor',
  'activist', 'journalist', 'correspondent', 'rapporteur', 'king', 'queen', 'prince', 'princess', 'sheikh', 'emir', 'cleric', 'imam',
  'officer', 'sergeant', 'inspector', 'superintendent', 'constable', 'justice', 'justices', 'captain', 'lieutenant', 'senators',
  'host', 'presenter', 'anchor', 'editor', 'founder', 'lawyer', 'researcher', 'fellow', 'historian', 'executive',
]);
/** What a private person is, in an apposition after their name: ", a retired nurse,", ", a 34-year-old farmer,". */
const PERSON_HEADS = new Set([
  'nurse', 'teacher', 'schoolteacher', 'farmer', 'resident', 'student', 'worker', 'engineer', 'doctor', 'shopkeeper', 'driver',
  'pensioner', 'retiree', 'mother', 'father', 'grandmother', 'grandfather', 'veteran', 'soldier', 'refugee', 'trader', 'vendor',
  'fisherman', 'businessman', 'businesswoman', 'owner', 'entrepreneur', 'lecturer', 'voter', 'widow', 'survivor', 'mechanic',
  'miner', 'labourer', 'laborer', 'pharmacist', 'accountant', 'programmer', 'clerk', 'volunteer', 'medic', 'paramedic',
]);
/** What an author's bio calls them: "… is a Cairo-based researcher", "… is an analyst at …". */
const BIO_NOUNS = new Set([...ROLE_HEADS, 'researcher', 'writer', 'author', 'editor', 'columnist', 'scholar', 'fellow', 'historian', 'contributor', 'commentator', 'reporter', 'lecturer', 'consultant', 'novelist', 'filmmaker', 'photographer']);
/** Words of a byline that name a desk, not a person: "By Staff Reporter", "By News Desk". */
const BYLINE_WORDS = new Set(['staff', 'desk', 'team', 'bureau', 'news', 'agency', 'agencies', 'correspondents', 'reporters', 'wire', 'wires', 'web']);
/** Words before a lower-case role that make it one person's: "his spokesman", "the UN's envoy". */
const DETERMINERS = new Set(['the', 'his', 'her', 'its', 'their', 'our', 'a', 'an']);
/** Verbs right after a name that make it a speaker: "…, Stephane Dujarric said". */
const AFTER_NAME_VERBS = new Set(['said', 'says', 'told', 'added', 'wrote', 'stated', 'noted']);
/** Words that open a role in apposition after a name: ", a spokesman for…", ", the group's leader". */
const APPOSITION_DETERMINERS = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their']);
/** Titles of several people: the names after one may be two, joined by "and". */
const PLURAL_TITLES = new Set(['justices', 'senators', 'sens', 'reps']);
/** Abbreviated titles before a name ("Sen. Lindsey Graham", "Gen. Ali"). */
/** Courtesy titles the British press writes without a full stop ("Mr Andrew Pike"). */
const BARE_TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'prof']);
const TITLES = new Set(['sen', 'sens', 'reps', 'rep', 'gen', 'gov', 'dr', 'mr', 'mrs', 'ms', 'lt', 'col', 'capt', 'adm', 'prof', 'maj', 'sgt', 'amb', 'hon']);
/** Words that may stand before a role head as part of the role ("Deputy foreign minister"). */
const ROLE_WORDS = new Set([
  'foreign', 'defence', 'defense', 'finance', 'interior', 'prime', 'deputy', 'vice', 'opposition', 'government', 'central', 'bank',
  'senate', 'party', 'army', 'military', 'state', 'national', 'security', 'former', 'acting', 'interim', 'senior', 'top', 'regional',
  'provincial', 'trade', 'economy', 'health', 'justice', 'education', 'energy', 'agriculture', 'transport', 'labour', 'labor', 'press',
  'information', 'environment', 'parliament', 'parliamentary', 'assembly', 'council', 'police', 'intelligence', 'rebel', 'union',
  'campaign', 'election', 'electoral', 'supreme', 'court', 'attorney', 'auditor', 'cabinet', 'junta', 'coalition', 'ruling',
]);
/** Nouns that make a capitalised name an organisation's ("… Front", "Coalition for …"). */
const ORG_HEADS = new Set([
  'party', 'movement', 'front', 'alliance', 'coalition', 'union', 'congress', 'league', 'council', 'forces', 'army', 'brigade',
  'brigades', 'militia', 'organisation', 'organization', 'association', 'federation', 'commission', 'agency', 'ministry', 'bank',
  'court', 'assembly', 'committee', 'institute', 'foundation', 'network', 'corps', 'guard', 'authority', 'directorate', 'bureau', 'force',
  'university', 'college', 'tribunal', 'society',
]);
const MAX_ORG_WORDS = 8;
/**
 * An institution's nouns, and the words that only say which one of a state's ("Supreme Court",
 * "Central Committee", "Party Congress", "Electoral Commission", "Air Force", "Coast Guard"): every state and party has one, so
 * a name made of these words alone is a common noun written with capitals, not a name the reader
 * needs marked — unless the text defines an acronym for it.
 */
const INSTITUTION_HEADS = new Set([
  'court', 'committee', 'commission', 'council', 'congress', 'assembly', 'bank', 'agency', 'ministry', 'authority', 'directorate', 'bureau',
  'tribunal', 'force', 'forces', 'army', 'navy', 'guard', 'police',
]);
const INSTITUTION_MODIFIERS = new Set([
  'supreme', 'high', 'central', 'constitutional', 'federal', 'national', 'state', 'executive', 'standing', 'general', 'party',
  'military', 'electoral', 'election', 'public', 'special', 'select', 'joint', 'permanent', 'political', 'district', 'regional',
  'provincial', 'municipal', 'city', 'county', 'appeals', 'appellate', 'lower', 'upper', 'independent', 'revolutionary', 'interim',
  'transitional', 'administrative', 'criminal', 'civil', 'labour', 'labor', 'audit', 'ethics', 'budget', 'finance', 'foreign', 'air',
  'armed', 'naval', 'coast', 'border', 'space', 'marine', 'presidential', 'defence', 'defense', 'task',
]);
/** Last words that make a capitalised name a country or an event, not an organisation. */
const NOT_ORG_TAIL = new Set(['zone', 'zones', 'corridor', 'area', 'region', 'belt', 'line', 'republic', 'kingdom', 'festival', 'games', 'summit', 'conference', 'championship', 'championships', 'cup', 'expo', 'olympics', 'awards', 'week', 'day', 'war', 'act', 'treaty', 'agreement', 'accord', 'accords']);
/** What a name is, said right after it: ", a consultancy", ", an investment firm", ", the state oil company". */
const ORG_APPOSITION = /^\s*(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,2}(?:consultancy|firm|company|bank|fund|group|agency|charity|lender|insurer|broker|brokerage|think tank|think-tank|nonprofit|non-profit|foundation|militia|movement|party|publisher|broadcaster|newspaper|operator|producer|manufacturer|contractor|conglomerate|utility)\b/u;
/** Nouns of bodies that the news writes before a body's name: "the environmental agency Ibama", "the state oil company Petrobras". */
const NAMED_BODY_NOUNS = new Set(['agency', 'regulator', 'watchdog', 'company', 'firm', 'broadcaster', 'newspaper', 'daily', 'lender', 'carrier', 'conglomerate', 'insurer', 'operator', 'miner', 'producer', 'charity', 'militia', 'movement']);
/** Nouns that say what an acronym before them is, with a word between: "the ISI spy agency", "the INDEC statistics agency". */
const ACRONYM_NOUNS = new Set(['agency', 'service', 'bureau', 'institute', 'office', 'company', 'firm', 'group', 'militia', 'network', 'watchdog', 'regulator', 'broadcaster', 'newspaper', 'ministry', 'directorate']);
/** Lower-case heads after "the … ": "the Pueblo Soberano party". */
/** Nouns whose possessive is part of an organisation's name ("People's", "Women's", "Magistrate's Court"), unlike a person's. */
const POSSESSIVE_NAME_NOUNS = new Set(['people', 'peoples', 'workers', 'worker', 'women', 'men', 'children', 'citizens', 'nation', 'nations', 'farmers', 'veterans', 'patriots', 'peasants', 'youth', 'students', 'teachers', 'mothers', 'soldiers', 'martyrs', 'traders', 'writers', 'journalists', 'employers', 'mineworkers', 'miners', 'magistrate', 'magistrates', 'king', 'kings', 'queen', 'queens', 'prince', 'princes', 'lord', 'lords', 'bishop', 'seamen', 'sailors', 'consumers', 'pensioners', 'taxpayers', 'parents', 'fishermen', 'doctors', 'nurses']);
const LOWER_ORG_HEADS = new Set(['party', 'movement', 'alliance', 'coalition', 'front', 'militia', 'group', 'bloc', 'faction']);
/** Lower-case words that may join the parts of a name. */
const CONNECTORS = new Set(['of', 'for', 'the', 'and', 'de', 'la', 'del', 'des', 'du', 'da', 'dos', 'van', 'von', 'der', 'al', 'el', 'bin', 'ibn', 'ben', 'le']);
/** Plural nouns of people that open sentences, never organisations' names ("Workers' Party" keeps "workers" out). */
const PEOPLE_NOUNS = new Set(['officials', 'members', 'residents', 'representatives', 'delegates', 'leaders', 'lawmakers', 'diplomats', 'ministers', 'employees', 'experts', 'analysts', 'troops', 'spokespeople']);
/** Connectors that join the words of a body's name, never a person's: "Geraldo Alckmin and Supreme Court …" is two names. */
const NOT_IN_PERSON_NAME = new Set(['and', 'of', 'for', 'the']);
/** Capitalised words that open or close no name (days, months, sentence openers). */
const NOT_NAME = new Set([
  'the', 'a', 'an', 'this', 'that', 'he', 'she', 'it', 'they', 'we', 'i', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'but', 'and', 'in', 'on', 'at', 'for', 'after', 'before', 'when', 'while', 'if', 'as',
]);
const NOT_NAME_HASHES = hashesOf(NOT_NAME);
const CONNECTOR_HASHES = hashesOf(CONNECTORS);
const ROLE_HEAD_HASHES = hashesOf(ROLE_HEADS);
const ORG_HEAD_HASHES = hashesOf(ORG_HEADS);
const ROLE_TITLE_OR_THE_HASHES = hashesOf([...ROLE_HEADS, ...TITLES, 'the']);


const isCapitalised = (tokens: Tokens, i: number): boolean => (tokens.flags[i] & TOKEN_CAPITALISED) !== 0;
const isAllCaps = (tokens: Tokens, i: number): boolean => (tokens.flags[i] & TOKEN_ALL_CAPS) !== 0;

interface Found {
  first: number;
  /** Exclusive. */
  end: number;
  kind: 'person' | 'organisation';
  role?: string;
}

/**
 * Words the document also writes in lower case: words, not names ("Secretary Launches Book"). Built
 * on first use, once per document for both passes below.
 */
/**
 * Whether the document writes a word in lower case somewhere. Built on first use from the token
 * hashes (no string per token): each hash's first lower-case token, so a word is answered by one
 * look-up and, when its hash is there, one comparison with that token's word (a later token only
 * when two words share a hash). `hash`, when the caller has it (a token's own), saves hashing again.
 */
export function lowerCaseWords(tokens: Tokens): (word: string, hash?: number) => boolean {
  let firstAt: FirstTokenByHash | undefined;
  const lower = (i: number): boolean => (tokens.flags[i] & (TOKEN_CAPITALISED | TOKEN_ALL_CAPS)) === 0;
  return (word, hash = hashString(word)) => {
    firstAt ??= new FirstTokenByHash(tokens, TOKEN_CAPITALISED | TOKEN_ALL_CAPS);
    const first = firstAt.get(hash);
    if (first < 0) return false;
    if (normAt(tokens, first) === word) return true;
    for (let i = first + 1; i < tokens.count; i++) if (tokens.hashes[i] === hash && lower(i) && normAt(tokens, i) === word) return true;
    return false;
  };
}

/**
 * The table's arrays, shared by all documents (annotate is synchronous) and sized by the distinct
 * words of the largest document seen; a slot is empty unless its stamp is the current build's.
 */
const table = { hashes: new Int32Array(1024), firsts: new Int32Array(1024), stamps: new Int32Array(1024), build: 0 };

/**
 * The first token of each word hash among the tokens with none of `without` flags: an open-addressing
 * table in typed arrays, built in one pass. A Map of the same took 2 ms per MB of text, a tenth of
 * finding the unlisted names; arrays per document sized by its tokens, allocated and filled each
 * time, half of that. The arrays are shared: a table whose build was overwritten by another
 * document's builds itself again when next asked.
 */
class FirstTokenByHash {
  private build = 0;

  constructor(
    private readonly tokens: Tokens,
    private readonly without: number,
  ) {}

  /** The first token of this hash, or -1. */
  get(hash: number): number {
    if (this.build !== table.build || this.build === 0) this.fill();
    const { hashes, firsts, stamps, build } = table;
    const mask = stamps.length - 1;
    for (let slot = Math.imul(hash, 0x9e3779b1) & mask; stamps[slot] === build; slot = (slot + 1) & mask) {
      if (hashes[slot] === hash) return firsts[slot];
    }
    return -1;
  }

  private fill(): void {
    // Stamps wrap after 2^31 builds; starting again from zeroed stamps keeps old slots from looking full.
    if (table.build === 0x7fffffff) {
      table.stamps.fill(0);
      table.build = 0;
    }
    const build = ++table.build;
    this.build = build;
    const { count, flags, hashes: tokenHashes } = this.tokens;
    let size = table.stamps.length;
    let filled = 0;
    for (let i = 0; i < count; i++) {
      if ((flags[i] & this.without) !== 0) continue;
      const hash = tokenHashes[i];
      const { hashes, stamps } = table;
      const mask = size - 1;
      let slot = Math.imul(hash, 0x9e3779b1) & mask;
      while (stamps[slot] === build && hashes[slot] !== hash) slot = (slot + 1) & mask;
      if (stamps[slot] === build) continue;
      stamps[slot] = build;
      hashes[slot] = hash;
      table.firsts[slot] = i;
      // Half full: twice the size, the words so far moved over (their first tokens kept).
      if (++filled * 2 > size) {
        size *= 2;
        grow(size, build);
      }
    }
  }
}

function grow(size: number, build: number): void {
  const { hashes, firsts, stamps } = table;
  table.hashes = new Int32Array(size);
  table.firsts = new Int32Array(size);
  table.stamps = new Int32Array(size);
  const mask = size - 1;
  for (let old = 0; old < stamps.length; old++) {
    if (stamps[old] !== build) continue;
    let slot = Math.imul(hashes[old], 0x9e3779b1) & mask;
    while (table.stamps[slot] === build) slot = (slot + 1) & mask;
    table.stamps[slot] = build;
    table.hashes[slot] = hashes[old];
    table.firsts[slot] = firsts[old];
  }
}

/** Nouns after a name that make it a street, a school or a building named after someone: "Cooper Street". */
const FEATURE_NOUNS = new Set(['street', 'avenue', 'road', 'boulevard', 'drive', 'lane', 'school', 'college', 'university', 'hospital', 'center', 'centre', 'park', 'tower', 'towers', 'hotel', 'bridge', 'square', 'hall', 'stadium', 'airport']);
/** Capitalised words after a leader's name that are about the leader: "the Trump Administration", "Putin Regime". */
const INSTITUTION_AFTER = new Set(['administration', 'organization', 'organisation', 'government', 'regime', 'campaign', 'era', 'doctrine', 'plan', 'team', 'family', 'foundation', 'cabinet', 'presidency', 'ministry', 'camp', 'allies', 'loyalists', 'supporters', 'says', 'said', 'tells', 'warns', 'vows']);

/**
 * A person's one-word alias (a leader's surname, "Aliyev") right after a capitalised first name that
 * is not the person's ("Rustam Aliyev"), or their given or only name right before a surname that is
 * not theirs ("Philippe Lazzarini"), names someone else: such matches are dropped, so that the
 * full name can be read as a name of its own; so are that alias's later bare mentions ("Aliyev
 * said"), unless the document also names the listed person in full.
 */
export function dropOthersSurnames(text: string, tokens: Tokens, named: NamedAnnotation[], isLowerCaseWord = lowerCaseWords(tokens)): NamedAnnotation[] {
  let t = 0;
  // The listed people whose surname the document gives to someone else ("Ron Vance"), and those it
  // names in full: a bare "Vance" later is the other person's unless the listed one is named too.
  let othersIds: Set<string> | undefined;
  let fullIds: Set<string> | undefined;
  const someoneElse = named.map((a) => {
    if (a.kind !== 'person') return false;
    if (a.text.includes(' ')) {
      if (a.id !== undefined) (fullIds ??= new Set()).add(a.id);
      return false;
    }
    while (t < tokens.count && tokens.starts[t] < a.start) t++;
    if (tokens.starts[t] !== a.start) return false;
    // A capitalised word that is not the person's and could be a name: "Rustam" before "Aliyev".
    const otherName = (k: number): boolean => {
      if (!isCapitalised(tokens, k) || isAllCaps(tokens, k)) return false;
      const word = normAt(tokens, k);
      if (NOT_NAME.has(word) || ROLE_HEADS.has(word) || TITLES.has(word) || ROLE_WORDS.has(word)) return false;
      if (a.name.toLowerCase().split(/\s+/).some((part) => part.normalize('NFD').replace(/\p{M}/gu, '') === word)) return false;
      return !isLowerCaseWord(word);
    };
    const before = t - 1;
    const after = t + 1;
    const surnameOfAnother = before >= 0 && text.slice(tokens.ends[before], tokens.starts[t]) === ' ' && otherName(before);
    // A one-word name that is the person's given name or whole name, then a surname that is not
    // theirs: "Philippe Lazzarini" is not King Philippe.
    const spaceAfter = after < tokens.count && tokens.starts[after] === tokens.ends[t] + 1 && text.charCodeAt(tokens.ends[t]) === 0x20;
    const givenNameOfAnother = !surnameOfAnother && spaceAfter && a.name.split(/\s+/)[0] === a.text && otherName(after);
    // A surname at the head of a longer name: "Cooper Street", "The Cooper School", "Vance Joy",
    // "Munir Abdulkader" (someone else's given name), "Petro Poroshenko"; not in a Title Case headline.
    const headOfLongerName = !surnameOfAnother && !givenNameOfAnother && spaceAfter && a.name.split(/\s+/)[0] !== a.text &&
      (FEATURE_NOUNS.has(normAt(tokens, after)) || (otherName(after) && !INSTITUTION_AFTER.has(normAt(tokens, after)) && !(after + 1 < tokens.count && isCapitalised(tokens, after + 1)))) &&
      !headline(text, tokens, t);
    if (!surnameOfAnother && !givenNameOfAnother && !headOfLongerName) return false;
    if (a.id !== undefined) (othersIds ??= new Set()).add(a.id);
    return true;
  });
  if (othersIds === undefined) return named;
  const others = othersIds;
  return named.filter((a, k) => !someoneElse[k] && !(a.kind === 'person' && a.id !== undefined && others.has(a.id) && !fullIds?.has(a.id) && !a.text.includes(' ')));
}

/**
 * A person or organisation a paragraph introduces in full, whose bare surname or acronym later
 * paragraphs refer to ("Prof. Tunji Olaopa" … "Olaopa said"). `key`: the surname as the rules
 * compare it, or the acronym as written; `hash`: the hash of its first token.
 */
export interface Introduction {
  kind: 'surname' | 'acronym';
  key: string;
  hash: number;
  /** Tokens in the surname (1 for an acronym). */
  length: number;
  name: string;
  role?: string;
}

/** The introductions of the paragraphs before this one: the latest of each key whose first token has `hash`. */
export type EarlierIntroductions = (hash: number) => readonly Introduction[];

const NONE_EARLIER: EarlierIntroductions = () => [];

/** findUnlisted's working arrays, one slot each (see text/scratch.ts). */
const SCRATCH = { covered: new ScratchBytes(), inPlace: new ScratchBytes(), oneWordOrg: new ScratchBytes(), inOrganisation: new ScratchInts(), inside: new ScratchBytes(), taken: new ScratchBytes() };

/**
 * `earlier`: what the paragraphs before this one introduced (annotate reads a document a paragraph
 * at a time); `introduced`, when given, receives this paragraph's own introductions, the last of each key.
 */
export function findUnlisted(text: string, tokens: Tokens, named: readonly NamedAnnotation[], isLowerCaseWord: (word: string, hash?: number) => boolean = lowerCaseWords(tokens), earlier: EarlierIntroductions = NONE_EARLIER, introduced?: Introduction[]): UnlistedAnnotation[] {
  const n = tokens.count;
  if (n === 0) return [];
  // The columns as locals: the loops below read every token, and a property read each time adds up.
  const { starts, ends, hashes, flags } = tokens;
  // Tokens inside a gazetteer annotation: an entry always wins, except that a country or place
  // may be part of an organisation's longer name ("Israel Defense Forces", "Reserve Bank of India").
  const covered = SCRATCH.covered.take(n);
  const inPlace = SCRATCH.inPlace.take(n);
  // One-word organisations of the gazetteer ("Labour"): part of a longer name its acronym spells out.
  const oneWordOrg = SCRATCH.oneWordOrg.take(n);
  // Per token, the gazetteer organisation it is part of (-1: none).
  const inOrganisation = SCRATCH.inOrganisation.take(n, -1);
  let a = 0;
  for (let i = 0; i < n; i++) {
    while (a < named.length && named[a].end <= starts[i]) a++;
    if (a < named.length && named[a].start < ends[i]) {
      covered[i] = 1;
      if (named[a].kind === 'organisation') inOrganisation[i] = a;
      const kind = named[a].kind;
      if (kind === 'country' || kind === 'place') inPlace[i] = 1;
      else if (kind === 'organisation' && named[a].start === starts[i] && named[a].end === ends[i]) oneWordOrg[i] = 1;
    }
  }
  const capitalisedAt = (i: number): boolean => (flags[i] & TOKEN_CAPITALISED) !== 0;
  const allCapsAt = (i: number): boolean => (flags[i] & TOKEN_ALL_CAPS) !== 0;
  // One token's word at a time, and only after its hash says it may be in the list asked about.
  const norm = (i: number): string => normAt(tokens, i);
  const inList = (i: number, list: WordHashes, words: ReadonlySet<string>): boolean => list.has(hashes[i]) && words.has(norm(i));
  const raw = (i: number): string => text.slice(starts[i], ends[i]);
  /** A straight or a typographic apostrophe ("Magistrate’s"). */
  const apostropheAt = (i: number): boolean => i >= 0 && i < n && (raw(i) === "'" || raw(i) === '’');
  /** A capitalised ASCII token is letters (the tokeniser's fast path); others are checked. */
  const hasLetter = (i: number): boolean => text.charCodeAt(starts[i]) < 128 || /\p{L}/u.test(raw(i));
  /** Only a space, a hyphen or nothing between two tokens (one name); an apostrophe token is part of it too. */
  const joined = (i: number): boolean => {
    // Compared in place: this runs for most capitalised words, and a slice each time adds up.
    const gap = starts[i + 1] - ends[i];
    if (gap === 0) return true;
    const c = text.charCodeAt(ends[i]);
    return gap === 1 && (c === 0x20 || c === 0x2d);
  };
  /** A connector ("of", "and", "for", "de"…), its hash checked before its text is read. */
  const connector = (i: number): boolean => i < n && CONNECTOR_HASHES.has(hashes[i]) && CONNECTORS.has(raw(i));
  const nameWord = (i: number): boolean => i < n && capitalisedAt(i) && !covered[i] && !inList(i, NOT_NAME_HASHES, NOT_NAME) && hasLetter(i) && !inList(i, ROLE_HEAD_HASHES, ROLE_HEADS);
  const personWord = (i: number): boolean => nameWord(i) && !allCapsAt(i) && !isLowerCaseWord(norm(i), hashes[i]) && !inList(i, ORG_HEAD_HASHES, ORG_HEADS);

  /** The lower-case part of a hyphenated given name ("Seo-yeon"), not a suffix of English ("Biden-era", "Moscow-backed"). */
  const hyphenatedPart = (i: number): boolean =>
    i < n && starts[i] === ends[i - 1] + 1 && text.charCodeAt(ends[i - 1]) === 0x2d && (flags[i] & (TOKEN_CAPITALISED | TOKEN_ALL_CAPS)) === 0 &&
    /^\p{Ll}{2,6}$/u.test(raw(i)) && !HYPHEN_SUFFIXES.has(raw(i)) && capitalisedAt(i - 1);

  /** A person's name from token i: 2–4 capitalised words (with connectors and apostrophes). */
  const personName = (i: number): number => {
    if (!personWord(i)) return -1;
    let end = i + 1;
    let words = 1;
    while (end < n && joined(end - 1) && words < 4) {
      if (personWord(end)) {
        end++;
        words++;
      } else if (apostropheAt(end) && end + 1 < n && joined(end) && personWord(end + 1)) {
        end += 2;
      } else if (hyphenatedPart(end)) {
        // "Kim Seo-yeon", "Lee Jae-myung": a given name's second part, in lower case.
        end++;
      } else if (connector(end) && !NOT_IN_PERSON_NAME.has(raw(end)) && end + 1 < n && joined(end) && personWord(end + 1)) {
        end += 2;
        words++;
      } else break;
    }
    return words >= 2 ? end : -1;
  };

  /**
   * The gazetteer's one-word organisations inside a name that an acronym right after it spells out
   * letter for letter: "Patriotic Labour Union (PLU)" is one party, not Labour.
   */
  function spelledOutNames(candidates: Uint8Array): Uint8Array {
    const inside = SCRATCH.inside.take(n);
    if (!candidates.includes(1)) return inside;
    for (let j = 2; j + 1 < n; j++) {
      if (!allCapsAt(j) || raw(j - 1) !== '(' || raw(j + 1) !== ')') continue;
      const letters = raw(j).replace(/[^A-Z]/g, '');
      if (letters.length < 2 || letters.length > MAX_ORG_WORDS) continue;
      let spelled = '';
      const run: number[] = [];
      for (let k = j - 2; k >= 0 && spelled.length < letters.length; k--) {
        if (run.length > 0 && !joined(k)) break;
        if (connector(k)) continue;
        if (!capitalisedAt(k) || !hasLetter(k)) break;
        spelled = raw(k)[0].toUpperCase() + spelled;
        run.push(k);
      }
      // "The Labour Party (LP)" is still Labour: a word of the name's own besides the organisation's nouns is needed.
      const ownWord = run.some((k) => !covered[k] && !inList(k, ORG_HEAD_HASHES, ORG_HEADS));
      if (spelled === letters && ownWord && run.some((k) => candidates[k] === 1)) for (const k of run) if (candidates[k] === 1) inside[k] = 1;
    }
    return inside;
  }

  const found: Found[] = [];
  const taken = SCRATCH.taken.take(n);
  // Gazetteer tokens a longer unlisted name may hold (marked below, then by the next loop).
  const insideLongerName = spelledOutNames(oneWordOrg);
  /**
   * A gazetteer body of generic words at the end of a longer name: "Security Council" in "National
   * Security Council", "Supreme National Security Council" or "Russian Security Council" is not the
   * UN's. Only a capitalised word before it (a name's or a country's), inside a sentence, makes the
   * longer name; a place before a party names its branch ("California Republican Party"), still the party.
   */
  for (let i = 1; i < n; i++) {
    const org = inOrganisation[i];
    if (org < 0 || inOrganisation[i - 1] === org) continue;
    let end = i + 1;
    while (end < n && inOrganisation[end] === org) end++;
    if (end - i < 2 || !inList(end - 1, ORG_HEAD_HASHES, ORG_HEADS) || !(nameWord(i - 1) || (inPlace[i - 1] === 1 && capitalisedAt(i - 1) && (named[org] as { orgType?: string }).orgType !== 'party')) || allCapsAt(i - 1) || starts[i] - ends[i - 1] !== 1 || text.charCodeAt(ends[i - 1]) !== 0x20) continue;
    // "The Security Council…", "Security Council" after a full stop or at a line's start: nothing longer.
    if (i - 1 === 0 || /[.!?:"“”\n]/.test(text.slice(ends[i - 2], starts[i - 1]) + raw(i - 2))) continue;
    for (let k = i; k < end; k++) insideLongerName[k] = 1;
  }
  // A chamber of the gazetteer at the head of one of its committees ("Senate Armed Services
  // Committee", "House Foreign Affairs Committee"): the committee's name is the longer one.
  for (let i = 0; i < n; i++) {
    const org = inOrganisation[i];
    if (org < 0 || (i > 0 && inOrganisation[i - 1] === org) || (named[org] as { orgType?: string }).orgType !== 'legislature') continue;
    let end = i + 1;
    while (end < n && inOrganisation[end] === org) end++;
    let k = end;
    while (k < n && k - end < 5 && joined(k - 1) && capitalisedAt(k) && !covered[k]) k++;
    if (k > end + 1 && /^(?:committee|subcommittee|caucus)$/i.test(raw(k - 1))) for (let m = i; m < end; m++) insideLongerName[m] = 1;
  }
  const add = (f: Found): void => {
    // "Mr Andrew Pike", "Dr Anil Fernando": a courtesy title written without its full stop, as
    // British and Commonwealth papers do, is no part of the name.
    if (f.kind === 'person' && f.end - f.first > 2 && BARE_TITLES.has(norm(f.first)) && raw(f.first + 1) !== '.') f = { ...f, first: f.first + 1 };
    for (let k = f.first; k < f.end; k++) if (taken[k] || (covered[k] && !inPlace[k] && !insideLongerName[k])) return;
    for (let k = f.first; k < f.end; k++) taken[k] = 1;
    found.push(f);
  };

  // An author's byline, alone on its line ("By [Ahmed Adel](#)", "By Jane Doe"), and an author's
  // bio ("Ahmed Adel is a Cairo-based geopolitics researcher"): the name is a person's.
  for (let i = 0; i + 2 < n; i++) {
    if (!capitalisedAt(i)) continue;
    const word = norm(i);
    if (word === 'by' && (i === 0 || /\n\s*$/.test(text.slice(i === 0 ? 0 : ends[i - 1], starts[i])))) {
      const nameStart = raw(i + 1) === '[' ? i + 2 : i + 1;
      let end = personName(nameStart);
      if (end < 0) continue;
      // "By Jane Doe and John Roe": the first author (a name does not hold "and"); "By Staff Reporter" is no one's name.
      for (let k = nameStart; k < end; k++) if (norm(k) === 'and') end = k;
      if (end - nameStart < 2) continue;
      let bylineWord = false;
      for (let k = nameStart; k < end; k++) if (BIO_NOUNS.has(norm(k)) || BYLINE_WORDS.has(norm(k))) bylineWord = true;
      if (bylineWord) continue;
      const lineEnd = text.indexOf('\n', ends[end - 1]);
      const rest = text.slice(ends[end - 1], lineEnd < 0 ? text.length : lineEnd);
      if (/^(?:\]\([^)\s]*\))?\s*(?:[,|·]|and\b|$)/.test(rest)) add({ first: nameStart, end, kind: 'person', role: 'author' });
      continue;
    }
    const end = personName(i);
    // "U Banyar, a spokesman for the group, said", "Ana Lind, the ministry's spokeswoman", "…, said
    // Mele Tupou, a spokeswoman for the forum": a name, then between commas the role of who bears
    // it. A name that opens a sentence or follows a comma or a lower-case word only: a name inside
    // a longer run of capitals is someone else's.
    if (end > 0 && end + 2 < n && raw(end) === ',' && (i === 0 || /^[.!?,;:"“”(\n]$/.test(raw(i - 1)) || /^\p{Ll}+$/u.test(raw(i - 1)) || /\n\s*$/.test(text.slice(ends[i - 1], starts[i])))) {
      let k = end + 1;
      // "Ahmed Fiqi, Somalia's defence minister,": a place's or body's possessive opens the role as "the" does.
      const possessive = k + 3 < n && capitalisedAt(k) && apostropheAt(k + 1) && raw(k + 2) === 's' && !capitalisedAt(k + 3);
      // "John Okoro, director of the institute,": a role with no article, then its field.
      const bare = k + 1 < n && !capitalisedAt(k) && (ROLE_HEADS.has(norm(k)) || ROLE_WORDS.has(norm(k))) && /^\p{Ll}/u.test(raw(k));
      // "Stephen Doughty, the Foreign Office minister,": a body's name may qualify the role.
      let body = k + 1;
      while (body < n && body - k <= 4 && capitalisedAt(body) && joined(body - 1)) body++;
      const bodyThenRole = body > k + 1 && body < n && /^\p{Ll}/u.test(raw(body));
      if (k < n && ((APPOSITION_DETERMINERS.has(norm(k)) && (!capitalisedAt(k + 1) || bodyThenRole)) || possessive || bare)) {
        k += possessive ? 3 : bare ? 0 : bodyThenRole ? body - k : 1;
        // "a 61-year-old retired nurse": an age may stand among the role's words.
        while (k < n && k - end <= 8 && !ROLE_HEADS.has(norm(k)) && !PERSON_HEADS.has(norm(k)) && (/^\p{Ll}[\p{Ll}'’-]*$/u.test(raw(k)) || /^(?:\d{1,3}|-)$/.test(raw(k)) || apostropheAt(k))) k++;
        // "Ghana's deputy finance minister": the last role word of the run is its head.
        for (let j = k + 1; j < n && j - end <= 7 && /^\p{Ll}[\p{Ll}-]*$/u.test(raw(j)); j++) if (ROLE_HEADS.has(norm(j))) k = j;
        // A bare role must say what it is of ("director of the institute"), or it is a clause.
        const field = !bare || /^(?:of|for|at)$/.test(norm(k + 1));
        // The role ends the aside or carries on with its field ("…, a spokesman for the group,");
        // "Patullo Ridge, the mayor said" is a new clause. "D-Chicopee" is a legislator's party and town.
        const closes = k + 1 >= n || raw(k + 1) === ',' || raw(k + 1) === '.' || /^(?:of|for|at|to|in|with|from|on)$/.test(norm(k + 1));
        // A private person by what they are ("Ilona Tóth, a retired nurse,"), only after "a" or "an": "the nurse" may be someone's.
        const personHead = PERSON_HEADS.has(norm(k)) && (norm(end + 1) === 'a' || norm(end + 1) === 'an');
        if (k < n && (ROLE_HEADS.has(norm(k)) || personHead) && !capitalisedAt(k) && closes && field && !/^\p{Lu}-/u.test(text.slice(starts[i], ends[end - 1]))) {
          add({ first: i, end, kind: 'person', role: text.slice(starts[end + 1], ends[k]) });
          continue;
        }
      }
    }
    if (end < 0 || end + 2 >= n || norm(end) !== 'is' || (norm(end + 1) !== 'a' && norm(end + 1) !== 'an')) continue;
    // The bio opens a sentence (checked last: most capitalised words are no "… is a" name).
    if (i > 0 && !/[.!?"”\n]\s*$/.test(text.slice(ends[i - 1], starts[i]) + raw(i - 1))) continue;
    for (let k = end + 2; k < n && k <= end + 12 && !/^[.,;:!?()"“”]$/.test(raw(k)); k++) {
      if (BIO_NOUNS.has(norm(k)) && !capitalisedAt(k)) {
        add({ first: i, end, kind: 'person', role: raw(k) });
        break;
      }
    }
  }

  for (let i = 0; i < n; i++) {
    // Most tokens are no role, title or "the": their hash says so without reading the word.
    if (!ROLE_TITLE_OR_THE_HASHES.has(hashes[i])) continue;
    const word = norm(i);
    // A role, then a name: "Defence Minister Tomás Arrieta", "Sen. Lindsey Graham".
    const title = TITLES.has(word) && capitalisedAt(i) && raw(i + 1) === '.';
    if ((ROLE_HEADS.has(word) && !covered[i]) || title) {
      const nameStart = title ? i + 2 : i + 1;
      if (nameStart < n && (title || joined(i))) {
        const end = personName(nameStart);
        if (end > 0) {
          let roleStart = i;
          while (roleStart > 0 && i - roleStart < 3 && joined(roleStart - 1) && (ROLE_WORDS.has(norm(roleStart - 1)) || covered[roleStart - 1])) roleStart--;
          const role = text.slice(starts[roleStart], ends[title ? i + 1 : i]);
          add({ first: nameStart, end, kind: 'person', role });
          // "Justices Carmen Lúcia and Cristiano Zanin", "Sens. Ana Ruiz and John Roe": a plural title holds both names.
          if (PLURAL_TITLES.has(word) && end + 1 < n && norm(end) === 'and' && joined(end - 1) && joined(end)) {
            const second = personName(end + 1);
            if (second > 0) add({ first: end + 1, end: second, kind: 'person', role });
          }
        }
      }
    }
    // "his spokesman, Stephane Dujarric, said": a role in lower case after a determiner, then the
    // name between commas (or before the verb or the sentence's end).
    // "Somalia's Minister of Defence, Ahmed Moalim Fiqi,", "The President of Bosnia's Serb entity,
    // Milorad Dodik,": so in capitals too, after a determiner or a possessive.
    if (ROLE_HEADS.has(word) && !covered[i] && i + 2 < n) {
      // "the UN's envoy for Sudan, Ramtane Lamamra": the role's field, a few capitalised words, a
      // possessive in them, and one lower-case noun before the comma ("… Serb entity").
      let comma = i + 1;
      if (/^(?:for|to|in|on|of)$/.test(raw(comma)) && comma + 1 < n && capitalisedAt(comma + 1)) {
        comma += 2;
        while (comma < n && comma - i <= 6 && joined(comma - 1) && (capitalisedAt(comma) || (apostropheAt(comma) && raw(comma + 1) === 's'))) comma += apostropheAt(comma) ? 2 : 1;
        if (comma + 1 < n && raw(comma + 1) === ',' && /^\p{Ll}+$/u.test(raw(comma)) && joined(comma - 1)) comma++;
      }
      let det = i - 1;
      while (det >= 0 && i - det <= 3 && ROLE_WORDS.has(norm(det)) && !capitalisedAt(det)) det--;
      const determiner = det >= 0 && (DETERMINERS.has(norm(det)) || (raw(det) === 's' && det > 0 && apostropheAt(det - 1)));
      const end = determiner && comma + 1 < n && raw(comma) === ',' && joined(comma - 1) ? personName(comma + 1) : -1;
      if (end > 0 && (end >= n || /^[,.;)]$/.test(raw(end)) || AFTER_NAME_VERBS.has(norm(end)))) {
        add({ first: comma + 1, end, kind: 'person', role: text.slice(starts[det + 1], ends[comma - 1]) });
      }
    }
    // "the Pueblo Soberano party": capitalised words between "the" and a lower-case head.
    if (word === 'the' && i + 2 < n) {
      let end = i + 1;
      while (end < n && end - i <= 5 && nameWord(end) && joined(end - 1)) end++;
      if (end > i + 1 && end < n && LOWER_ORG_HEADS.has(raw(end)) && joined(end - 1)) add({ first: i + 1, end, kind: 'organisation', role: raw(end) });
    }
  }

  // Capitalised names built on an organisation's noun, and names defined with an acronym. A country
  // or place may be inside one (then the longer name wins), but never all of it or its last word.
  const orgWord = (i: number): boolean => i < n && (nameWord(i) || (inPlace[i] === 1 && capitalisedAt(i)) || insideLongerName[i] === 1);
  /** An organisation's noun, as a word of its own ("Front", not the "Front" of "Front-End"). */
  const orgHead = (i: number): boolean => inList(i, ORG_HEAD_HASHES, ORG_HEADS) && (!covered[i] || insideLongerName[i] === 1) && (i + 1 >= n || text.slice(ends[i], starts[i + 1]) !== '-');
  /** Tokens i…end-1 are an institution's noun after words that only say which one ("High Court"). */
  const genericInstitution = (i: number, end: number): boolean => {
    if (!INSTITUTION_HEADS.has(norm(end - 1))) return false;
    for (let k = i; k < end - 1; k++) if (!INSTITUTION_MODIFIERS.has(norm(k)) && !INSTITUTION_HEADS.has(norm(k))) return false;
    return true;
  };
  /** A country or place is named before token `k` in its sentence. */
  const placeEarlierInSentence = (k: number): boolean => {
    for (let j = k - 1; j >= 0; j--) {
      if (inPlace[j] === 1) return true;
      const r = raw(j);
      if (r === '.' || r === '!' || r === '?' || r === ';' || text.slice(ends[j], starts[j + 1]).includes('\n')) return false;
    }
    return false;
  };
  /** Tokens i…end-1 are all a place's words: "the Columbia River and Columbia University" is a river and a university. */
  const placesOnly = (i: number, end: number): boolean => {
    for (let k = i; k < end; k++) if (!inPlace[k] && !connector(k)) return false;
    return true;
  };
  for (let i = 0; i < n; i++) {
    if (taken[i] || !orgWord(i)) continue;
    // "Officials of the Ministry of Defence met": a capital on a noun of people (a sentence's or a
    // headline's) opens no name.
    if (PEOPLE_NOUNS.has(norm(i))) continue;
    // A place's possessive is not part of the name: "India's Ministry of External Affairs" is
    // India's, and the name starts after "'s" (the scan reaches it there).
    // (A place's name is a few words: the walk stops at MAX_ORG_WORDS, so a run of place names
    // back to back stays linear.)
    let place = i;
    while (place < n && place - i < MAX_ORG_WORDS && inPlace[place] === 1 && (place === i || joined(place - 1))) place++;
    if (place > i && place + 1 < n && apostropheAt(place) && raw(place + 1) === 's' && joined(place - 1)) continue;
    let end = i + 1;
    let words = 1;
    let hasHead = orgHead(i);
    let lastHead = hasHead ? i : -1;
    // An organisation's name is a few words ("Coalition for Democratic Change"), not a run of capitals.
    while (end < n && joined(end - 1) && words < MAX_ORG_WORDS) {
      if (orgWord(end)) {
        if (orgHead(end)) {
          hasHead = true;
          lastHead = end;
        }
        end++;
        words++;
      } else if (connector(end) && raw(end) !== 'the' && end + 1 < n && joined(end) && orgWord(end + 1) && !(raw(end) === 'and' && (allCapsAt(end + 1) || (!inPlace[end] && placesOnly(i, end))))) end++;
      // "Later the Supreme Court": "the" alone joins no words of a name ("of the", "for the" below do).
      // "International Committee of the Red Cross", "Movement for the Liberation of …": a connector and "the".
      else if ((raw(end) === 'of' || raw(end) === 'for') && end + 2 < n && raw(end + 1) === 'the' && joined(end) && joined(end + 1) && orgWord(end + 2)) end += 2;
      // "Tigray People's Liberation Front": a possessive inside a name; not a place's ("… of
      // Japan's Foreign Ministry" is Japan's ministry, the end of this name).
      // Only a possessive of people in general: "Manfred Weber's European People's Party" is Weber's party.
      else if (apostropheAt(end) && end + 2 < n && raw(end + 1) === 's' && joined(end) && joined(end + 1) && orgWord(end + 2) && !inPlace[end - 1] && POSSESSIVE_NAME_NOUNS.has(norm(end - 1))) end += 2;
      else break;
    }
    // Words after the last organisation noun belong to it only through a connector ("Bank of
    // Valletta"); otherwise they are the next name ("… Authority Eric Ntabazalila").
    if (hasHead && lastHead >= 0 && lastHead + 1 < end && !connector(lastHead + 1) && !apostropheAt(lastHead + 1)) end = lastHead + 1;
    // "Jeannette Jara of the Communist Party", "Speaker of the National Assembly": when no
    // organisation noun comes before "of", what comes before is a person or a title, and the
    // name is the one after it.
    if (hasHead) {
      let firstHead = i;
      while (firstHead < end && !orgHead(firstHead)) firstHead++;
      let ofAt = -1;
      for (let k = i + 1; k < firstHead; k++) if (raw(k) === 'of' || raw(k) === 'for') ofAt = k;
      if (ofAt > i) {
        i = raw(ofAt + 1) === 'the' ? ofAt + 2 : ofAt + 1;
        if (i >= end) continue;
      }
    }
    // Trailing place words belong to the place ("… Forces in Gaza" stops before "in"; "Army Nigeria" is two names).
    while (end > i && inPlace[end - 1] && !(end - 2 >= i && connector(end - 2))) end--;
    // "… Liberation Front and Ethiopia('s …)", "… Affairs Bureau of Japan('s …)": a place whose
    // possessive follows opens the next name; the connector before it goes with it.
    if (end - 2 > i && inPlace[end - 1] && connector(end - 2) && end + 1 < n && apostropheAt(end) && raw(end + 1) === 's') end -= 2;
    // All of it a place ("Lao People's Democratic Republic"): no name here; the scan goes on from i + 1.
    if (end <= i) continue;
    words = 0;
    let placeWords = 0;
    for (let k = i; k < end; k++) {
      if (!orgWord(k)) continue;
      words++;
      placeWords += inPlace[k];
    }
    if (placeWords === words) {
      i = end - 1;
      continue;
    }
    const acronym = end + 2 < n && raw(end) === '(' && allCapsAt(end + 1) && raw(end + 2) === ')' ? end + 1 : -1;
    const initials = () => {
      let letters = '';
      for (let k = i; k < end; k++) if (!connector(k)) letters += raw(k)[0];
      return letters.toUpperCase();
    };
    const acronymLetters = acronym >= 0 ? raw(acronym).replace(/[^A-Z]/g, '') : '';
    // The acronym of the name in its own language, whose words come in another order: "National
    // Electoral Council (CNE)", "Armed Forces of the Democratic Republic of the Congo (FARDC)".
    const sameLetters = (a: string, b: string): boolean => a.length === b.length && [...a].sort().join('') === [...b].sort().join('');
    const acronymFits = acronym >= 0 && raw(acronym).length >= 2 && ((initials().startsWith(acronymLetters.slice(0, 2)) && acronymLetters.length <= words + 1) || (acronymLetters.length >= 3 && sameLetters(initials(), acronymLetters)));
    if (NOT_ORG_TAIL.has(norm(end - 1))) {
      i = end - 1;
      continue;
    }
    // "Harbourline Capital, an investment firm in Singapore": the apposition says what the name is.
    const described = !hasHead && words >= 2 && end < n && raw(end) === ',' && ORG_APPOSITION.test(text.slice(ends[end], ends[end] + 48));
    // "Brazil's Supreme Federal Court", "Pakistan's Election Commission": a country's own institution
    // is the one a reader marks; "the Supreme Court" alone stays a common noun.
    const placePossessive = i >= 3 && raw(i - 1) === 's' && apostropheAt(i - 2) && inPlace[i - 3] === 1 && joined(i - 3) && joined(i - 2);
    // "claimed victory in Cameroon's October election, but the Constitutional Council declared…":
    // after a place named earlier in the sentence, "the" + an institution's words is that place's.
    const placeBefore = i >= 1 && norm(i - 1) === 'the' && !capitalisedAt(i - 1) && placeEarlierInSentence(i - 1);
    if (!acronymFits && genericInstitution(i, end) && !placePossessive && !(placeBefore && words >= 2)) {
      i = end - 1;
      continue;
    }
    if ((hasHead && words >= 2) || acronymFits || described || ((placePossessive || placeBefore) && genericInstitution(i, end) && words >= 2)) {
      add({ first: i, end, kind: 'organisation' });
      if (acronymFits) add({ first: acronym, end: acronym + 1, kind: 'organisation' });
    }
    i = end - 1;
  }

  // "the environmental agency Ibama", "the state oil company Petrobras": a body's noun, then its
  // name (one or two capitalised words no entry covers, closing the phrase).
  for (let i = 0; i + 2 < n; i++) {
    if (norm(i) !== 'the') continue;
    let k = i + 1;
    while (k < n && k - i <= 3 && !capitalisedAt(k) && !allCapsAt(k) && !NAMED_BODY_NOUNS.has(norm(k)) && /^\p{Ll}[\p{Ll}-]*$/u.test(raw(k)) && joined(k - 1)) k++;
    if (k + 1 >= n || !NAMED_BODY_NOUNS.has(norm(k)) || capitalisedAt(k) || !joined(k)) continue;
    const first = k + 1;
    if (!capitalisedAt(first) || covered[first] || taken[first] || PEOPLE_NOUNS.has(norm(first))) continue;
    let end = first + 1;
    if (end < n && joined(first) && capitalisedAt(end) && !covered[end] && !allCapsAt(end)) end++;
    // The name closes the phrase: "Ibama to drill", "Petrobras, the …"; not "the company Chief Executive".
    if (end < n && capitalisedAt(end)) continue;
    add({ first, end, kind: 'organisation', role: text.slice(starts[i + 1], ends[k]) });
  }

  // "the INDEC statistics agency", "the ISI spy agency": an acronym the text describes by its noun.
  for (let i = 1; i + 1 < n; i++) {
    if (!allCapsAt(i) || taken[i] || covered[i] || norm(i - 1) !== 'the' || !joined(i) || ends[i] - starts[i] < 3) continue;
    let k = i + 1;
    while (k < n && k - i <= 2 && !capitalisedAt(k) && !allCapsAt(k) && !ACRONYM_NOUNS.has(norm(k)) && /^\p{Ll}+$/u.test(raw(k)) && joined(k)) k++;
    if (k < n && k > i + 1 && ACRONYM_NOUNS.has(norm(k)) && !capitalisedAt(k)) add({ first: i, end: i + 1, kind: 'organisation', role: text.slice(starts[i + 1], ends[k]) });
  }
  found.sort((x, y) => x.first - y.first);
  const out: UnlistedAnnotation[] = [];
  // Later mentions: a person's surname alone (its last word, hyphens included: "Osei-Bonsu"), an
  // organisation's acronym alone.
  const surnameStart = (f: Found): number => {
    let k = f.end - 1;
    while (k > f.first && text.slice(ends[k - 1], starts[k]) === '-') k--;
    return k;
  };
  const surnameKey = (first: number, end: number): string => {
    let key = '';
    for (let k = first; k < end; k++) key += `${norm(k)}${k + 1 < end ? text.slice(ends[k], starts[k + 1]) : ''}`;
    return key;
  };
  const bySurname = new Map<string, { name: string; role?: string; length: number; after: number }>();
  const byAcronym = new Map<string, { name: string; hash: number }>();
  // The hashes of each surname's first word and of each acronym: the scan for later mentions below
  // visits every capitalised token, and only those with one of these hashes can be one.
  const surnameHashes = new Set<number>();
  const acronymHashes = new Set<number>();
  const fullName = (f: Found): string => text.slice(starts[f.first], ends[f.end - 1]);
  for (let k = 0; k < found.length; k++) {
    const f = found[k];
    const previous = found[k - 1];
    // An acronym right after its full form takes the full form's name.
    const name = f.end - f.first === 1 && previous && previous.end + 1 === f.first ? fullName(previous) : fullName(f);
    if (f.kind === 'person') {
      const from = surnameStart(f);
      bySurname.set(surnameKey(from, f.end), { name, role: f.role, length: f.end - from, after: f.end });
      surnameHashes.add(hashes[from]);
    }
    if (f.end - f.first === 1 && allCapsAt(f.first)) {
      byAcronym.set(raw(f.first), { name, hash: hashes[f.first] });
      acronymHashes.add(hashes[f.first]);
    }
  }
  if (introduced !== undefined) {
    for (const [key, { name, role, length, after }] of bySurname) {
      const introduction: Introduction = { kind: 'surname', key, hash: hashes[after - length], length, name };
      if (role !== undefined) introduction.role = role;
      introduced.push(introduction);
    }
    for (const [key, { name, hash }] of byAcronym) introduced.push({ kind: 'acronym', key, hash, length: 1, name });
  }
  // A later mention stands alone (no capitalised word joined to it) on tokens no name holds yet.
  // A role before it is no other name: "President Paudel", "Minister Varo" are the person met before.
  // "The IEBC said" opening a sentence: the article is no part of a name.
  const aloneAt = (i: number, end: number): boolean => (i === 0 || !capitalisedAt(i - 1) || !joined(i - 1) || ROLE_HEADS.has(norm(i - 1)) || DETERMINERS.has(norm(i - 1))) && (end >= n || !capitalisedAt(end) || !joined(end - 1));
  const freeAt = (i: number, end: number): boolean => {
    for (let k = i; k < end; k++) if (taken[k] || covered[k]) return false;
    return true;
  };
  const mentions: Found[] = [...found];
  const first = new Set(found);
  // The earlier paragraph's introduction each later mention refers to.
  const linkedEarlier = new Map<Found, Introduction>();
  // Where each acronym was first given: later bare uses after it are linked to it.
  const acronymAt = new Map<string, number>();
  for (const f of found) if (f.end - f.first === 1 && !acronymAt.has(raw(f.first))) acronymAt.set(raw(f.first), f.first);
  const lengths = [...new Set([...bySurname.values()].map((s) => s.length))];
  for (let i = 0; i < n; i++) {
    if (taken[i] || covered[i] || !capitalisedAt(i)) continue;
    const hash = hashes[i];
    const before = earlier(hash);
    if (!surnameHashes.has(hash) && !acronymHashes.has(hash) && before.length === 0) continue;
    let matched = false;
    if (surnameHashes.has(hash)) for (const length of lengths) {
      const end = i + length;
      if (end > n) continue;
      const surname = bySurname.get(surnameKey(i, end));
      if (!surname || surname.after > i || allCapsAt(i) || !aloneAt(i, end) || !freeAt(i, end)) continue;
      mentions.push({ first: i, end, kind: 'person' });
      for (let k = i; k < end; k++) taken[k] = 1;
      matched = true;
      break;
    }
    if (matched) continue;
    const acronym = raw(i);
    if (byAcronym.has(acronym)) {
      if (aloneAt(i, i + 1) && (acronymAt.get(acronym) ?? n) < i) mentions.push({ first: i, end: i + 1, kind: 'organisation' });
      continue;
    }
    // A name this paragraph does not introduce itself, introduced before it.
    for (const introduction of before) {
      const end = i + introduction.length;
      if (end > n) continue;
      if (introduction.kind === 'surname') {
        if (bySurname.has(introduction.key) || allCapsAt(i) || surnameKey(i, end) !== introduction.key || !aloneAt(i, end) || !freeAt(i, end)) continue;
        const mention: Found = { first: i, end, kind: 'person' };
        mentions.push(mention);
        linkedEarlier.set(mention, introduction);
        for (let k = i; k < end; k++) taken[k] = 1;
        break;
      }
      if (introduction.key !== acronym || !aloneAt(i, i + 1)) continue;
      const mention: Found = { first: i, end: i + 1, kind: 'organisation' };
      mentions.push(mention);
      linkedEarlier.set(mention, introduction);
      break;
    }
  }
  mentions.sort((x, y) => x.first - y.first);
  for (let k = 0; k < mentions.length; k++) {
    const f = mentions[k];
    const start = starts[f.first];
    const end = ends[f.end - 1];
    const single = f.end - f.first === 1;
    const linked = linkedEarlier.get(f) ?? (f.kind === 'person' ? (first.has(f) ? undefined : bySurname.get(surnameKey(f.first, f.end))) : single ? byAcronym.get(raw(f.first)) : undefined);
    const annotation: UnlistedAnnotation = { start, end, text: text.slice(start, end), category: 'entity', kind: f.kind, listed: false, name: linked?.name ?? text.slice(start, end) };
    const role = f.role ?? (linked && 'role' in linked && typeof linked.role === 'string' ? linked.role : undefined);
    if (role) annotation.role = role;
    out.push(annotation);
  }
  return out;
}
