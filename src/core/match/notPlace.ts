/**
 * Country and place names that, where they stand, name no place at all, so GeoLens leaves them
 * unannotated:
 * - inside a web address ("…/Japan-s-ban-on-British-beef…"): a slug, not prose;
 * - a currency prefix ("$US4.5 billion", "US$30");
 * - a disease named after a place ("West Nile virus", "Lassa fever");
 * - a demonym used as a language ("speaks in Spanish", "studying Portuguese");
 * - a surname after a given name ("Andrew Jordan", "Bill Holland", "Mario de Santiago"), a given
 *   name after a word for a relative ("her son Jordan", "their daughters Sky and Chicago"), a
 *   nickname after a person's age ("Jon Smith, 24, known as Memphis"), and the same word elsewhere
 *   in that document (one sense per discourse: "Holland recalled");
 * - a place name that is also a given name, before a surname ("Chad Smith", "Paris Hilton", "Georgia
 *   O'Keeffe"; not "Jordan River", "Kenya Airways", "in Paris Macron said" or a Title-Case headline),
 *   and that given name alone later in the document where a person's cues show it is the same person
 *   ("Sydney said she…", "Georgia's father");
 * - a name that is also a common noun ("turkey", "china") inside a capitalised run of words, in a
 *   document that uses the common noun ("the Turkey Hotline … roast turkeys"): a brand or a title.
 */
import { frontMatterEnd } from '../text/sentences';
import { hashString, normAt, TOKEN_ALL_CAPS, TOKEN_CAPITALISED, TOKEN_NUMBER, TOKEN_WORD, type Tokens } from '../text/tokenize';

const words = (list: string): Set<string> => new Set(list.trim().split(/\s+/));

/** Common given names (lower-case) that are not themselves place names. */
export const GIVEN_NAMES = words(`
  aaron adam adrian alan albert alex alexander alexandra alice alison amanda amy andrea andrew angela
  ann anna anne anthony antonio arthur barbara ben benjamin bernard bill billy bob bobby brad brandon
  brian bruce carl carlos carol caroline catherine charles charlie chris christian christina
  christine christopher claire colin craig daniel danny david dean deborah dennis diana diane donald
  douglas ed edward elizabeth emily emma eric frank fred gary george gordon graham greg gregory
  harry helen henry hugh ian jack jacob james jane janet jason jean jeff jeffrey jennifer jeremy
  jessica jim jimmy joan joe john johnny jonathan jose joseph josh joshua juan julia julie justin
  karen kate katherine keith kelly kenneth kevin kim larry laura lauren linda lisa louis lucy luis
  luke manuel marco margaret maria mario mark martin mary matt matthew michael michelle mike nancy
  nathan neil nicholas nick nicole oliver pablo pat patricia patrick paul pedro peter philip phil
  rachel ralph raymond rebecca richard rick rob robert robin roger ronald ross roy russell ryan sam
  samuel sandra sarah scott sean simon stephen steve steven stuart susan thomas tim timothy todd tom
  tony victor vincent walter wayne william
`);

/**
 * Place names that are also given names, lower-case: only these are read as the given name in
 * "Chad Smith", "Paris Hilton", "Georgia O'Keeffe". The list is short and explicit because the
 * only evidence is the word after the name: each name on it is common as a first name in English
 * news. Names seen far more as surnames or in team and firm names ("Dallas Cowboys", "Houston
 * Rockets", "London Bridge", "America First") stay off it.
 */
const PLACE_GIVEN_NAMES = words(`
  alexandria austin brooklyn charlotte chad chelsea florence georgia india israel jordan kenya
  madison milan paris santiago savannah sofia sydney victoria virginia
`);

/**
 * Capitalised words after a place name that make it part of the name of a place, a body, an event
 * or a title, not a person's given name: "Jordan River", "Georgia Tech", "Paris Accord", "Kenya
 * Airways", "Israel Defense Forces", "India Gate", "Moscow Mayor". Lower-case.
 */
export const NOT_SURNAMES = words(`
  river rivers valley basin lake lakes sea gulf bay coast coastal island islands mountain mountains
  hills hill plain plains plateau delta desert falls canal harbour harbor port beach park gate gates
  garden gardens square street st road avenue ave boulevard blvd lane drive highway bridge tower
  palace castle cathedral church mosque temple synagogue museum gallery zoo aquarium airport station
  terminal metro underground hotel stadium arena dome centre center hall house home hospital clinic
  medical school schools college university institute academy tech polytechnic elementary junior
  juniors senior high state county counties city town township twp village district province region
  regional municipal metropolitan national central north south east west northern southern eastern
  western upper lower greater new old saint sainte ste
  agreement accord accords treaty pact protocol convention declaration charter deal talks summit
  conference forum process plan initiative peace climate conflict war crisis
  post times daily news herald tribune journal chronicle gazette mail press express standard telegraph
  observer review today weekly magazine match radio tv television broadcasting network media
  mayor minister ministry president prime premier governor gov senator chancellor king queen prince
  princess ambassador embassy consulate government parliament senate assembly congress council court
  supreme police army navy forces force military defense defence guard guards security intelligence
  air airways airlines airline rail railways railway power energy electric oil gas petroleum telecom
  bank exchange stock bourse authority agency commission committee board bureau department office
  service services corporation company co corp inc ltd plc group holdings industries association
  federation union league club cup open masters marathon championship championships games olympics
  team squad fc united rovers athletic stars party democrats democratic republicans republican
  public library community red cross fashion week film festival opera ballet orchestra symphony
  lottery zone border borders area areas country gateway systems system
  policemen officers troopers firefighters sheriff educators teachers farmers residents voters
  citizens people workers students fans brand brands
  alliance coalition front movement dream
  sevens bulldogs cowboys titans hurricanes panthers rockets mavericks lions tigers bears eagles hawks
  falcons braves jackets bulls warriors rangers giants dragons sharks swans roosters sixers thunder
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july
  august september october november december
`);

/** Words right before a place name that show it is a place: "in Paris Macron said", "the Jordan Valley". */
const PLACE_CUES = words(`in at near into onto across throughout around outside inside within from to
  towards toward via through between beyond over under of the a an this that`);

/** Particles between a given name and a surname: "Mario de Santiago", "Vincent van Holland". */
const NAME_PARTICLES = words('de da del della di van von der den le la du dos das');

/** Words after a demonym that show it describes no noun: "speaks in Spanish after…". */
const NOT_A_NOUN = words(`and or but after before as while when because for at on in to with without
  so then than instead too again only well fluently now`);

/** Words before a demonym that make it a language. */
const LANGUAGE_CUES = words(`speak speaks spoke spoken speaking study studies studied studying learn
  learns learned learnt learning fluent fluency translated translate translates translation
  teach teaches taught teaching write writes wrote written read reads dub dubbed subtitled`);

/**
 * Demonyms that name a language far more often than a people ("English"): they stand for their land
 * only before a noun of place or of a side ("the southern English city of Salisbury", "English
 * clubs"), never in "English translation" or "the English version".
 */
const LANGUAGE_FIRST_DEMONYMS = words('english');
const PLACE_OR_SIDE_NOUNS = words(`city cities town towns village villages county counties coast coastline
  countryside port ports seaside resort region regions club clubs side sides team teams`);

/** Words for relatives and partners: a capitalised name right after one is a person's name. */
const RELATIVES = words(`son sons daughter daughters baby babies child children kid kids twins wife husband
  brother brothers sister sisters mother father mum mom dad grandson granddaughter grandchildren nephew
  niece cousin uncle aunt boyfriend girlfriend fiance fiancee partner stepson stepdaughter`);

/** Country and place names that are also common nouns, lower-cased: the bird, the porcelain. */
export const COMMON_NOUNS = new Map<string, readonly string[]>([
  ['turkey', ['turkey', 'turkeys']],
  ['china', ['china']],
]);

function norm(tokens: Tokens, i: number): string {
  return normAt(tokens, i);
}

function isCapitalised(tokens: Tokens, i: number): boolean {
  return i >= 0 && i < tokens.count && (tokens.flags[i] & TOKEN_CAPITALISED) !== 0;
}

/** The name is part of a web address (`http…://…`, `www.…`): its whitespace-free run holds "://" or "www.". */
export function insideUrl(text: string, start: number): boolean {
  let k = start;
  // Back to the start of the whitespace-free run the name is in (at most 2,048 characters).
  while (k > 0 && start - k < 2048) {
    const c = text.charCodeAt(k - 1);
    if (c === 32 || (c >= 9 && c <= 13) || c === 0xa0) break;
    k--;
  }
  for (let at = k; at + 3 <= start; at++) {
    const c = text.charCodeAt(at);
    if (c === 58 /* : */ && text.startsWith('://', at)) return true;
    if ((c === 119 || c === 87) /* w */ && at + 4 <= start && text.slice(at, at + 4).toLowerCase() === 'www.') return true;
  }
  return false;
}

/** A currency prefix or suffix written against a number or a dollar sign: "$US4.5", "US$30". */
function currencyMarker(tokens: Tokens, text: string, first: number, end: number): boolean {
  const start = tokens.starts[first];
  const stop = tokens.ends[end - 1];
  const before = start > 0 ? text[start - 1] : '';
  const after = stop < text.length ? text[stop] : '';
  return before === '$' || after === '$' || (/[$€£]/.test(before) && /\d/.test(after));
}

/** "in Spanish", "speaks Russian", "studying Portuguese": the demonym is not followed by what it describes. */
function languageUse(tokens: Tokens, first: number, end: number): boolean {
  // "in Spanish waters" describes the waters; "in Spanish after…", "in Spanish." names the language.
  const next = norm(tokens, end);
  if (next !== '' && /^\p{L}/u.test(next) && !NOT_A_NOUN.has(next)) return false;
  // "speaks Russian, Ukrainian and Polish", "airing in English and Spanish": the list's first item
  // carries the cue for every item.
  while (first >= 2 && (norm(tokens, first - 1) === ',' || norm(tokens, first - 1) === 'and' || norm(tokens, first - 1) === 'or') && isCapitalised(tokens, first - 2)) first -= 2;
  const before = norm(tokens, first - 1);
  if (LANGUAGE_CUES.has(before)) return true;
  // "speaks in Spanish", "translated into Chinese", "written in French".
  if ((before === 'in' || before === 'into' || before === 'from') && LANGUAGE_CUES.has(norm(tokens, first - 2))) return true;
  // "an interview conducted in French, …", "and later in French.": "in" and the demonym alone in its
  // clause is the language (a people's land is "in France").
  // Not in a list of peoples: "in Chinese, Indian and Brazilian firms".
  return before === 'in' && (next === '.' || next === ';' || next === ')' || (next === ',' && !isCapitalised(tokens, end + 1)));
}

/**
 * Which of `nouns` the text writes in lower case, as words of its prose: the common nouns. Front
 * matter (a URL slug, tags) and words inside a URL ("…/philippines-blasts-china-for-…") say nothing
 * about how the article writes the word.
 */
export function proseLowerCaseNouns(text: string, tokens: Tokens, nouns: ReadonlySet<string>): Set<string> {
  const found = new Set<string>();
  // Every token is visited: its hash is compared before its word is made (an array, not a set of
  // numbers, which boxed every hash outside the small-integer range on each look-up).
  const nounHashes = [...nouns].map(hashString);
  const { count, starts, flags, hashes } = tokens;
  let body = -1;
  for (let k = 0; k < count; k++) {
    if (!nounHashes.includes(hashes[k]) || (flags[k] & TOKEN_CAPITALISED) !== 0) continue;
    if (body < 0) body = frontMatterEnd(text);
    if (starts[k] < body) continue;
    const c = text.charCodeAt(starts[k]);
    if (c < 0x61 || c > 0x7a) continue;
    const word = normAt(tokens, k);
    if (nouns.has(word) && !found.has(word) && !insideUrl(text, starts[k])) found.add(word);
  }
  return found;
}

/** Every noun a common-noun rule asks about (see `COMMON_NOUNS`). */
export const COMMON_NOUN_WORDS: ReadonlySet<string> = new Set([...COMMON_NOUNS.values()].flat());

/** A given name (and maybe a particle) right before the name: "Andrew Jordan", "Mario de Santiago". */
function surname(tokens: Tokens, first: number): boolean {
  let k = first - 1;
  if (NAME_PARTICLES.has(norm(tokens, k)) && !isCapitalised(tokens, k)) k--;
  return isCapitalised(tokens, k) && GIVEN_NAMES.has(norm(tokens, k));
}

/**
 * A person's name by its apposition: after a word for a relative, maybe as a later member of a
 * list ("her daughters North and Chicago", "his son, Jordan,"), or a nickname after an age
 * ("Jon Smith, 24, known as Memphis", "nicknamed Memphis").
 */
function personByApposition(tokens: Tokens, first: number): boolean {
  let k = first - 1;
  if (norm(tokens, k) === 'nicknamed') return true;
  if (norm(tokens, k) === 'as' && norm(tokens, k - 1) === 'known' && norm(tokens, k - 2) === ',' && (tokens.flags[k - 3] & TOKEN_NUMBER) !== 0 && norm(tokens, k - 4) === ',') return true;
  // Back over the earlier members of a list of given names: "North and", "Sky, Rain and".
  for (let guard = 0; guard < 8 && k >= 0; guard++) {
    const w = normAt(tokens, k);
    if (w === 'and' || (w === ',' && isCapitalised(tokens, k - 1) && !RELATIVES.has(norm(tokens, k - 1)))) {
      k--;
      if (w === 'and' && norm(tokens, k) === ',') k--;
      if (!isCapitalised(tokens, k)) return false;
      k--;
      continue;
    }
    break;
  }
  if (norm(tokens, k) === ',') k--;
  return RELATIVES.has(norm(tokens, k)) && !isCapitalised(tokens, k);
}

/** A common-noun homonym inside a capitalised run ("the Butterball Turkey Talk Line"), not at a sentence start. */
function insideCapitalisedRun(tokens: Tokens, first: number, end: number): boolean {
  const before = first - 1;
  const prevCapitalisedWord = isCapitalised(tokens, before) && /^\p{L}/u.test(norm(tokens, before)) && !/[.!?:"]/.test(norm(tokens, before - 1) || '.');
  const nextCapitalisedWord = isCapitalised(tokens, end) && /^\p{L}/u.test(norm(tokens, end));
  return prevCapitalisedWord || nextCapitalisedWord;
}

/** The token is a word with a capital first letter and some lower-case letters: "Smith", not "PTA". */
function capitalisedWord(tokens: Tokens, i: number): boolean {
  return i >= 0 && i < tokens.count && (tokens.flags[i] & (TOKEN_CAPITALISED | TOKEN_WORD | TOKEN_ALL_CAPS)) === (TOKEN_CAPITALISED | TOKEN_WORD);
}

/** Only spaces between two tokens (no line break, hyphen or other mark): "Chad Smith", not "Chad-Smith". */
export function spaceBetween(text: string, tokens: Tokens, a: number, b: number): boolean {
  const from = tokens.ends[a];
  const to = tokens.starts[b];
  if (to <= from) return false;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 0xa0) return false;
  }
  return true;
}

/**
 * The sentence holding token `i` is a headline: its longer words (four letters or more) are all
 * capitalised ("India Signs Deal With Russia", "CHAD SMITH SIGNS"). Looks at most 40 tokens each
 * way, within the line and the sentence.
 */
export function headline(text: string, tokens: Tokens, i: number): boolean {
  const lineStart = text.lastIndexOf('\n', tokens.starts[i]) + 1;
  let lineEnd = text.indexOf('\n', tokens.ends[i]);
  if (lineEnd < 0) lineEnd = text.length;
  let from = i;
  while (from > 0 && i - from < 40 && tokens.starts[from - 1] >= lineStart && !/^[.!?]$/.test(norm(tokens, from - 1))) from--;
  let long = 0;
  for (let k = from; k < tokens.count && k - i < 40 && tokens.starts[k] < lineEnd; k++) {
    if (k > i && /^[.!?]$/.test(norm(tokens, k))) break;
    if ((tokens.flags[k] & TOKEN_WORD) === 0 || tokens.ends[k] - tokens.starts[k] < 4) continue;
    if ((tokens.flags[k] & TOKEN_CAPITALISED) === 0) return false;
    long++;
  }
  return long >= 2;
}

/**
 * The place name is a given name followed by a surname: "Chad Smith", "Paris Hilton", "Georgia
 * O'Keeffe". Strong evidence only: a name on PLACE_GIVEN_NAMES, written with a capital, then (after
 * a space, on the same line) a capitalised word that is not a place, a given name, or a noun that
 * makes a place or a body's name ("Jordan River", "Kenya Airways", "Paris Charles de Gaulle"),
 * nothing before it that marks a place ("in Paris Macron said", "the Jordan Valley") or a longer
 * capitalised name ("Upper Chad Basin"), no capitalised word after the surname ("Georgia Modular
 * Systems"), and a sentence that is not a headline in Title Case.
 * `nextName` is the first token of the next place name in the document (-1 if none); `nameStartsAt`
 * says whether any other gazetteer name (a person, a weapon system…) starts at a token: a name is
 * no surname ("in Paris Macron said", "India Su-30MKI upgrades").
 */
function givenNameBeforeSurname(text: string, tokens: Tokens, first: number, nextName: number, nameStartsAt: (token: number) => boolean): boolean {
  if (!PLACE_GIVEN_NAMES.has(norm(tokens, first)) || !capitalisedWord(tokens, first)) return false;
  let next = first + 1;
  if (next >= tokens.count || next === nextName || nameStartsAt(next) || !spaceBetween(text, tokens, first, next)) return false;
  // "O'Keeffe", "D'Souza": a capital letter, an apostrophe, a capitalised word.
  if (norm(tokens, next).length === 1 && norm(tokens, next + 1) === "'" && capitalisedWord(tokens, next + 2) && tokens.ends[next] === tokens.starts[next + 1]) next += 2;
  // A lone capital is an initial or a stray letter, not a surname ("India Å").
  else if (!capitalisedWord(tokens, next) || norm(tokens, next).length < 2) return false;
  const surnameWord = norm(tokens, next);
  if (NOT_SURNAMES.has(surnameWord) || GIVEN_NAMES.has(surnameWord) || PLACE_GIVEN_NAMES.has(surnameWord)) return false;
  // "India DGMOs", "Kenya MPs": an acronym (its plural too) is no surname.
  if (/^\p{Lu}{2,}s?$/u.test(text.slice(tokens.starts[next], tokens.ends[next]))) return false;
  // "Georgia Modular Systems", "Kenya Red Cross": a longer name, most likely a body's.
  if (capitalisedWord(tokens, next + 1) && spaceBetween(text, tokens, next, next + 1)) return false;
  const before = first - 1;
  if (PLACE_CUES.has(norm(tokens, before))) return false;
  if (capitalisedWord(tokens, before) && !/[.!?:"]/.test(norm(tokens, before - 1) || '.')) return false;
  return !headline(text, tokens, first);
}

/** Personal pronouns: a place name they follow in its own sentence is a person ("Sydney said she…"). */
const PERSONAL_PRONOUNS = words('he she him his her himself herself');
/** Pronouns for a place or a body: the name before them is not a person ("Paris said it…"). */
const OTHER_PRONOUNS = words('it its they them their itself');
/** Marks and conjunctions that end a clause. */
const CLAUSE_ENDS = words('. ! ? , ; : and but or');

/** Nouns a person's possessive takes and a place's seldom does: "Georgia's father", "Sydney's role". */
const PERSONAL_NOUNS = words('parents family career debut role roles character performance album song fans');

/**
 * A bare given name later in a document where "Given Surname" was seen ("Sydney Sweeney … Sydney
 * said she…"), read as the person only with a person's cues: no word marking a place before it; a
 * verb right after it with "he" or "she" later in the same clause, before any "it" or "they", or a
 * possessive of a relative or a role ("Georgia's father"). "Paris Hilton … Paris said it would…"
 * and "… Jordan hosts refugees, and his team…" keep the place.
 */
function samePersonLater(tokens: Tokens, first: number): boolean {
  if (PLACE_CUES.has(norm(tokens, first - 1)) || !capitalisedWord(tokens, first)) return false;
  const next = first + 1;
  if (norm(tokens, next) === "'" && norm(tokens, next + 1) === 's') {
    const owned = norm(tokens, next + 2);
    return RELATIVES.has(owned) || PERSONAL_NOUNS.has(owned);
  }
  if ((tokens.flags[next] & (TOKEN_WORD | TOKEN_CAPITALISED)) !== TOKEN_WORD) return false;
  for (let k = next; k < tokens.count && k - first < 20; k++) {
    const w = norm(tokens, k);
    if (CLAUSE_ENDS.has(w) || OTHER_PRONOUNS.has(w)) return false;
    if (PERSONAL_PRONOUNS.has(w)) return true;
  }
  return false;
}

export interface NameSpan {
  firstToken: number;
  endToken: number;
  /** The name is a demonym ("Spanish"), not the country's or place's own name. */
  demonym: boolean;
}

/** Nouns that make the name before them a disease's: "West Nile virus", "Ebola disease", "Lassa fever". */
const DISEASE_NOUNS = words('virus viruses fever disease encephalitis');

/** Whether the lower-case word at token `end`, right after a name, makes it a disease's name ("Nile virus"). */
export function diseaseName(tokens: Tokens, end: number): boolean {
  return end < tokens.count && (tokens.flags[end] & TOKEN_CAPITALISED) === 0 && DISEASE_NOUNS.has(normAt(tokens, end));
}

/**
 * Which of the country and place names in a document name no place (see the module comment).
 * Returns one flag per name, in order. `names` come from the matcher, sorted by position.
 */
/**
 * `usesInProse`: whether the document writes a common noun in lower case in its prose (annotate asks
 * the whole document's; by default, this text's).
 */
export function notPlaces(text: string, tokens: Tokens, names: readonly NameSpan[], nameStartsAt: (token: number) => boolean = () => false, usesInProse: (noun: string) => boolean = (noun) => proseLowerCaseNouns(text, tokens, COMMON_NOUN_WORDS).has(noun)): boolean[] {
  const flags = new Array<boolean>(names.length).fill(false);
  let surnames: Set<string> | undefined;
  let givenNames: Set<string> | undefined;
  for (let n = 0; n < names.length; n++) {
    const { firstToken, endToken, demonym } = names[n];
    if (insideUrl(text, tokens.starts[firstToken]) || currencyMarker(tokens, text, firstToken, endToken) || diseaseName(tokens, endToken)) flags[n] = true;
    else if (demonym && (languageUse(tokens, firstToken, endToken) || (LANGUAGE_FIRST_DEMONYMS.has(normAt(tokens, firstToken)) && !PLACE_OR_SIDE_NOUNS.has(norm(tokens, endToken))))) flags[n] = true;
    else if (!demonym && endToken - firstToken === 1 && (surname(tokens, firstToken) || personByApposition(tokens, firstToken))) {
      flags[n] = true;
      (surnames ??= new Set()).add(normAt(tokens, firstToken));
    }
    else if (!demonym && endToken - firstToken === 1 && givenNameBeforeSurname(text, tokens, firstToken, n + 1 < names.length ? names[n + 1].firstToken : -1, nameStartsAt)) {
      flags[n] = true;
      (givenNames ??= new Set()).add(normAt(tokens, firstToken));
    }
  }
  // One sense per discourse for common nouns: "Turkey" in a brand name where the text roasts turkeys.
  for (let n = 0; n < names.length; n++) {
    const { firstToken, endToken, demonym } = names[n];
    const nouns = !demonym && endToken - firstToken === 1 ? COMMON_NOUNS.get(normAt(tokens, firstToken)) : undefined;
    if (nouns && !flags[n] && insideCapitalisedRun(tokens, firstToken, endToken) && nouns.some(usesInProse)) flags[n] = true;
  }
  if (surnames) {
    // One sense per discourse: "Bill Holland … Holland recalled".
    for (let n = 0; n < names.length; n++) {
      const { firstToken, endToken, demonym } = names[n];
      if (!demonym && endToken - firstToken === 1 && surnames.has(normAt(tokens, firstToken))) flags[n] = true;
    }
  }
  if (givenNames) {
    // The same person by the given name alone: "Sydney Sweeney … Sydney said she…".
    for (let n = 0; n < names.length; n++) {
      const { firstToken, endToken, demonym } = names[n];
      if (!flags[n] && !demonym && endToken - firstToken === 1 && givenNames.has(normAt(tokens, firstToken)) && samePersonLater(tokens, firstToken)) flags[n] = true;
    }
  }
  return flags;
}
