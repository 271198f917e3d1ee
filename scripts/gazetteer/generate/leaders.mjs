// Heads of state and government from the Factbook's "Executive branch" (January 2026).
import { factbookRef } from './sources.mjs';
import { htmlText, isoDate, slug } from './util.mjs';
import { SPANISH_NAMES } from '../surnames.mjs';

/** Words that belong to an office or rank, not to a name. */
const OFFICE_WORDS = new Set([
  'president', 'prime', 'minister', 'king', 'queen', 'emperor', 'premier', 'chancellor', 'federal', 'vice', 'supreme', 'leader',
  'transition', 'transitional', 'interim', 'governor', 'general', 'gen', 'col', 'capt', 'lt', 'maj', 'sovereign', 'council', 'chair',
  'chairman', 'chairwoman', 'chairperson', 'state', 'affairs', 'commission', "people's", 'assembly', 'of', 'the', 'and', 'crown',
  'prince', 'princess', 'emir', 'amir', 'sultan', 'grand', 'duke', 'pope', 'co-prince', 'archbishop', 'bishop', 'presidential',
  'captain', 'captains', 'regent', 'captain-regent', 'captains-regent', 'head', 'national', 'government', 'commander-in-chief', 'armed', 'forces',
  'chief', 'executive', 'secretary', 'deputy', 'first', 'acting', 'lieutenant', 'sir', 'dame', 'dr', 'governor-general', 'mayor',
  'administrator', 'high', 'commissioner', 'for', 'in', 'to', 'a', 'field', 'marshal', 'brigadier', 'colonel', 'major', 'admiral',
  'pontifical', 'sr', 'presidency', 'member', 'members', 'swiss', 'confederation', 'taliban', 'caretaker', 'co-vice', 'governorate', 'city', 'vatican', 'ministers', 'cabinet', 'union', 'tanaiste', 'taoiseach', 'monarch', 'grand-ducal',
]);
const RANKS = /\s+(General|Gen\.|Col\.|Capt\.|Lt\.|Maj\.|Sr\.|Colonel|Captain|Field Marshal|Brigadier|Dr\.|Sir|Dame|Archbishop)$/;
const ROMAN = /^(?:[IVX]+)$/;
const PARTICLES = new Set(['bin', 'bint', 'da', 'de', 'do', 'dos', 'das', 'e', 'van', 'von', 'der', 'del', 'al', 'el', 'ibn', 'ould', 'y']);
const PATRONYMIC = /(ovich|evich|ovna|evna|ich|ogly|kyzy|uly)$/i;

/** Surnames that are also common English words or other things (never used as a lone alias). */
const COMMON_WORDS = new Set([
  'brown', 'young', 'white', 'black', 'green', 'price', 'little', 'power', 'bishop', 'major', 'baker', 'smith', 'stone', 'hunter',
  'fisher', 'marshall', 'king', 'bush', 'rose', 'long', 'grant', 'may', 'hope', 'christian', 'plant', 'walker', 'turner', 'mason',
  'cooper', 'carter', 'parker', 'wood', 'woods', 'golden', 'noble', 'street', 'church', 'faith', 'grace', 'sharp', 'strong',
  'mohamed', 'mohammed', 'muhammad', 'ahmed', 'ahmad', 'hassan', 'hussein', 'ali', 'abdullah', 'ibrahim', 'salman', 'hamad',
  'khalifa', 'mahamat', 'traore', 'diallo', 'kamara', 'silva', 'santos', 'sheikh', 'charles', 'leo', 'francis', 'frederik',
  'philippe', 'felipe', 'albert', 'harald', 'carl', 'gustaf', 'willem', 'alexander', 'george', 'james', 'vanuatu', 'sobhuza',
  'castro', 'martin', 'pierre', 'davis', 'burton', 'friday', 'mitchell', 'pavel', 'barrow', 'browne', 'salam', 'heine', 'talon',
  'stocker', 'chapo', 'sharif', 'berdimuhamedov', 'rodriguez', 'rodríguez', 'garcia', 'gonzalez', 'lopez', 'perez', 'sanchez',
  'hernandez', 'ramos', 'moreno', 'herzog', 'abela', 'orpo', 'drew', 'petro', 'paz', 'dan', 'karis', 'marcos', 'vives', 'store', 'rashid', 'ortega', 'correia', 'neves',
]);

/** Aliases for people better known by another form than the Factbook's, used instead of derived ones. */
const PERSON_ALIASES = {
  'xi-jinping': [{ text: 'Xi', case: 'exact' }, 'President Xi'],
  // "Marcos" is also a common given name: alone only beside his own names or his country's.
  'ferdinand-marcos-jr': ['Ferdinand Marcos Jr.', { text: 'Marcos', case: 'exact', context: ['ferdinand', 'philippines', 'philippine', 'filipino', 'manila', 'malacanang', 'malacañang'], contextOnly: true }],
  'ali-hoseini-khamenei': ['Ali Khamenei', 'Khamenei', 'Ayatollah Khamenei'],
  'luiz-inacio-lula-da-silva': ['Lula da Silva', 'Lula', 'Luiz Inácio Lula'],
  'benyamin-netanyahu': ['Benjamin Netanyahu', 'Netanyahu'],
  'muhammad-bin-salman-bin-abd-al-aziz-al-saud': ['Mohammed bin Salman', 'Muhammad bin Salman', { text: 'MBS', case: 'exact' }],
  'salman-bin-abd-al-aziz-al-saud': ['King Salman', 'Salman bin Abdulaziz'],
  'abdel-fattah-el-sisi': ['Sisi', 'el-Sisi', 'al-Sisi', 'Abdel Fattah al-Sisi'],
  'volodymyr-zelenskyy': ['Zelenskyy', 'Zelensky', 'Zelenskiy', 'Volodymyr Zelensky'],
  'alyaksandr-lukashenka': ['Lukashenka', 'Alexander Lukashenko', 'Lukashenko'],
  'kim-jong-un': ['Kim Jong-un'],
  'charles-iii': ['King Charles', 'King Charles III'],
  'naruhito': ['Emperor Naruhito'],
  'leo-xiv': ['Pope Leo', 'Pope Leo XIV', 'Robert Prevost', 'Robert Francis Prevost'],
  'prabowo-subianto-djojohadikusumo': ['Prabowo Subianto', 'Prabowo'],
  'muhammad-shehbaz-sharif': ['Shehbaz Sharif'],
  'ahmad-al-shara': ['Ahmed al-Sharaa', 'Ahmad al-Sharaa', 'al-Sharaa'],
  'matamela-cyril-ramaphosa': ['Cyril Ramaphosa', 'Ramaphosa'],
  'claudia-sheinbaum-pardo': ['Claudia Sheinbaum', 'Sheinbaum'],
  'gustavo-francisco-petro-urrego': ['Gustavo Petro'],
  'nayib-armando-bukele-ortez': ['Nayib Bukele', 'Bukele'],
  'delcy-eloina-rodriguez-gomez': ['Delcy Rodríguez'],
  'miguel-diaz-canel-bermudez': ['Miguel Díaz-Canel', 'Díaz-Canel'],
  'wachiralongkon': ['Vajiralongkorn', 'Maha Vajiralongkorn', 'King Vajiralongkorn'],
  'muhammad-bin-zayid-al-nuhayyan': ['Mohamed bin Zayed', 'Mohammed bin Zayed', { text: 'MBZ', case: 'exact' }],
  'tamim-bin-hamad-al-thani': ['Tamim bin Hamad'],
  'pham-minh-chinh': [],
  'luong-cuong': [],
  'recep-tayyip-erdogan': ['Tayyip Erdogan', 'Erdogan'],
  'vladimir-putin': ['Vladimir Putin', 'Putin'],
  'donald-trump': ['Donald Trump', 'Trump'],
  'narendra-modi': ['Modi'],
  'keir-starmer': ['Starmer'],
  'emmanuel-macron': ['Macron'],
  'friedrich-merz': ['Merz'],
  'mark-carney': ['Carney'],
  'mohammed-irfaan-ali': ['Irfaan Ali'],
  'samia-suluhu-hassan': ['Samia Suluhu'],
  'iris-xiomara-castro-de-zelaya': ['Xiomara Castro'],
  'hassan-sheikh-mohamud': [],
  'bola-tinubu': ['Bola Tinubu', 'Tinubu'],
  'pedro-sanchez-perez-castejon': ['Pedro Sánchez'],
  // Ethiopians go by their given name: "Abiy", "Prime Minister Abiy Ahmed".
  'abiy-ahmed-ali': ['Abiy Ahmed', 'Abiy'],
  'kasym-zhomart-tokayev': ['Kassym-Jomart Tokayev', 'Tokayev'],
  'abdallah-ii': ['King Abdullah II', 'Abdullah II', 'King Abdullah'],
};

/**
 * Names as the people's own countries and the press write them, where the Factbook's capitals lost
 * the accents or the spelling (each checked in December 2026 against a dated report: e.g. africanews
 * 16 Oct 2023 for Beugré Mambé, Politico 2025 for Vučić, Nausėda and Ruginienė). The Factbook's
 * form stays an alias when it differs by more than accents, so text written that way still matches.
 */
export const NAME_AS_WRITTEN = {
  'robert-breugre-mambe': 'Robert Beugré Mambé',
  'joseph-ngute': 'Joseph Dion Ngute',
  'michael-martin': 'Micheál Martin',
  'andrej-babis': 'Andrej Babiš',
  'evika-silina': 'Evika Siliņa',
  'edgars-rinkevics': 'Edgars Rinkēvičs',
  'inga-ruginiene': 'Inga Ruginienė',
  'gitanas-nauseda': 'Gitanas Nausėda',
  'djuro-macut': 'Đuro Macut',
  'aleksandar-vucic': 'Aleksandar Vučić',
  'jakov-milatovic': 'Jakov Milatović',
  'milojko-spajic': 'Milojko Spajić',
  'zeljko-komsic': 'Željko Komšić',
  'denis-becirovic': 'Denis Bećirović',
  'zeljka-cvijanovic': 'Željka Cvijanović',
  'borjana-kristo': 'Borjana Krišto',
  'natasa-pirc-musar': 'Nataša Pirc Musar',
  'jonas-gahr-store': 'Jonas Gahr Støre',
  'pedro-sanchez-perez-castejon': 'Pedro Sánchez Pérez-Castejón',
  'bart-de-wever': 'Bart De Wever',
  'miguel-diaz-canel-bermudez': 'Miguel Díaz-Canel Bermúdez',
  'daniel-noboa-azin': 'Daniel Noboa Azín',
  'mohammed-irfaan-ali': 'Mohamed Irfaan Ali',
  'assimi-goita': 'Assimi Goïta',
  'abdoulaye-maiga': 'Abdoulaye Maïga',
  'faure-gnassingbe': 'Faure Gnassingbé',
  'kais-saied': 'Kaïs Saïed',
  'ibrahim-traore': 'Ibrahim Traoré',
  'rimtalba-ouedraogo': 'Rimtalba Jean Emmanuel Ouédraogo',
  'evariste-ndayishimiye': 'Évariste Ndayishimiye',
  'felix-tshisekedi': 'Félix Tshisekedi',
  'joao-lourenco': 'João Manuel Gonçalves Lourenço',
  'recep-tayyip-erdogan': 'Recep Tayyip Erdoğan',
  'kay-gusmao': 'Kay Rala Xanana Gusmão',
  'abdourahame-tiani': 'Abdourahmane Tiani',
  'obiang-nguema-mbasogo': 'Teodoro Obiang Nguema Mbasogo',
  'joan-enric-vives-i-sicilia': 'Joan-Enric Vives i Sicília',
};

/** Short surnames known well enough alone

/** Offices the Factbook line leaves out or words oddly. */
const OFFICE_FIX = {
  'fra:head of government': 'Prime Minister',
  'bih:chief of state': 'Member of the Presidency',
  'syr:chief of state': 'President',
  'mdg:chief of state': 'President',
  'esp:head of government': 'President of the Government (Prime Minister)',
  'che:chief of state': 'President of the Swiss Confederation',
  'che:head of government': 'President of the Swiss Confederation',
  'smr:chief of state': 'Captain Regent',
};

/** Short surnames known well enough alone (written as shown). */
const SHORT_OK = { Xi: { case: 'exact' }, Modi: {}, Lula: {} };

function titleCaseWord(word, notRoman = false) {
  if (!notRoman && ROMAN.test(word)) return word;
  const parts = word.split(/([-'’])/);
  return parts
    .map((part, i) => {
      if (/^[-'’]$/.test(part) || !isCapsWord(part)) return part;
      // After an apostrophe the word goes on in lower case ("Tuimaleali'ifano"), except after a
      // one- or two-letter prefix ("O'Brien", "D'Alema"); after a hyphen a new word starts.
      const lower = i >= 2 && /^['’]$/.test(parts[i - 1]) && parts[i - 2].length > 2;
      return lower ? part.toLowerCase() : part.charAt(0).toUpperCase() + part.slice(1).toLowerCase();
    })
    .join('');
}

/** A word written in capitals (the Factbook's surname convention), also as one part of a hyphenated name ("al-BURHAN", "SASSOU-Nguesso"). */
function isCapsWord(token) {
  return token.split(/[-'’]/).some((part) => {
    const letters = part.replace(/[^\p{L}]/gu, '');
    return letters.length >= 2 && /\p{Lu}/u.test(letters) && !/\p{Ll}/u.test(letters);
  });
}

function isRoman(tokens, i) {
  return ROMAN.test(tokens[i]) && i > 0 && isCapsWord(tokens[i - 1]) && !OFFICE_WORDS.has(tokens[i - 1].toLowerCase());
}

/**
 * "Prime Minister Narendra MODI" → { office: "Prime Minister", name: "Narendra Modi", surname: "Modi", given: ["Narendra"] }.
 * Returns undefined when no capitalised surname is found.
 */
export function parsePerson(segment, countryName = '') {
  const countryWords = new Set(countryName.toLowerCase().split(/\s+/));
  const tokens = segment.replace(/\([^)]*\)?/g, ' ').replace(/"[^"]*"/g, ' ').replace(/,/g, ' , ').split(/\s+/).filter(Boolean);
  let caps = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (!isCapsWord(tokens[i]) || isRoman(tokens, i)) continue;
    const next = tokens[i + 1]?.toLowerCase().replace(/[.,]/g, '');
    if (next && OFFICE_WORDS.has(next)) continue; // an acronym inside the office ("CNSP Prime Minister …")
    caps = i;
    break;
  }
  if (caps < 0) {
    // No surname in capitals ("Manuel Osa Nsue Nsua"): the name is what follows the office words.
    let first = 0;
    while (first < tokens.length && OFFICE_WORDS.has(tokens[first].toLowerCase().replace(/[.,]/g, ''))) first++;
    const rest = tokens.slice(first).filter((t) => t !== ',');
    if (rest.length < 2 || !rest.every((t, i) => /^\p{Lu}/u.test(t) || (i > 0 && /^(al|el|bin|de|da|dos)-?/.test(t)))) return undefined;
    return { office: tokens.slice(0, first).join(' '), name: rest.join(' '), words: rest, surname: '', surnameFirst: false, givenCount: rest.length - 1 };
  }
  let start = caps;
  while (start > 0) {
    const prev = tokens[start - 1];
    const bare = prev.toLowerCase().replace(/[.,]/g, '');
    if (prev === ',' || OFFICE_WORDS.has(bare) || countryWords.has(bare)) break;
    if (!/^\p{Lu}/u.test(prev) && !/^(d['’]|al-|el-|de$|da$|do$|dos$|das$|du$|van$|von$|der$|bin$|ibn$|ould$|el$|y$|e$|la$|le$)/.test(prev)) break;
    start--;
  }
  let end = tokens.length;
  const comma = tokens.indexOf(',', caps);
  if (comma >= 0 && !/^Jr\.?$/.test(tokens[comma + 1] ?? '')) end = comma;
  const nameTokens = tokens.slice(start, end).filter((t) => t !== ',');
  const capsRun = [];
  for (let i = caps; i < end && isCapsWord(tokens[i]); i++) capsRun.push(tokens[i]);
  const words = nameTokens.map((t, i) => {
    if (!isCapsWord(t)) return t;
    // A regnal number stays in capitals ("Sualauvi II", "Abdallah II").
    if (i > 0 && ROMAN.test(t) && (isCapsWord(nameTokens[i - 1]) || i === nameTokens.length - 1)) return t;
    const lower = t.toLowerCase();
    return i > 0 && PARTICLES.has(lower) ? lower : titleCaseWord(t, true);
  });
  let office = ` ${tokens.slice(0, start).join(' ').replace(/ ,/g, ',').replace(/,$/, '')}`;
  while (RANKS.test(office)) office = office.replace(RANKS, '');
  office = office.trim().replace(/^and\s+/, '');
  const surnameFirst = caps === start && nameTokens.length > 1;
  return {
    office,
    name: words.join(' ').replace(/\s+Jr\.?$/, ', Jr.'),
    words,
    surname: capsRun.map((t) => titleCaseWord(t, true)).join(' '),
    surnameFirst,
    givenCount: caps - start,
  };
}

function idFor(person) {
  // Drop initials ("Donald J. Trump") and patronymics ("Vladimir Vladimirovich Putin") for the id.
  const words = person.words.filter((w, i) => !/^[A-Z]\.$/.test(w) && !(i > 0 && i < person.givenCount && PATRONYMIC.test(w)));
  if (!person.surnameFirst && person.givenCount > 1) {
    const given = words.slice(0, 1);
    const rest = person.words.slice(person.givenCount).filter((w) => !/^[A-Z]\.$/.test(w));
    // Keep a second given name only when it is not a patronymic or initial (e.g. "Recep Tayyip Erdogan").
    const second = person.words[1];
    if (second && !/^[A-Z]\.$/.test(second) && !PATRONYMIC.test(second) && person.givenCount === 2 && !/^(Manuel|Maria|José|Jose)$/.test(second)) given.push(second);
    return slug([...given, ...rest].join(' '));
  }
  return slug(words.join(' '));
}

/** Splits an Executive-branch field into one segment per office holder named, with its "since" date. */
function holders(text) {
  const out = [];
  const clean = htmlText(text).replace(/\bnote\b.*$/is, '');
  for (let clause of clean.split(/;|(?<=\))\s+and\s+/)) {
    clause = clause.replace(/,?\s*(represented by|also referred to).*$/i, '').trim();
    if (!clause || /^(represented|the |note|none|also|former|head of state and|presidency member)/i.test(clause) || /\b(was|were|is) /.test(clause) || /\(vacant\)/.test(clause)) continue;
    const since = /\((?:[^()]*?\b)?(?:since )?(\d{1,2} [A-Za-z]+ \d{4}|[A-Za-z]+ \d{4}|\d{4})/.exec(clause);
    const segment = clause.replace(/\([^)]*\)?/g, ' ').replace(/\s+/g, ' ').trim();
    out.push({ segment, since: since ? isoDate(since[1]) ?? since[1] : undefined });
  }
  return out;
}

/**
 * Builds person entries for the heads of state and government of sovereign states.
 * @param meta country meta from buildCountries (id → { gec, fb, sovereign, name })
 */
export function buildLeaders(meta, countryNames) {
  const people = new Map();
  const skipped = [];
  for (const [countryId, m] of [...meta.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (!m.sovereign || !m.fb) continue;
    const exec = m.fb.data.Government?.['Executive branch'] ?? {};
    for (const [field, role] of [['chief of state', 'head of state'], ['head of government', 'head of government']]) {
      const text = exec[field]?.text;
      if (!text) continue;
      const segments = [];
      for (const holder of holders(text)) {
        // "Captains Regent Matteo ROSSI and Lorenzo BUGLI": two people sharing one office.
        const two = /^(.*\p{Lu}{2,}\S*)\s+and\s+(.*\p{Lu}{2,}.*)$/u.exec(holder.segment);
        const firstParse = two ? parsePerson(two[1], m.name) : undefined;
        if (two && firstParse) {
          segments.push({ segment: two[1], since: holder.since });
          segments.push({ segment: `${firstParse.office} ${two[2]}`, since: holder.since });
        } else segments.push(holder);
      }
      for (const { segment, since } of segments) {
        const person = parsePerson(segment, m.name);
        if (!person) {
          skipped.push(`${countryId} ${field}: ${segment}`);
          continue;
        }
        const id = idFor(person);
        const office = OFFICE_FIX[`${countryId}:${field}`] ?? (person.office || (role === 'head of state' ? 'Head of state' : 'Head of government'));
        let entry = people.get(id);
        if (!entry) {
          entry = { id, person, roles: [], sources: new Map() };
          people.set(id, entry);
        }
        const existing = entry.roles.find((r) => r.country === countryId && r.office === office);
        if (existing) {
          if (!existing.role.includes(role)) existing.role = 'head of state and government';
        } else entry.roles.push({ country: countryId, office, role, since });
        entry.sources.set(countryId, factbookRef(m.gec, m.fb.region, `${m.name}, Executive branch`));
      }
    }
  }

  const entries = [];
  for (const { id, person, roles, sources } of people.values()) {
    // Where a monarch reigns over several realms, the first role listed is the one not "represented by" a governor.
    roles.sort((a, b) => (a.country === 'gbr' ? -1 : b.country === 'gbr' ? 1 : 0));
    const first = roles[0];
    const countries = [...new Set(roles.map((r) => r.country))];
    const sameOffice = roles.every((r) => r.office === first.office);
    const office = sameOffice ? first.office : roles.map((r) => `${r.office} (${countryNames.get(r.country)})`).join('; ');
    const facts = { office, country: countries.length === 1 ? countries[0] : countries };
    if (roles.length === 1 && first.since) facts.since = first.since;
    else if (sameOffice && first.since && roles.every((r) => r.since === first.since)) facts.since = first.since;
    else if (first.since) facts.since = first.since;
    facts.role = [...new Set(roles.map((r) => r.role))].join('; ');
    const where = countries.length === 1 ? countryNames.get(first.country) : countries.length > 4 ? `the United Kingdom and ${countries.length - 1} other Commonwealth realms` : countries.map((c) => countryNames.get(c)).join(' and ');
    const sinceYear = facts.since ? ` since ${String(facts.since).slice(0, 4)}` : '';
    const summary = sameOffice
      ? `${first.office} of ${where}${sinceYear}, according to the World Factbook of January 2026.`
      : `${roles.map((r) => `${r.office} of ${countryNames.get(r.country)}`).join(' and ')}, according to the World Factbook of January 2026.`;
    entries.push({
      id,
      kind: 'person',
      name: NAME_AS_WRITTEN[id] ?? person.name,
      _factbookName: person.name,
      aliases: [],
      demonyms: [],
      metonyms: [],
      summary,
      facts,
      related: countries,
      sources: [...sources.values()],
      asOf: '2026-01',
      _person: person,
    });
  }
  return { entries, skipped };
}

/** Surname-alone and short-form aliases, conservatively (see COMMON_WORDS / SHORT_OK). */
export function personAliases(entry) {
  const p = entry._person;
  if (PERSON_ALIASES[entry.id]) return PERSON_ALIASES[entry.id].map((a) => (typeof a === 'string' ? { text: a } : { ...a }));
  const out = [];
  const full = p.words.join(' ');
  // "Vladimir Putin" for "Vladimir Vladimirovich Putin", "Donald Trump" for "Donald J. Trump".
  const surnameOk = p.surname && p.surname.replace(/[^\p{L}]/gu, '').length >= 5 && !COMMON_WORDS.has(p.surname.toLowerCase());
  // Right after the one given name, a short surname or one that is a word alone is safe too: "Rodrigo Paz".
  const shortSurnameOk = p.surname && p.surname.replace(/[^\p{L}]/gu, '').length >= 3;
  if (!p.surnameFirst && p.givenCount >= 2 && surnameOk && !/^(Abd|Abdel|Abdul|Abu)$/.test(p.words[0])) {
    const short = [p.words[0], ...p.words.slice(p.givenCount)].join(' ');
    if (short !== full) out.push({ text: short });
  }
  // "Daniel Noboa" for "Daniel Noboa Azín": the second surname (the mother's, in Spanish and
  // Portuguese names) follows the one the Factbook writes in capitals, and the press leaves it out.
  const surnameWords = p.surname ? p.surname.split(' ').length : 0;
  if (!p.surnameFirst && p.givenCount >= 1 && surnameWords > 0 && p.words.length > p.givenCount + surnameWords && (surnameOk || (p.givenCount === 1 && shortSurnameOk)) && !/^(Abd|Abdel|Abdul|Abu)$/.test(p.words[0])) {
    const givenAndSurname = [p.words[0], ...p.words.slice(p.givenCount, p.givenCount + surnameWords)].join(' ');
    if (givenAndSurname !== full && !out.some((a) => a.text === givenAndSurname)) out.push({ text: givenAndSurname });
  }
  // "Rodrigo Paz" for "Rodrigo PAZ PEREIRA": Spanish names carry the father's surname, then the
  // mother's; the Factbook may write both in capitals, and the press writes the first. (Not in
  // Portuguese names, where the father's comes last: "Carlos Vila Nova" is one surname.)
  const firstSurname = p.surname ? p.surname.split(' ')[0] : '';
  if (!p.surnameFirst && p.givenCount >= 1 && surnameWords === 2 && SPANISH_NAMES.has(entry.facts?.country) && /^\p{Lu}\p{Ll}{2,}$/u.test(firstSurname)) {
    const givenAndFirst = `${p.words[0]} ${firstSurname}`;
    if (givenAndFirst !== full && !out.some((a) => a.text === givenAndFirst)) out.push({ text: givenAndFirst });
  }
  const noInitials = p.words.filter((w) => !/^[A-Z]\.$/.test(w)).join(' ');
  if (noInitials !== full) out.push({ text: noInitials });
  // "Ferdinand Marcos, Jr." is also written without the comma.
  if (/, Jr\.$/.test(entry.name)) out.push({ text: entry.name.replace(', Jr.', ' Jr.') });
  const surname = p.surname;
  if (surname && !surname.includes(' ')) {
    const ok = SHORT_OK[surname];
    if (ok) out.push({ text: surname, ...ok });
    else if (surname.replace(/[^\p{L}]/gu, '').length >= 5 && !COMMON_WORDS.has(surname.toLowerCase()) && !ROMAN.test(surname) && !p.surnameFirst) {
      out.push({ text: surname, _surname: true });
    }
  }
  return out;
}
