// A person's surname alone, as the press writes it after the first mention ("Schmidt said"), matched
// only in a document that also writes another word of the person's name. One rule for the generated
// leaders (generate.mjs) and the hand-written people (compile.mjs, at build time).
import { englishGivenNames, englishWords } from './generate/util.mjs';

/** Particles of names that say nothing about whose name it is. */
export const CONTEXT_PARTICLES = /^(?:jr|sr|abd|abdul|abu|ould|mohamed|mohammed|muhammad|ali|said|al|el|de|da|dos|van|von)$/i;

/** English given names, and the Arabic ones many leaders share: "Martin", "Ali" alone name many people. */
export function personGivenNames() {
  const names = englishGivenNames();
  for (const n of ['mohamed', 'mohammed', 'muhammad', 'ali', 'hassan', 'hussein', 'ibrahim', 'ahmed', 'ahmad', 'omar', 'salman', 'hamad', 'khalid', 'abdullah']) names.add(n);
  return names;
}

/**
 * What the rule reads, built once: everyday English (SCOWL's two commonest tiers: a surname that is
 * one, "Brown" or "King", is never read alone), given names, and every person's name words.
 * `people`: every person entry ({ name }) of the gazetteer, generated and hand-written.
 */
export function surnameRuleContext(people, aliasKey) {
  return {
    aliasKey,
    everydayWords: englishWords(['10', '20']),
    givenNames: personGivenNames(),
    personWords: people.map((e) => ({ name: String(e.name), words: String(e.name).split(/[\s-]+/).map((w) => aliasKey(w)) })),
  };
}

/**
 * The context-only surname alias of a person, or undefined. `person`: { name, words, surname,
 * surnameFirst } (the name's words, the surname among them); `taken`: alias keys the person (or any
 * entry) already has, which the surname must not repeat.
 * Not a name many people are given ("Martin", "Ali"), nor the first name of a royal "bin …" name,
 * and not a word.
 */
export function contextSurnameAlias(person, taken, rules) {
  const { aliasKey, everydayWords, givenNames, personWords } = rules;
  const { surname, words } = person;
  const royal = words.some((w) => /^(?:bin|ibn|ibni|bint)$/i.test(w));
  if (!surname || royal || surname.includes(' ') || (surname.length < 3 && !person.surnameFirst)) return undefined;
  if (taken.has(aliasKey(surname)) || everydayWords.has(surname.toLowerCase())) return undefined;
  // "Jae-myung" is written "Jae Myung" too: each part is a word of the context.
  const others = [...new Set(words.filter((w) => w !== surname).flatMap((w) => w.split('-')).filter((w) => /^\p{L}{3,}$/u.test(w) && !CONTEXT_PARTICLES.test(w) && !everydayWords.has(w.toLowerCase())).map((w) => aliasKey(w)))];
  // A surname that is also a given name ("Lee", "Martin") needs a context no one else's name
  // gives ("Jae", "Myung"), not "Michael".
  const distinctive = !givenNames.has(surname.toLowerCase()) || others.some((w) => !givenNames.has(w));
  // Another person of that surname whose name holds one of these words ("Kim Yo Jong" beside
  // "Kim Jong Un"): the context cannot tell them apart, so neither is the surname alone.
  const rival = personWords.some(({ name, words: theirs }) => name !== person.name && theirs.includes(aliasKey(surname)) && others.some((w) => theirs.includes(w)));
  if (others.length === 0 || !distinctive || rival) return undefined;
  return { text: surname, case: 'exact', context: others, contextOnly: true };
}

/** Lower-case particles, written capitalised in some names ("Alexander De Croo", "Ali Al Saud"): the surname is more than the last word. */
const NAME_PARTICLES = /^(?:aboul|abou|abul|de|da|do|dos|das|del|della|di|du|van|von|der|den|ter|la|le|al|el|bin|ibn|bint|abu|abd|ould|mac|st)$/i;
/** Where names put the family name first ("Chen Yixin", "Hun Manet"): the last word is a given name. */
const FAMILY_NAME_FIRST = new Set(['chn', 'twn', 'hkg', 'mac', 'prk', 'kor', 'vnm', 'khm', 'mmr']);
/** Where a name's first surname is the father's, the one the press writes ("Laura Fernández Delgado" is Fernández). */
export const SPANISH_NAMES = new Set(['esp', 'mex', 'arg', 'chl', 'col', 'per', 'ven', 'ecu', 'bol', 'pry', 'ury', 'cub', 'dom', 'gtm', 'hnd', 'slv', 'nic', 'cri', 'pan', 'pri', 'gnq']);
/** Where a third word may be a second surname, the mother's or the father's (Spanish and Portuguese names). */
const TWO_SURNAMES = new Set([...SPANISH_NAMES, 'bra', 'prt', 'ago', 'moz', 'cpv', 'gnb', 'stp', 'tls']);

/** Given names many Arabic names end with too ("Mohamad Hasan"): alone, they name too many people. */
const COMMON_GIVEN_AS_LAST = new Set(['hasan', 'hussain', 'husain', 'mustafa']);

/** A word without its accents, in lower case ("Lúcia" → "lucia"), to compare with the name lists. */
function plain(word) {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * A hand-written person's name read as given names then one surname ("Christian Schmidt",
 * "Mehmet Şimşek"), or undefined where that reading is unsafe: one word or more than three, a
 * particle ("Alexander De Croo", "Castro de Zelaya", "al-Shara'"), an initial or an abbreviation,
 * a family name written first (`country` in East Asia), or a third word that may be a second
 * surname (Spanish and Portuguese names).
 */
export function givenThenSurname(name, country) {
  const words = String(name).trim().split(/\s+/);
  if (words.length < 2 || words.length > 3 || FAMILY_NAME_FIRST.has(country)) return undefined;
  if (words.length === 3 && TWO_SURNAMES.has(country)) return undefined;
  if (!words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) || /^Mc\p{Lu}\p{Ll}+$/u.test(w)) || words.some((w) => NAME_PARTICLES.test(w))) return undefined;
  return { name: String(name), words, surname: words[words.length - 1], surnameFirst: false };
}

/**
 * Adds the context-only surname alias to the hand-written people (`ids`) that have no one-word name
 * yet. Stricter than for the leaders, who are better known: never a surname two people of the
 * gazetteer share ("Rahman", "Khan"), nor one that is also a given name ("Ahmad", "Lúcia").
 * Mutates `entries`; returns the aliases added.
 */
export function addPersonSurnames(entries, ids, aliasKey) {
  const people = entries.filter((e) => e.kind === 'person');
  const rules = surnameRuleContext(people, aliasKey);
  // Every alias, name and demonym of every entry: a surname that is already another entry's name is that entry's.
  const taken = new Set();
  for (const e of entries) {
    taken.add(aliasKey(e.name));
    for (const a of e.aliases ?? []) taken.add(aliasKey(a.text));
    for (const a of e.demonyms ?? []) taken.add(aliasKey(a.text));
  }
  // How many people end their name with each word.
  const lastWords = new Map();
  for (const p of people) {
    const last = aliasKey(String(p.name).trim().split(/\s+/).pop());
    lastWords.set(last, (lastWords.get(last) ?? 0) + 1);
  }
  const added = [];
  for (const p of people) {
    if (!ids.has(p.id) || (p.aliases ?? []).some((a) => !/\s/.test(a.text.trim()))) continue;
    const person = givenThenSurname(p.name, p.facts?.country);
    if (!person || lastWords.get(aliasKey(person.surname)) > 1 || rules.givenNames.has(plain(person.surname)) || COMMON_GIVEN_AS_LAST.has(plain(person.surname))) continue;
    const alias = contextSurnameAlias(person, taken, rules);
    if (!alias) continue;
    p.aliases = [...(p.aliases ?? []), alias];
    added.push({ id: p.id, ...alias });
  }
  return added;
}
