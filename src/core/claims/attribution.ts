/**
 * Who makes each claim: the speaker and reporting verb of quotes and reported speech.
 *
 * Patterns, in the order they are tried on each sentence (quoted words masked out first):
 * - "according to X" (rejected when X is a plan or rule: "according to its aims"),
 * - inversion after a comma or closing quote: "…," said X / "…," added X,
 * - subject + verb: "X said", "X has acknowledged that", "X admitted to a committee that", "X told Y";
 *   passives ("It is recalled that") are skipped.
 * The speaker phrase is then resolved: a gazetteer person or organisation inside it (its id), a
 * pronoun (he/she/they → the last named speaker), an epithet ("India's top diplomat" → the last
 * named speaker when the country fits), "both countries" (the two countries last mentioned), or a
 * name written out earlier ("Jaishankar" → "Subrahmanyam Jaishankar"). A direct quote spanning
 * several sentences takes the speaker named where it opens or closes.
 */
import type { GazetteerIndex } from '../gazetteer/gazetteerIndex';
import type { Sentence } from '../text/sentences';
import type { Annotation, EntityAnnotation, Span } from '../types';
import { REPORTING_VERB_PATTERN } from './cues';
import { documentQuotes, firstQuoteEndingAfter, maskQuotes } from './quotes';
import { annotationsOverlapping, annotationsWithin } from './spans';
import type { Speaker } from './types';

/** The nouns of roles, singular only: "the minister" is the last speaker again, "defence officials" are other people. */
const ROLE_WORDS = 'diplomat|minister|secretary|president|premier|chancellor|envoy|ambassador|official|spokes(?:man|woman|person)|leader|chief|head|director|governor|senator|general|commander|adviser|advisor|aide|negotiator|representative|counterpart|prime minister|king|queen|emir|prince|mayor|lawmaker|MP|inspector|coordinator|administrator|commissioner|prosecutor|superintendent|chairman|chairwoman|chairperson|chair';
/** Heads of descriptive phrases that name a role, not a person ("India's top diplomat"). */
const ROLE_NOUN = new RegExp(`\\b(?:${ROLE_WORDS})$`, 'i');
/** Words of an institution's name, never of a person's: "Department of …", "University of …". */
const INSTITUTION_WORD = /^(?:department|ministry|bank|university|college|school|institute|council|office|agency|board|committee|commission|court|house|senate|union|association|federation|foundation|fund|league|party|state|states|republic|kingdom|government|army|navy|force|forces|bureau|authority|service|services|centre|center|corporation|company|group|chamber|academy|society|secretariat|organisation|organization|parliament|assembly|congress|club|church|diocese)$/i;
/** Heads of descriptive phrases that name an institution ("the ministry", "the Biden administration"). */
const BODY_NOUN = /\b(?:division|directorate|bureau|authority|secretariat|service|corporation|utility|traders|merchants|villagers|locals|farmers|fishermen|shopkeepers|aides|advisers|advisors|consortium|operator|regulator|watchdog|mission|delegation|coalition|alliance|party|movement|bloc|group|cartel|militia|results|tally|administration|government|ministry|department|office|agency|committee|parliament|council|commission|bank|company|firm|army|navy|military|force|forces|embassy|kremlin|cabinet|court|police|authorities|officials|sources|analysts|experts|observers|critics|sides|countries|nations|states|media|report|study|survey|statement|data|figures|institute|center|centre|spokesperson|side|staff|prosecution|indictment|ruling|verdict|judgment|judgement|lawsuit|groups|organisations|organizations|agencies|monitors|activists|witnesses|campaigners|researchers|diplomats|negotiators|newspaper|paper|daily|tabloid|weekly|broadsheet|magazine|broadcaster|outlet|publication|rebels|insurgents|militants|fighters|protesters|demonstrators|residents|survivors|medics|doctors|lawmakers|legislators|soldiers|troops|economists|investors|unions|workers|students|fund|memo|document|yearbook|authors|analysis|review|assessment|carmaker|automaker|miner|producer|airline|insurer|manufacturer|retailer|conglomerate)$/i;
/**
 * A role's field after its noun, in lower case: "deputy minister of mining", "envoy for climate
 * affairs". (A capitalised field may run on into a name: "Minister for Trade Aroha Tane".)
 */
const ROLE_FIELD = /\s+(?:of|for)(?:\s+\p{Ll}[\p{L}-]*){1,4}$/u;
/** Someone who speaks for another: "a spokesman for Berg", "an aide to the president", "lawyers for the company". */
const SPEAKS_FOR = /^(?:(?:a|an|the|one|two|three)\s+)?(?:\p{Ll}+\s+)?(?:spokesman|spokeswoman|spokesperson|spokespeople|aide|aides|adviser|advisers|advisor|advisors|lawyer|lawyers|attorney|attorneys|representative|representatives)\s+(?:for|to|of)\s+\S/iu;
/** Offices no other role's words name: a last speaker known to hold another is not the one meant. */
const DISTINCT_OFFICE = /^(?:secretary-general|director-general|spokesman|spokeswoman|spokesperson|governor|ambassador|envoy|commander|mayor|speaker|chancellor|king|queen|emir|pope|prosecutor|judge)$/;
/** The word that says which one of a role ("prime" minister, "defence" minister, "deputy" governor). */
const ROLE_QUALIFIER = /(?:^|\s)(prime|foreign|defence|defense|finance|interior|home|trade|economy|energy|health|justice|education|deputy|vice|opposition|chief|senior|former)\s+\p{L}+$/iu;

/** A role's noun anywhere in a phrase ("spokesperson for the National Prosecuting Authority"). */
const ROLE_IN_PHRASE = new RegExp(`\\b(?:${ROLE_WORDS}|officer|manager|judge)\\b`, 'i');
/** People named by what they are, who speak as themselves ("the owner of the school told…"), never an epithet for someone named before. */
const PERSON_NOUN = /^(?:the|a|an|one|another|his|her|their|two|three|four|five|several|some|many|\d{1,3}|\p{Lu}[\p{L}-]*['’]s)?\s*(?:\d{1,3}-year-old\s+)?(?:\p{Ll}+\s+){0,2}(?:owner|witness|eyewitness|victim|survivor|resident|neighbou?r|mother|father|parent|sister|brother|son|daughter|wife|husband|relative|friend|teacher|doctor|nurse|lawyer|farmer|driver|student|worker|trader|shopkeeper|activist|pilot|soldier|passenger|customer|employee|tenant|landlord|principal|priest|imam|pastor|cousin|uncle|aunt|grandmother|grandfather|niece|nephew|woman|man|girl|boy|refugee|migrant|deportee|returnee|fisherman|vendor|engineer|mechanic|labou?rer|veteran|protester|voter|women|men|people|judge|arbitrator)(?:s|es)?(?:\s+of\s+(?:\p{Ll}+\s+){0,4}\p{Ll}+|\s+(?:from|in|of)\s+(?:the\s+)?\p{Lu}[\p{L}\p{M}'’-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}'’-]*|province|region|district|city|camp)){0,3})?$/iu;

/**
 * A body's long name, an institution's noun before its "of" or "for" and capitals throughout ("the
 * Office of the United Nations High Commissioner for Human Rights"), never a title ("Minister of …").
 */
function longBodyName(phrase: string): boolean {
  const head = /^(\S+(?:\s+\S+){0,3}?)\s+(?:of|for)\s/u.exec(phrase);
  return head !== null && LONG_BODY_NAME.test(phrase) && head[1].split(/\s+/).some((w) => INSTITUTION_WORD.test(w)) && !head[1].split(/\s+/).some((w) => TITLE_WORD.test(w));
}

/** Whether a phrase is a role ("the minister", "Chile's deputy minister of mining"), not a name. */
function isRole(phrase: string): boolean {
  return ROLE_NOUN.test(phrase) || ROLE_NOUN.test(phrase.replace(ROLE_FIELD, ''));
}

/** Whether a person could be the one a role phrase describes: anyone the gazetteer does not know, or one whose office has the role's noun. */
function holdsRole(ctx: AttributionContext, person: Speaker, phrase: string): boolean {
  if (person.id === undefined) return true;
  const noun = /(\S+)$/.exec(phrase.replace(ROLE_FIELD, ''))?.[1].toLowerCase();
  const facts = ctx.index?.get(person.id)?.facts;
  if (noun === undefined || facts === undefined) return false;
  return [facts.role, facts.office].some((fact) => typeof fact === 'string' && fact.toLowerCase().includes(noun));
}

const PLURAL_COUNTRIES = /^(?:both|the two)\s+(?:countries|nations|sides|states|governments|capitals|neighbours|neighbors|partners)$/i;
const PRONOUN = /^(?:he|she|they)$/i;
/** "The two leaders said in a joint statement": the two people the text named together last. */
const THE_TWO = /^(?:the\s+)?(?:two|both)\s+(?:leaders|men|women|ministers|foreign\s+ministers|presidents|premiers|prime\s+ministers|heads\s+of\s+(?:state|government))$/i;
/** "It added": a body or government, never a person. */
const IT = /^it$/i;
/**
 * "A report published by the World Bank", "a memo drawn up by the Legal Service … and seen by this
 * newspaper", "a paper circulated to EU ambassadors by the Danish presidency", "a study by the Kiel
 * Institute … last year": who made it.
 */
const PUBLISHED_BY = /\b(?:report|study|survey|analysis|assessment|paper|review|audit|poll|census|index|memo|memorandum|document|note|letter|briefing|data|figures|statistics|numbers|estimates)s?\s+(?:(?:published|released|issued|compiled|commissioned|drawn\s+up|written|prepared|produced|circulated|drafted|sent)(?:\s+(?:to|among)\s+[^,;]{1,40}?)?(?:\s+(?:(?:last|this|on|earlier)\s+[A-Za-z]+|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today))?\s+)?by\s+((?:the\s+)?[^,;]+?)(?=\s+(?:on|in|last|this|earlier|(?:and\s+)?(?:seen|obtained|reviewed|shared|leaked))\b|$)/i;
const PUBLISHED_TAIL = /(?<=\b(?:report|study|survey|analysis|assessment|statement|paper|review|audit|poll|census|index)s?)\s+(?:published|released|issued|seen|obtained|dated|made public|out)\b(?!\s+by\b).*$/i;
/** "A study published in Nature on Wednesday": the journal names the study; when it came out does not. */
const IN_JOURNAL = /^(?:(?:[Aa]n?|[Tt]he)\s+)?(?:new\s+)?(?:study|paper|report|analysis|review)\s+published\s+in\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3}/u;
const CITED_BY = /^(?:the\s+)?(?:figures|data|statistics|numbers|estimates)\s+(?:cited|released|published|compiled|provided)\s+by\s+/i;
/** "according to" followed by one of these is a manner, not a source ("according to its aims"). */
/** (Among the first three words: "the General Administration of Customs" is a source.) */
const NOT_A_SOURCE = /^\s*(?:\S+\s+){0,2}?(?:aims?|plans?|polic(?:y|ies)|goals?|principles?|rules?|laws?|schedule|tradition|customs?|needs?|wishes|interests?|terms|logic|script|design|intentions?|objectives?|strategy|vision|agenda)\b/i;
/** Words that may sit between a subject and its verb ("has also acknowledged"). */
const AUXILIARY_TAIL = /(?:\s+(?:has|have|had|did|does|do|also|already|reportedly|recently|previously|repeatedly|publicly|earlier|later|again|further|once|then|now|today|yesterday|just|even|still|never|ever|often|first|finally|openly|privately|officially|separately|would|will|could|can|may|might|should|must|had|been|not|vehemently|strongly|firmly|flatly|angrily|quickly|swiftly|promptly|strenuously|categorically|emphatically|bluntly|sharply|calmly|quietly|formally|forcefully|immediately|initially|subsequently|consistently|explicitly|repeatedly|adamantly|heatedly|furiously|tersely|briefly))+$/i;
/** A negated or refused report before its verb: "has not", "did not", "hasn't", "never", "declined to". */
const NEGATED_TAIL = /(?:\b(?:not|never)|n[’']t|\b(?:declined|refused|failed|declining|refusing)\s+to)(?:\s+(?:yet|immediately|publicly|officially|been|be))*$/i;
/** An aside between a subject and its verb: "Moscow, for its part, says"; an age, "Maria Lopez, 54, said". */
/** …and a legislator's party and state or home town: "Tom Bakk, DFL-Cook, said", "Lindsey Graham, R-S.C., said". */
/** …and the document's date or how the writer saw it: "The memo, dated 4 November, puts"; "…, also seen by this newspaper, estimates". */
/** …and the occasion: "An Indian defence source, speaking to Reuters, said"; "…, speaking on condition of anonymity, said"; "Two residents, reached by telephone, said". */
const ASIDE_TAIL = /,\s*(?:for (?:its|his|her|their|our) part|in turn|however|meanwhile|too|in response|in a statement|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|\d{1,3}|(?:[DRI]|DFL)-[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,2}|speaking (?:to|with|on|at|in|from|during|after|before)\b[^,;"“”]{1,60}|in (?:a|an|his|her|their|its) (?:statement|post|interview|video|letter|speech|message|address)\b[^,;"“”]{1,60}|dated\s[^,;"“”]{1,30}|(?:also\s+)?(?:seen|obtained|reviewed)\s+by\s+[^,;"“”]{1,40}|(?:reached|contacted|interviewed|asked|questioned|visited)\s+(?:by|in|at|on|from|about)\s+[^,;"“”]{1,40})\s*,$/i;
/** A time between a subject and its verb, with no comma after it: "Khalil al-Hayya, on Thursday said". */
const TIME_TAIL = /\s+(?:(?:late|early)\s+)?(?:on|last|this)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month)(?:\s+(?:morning|afternoon|evening|night))?$/;
/** A party or group in brackets after a name: "Bernd Lange (SPD/S&D), admitted". */
const BRACKETS_TAIL = /(?<=\p{L})\s*\([^()]{1,40}\)\s*,?$/u;
const BE_FORM = /(?<![\p{L}\p{M}])(?:is|was|were|are|be|been|being)$/iu;
const TITLE_WORD = /^(?:director-general|secretary-general|attorney-general|governor-general|vice-president|commander-in-chief|mr|mrs|ms|dr|prof|resident|president|minister|secretary|spokesman|spokeswoman|spokesperson|ambassador|envoy|chief|general|director|chancellor|premier|governor|senator|sen|rep|foreign|defence|defense|deputy|prime|external|affairs|finance|trade|commerce|industry|interior|home|vice|acting|former|state|dpm|pm|fm|ceo|chairman|chair|head|leader|king|queen|official|officer|commander|adviser|advisor|lt|col|gen|adm|capt|maj|captain|colonel|lieutenant|sergeant|admiral|brigadier|marshal|justice|judge|sens|reps)\.?$/i;

/** A title written with a full stop before a name ("Sen. Lindsey Graham"): part of the phrase, not its end. */
const TITLES_WITH_A_STOP = 'Sen|Gen|Dr|Mr|Mrs|Ms|Lt|Col|Capt|Adm|Prof|Maj|Sgt|Rep|Gov|Amb|Hon|Brig|Cmdr|Insp|Supt';
const TITLE_ABBREVIATION = `(?:(?:${TITLES_WITH_A_STOP})\\.\\s+)?`;
/** ", Bo Rask." after a role: the name, and the sentence (or clause) ends. */
const ROLE_THEN_NAME = new RegExp(`^,\\s+(${TITLE_ABBREVIATION}\\p{Lu}[\\p{L}\\p{M}'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’-]*){1,3})\\s*(?:[.,;!?]|$)`, 'u');
/** "…, with the Indian army saying it recorded …": the body that says it. */
const WITH_SAYING = /\bwith\s+((?:the\s+)?[^,.;:!?"“”]{2,80}?)\s+(?:(?:once|also|later|earlier|previously|repeatedly|reportedly|publicly|openly)\s+)?(?:saying|adding|noting|warning|claiming|insisting|reporting)\b/gi;
/**
 * A name and its description before the verb: "Hirut Bekele, a trade economist at Addis Ababa
 * University, told reporters"; "Gen. Thomas Reyes, commander of US Forces Korea, said"; "Michelle
 * Mungall, MLA for Nelson-Creston, announced"; "Dan Smith, SIPRI's director, said"; "Fereshta Abbasi,
 * Afghanistan researcher at Human Rights Watch, said" (a role after a place or body name).
 */
const APPOSITIVE = /(?:^|[,;:"“”—(]\s*|\bthat\s+|\band\s+)(?:(?:[Oo]ur|[Mm]y|[Tt]he)\s+(?:\p{Ll}[\p{L}-]*\s+){1,3})?((?:(?:Sen|Gen|Dr|Mr|Mrs|Ms|Lt|Col|Prof|Capt|Adm)\.\s+)?\p{Lu}[\p{L}\p{M}\d'’.-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.-]*|de|da|van|von|al|el|bin|ibn|la|le|du|der|dos|del|(?:of|for|and)(?=\s+\p{Lu})))*),\s+(?:(?:a|an|the|our|his|her|its|their|who|one|\p{Ll}+)\b|\p{Lu}{2,4}\s+(?:for|of)\b|\p{Lu}[\p{L}\p{M}.-]*(?:\s+\p{Lu}[\p{L}\p{M}.-]*){0,3}['’]s\s+(?=\p{Ll})|\p{Lu}[\p{L}\p{M}.-]*(?:\s+\p{Lu}[\p{L}\p{M}.-]*){0,2}\s+(?:\p{Ll}+\s+)?(?:researcher|director|analyst|economist|spokes(?:man|woman|person)|correspondent|editor|minister|ambassador|envoy|president|chair(?:man|woman)?|head|chief|secretary|advis[eo]r|fellow|professor|commander|official|representative|coordinator|officer|manager|counsel)\b)[^;"“”,]{0,160}(?:,\s*\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,2})?,$/u;
/**
 * The description first, then the name between commas: "Lithuania's energy minister, Rokas
 * Vaitkus, has said"; "Congo's minerals regulator, ARECOMS, said".
 */
const NAME_AFTER_DESCRIPTION = /\p{L}[^,;"“”]*,\s*(\p{Lu}[\p{L}\p{M}'’.-]*(?:[\s-]+(?:\p{Lu}[\p{L}\p{M}'’.-]*|de|da|do|dos|das|del|della|di|du|van|von|der|den|al|el|bin|ibn|of|and|for))*),$/u;
/** A subject, then a relative clause between commas: "The Unite union, which represents 2,500 cabin crew, said". */
const RELATIVE_AFTER_SUBJECT = /(?:^|[.;:"“”]\s*)((?:the\s+)?\p{Lu}[^,;"“”]{0,60}),\s+(?:which|who)\b[^;"“”]{0,160},$/iu;
/** Verbs of commitment: "India and Pakistan agreed to recommit" is an event the article reports, unless a clause follows. */
/** What follows "denied" when a thing is denied and the sentence ends: "the figure.", "the reports of abuse." */
const DENIED_THING = /^\s+(?:the|a|an|this|these|those|its|his|her|their|any|all|such)\s+(?:[\p{L}\p{N}'’-]+\s+){0,3}[\p{L}\p{N}'’-]+\s*[.!?]?\s*$/u;
/** A sentence that opens on the occasion of a statement: "Speaking at a rally in La Paz, …". */
const SPEAKING_OPENER = /^\s*Speaking\s+(?:at|to|in|on|during|after|before|from|with)\b/;
/** A sentence that opens on a past month or year: "In January 2024, …", "In 2019, …". */
const PAST_YEAR_OPENER = /^\s*In\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:19|20)\d\d,/;
const COMMITMENT_VERB = /^(?:agreed|pledged|promised|pledges|promises)$/i;
/**
 * Verbs that attribute a claim but are no cue for the scorer ("cautioned", "reckons", "a report found
 * that"): read here only, so the check-worthiness model's features stay as trained.
 */
const ATTRIBUTION_ONLY_VERBS = 'puts?(?=\\s+(?:[^\\s.,;]+\\s+){1,8}?on\\s+(?:(?:about|around|roughly|nearly|some|almost)\\s+)?\\d[\\d.]*\\s*(?:%|per\\s*cent|percent))|puts?(?=\\s+(?:\\S+\\s+){1,3}?(?:\\S+\\s+)?(?:points?|percentage\\s+points)\\s+(?:ahead|behind|clear)\\b)|puts?(?=\\s+(?:the\\s+|its\\s+|their\\s+)?(?:\\S+\\s+){0,2}(?:growth|turnout|figure|toll|number|cost|costs|losses|assets|deficit|inflation|total|value|bill|damage|debt|estimate|casualties|output|production|revenue|revenues|receipts|spending|shortfall|gap|share)(?:\\s+(?:for|in)\\s+\\d{4})?\\s+at\\b)|expects?(?=\\s+(?:that\\b|\\S+\\s+(?:of|to)\\b))|expected(?=\\s+that\\b)|(?:showed|shows|show)(?=(?:\\s+(?:on|last|this|in)\\s+\\S+)?\\s*[.;]|\\s*$)|(?:projected|projects|forecast|forecasts)(?=\\s+(?:that\\b|(?:a|an|its|their)\\s+(?:\\S+\\s+){0,3}?(?:deficit|surplus|growth|contraction|decline|shortfall|rise|fall|increase|drop)\\b))|reaffirmed|reaffirms|pointed\\s+to|ruled(?=\\s+(?:(?:on|late\\s+on|early\\s+on|last|this)\\s+\\S+\\s+|today\\s+|yesterday\\s+)?that\\b)|rules(?=\\s+that\\b)|appealed(?=\\s+(?:for|to)\\b)|cited(?=\\s+(?:the|a|an|his|her|their|its|previous|recent|\\d))|described(?=\\s+(?:\\S+\\s+){1,4}as\\b)|calling(?=\\s+(?:on|for)\\b)|reads(?=\\s*[.,;]|\\s*$)|condemned|condemns|clarified(?=\\s+that\\b)|clarifies(?=\\s+that\\b)|urged|urges|hailed|hails|dismissed(?=\\s+(?:the|a|an|as|these|those|such|it|them|reports?|claims?|allegations?|accusations?|criticism|concerns?|fears?|calls?|suggestions?|speculation)\\b)|called(?=\\s+(?:for|on)\\b)|called(?=\\s+(?:it|this|that|him|her|them|the\\s+\\S+)\\s+(?:a|an|the)\\s)|believe(?=\\s+(?:that|the|it)\\b)|accuses(?=\\s+(?:\\S+\\s+){1,4}of\\b)|estimate(?=\\s+that\\b)|cautioned|cautions|reckons|reckoned|concluded|concludes|repeated(?=\\s+that\\b)|repeats(?=\\s+that\\b)|voiced(?=\\s+(?:concern|alarm|doubt|hope|support|opposition)s?\\b)|countered(?=\\s+that\\b|\\s*[,:])|counters(?=\\s+that\\b)|retorted|rebutted(?=\\s+that\\b)|attributes(?=\\s+(?:\\S+\\s+){1,5}to\\b)|attributed(?=\\s+(?:the|its|this|that|these|those)\\s+(?:\\S+\\s+){0,4}to\\b)|found(?=\\s+that\\b)|finds(?=\\s+that\\b)|(?:showed|shows|show)(?=\\s+(?:that\\b|(?:[a-z]+\\s+){1,3}(?:had|have|has|was|were|is|are|rose|fell|grew|dropped|declined|increased|decreased|climbed|jumped|slipped|stood|reached|doubled|halved|expanded|contracted|shrank|slowed|accelerated|widened|narrowed|edged|totalled|totaled|amounted)\\b))|continued(?=\\s*[.:,]|\\s*$)';
const SUBJECT_VERB = new RegExp(`\\b(${REPORTING_VERB_PATTERN}|${ATTRIBUTION_ONLY_VERBS})\\b`, 'g');
/**
 * A full stop inside a name, not at a sentence's end: after a title ("Rep. Maria Salazar", "Dr."),
 * an initial ("John F. Kennedy") or a letter of an abbreviation ("U.S. officials").
 */
const NAME_PERIOD = `(?<=(?:^|[\\s(.])(?:${TITLES_WITH_A_STOP}|St|\\p{Lu}))\\.(?=\\s*\\p{L})`;
/** '"…," said IRENA Director-General Adnan Z. Amin': the verb, then its speaker (full stops inside the name read past). */
/** An age before a person noun: "a 34-year-old worker", "the 71-year-old". */
const AGE = /(?<![\p{L}\d])\d{1,3}-year-old(?![\p{L}])/gu;
const INVERTED = new RegExp(`(?:^|[,”"’])\\s*["”’]?\\s*(${REPORTING_VERB_PATTERN})\\s+((?:the\\s+)?${TITLE_ABBREVIATION}(?:[^,.;:!?"“”]|${NAME_PERIOD})+)`, 'gu');
const VERB_BEFORE_ASIDE = new RegExp(`\\b(?:${REPORTING_VERB_PATTERN})\\s*,\\s*$`);
const ACCORDING_TO = new RegExp(`\\baccording to\\s+((?:[^,.;:!?"“”]|${NAME_PERIOD})+)`, 'giu');
/** "X was quoted (by Y) as saying", "Y quoted X as saying": group 1 or 2 is X. */
const QUOTED_AS_SAYING = /(?:(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,4}|(?<![\p{L}\p{M}])(?:he|she|they))\s+(?:was|were|has been|had been|is)\s+(?:quoted|cited)\s+(?:by\s+[^,.;:"“”]{1,60}?\s+)?as\s+saying|\bquoted\s+([^,.;:"“”]{1,60}?)\s+as\s+saying)\b/u;
/** "according to preliminary satellite data from the institute": the source is who the data is from. */
const DATA_FROM = /^(?:(?:the|new|latest|preliminary|official|provisional|final|recent|satellite|government|annual|monthly|weekly|quarterly|\p{Lu}[\p{L}-]*)\s+){0,4}(?:data|figures|statistics|numbers|estimates|report|reports|survey|study|analysis|assessment|census|records|statement|statements|poll|polls|count|tally|projection|projections)\s+(?:from|by|of|published by|released by|compiled by)\s+/iu;

export interface AttributionContext {
  text: string;
  annotations: readonly Annotation[];
  index?: GazetteerIndex;
  /** Remembers what a sentence's words say about its speaker between runs on one document (`ScoreMemo`). */
  memo?: AttributionMemo;
  /** The sentences' quotes (`documentQuotes`) when the caller has them already. */
  quotes?: readonly Span[];
}

/** A speaker phrase and verb found in a sentence, with offsets from the sentence's start. */
export interface FoundInSentence {
  phrase: Span;
  verb: string;
  /** "It was also stated that": the phrase ("it") is whoever spoke last, a person or a body. */
  goesOn?: true;
}

export interface AttributionMemo {
  attribution(masked: string, find: (masked: string) => FoundInSentence | undefined): FoundInSentence | undefined;
}

type Found = FoundInSentence;

function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /[\s,;:"“”'’(]/.test(text[start])) start++;
  while (end > start && /[\s,;:"“”']/.test(text[end - 1])) end--;
  return { start, end };
}

/** At most this many words in a speaker phrase: longer stretches are clauses, not names. */
const MAX_SPEAKER_WORDS = 9;
/** Characters before a verb searched for its subject: far more than nine words take. */
const SUBJECT_WINDOW = 400;

function wordCount(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

/** Unnamed sources described by what they know: "two people familiar with the talks", "sources close to the president". */
const INFORMED_SOURCES = /^(?:(?:\p{Ll}+|\d+)\s+){0,2}(?:people|persons|sources|officials|diplomats|aides|insiders|individuals)\s+(?:familiar\s+with|close\s+to|briefed\s+on|with\s+(?:direct\s+)?knowledge\s+of|involved\s+in|present\s+at|who\s+(?:attended|were\s+present))\b/iu;

/**
 * A body's long name in capitals and joining words, up to sixteen words: "Ministry of Natural
 * Resources of the Kurdistan Regional Government", "Office of the United Nations High Commissioner for Human Rights".
 */
const LONG_BODY_NAME = /^\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:(?:of|for|and|the|on|in|de|du|des|la|del)\s+){0,2}\p{Lu}[\p{L}\p{M}'’.-]*){2,15}$/u;

/** Does the phrase look like something that can speak (a name, a pronoun, an institution, a role)? */
function plausibleSpeaker(phrase: string): boolean {
  const bare = phrase.trim().replace(/^(?:the|a|an)\s+/i, '').trim();
  if (bare === '' || (wordCount(bare) > MAX_SPEAKER_WORDS && !LONG_BODY_NAME.test(bare))) return false;
  // "Neither minister has said when …", "No official would say": no one says it.
  if (/^(?:neither|no|none|nobody)(?![\p{L}\p{M}])/iu.test(bare)) return false;
  if (INFORMED_SOURCES.test(bare) || THE_TWO.test(bare)) return true;
  if (PRONOUN.test(bare) || IT.test(bare)) return true;
  if (/^(?:this|that|which|who|we|i|you|there|if|when|once|unless|although|though|as|because|while|after|before|until|since)$/i.test(bare)) return false;
  // "A southwest Ohio man who admitted …", "What's the first thing you should say?": a relative
  // clause's subject, a question.
  // (Boundaries are letters', not ASCII's: JavaScript's \b would find the word "an" in "Erdoğan".)
  if (/(?<![\p{L}\p{M}])(?:who|which|that|whom)$/iu.test(bare) || /^(?:what|why|how|whether|where|when)(?![\p{L}\p{M}])/iu.test(bare)) return false;
  // "allies acknowledged Kelly's receding power and …": a clause left hanging on a conjunction.
  if (/\s(?:and|but|or)$/i.test(bare)) return false;
  // "He banged on the door and allegedly …": a pronoun with words after it is a clause's subject.
  if (/^(?:he|she|they|it|we|i|you)\s+\S/i.test(bare)) return false;
  // "…, said a strike could happen as early as December 22": a clause, not a speaker.
  if (/(?<![\p{L}\p{M}])(?:could|would|will|should|can|may|might|must|is|are|was|were|has|have|had)(?![\p{L}\p{M}])/iu.test(bare)) return false;
  // "There were no reports…": an existential clause, and a determiner before the "verb" makes it a noun.
  if (/^there\b/i.test(bare) || /(?<![\p{L}\p{M}])(?:no|the|a|an|any|some|such|these|those|its|their|his|her)$/iu.test(bare)) return false;
  // "Our analysis suggests…", "my own count shows…": the author speaking.
  // Case matters for "us": "US officials" are American.
  if (/^(?:[Oo]ur|[Mm]y|[Ww]e|us)\b/.test(bare)) return false;
  // "This brief survey of Egyptian-US relations shows": the article's own words.
  if (/^(?:this|these)\s+(?:\p{Ll}+\s+){0,2}(?:survey|review|analysis|article|piece|report|study|account|overview|paper|column|essay|book|chapter|section|brief|note|series)\b/iu.test(bare)) return false;
  if (PLURAL_COUNTRIES.test(bare)) return true;
  if (/\p{Lu}/u.test(bare)) return true;
  if (PERSON_NOUN.test(phrase.trim())) return true;
  // "The ministry of defence said": the body's noun before its field.
  return BODY_NOUN.test(bare) || BODY_NOUN.test(bare.replace(ROLE_FIELD, '')) || isRole(bare);
}

/** A reporting verb's next words that are another reporting verb: "Conflicting reports say". */
const REPORTING_VERB_NEXT = new RegExp(`^\\s+(?:${REPORTING_VERB_PATTERN})\\b`, 'i');

/**
 * Where a reporting verb reports nothing: its verb (a pattern), and the words just before it or
 * right after it that show so. One table, read at every verb a sentence has.
 */
/** "rose to say that", "went on to say": the verb after "to" is what they said (and no part of its subject). */
const ROSE_TO = /\s+(?:rose|stood(?:\s+up)?|got\s+up|went\s+on)\s+to\s*$/i;
const NOT_A_REPORT: readonly { verb: RegExp; before?: RegExp; beforeNot?: RegExp; after?: RegExp; afterNot?: RegExp }[] = [
  // "the waters of western Pacific states by 2050": "states" is a noun unless a clause or quote follows.
  { verb: /^states$/i, afterNot: /^\s*(?:that\b|:|,|["“])/ },
  // "The government has denied the figure.": a denial of a thing, which the article reports (unlike
  // "denied that …" or "denied the report, saying …").
  { verb: /^(?:denied|denies)$/i, after: DENIED_THING },
  // "in a statement posted by his office": a participle, not who posted.
  // (But "posted on X at 3:12 a.m. that", "posted on Telegram that": a post's words, its author speaking.)
  { verb: /^posted$/i, after: /^\s+(?:by|on|to|online)\b/i, afterNot: /^\s+(?:on|to)\s+(?:X|Telegram|Facebook|Instagram|TikTok|Weibo|WeChat|Truth\s+Social|Bluesky|social\s+media|(?:his|her|their|its)\s+(?:\p{L}+\s+)?(?:account|channel|page))(?![\p{L}\p{M}])[^.;"“]{0,40}?(?:\bthat\b|:)/u },
  // "China claims nearly the entire sea": a territorial claim, not words.
  { verb: /^(?:claims|claimed|claim)$/i, after: /^\s+(?:nearly|almost|most|all|much|parts?|the (?:entire|whole|island|islands|territory|region|sea|waters))\b/i },
  // "representing the federal states, which…", "the member states, …": the noun.
  { verb: /^states$/i, before: /\b(?:the|federal|member|its|their|other|all|several|many|some|these|those|both|\d+|gulf|baltic|arab|african|european|island|frontline|front-line|small|coastal|neighbouring|neighboring|individual|participating|nuclear-armed|sovereign|independent|partner|allied|western|eastern|southern|northern|non-aligned|successor|constituent|german)\s+$/i },
  // "Malian authorities have said little about the blockade": saying nothing is no report.
  { verb: /^(?:said|says|say)$/i, after: /^\s+(?:very\s+)?(?:little|nothing|less|much)\b(?!\s+(?:of|about)\s+(?:it|this)\s+(?:is|was))/i },
  // "had nothing to say", "will have the final say": the verb after "to", or a noun.
  { verb: /./, before: /\bto\s+$/i, beforeNot: ROSE_TO },
  { verb: /^say$/i, before: /\b(?:have|has|had|having)\s+(?:\p{Ll}+\s+){0,2}$/iu },
  // "answered each question", "Darragi added his team's second", "added $329,000": a thing, not words.
  { verb: /^(?:answered|asked)$/i, after: /^\s+(?:(?:each|every|the|a|all|their|his|her|some|several|many|more|\d+)\s+)*(?:\p{Ll}+\s+)?questions?\b/iu },
  { verb: /^(?:added|adds)$/i, after: /^\s+(?:his|her|their|its|another\s|[\d$€£¥])/i },
  // "killed by Isis confirmed as Matt Tonroe": a passive's naming; "…, court told": the court was told.
  { verb: /^(?:confirmed|named|identified)$/i, after: /^\s+as\b/i },
  { verb: /^told$/i, afterNot: /^\s*[\p{L}\d"“]/u },
  // "offered remarks at an event", "his unsubstantiated claims": the noun, not the verb.
  {
    verb: /^(?:remarks|notes|reports|claims|estimates|states|comments)$/i,
    before: /\b(?:offered|offers|offer|made|makes|make|gave|gives|give|delivered|delivers|deliver|prepared|his|her|their|its|our|the|opening|closing|brief|final|in|of|with|during|after|before|from)\s+$|\b(?:his|her|their|its|our)\s+\p{Ll}+\s+$/iu,
  },
  // "Conflicting reports say", "Police reports said": the noun, with its verb after it.
  { verb: /^(?:reports|claims|estimates|statements|notes|remarks)$/i, after: REPORTING_VERB_NEXT },
  // "Poland asked for more than €40 billion", "the $1.3 trillion that developing countries had asked
  // for": a request the article reports, not words it quotes.
  { verb: /^(?:asked|asks|ask)$/i, after: /^\s+for\b/i },
  // "The government announced in June 2025 that it would buy …", "Britain and France have all announced cuts":
  // an announcement of the past is background the article tells in its own voice.
  { verb: /^announced$/i, after: /^\s+(?:in|on)\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:\d{1,2}\s+)?(?:19|20)\d\d\b/ },
  { verb: /^announced$/i, before: /\b(?:has|have)\s+(?:all|already|previously)\s+$/i },
  // "Trzaskowski conceded on Monday and congratulated his rival": conceding a race is an event.
  { verb: /^(?:conceded|concedes)$/i, after: /^\s+(?:(?:on|in|late|early|last)\b|defeat\b|the\s+(?:election|race|vote|runoff|run-off|contest|presidency)\b|victory\b|and\s+\p{Ll}+ed\b|\s*[.;]|$)/iu, afterNot: /^[^.;]{0,40}?\bthat\b/ },
  // "Prosecutors asked judges on Monday to send him to trial": a request made, not words reported.
  { verb: /^(?:asked|asks)$/i, after: /^\s+(?:the\s+)?(?:\p{Ll}+\s+){1,2}(?:(?:on|last|this)\s+\p{Lu}\p{Ll}+\s+)?to\s+\p{Ll}/u },
  // "When asked about it, Collard said": the asking is no one's report.
  { verb: /^asked$/i, before: /\b(?:when|if|after|once|before|as)\s+$/i },
  // "believed to be aged 18", "said to have fled": a passive without its "is".
  { verb: /^(?:believed|thought|said|reported)$/i, after: /^\s+to\s+(?:be|have)\b/i },
  // "a neighbour who told her to go": an instruction; "Drivers warned to watch out": a headline's passive.
  { verb: /^(?:told|tells|asked|asks)$/i, after: /^\s+(?:him|her|them|me|us|you)\s+to\s+\p{Ll}/iu },
  { verb: /^(?:warned|told|asked)$/i, after: /^\s+to\s+\p{Ll}/u },
  // "She posted the third 20-20 game": a result posted, not words.
  { verb: /^(?:posted|posts)$/i, after: /^\s+(?:a|an|the|just|his|her|their|its|\d)/i },
  // "a hospital admitted another patient": no admission of anything said.
  { verb: /^admitted$/i, after: /^\s+(?:a|an|another|\d+|two|three|four|five|several|more)\s+(?:\p{Ll}+\s+)?(?:patients?|persons?|people|m[ae]n|wom[ae]n|child(?:ren)?|students?)\b/iu },
  // "New outbreaks have been confirmed", "The government has been accused": a passive, seen before
  // the auxiliaries are read past.
  { verb: /./, before: /\b(?:been|being)(?:\s+(?:already|also|now|just|since|officially|reportedly|widely|previously|first))*\s*$/i },
  // "the number of confirmed cases", "Turkey's last reported victim": the participle is an adjective.
  {
    verb: /^(?:confirmed|reported|alleged|estimated|announced|claimed|suspected|declared|stated|noted|posted|expected)$/i,
    before: /(?:(?<![\p{L}\p{M}])(?:of|the|a|an|its|his|her|their|last|first|newly|recently|officially|any|no|all|more|most|other)|['’]s)\s*$/iu,
  },
  // "Jamaat-e-Islami claimed 68 seats", "won 209 of 297 seats": seats claimed are seats won.
  { verb: /^(?:claimed|claims|claim)$/i, after: /^\s+(?:\d[\d,]*|a|an|the|\p{Ll}+)\s+(?:\p{Ll}+\s+)?(?:of\s+(?:the\s+)?\d[\d,]*\s+)?seats\b/iu },
  // "a statement calling for a pause": a participle after a noun; ", calling for restraint" speaks.
  { verb: /^calling$/i, before: /[^,\s]\s*$/ },
  // "Kim's remarks come as …", "after reports that …", "amid claims of fraud": a plural noun.
  {
    verb: /^(?:remarks|reports|claims|notes|estimates|promises|pledges|denials|warnings|statements)$/i,
    before: /(?:['’]s(?:\s+\p{Ll}+)?|(?<![\p{L}\p{M}])(?:the|his|her|their|its|our|these|those|such|after|amid|following|despite|over|about|with|of|on|by|from|to|and|or))\s*$/iu,
  },
];

/** Whether the verb, with the 40 characters before it and the words after it, reports nothing here. */
function notAReport(verb: string, before: string, after: string): boolean {
  for (const rule of NOT_A_REPORT) {
    if (!rule.verb.test(verb)) continue;
    if (rule.before !== undefined && !rule.before.test(before)) continue;
    if (rule.beforeNot !== undefined && rule.beforeNot.test(before)) continue;
    if (rule.after !== undefined && !rule.after.test(after)) continue;
    if (rule.afterNot !== undefined && rule.afterNot.test(after)) continue;
    return true;
  }
  return false;
}

/** After a source's name: how it came out, when, and with what ("… released Monday with 99% counted"). */
const ACCORDING_TO_TAIL = /\s+(?:and\s+)?(?:seen|obtained|reviewed)\s+by\s.*$|\s+(?:and\s+)?(?:released|published|issued|compiled|posted|announced|seen|obtained|carried|broadcast|aired|cited|quoted)\b(?!\s+(?:\S+\s+){0,2}?by\b).*$|\s+with\s.*$|\s+(?:on|last|this|early|late)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|night|morning)\b.*$/i;

/** "…, and seen by this newspaper": how the writer came to see the source, no part of its name. */
const SEEN_BY_US = /\s+(?:and\s+)?(?:seen|obtained|reviewed)\s+by\s+(?:this|our)\b.*$/i;

/** "… posted on the Election Commission's website": the body whose website, page or account carries the source. */
const SOURCE_SITE = /\s(?:posted|published|released)\s+on\s+((?:the\s+)?\p{Lu}[^,;'’]*?)['’]s?\s+(?:official\s+)?(?:website|site|web\s?page|page|account|channel)\b/u;

/**
 * The passive of a report, as South Asian and translated press write it: "It was stated by the
 * Honourable Minister …, Mr. Vijitha Herath, addressing a meeting …, that …", "it was announced by
 * the Ceylon Petroleum Corporation that". The one it was stated by speaks, without the occasion after
 * the name ("addressing …", "speaking at …").
 */
const PASSIVE_REPORT_BY = /\b[Ii]t\s+(?:was|has\s+been|had\s+been|is)\s+(?:also\s+|further\s+)?(stated|announced|pointed\s+out|revealed|noted|informed|emphasi[sz]ed|mentioned|said|disclosed|reported|confirmed|observed|highlighted|stressed|explained)\s+by\s+((?:the\s+)?[^;"“”]+?)(?:,\s*(?:addressing|speaking|responding|while|during|at)\b[^;"“”]*?)?,?\s+that\s/u;
/**
 * A report in the passive with its source after "by": "The settlement was announced on Tuesday by
 * the Commerce Department's Bureau of Industry and Security, which said …".
 */
const PASSIVE_BY = /\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:announced|disclosed|revealed|confirmed|reported|unveiled|made\s+public)\s+(?:(?:on|last|this|in|late\s+on|early\s+on)\s+\S+\s+)?by\s+((?:the\s+)?[^,;"“”]+?)(?=\s*(?:[,;]|\.\s*$|$)|\s+(?:on|in|after|as|which|who|that)\s)/u;
/** A hearing's witness: "…, the committee heard on Wednesday from Vice Admiral Kathryn Doyle, …". */
const HEARD_FROM = /\bheard\s+(?:(?:on|last|this|in|late\s+on)\s+\S+\s+)?from\s+((?:[^,;"“”.]|\.(?=\s*\p{Lu}))+?)(?=\s*(?:[,;]|\.\s*$|$))/u;
/** A body that hears evidence: "…, the committee heard." is the witness who spoke last. */
const HEARING_BODY = /^(?:the\s+)?(?:\p{Ll}+\s+)?(?:committee|inquiry|hearing|panel|tribunal|court|commission)$/iu;
/** "It was also stated that", "It was further pointed out that": the last speaker goes on. */
const PASSIVE_REPORT_GOES_ON = /^\s*(?:(?:Meanwhile|Moreover|Furthermore|However|In addition),\s+)?[Ii]t\s+(?:was|has\s+been)\s+(?:also\s+|further\s+)?(?:stated|pointed\s+out|noted|mentioned|emphasi[sz]ed|explained|added|revealed|stressed)\s+that\s/u;

/** Finds the speaker phrase and verb in one sentence, or undefined. */
function findAttribution(masked: string, base: number): Found | undefined {
  const passive = PASSIVE_REPORT_BY.exec(masked);
  if (passive) {
    const at = passive.index + passive[0].indexOf(passive[2], passive[1].length);
    // "the Honourable Minister of Foreign Affairs, Foreign Employment and Tourism, Mr. Vijitha
    // Herath": the name after the office's last comma, when the office is too long to be a speaker.
    const lastComma = passive[2].lastIndexOf(',');
    const named = lastComma >= 0 && !plausibleSpeaker(passive[2]) ? lastComma + 1 : 0;
    if (plausibleSpeaker(passive[2].slice(named))) {
      const span = trimSpan(masked, at + named, at + passive[2].length);
      return { phrase: { start: base + span.start, end: base + span.end }, verb: passive[1].replace(/\s+/g, ' ') };
    }
  }
  for (const re of [PASSIVE_BY, HEARD_FROM]) {
    const by = re.exec(masked);
    if (by && plausibleSpeaker(by[1])) {
      const at = by.index + by[0].lastIndexOf(by[1]);
      const span = trimSpan(masked, at, at + by[1].length);
      return { phrase: { start: base + span.start, end: base + span.end }, verb: re === PASSIVE_BY ? 'announced' : 'told' };
    }
  }
  const goesOn = PASSIVE_REPORT_GOES_ON.exec(masked);
  if (goesOn) {
    const at = goesOn[0].search(/[Ii]t\s/);
    return { phrase: { start: base + goesOn.index + at, end: base + goesOn.index + at + 2 }, verb: 'stated', goesOn: true };
  }
  ACCORDING_TO.lastIndex = 0;
  for (let m = ACCORDING_TO.exec(masked); m; m = ACCORDING_TO.exec(masked)) {
    // "Xi also recalled, according to Xinhua, that …": an aside after a verb of speech; the verb's subject speaks.
    if (VERB_BEFORE_ASIDE.test(masked.slice(Math.max(0, m.index - 40), m.index))) continue;
    const from = DATA_FROM.exec(m[1]);
    const whole = from ? m[1].slice(from[0].length) : m[1];
    // "according to official results released Monday with 99.52% of ballots counted": who published
    // it, when and with what are no part of the source's name.
    // "according to results posted on the Election Commission's website": whose website it is.
    const site = SOURCE_SITE.exec(whole);
    if (site && plausibleSpeaker(site[1])) {
      const start = base + m.index + m[0].length - whole.length + site.index + site[0].indexOf(site[1]);
      return { phrase: { start, end: start + site[1].length }, verb: 'according to' };
    }
    // "according to people familiar with the matter": the words after "with" say who they are.
    const phrase = INFORMED_SOURCES.test(whole.trim()) ? whole.trimEnd() : whole.replace(SEEN_BY_US, '').replace(ACCORDING_TO_TAIL, '');
    // "according to a memo drawn up by the Legal Service of the European Commission": the maker
    // must be a plausible speaker, however long the phrase that names it (resolve reads it out).
    const madeBy = PUBLISHED_BY.exec(phrase);
    if (phrase.trim() === '' || NOT_A_SOURCE.test(phrase) || !plausibleSpeaker(madeBy ? madeBy[1] : phrase)) continue;
    const start = base + m.index + m[0].length - whole.length;
    return { phrase: { start, end: start + phrase.length }, verb: 'according to' };
  }

  // "The European Commission's answer is that …", "Moscow's position was that …": whose answer it is speaks.
  const stance = STANCE_IS_THAT.exec(masked);
  if (stance && plausibleSpeaker(stance[1])) {
    const start = base + stance.index + stance[0].indexOf(stance[1]);
    return { phrase: { start, end: start + stance[1].length }, verb: 'holds' };
  }

  // "X was quoted by the agency as saying…", "the broadcaster quoted X as saying…": X speaks, not the outlet.
  const quoted = QUOTED_AS_SAYING.exec(masked);
  if (quoted) {
    const phrase = quoted[1] ?? quoted[2];
    if (plausibleSpeaker(phrase)) {
      const start = base + quoted.index + quoted[0].indexOf(phrase);
      return { phrase: { start, end: start + phrase.length }, verb: 'quoted as saying' };
    }
  }

  INVERTED.lastIndex = 0;
  for (let m = INVERTED.exec(masked); m; m = INVERTED.exec(masked)) {
    // "said Sarkozy to reporters in Paris", "said Schuchat during a press conference": where and to
    // whom it was said is no part of the speaker.
    const phrase = m[2]
      .replace(/\s+(?:during|to|at|on|after|before|while|when|upon)\s.*$/i, '')
      .replace(/\s+in\s+(?:a|an|the|his|her|their|its)\s+(?:\p{Ll}+\s+)?(?:statement|interview|release|conference|speech|post|tweet|letter|e-?mail|video|briefing|message|address|broadcast)\b.*$/iu, '');
    // "The foreign minister, Abdel Rahman Shalgham, said the E.U. promised …": a name between
    // commas is the subject of the verb after it, not a clause before an inverted speaker.
    if (/,\s*\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){1,3}\s*$/u.test(masked.slice(Math.max(0, m.index - 60), m.index)) && /^,/.test(m[0])) continue;
    // "…, told reporters that": after "told" comes who was told; the speaker is before it.
    if (/^(?:told|tells|informed|briefed|asked)$/i.test(m[1])) continue;
    // "…, estimates Ukraine's financing needs at €135 billion": a figure is what is said, never who says it.
    // An age is no figure: "said a 34-year-old former construction worker".
    if (/[$€£¥%]|(?<![\p{L}\d])\d/u.test(m[2].replace(/\s+(?:on|in|last|this|since|until|by)\s.*$/i, '').replace(AGE, ''))) continue;
    // "said in a statement", "added that": no speaker follows the verb.
    // "…, announced today on behalf of Doug Donaldson": a time, then what is announced.
    // "…, said he hoped …", "…, announced his death": a pronoun or a possessive opens what is said.
    if (/^(?:that|in|on|at|to|with|by|for|from|during|after|before|while|when|it|this|today|yesterday|tonight|earlier|later|also|again|last|next|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|he|she|they|we|i|you|his|her|their|its|our|my)\b/i.test(phrase) || !plausibleSpeaker(phrase)) continue;
    // "said Ostria's transport minister, Bo Rask.": the role, then the name of who holds it.
    const named = isRole(phrase.replace(/^the\s+/i, '').trim()) || PERSON_NOUN.test(phrase.trim()) ? ROLE_THEN_NAME.exec(masked.slice(m.index + m[0].length)) : null;
    if (named) {
      const start = base + m.index + m[0].length + named[0].indexOf(named[1]);
      return { phrase: { start, end: start + named[1].length }, verb: m[1].replace(/\s+/g, ' ') };
    }
    const start = base + m.index + m[0].length - m[2].length;
    return { phrase: { start, end: start + phrase.length }, verb: m[1].replace(/\s+/g, ' ') };
  }

  // "…, with the Indian army saying …" speaks for a sentence that names no one else; a subject and
  // verb before it ("The army said …, with the RSF saying …") are the sentence's own speaker, unless
  // the one saying is the subject's own body ("with its Ministry of Defense saying").
  let withSaying: (Found & { at: number }) | undefined;
  WITH_SAYING.lastIndex = 0;
  for (let m = WITH_SAYING.exec(masked); m; m = WITH_SAYING.exec(masked)) {
    const phrase = m[1];
    if (!plausibleSpeaker(phrase)) continue;
    const start = base + m.index + m[0].indexOf(phrase, 4);
    withSaying = { phrase: { start, end: start + phrase.length }, verb: 'saying', at: m.index };
    // "Japan has confirmed the launch, with its Ministry of Defense saying…": the subject's own
    // body says it, and is the more precise speaker.
    if (/^(?:its|his|her|their)\s/i.test(phrase)) return { phrase: withSaying.phrase, verb: withSaying.verb };
    break;
  }

  // "Erdoğan announced a plan …, aides said.": an attribution that closes the sentence after a comma
  // tells all of it, whatever reporting verb came before.
  // "Modi, the ministry said, told Xi that …": the subject speaks, as the source reports it.
  const reported = SUBJECT_THEN_SOURCE.exec(masked);
  if (reported && plausibleSpeaker(reported[1])) {
    const start = base + reported.index + reported[0].indexOf(reported[1]);
    return { phrase: { start, end: start + reported[1].length }, verb: reported[2].replace(/\s+/g, ' ') };
  }
  // "Spain believes it can meet the target, he said, but …": the same, between commas mid-sentence
  // (not after a verb of speech of its own: "Berg warns that …, they say, but …" is Berg's).
  const middle = MIDDLE_ATTRIBUTION.exec(masked);
  const closing = CLOSING_ATTRIBUTION.exec(masked) ?? (middle && !SPEECH_BEFORE.test(masked.slice(0, middle.index)) ? middle : null);
  if (closing && plausibleSpeaker(closing[1]) && !/^(?:which|who|that|as|and|but)\b/i.test(closing[1])) {
    const start = base + closing.index + closing[0].indexOf(closing[1], 1);
    return { phrase: { start, end: start + closing[1].length }, verb: closing[2] };
  }

  /** A speaker found inside a clause after "after", "because" …: the sentence's only if no other is. */
  let inClause: Found | undefined;
  SUBJECT_VERB.lastIndex = 0;
  for (let m = SUBJECT_VERB.exec(masked); m; m = SUBJECT_VERB.exec(masked)) {
    if (withSaying !== undefined && m.index >= withSaying.at) break;
    // "X agreed to …", "X pledged $3 billion": an event, not a report of what X said — unless the
    // sentence opens on the occasion ("Speaking at a rally, X promised…"): then the promise is speech.
    // '"We're happy to see it," Tom Farace agreed.': agreeing with a quote is speech.
    const rest = masked.slice(m.index + m[0].length);
    if (COMMITMENT_VERB.test(m[1]) && !/^\s*(?:that\b|:|["“]|[.!?]?\s*$)/.test(rest) && !SPEAKING_OPENER.test(masked)) continue;
    if (notAReport(m[1], masked.slice(Math.max(0, m.index - 40), m.index), rest)) continue;
    // "In January 2024, Mali, Burkina Faso and Niger announced their withdrawal": past background.
    if (/^announced$/i.test(m[1]) && PAST_YEAR_OPENER.test(masked)) continue;
    // Only the words just before the verb can be its subject (at most MAX_SPEAKER_WORDS of them):
    // reading from the sentence's start at every verb made a long run of "… said …" quadratic.
    const from = Math.max(0, m.index - SUBJECT_WINDOW);
    let before = masked.slice(from, m.index).replace(/\s+$/, '');
    // "The embassy has not responded", "He declined to comment": no one says anything.
    if (NEGATED_TAIL.test(before)) continue;
    before = before.replace(ROSE_TO, '').replace(TIME_TAIL, '').replace(AUXILIARY_TAIL, '').replace(TIME_TAIL, '').replace(ASIDE_TAIL, '').replace(BRACKETS_TAIL, '');
    if (BE_FORM.test(before)) continue; // A passive: "It is recalled that", "was told".
    // "In February, Congo's minerals regulator, ARECOMS, said": a time opens the sentence, not a name.
    // The first reading whose name could speak: a name, then its description; the description, then the name; a relative clause.
    const appositive = before.endsWith(',') ? [APPOSITIVE, NAME_AFTER_DESCRIPTION, RELATIVE_AFTER_SUBJECT].map((re) => re.exec(before)).find((m) => m !== null && plausibleSpeaker(m[1]) && !timeLead(m[1])) : undefined;
    if (appositive) {
      const at = appositive.index + appositive[0].lastIndexOf(appositive[1]);
      return { phrase: { start: base + from + at, end: base + from + at + appositive[1].length }, verb: m[1].replace(/\s+/g, ' ') };
    }
    // The subject starts after the last clause boundary (punctuation, a dash or "that").
    let boundary = -1;
    // A line break too: a headline or dateline line above the sentence is not part of its subject.
    for (const mark of [',', ';', ':', '"', '“', '”', '—', ' – ', ' -- ', ' - ', '\n']) {
      const at = before.lastIndexOf(mark);
      if (at >= 0) boundary = Math.max(boundary, at + mark.length - 1);
    }
    // "symptoms which officials say resemble …": a new subject after "which" (not ", which Russia
    // denies", whose clause is about the sentence before it: read below).
    for (const that of before.matchAll(/(?<!,\s*)\b(?:that|which|whom)\s/gi)) boundary = Math.max(boundary, that.index + that[0].length - 1);
    // "Sengel would not identify the jurisdiction but said …", "Clinton spoke in favour of it and
    // said …": the subject of the clause before "but" or "and" says it.
    const joined = /(?:^|\s)(?:but|and)\s*$/i.exec(before);
    if (joined && joined.index > boundary + 1) {
      // "But allies acknowledged … and said": the conjunction opening the clause is no subject.
      const clause = before.slice(boundary + 1, joined.index).replace(/^(\s*)(?:but|and|yet|so|still|however)\s+/i, '$1');
      const subject = /^\s*((?:(?:the|a|an)\s+)?(?:\p{Lu}[\p{L}\p{M}'’.-]*\s+)*\p{Lu}[\p{L}\p{M}'’.-]*|he|she|they|it|(?:the\s+)?(?:allies|aides|advisers|officials|sources|analysts|diplomats|critics|residents|lawmakers|prosecutors|investigators|authorities|police))\s+\p{Ll}/u.exec(clause);
      if (subject && (plausibleSpeaker(subject[1]) || /^(?:the\s+)?\p{Ll}+s$/u.test(subject[1])) && !/\b(?:said|says|told)\b/i.test(clause)) {
        const start = from + before.indexOf(subject[1], boundary + 1);
        return { phrase: { start: base + start, end: base + start + subject[1].length }, verb: m[1].replace(/\s+/g, ' ') };
      }
      // "Pakistan's Power Division, part of the Ministry of Energy, welcomed the loan and said …":
      // the clause's subject stands before an apposition between commas.
      if (!subject && /^\s*\p{Ll}/u.test(clause) && !/\b(?:said|says|told)\b/i.test(clause)) {
        const apposed = SUBJECT_BEFORE_APPOSITION.exec(before.slice(0, boundary + 1));
        if (apposed && plausibleSpeaker(apposed[1])) {
          const start = from + apposed.index + apposed[0].indexOf(apposed[1]);
          return { phrase: { start: base + start, end: base + start + apposed[1].length }, verb: m[1].replace(/\s+/g, ' ') };
        }
      }
    }
    // "… did not say how, but the spokeswoman said …", "was arrested after police say …": a new clause.
    let subordinate = false;
    for (const but of before.matchAll(/\b(?:but|after|because|since|although|though|until|unless|whereas)\s/gi)) {
      if (but.index + but[0].length - 1 > boundary) subordinate = !/^but/i.test(but[0]);
      boundary = Math.max(boundary, but.index + but[0].length - 1);
    }
    const phraseStart = boundary + 1;
    let phrase = before.slice(phraseStart);
    // "Earlier today the US military said": words of time before the subject.
    // "In January Copenhagen announced": a month or a day without its comma.
    const lead = /^\s*(?:(?:and|but|while|as|so|yet|also|then|now|meanwhile|however|moreover|earlier|later|today|yesterday|tonight|recently|separately|previously|(?:in|on|by|since|until)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:19|20)\d\d)(?:\s+(?:19|20)\d\d)?)\s+)+/i.exec(phrase);
    let offset = phraseStart + (lead ? lead[0].length : 0);
    phrase = before.slice(offset);
    // "a move analysts say is intended to…": a noun the clause is about, then who says it.
    const about = /^\s*(?:a|an|the)\s+\p{Ll}+\s+((?:\p{Ll}+\s+)?(?:analysts|experts|officials|critics|observers|diplomats|sources|residents|witnesses|economists|investors))\s*$/iu.exec(phrase);
    if (about) {
      offset += about[0].length - about[0].trimStart().length + about[0].trimStart().indexOf(about[1]);
      phrase = before.slice(offset);
    }
    // "He voiced concerns about the way he says …": a pronoun just before the verb is its subject.
    const pronoun = /\s(he|she|they)\s*$/i.exec(phrase);
    if (pronoun) {
      offset += pronoun.index + 1;
      phrase = before.slice(offset);
    }
    // "…, which Russia adamantly denies": a relative clause's subject denies the clause before it,
    // which the article states.
    if (/^\s*(?:which|who|whom|whose)\b/i.test(phrase)) continue;
    // "A separate paper circulated to EU ambassadors by the Danish presidency … estimates": however
    // long, the phrase names its maker (resolve reads it out).
    const madeBy = PUBLISHED_BY.exec(phrase);
    if (madeBy && /^\s*(?:(?:a|an|the)\s|(?:new\s+|official\s+)?(?:data|figures|statistics|numbers|estimates)\s)/i.test(phrase) && plausibleSpeaker(madeBy[1])) {
      const span = trimSpan(masked, from + offset, from + before.length);
      return { phrase: { start: base + span.start, end: base + span.end }, verb: m[1].replace(/\s+/g, ' ') };
    }
    if (phrase.trim() !== '' && !plausibleSpeaker(phrase)) {
      // "Senior Captain Li Xi of the PLA Eastern Theatre Command said": a person of a body, too
      // long to read whole; the person is the words before "of".
      const ofBody = /^(\s*(?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){1,4}\p{Lu}[\p{L}\p{M}'’-]*)\s+of\s+(?:the\s+)?\p{Lu}[^,;]*$/u.exec(phrase);
      if (ofBody && personalName(ofBody[1]) !== undefined && plausibleSpeaker(ofBody[1])) {
        const span = trimSpan(masked, from + offset, from + offset + ofBody[1].length);
        return { phrase: { start: base + span.start, end: base + span.end }, verb: m[1].replace(/\s+/g, ' ') };
      }
      // "Western Cape spokesperson for the National Prosecuting Authority Eric Ntabazalila told":
      // past the words a speaker may have, the name at its end after a role.
      // The last two capitalised words: a given name and a surname, after the body the role is of.
      const name = wordCount(phrase) > MAX_SPEAKER_WORDS && ROLE_IN_PHRASE.test(phrase) ? /\p{Lu}[\p{L}\p{M}'’.-]*\s+\p{Lu}[\p{L}\p{M}'’-]*$/u.exec(phrase.trimEnd())?.[0] : undefined;
      if (name !== undefined && !name.split(/\s+/).some((w) => TITLE_WORD.test(w) || INSTITUTION_WORD.test(w))) {
        const start = from + offset + phrase.trimEnd().length - name.length;
        return { phrase: { start: base + start, end: base + start + name.length }, verb: m[1].replace(/\s+/g, ' ') };
      }
    }
    // "Younus Al Nasser, assistant director general of the Smart Dubai Office (SDO) said": a role
    // after the name, its closing comma left out.
    if (/^\s*\p{Ll}/u.test(phrase) && ROLE_IN_PHRASE.test(phrase) && before[boundary] === ',') {
      const named = /(?:^|[\s"“(])((?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){1,3}\p{Lu}[\p{L}\p{M}'’-]*)\s*$/u.exec(before.slice(0, boundary));
      // Not a name after a preposition: "Writing in the Financial Times, the former minister said".
      const afterPreposition = named !== null && /(?:^|\s)(?:in|at|on|for|of|to|from|with|by|into|the)\s*$/i.test(before.slice(0, named.index + named[0].length - named[1].length));
      if (named && !afterPreposition && !named[1].split(/\s+/).some((w) => TITLE_WORD.test(w) || INSTITUTION_WORD.test(w))) {
        const start = from + named.index + named[0].length - named[1].length;
        return { phrase: { start: base + start, end: base + start + named[1].length }, verb: m[1].replace(/\s+/g, ' ') };
      }
    }
    if (phrase.trim() === '' || !plausibleSpeaker(phrase)) continue;
    // "…, data from the statistics office showed.": what shows it speaks only when the text says whose it is ("satellite images showed" is the author's reading).
    // ("…, the data showed." after "according to data released by the customs office": that office's data.)
    if (/^show/i.test(m[1]) && !/\p{Lu}/u.test(phrase) && !/\s(?:from|by|of)\s/.test(phrase) && !/\b(?:government|official|ministry|customs|census|statistics|bureau|agency|office|bank|trade|budget|treasury)\b/i.test(phrase) && !REPORT_BACK.test(phrase.trim())) continue;
    // "…, after an arbitration court ruled that …": a past ruling told as background, no one's report.
    if (subordinate && /^rule/i.test(m[1])) continue;
    const span = trimSpan(masked, from + offset, from + before.length);
    const result = { phrase: { start: base + span.start, end: base + span.end }, verb: m[1].replace(/\s+/g, ' ') };
    // "Tripoli was calm after the government announced a truce, residents told Reuters": a verb in
    // a clause after "after" or "because" is what happened; a speaker later in the sentence tells it.
    if (subordinate) {
      inClause ??= result;
      continue;
    }
    return result;
  }
  if (inClause !== undefined) return inClause;
  if (withSaying !== undefined) return { phrase: withSaying.phrase, verb: withSaying.verb };
  return participleAttribution(masked, base) ?? trailingCredit(masked, base);
}

/** A source credited after the sentence, as briefings do: "… in December — Reuters.", "… (Bloomberg)." */
const TRAILING_CREDIT = /(?:\s+[—–]\s+|\s*\()((?:The\s+)?\p{Lu}[\p{L}\p{M}&.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}&.'’-]*){0,3})\)?\s*[.]?\s*$/u;

/** The source a sentence credits at its end, when nothing in it says who speaks. */
function trailingCredit(masked: string, base: number): Found | undefined {
  const credit = TRAILING_CREDIT.exec(masked);
  if (!credit || (credit[0].includes('(') !== credit[0].includes(')'))) return undefined;
  // "… the Economic Community of West African States (ECOWAS).": an acronym after its name, no credit.
  if (credit[0].includes('(') && /\p{Lu}[\p{L}\p{M}'’.-]*\s*$/u.test(masked.slice(0, credit.index))) return undefined;
  // The sentence's full stop is no part of the name ("— Reuters."), an abbreviation's is ("— U.N.").
  const name = /^[^.]*\.$/.test(credit[1]) ? credit[1].slice(0, -1) : credit[1];
  const start = base + credit.index + credit[0].indexOf(credit[1]);
  return { phrase: { start, end: start + name.length }, verb: 'reported' };
}

/** A participle of speech after a comma: "…, noting that", "…, adding that", "…, saying", "…, telling Reuters on Monday that". */
const SPEECH_PARTICIPLE = /,\s+(noting|adding|saying|arguing|warning|insisting|stressing|claiming|explaining|acknowledging|conceding|recalling|pointing\s+out|citing|telling(?=\s+(?:\S+\s+){1,12}?that\s))\s+(?:that\s+)?\S/u;
/** A name, its description between commas, then a lower-case verb: "Priti Patel, the shadow foreign secretary, was …". */
const NAME_THEN_APPOSITION = /^\s*(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){1,3}),\s+(?:the|a|an|his|her|its|their)\s[^,;"“”]{1,80},\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+/u;
/** A dateline before a sentence's subject: "TOKYO — ", "KINSHASA, Feb 18 — ". */
const DATELINE_LEAD = /^\s*\p{Lu}[\p{Lu}\s.'’-]*\p{Lu}(?:,\s*[^—–,]{1,30})?\s+[—–]\s+/u;
/** The subject a sentence opens on, then a lower-case verb: "Liberal Democrat MP Priya Raman turned…", "The ministry raised…", "Kenya's central bank cut…". */
const OPENING_SUBJECT = /^\s*((?:(?:The|A|An)\s+)?(?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){0,3}(?:\p{Ll}+\s+)?\p{Ll}+(?=\s+(?:has\s+|had\s+|also\s+)?(?!(?:its|his|this|is|was|has|as|us|less|unless|ours|yours|theirs|thus|always|perhaps|whereas|towards)\s)(?:\p{Ll}+(?:ed|s)|cut|set|put|kept|held|left|made|took|gave|rose|fell|won|lost|sent|sold|bought|spent|paid)\s)|(?:(?:The|A|An)\s+)?(?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){0,5}\p{Lu}[\p{L}\p{M}'’.-]*)\s+(?:has\s+|had\s+|also\s+)?\p{Ll}/u;

/**
 * "Liberal Democrat MP Priya Raman turned to artillery, noting that the Army had given away 40
 * guns": what the participle introduces is said by the subject the sentence opens on.
 */
function participleAttribution(masked: string, base: number): Found | undefined {
  const participle = SPEECH_PARTICIPLE.exec(masked);
  if (!participle) return undefined;
  const lead = DATELINE_LEAD.exec(masked)?.[0].length ?? 0;
  // "Priti Patel, the shadow foreign secretary, was on her feet …, insisting that": the name before its apposition.
  const subject = OPENING_SUBJECT.exec(masked.slice(lead, participle.index)) ?? NAME_THEN_APPOSITION.exec(masked.slice(lead, participle.index));
  if (!subject || OPENING_WORD.test(subject[1].split(/\s+/)[0]) && !/^(?:The|A|An)$/.test(subject[1].split(/\s+/)[0])) return undefined;
  if (!plausibleSpeaker(subject[1])) return undefined;
  const start = base + lead + subject[0].indexOf(subject[1]);
  return { phrase: { start, end: start + subject[1].length }, verb: participle[1].replace(/\s+/g, ' ') };
}

/** Lower-case particles inside a name. */
const NAME_PARTICLE = /^(?:de|da|do|dos|das|del|della|di|van|von|der|den|ter|la|le|du|al|el|bin|ibn|bint)$/;

/** Capitalised words after any titles: "Indian Foreign Minister Subrahmanyam Jaishankar" → the name. */
function personalName(phrase: string): string | undefined {
  const words = phrase.replace(/\(.*?\)/g, ' ').split(/\s+/).filter(Boolean);
  let i = words.length;
  const nameWord = (w: string): boolean => /^\p{Lu}[\p{L}.'’-]*$/u.test(w) && !TITLE_WORD.test(w);
  // "Michael de Jong", "Ursula von der Leyen": a particle between two words of the name is part of it.
  while (i > 0 && (nameWord(words[i - 1]) || (i > 1 && i < words.length && NAME_PARTICLE.test(words[i - 1]) && nameWord(words[i - 2])))) i--;
  // "Officials in Kyiv", "Health officials in the Gaza Strip", "a report published on Monday": the
  // capitals name a place or a day, not who speaks.
  const placeWord = (w: string | undefined): boolean => w !== undefined && /^(?:in|at|on|from|near|inside|outside|across|with)$/i.test(w);
  if (i > 0 && (placeWord(words[i - 1]) || (/^(?:the|both)$/i.test(words[i - 1]) && placeWord(words[i - 2])))) return undefined;
  // "Centers for Disease Control and Prevention": one body's name, not a person after "and".
  if (i > 1 && /^(?:and|&)$/.test(words[i - 1]) && /^\p{Lu}/u.test(words[i - 2])) return undefined;
  // "Ohio State University said": a body's name, not a person's.
  if (words.length > 0 && INSTITUTION_WORD.test(words[words.length - 1])) return undefined;
  // "Officials in central Illinois".
  if (i > 1 && /^(?:northern|southern|eastern|western|central|north|south|east|west|downtown|rural|suburban)$/.test(words[i - 1]) && /^(?:in|at|from|near|across)$/i.test(words[i - 2])) return undefined;
  // "… daughter-in-law Nadia Moayyad of Southlake": the name before "of" and the place after it.
  // "Senior Captain Wen Li of the Northern Theatre Command": the same with "the" before the body.
  const of = i > 2 && words[i - 1] === 'of' ? i - 1 : i > 3 && words[i - 1] === 'the' && words[i - 2] === 'of' ? i - 2 : -1;
  if (of > 0) {
    let k = of;
    while (k > 0 && k > of - 4 && /^\p{Lu}[\p{L}.'’-]*$/u.test(words[k - 1]) && !TITLE_WORD.test(words[k - 1]) && !INSTITUTION_WORD.test(words[k - 1])) k--;
    if (of - k >= 2) return words.slice(k, of).join(' ');
  }
  // After a title's field ("Minister for Pacific Partnerships Aroha Tane"), the field's words run
  // into the name: the name is its last two words.
  // Not after an institution's noun: "Wellcome Trust Centre for Mitochondrial Research" is no one's name.
  if (i > 1 && /^(?:for|of)$/i.test(words[i - 1]) && INSTITUTION_WORD.test(words[i - 2])) return undefined;
  // "The Registrar of Societies": an office's name, not a person's, when the words after "of" are too few to hold one.
  if (i > 1 && /^(?:for|of)$/i.test(words[i - 1]) && /^\p{Lu}/u.test(words[i - 2]) && words.length - i < 2) return undefined;
  if (i > 0 && /^(?:for|of)$/i.test(words[i - 1]) && words.length - i > 2) i = words.length - 2;
  const name = words.slice(i);
  return name.length > 0 && name.length <= 4 ? name.join(' ') : undefined;
}

interface SpeakerState {
  /** The last person (or body) named as a speaker: pronouns and epithets refer to it. */
  last: Speaker | undefined;
  lastCountry: string | undefined;
  /** Names written in full, by each of their words, so a later surname finds them. */
  names: Map<string, Speaker>;
  /** Bodies named as speakers ("the Ethiopian Ministry of Transport"), for "the ministry" later. */
  bodies: Speaker[];
  /** The body or government that spoke last, if no person has spoken since: what "it added" means. */
  lastBody: Speaker | undefined;
  /** A person a sentence since the last speaker opened on as its subject: whom "he" means next (never a role's epithet). */
  subject?: Speaker;
  /** Who last spoke "in a statement" (not someone quoted in it): what "the statement added" means. */
  statementBy?: Speaker;
  /** The publication that reported last ("The daily Kommersant reported"): what "the paper" means. */
  lastPress?: Speaker;
  /** The report named last as a source ("the latest Pacific Economic Update"): what "the report" means. */
  lastReport?: Speaker;
  /** "he" or "she", as the text has called each person (by name) who spoke, in the order they were called so. */
  pronouns?: Map<string, { who: Speaker; pronoun: string }>;
}

function entityCountry(entity: EntityAnnotation): string | undefined {
  if (entity.kind === 'country') return entity.id;
  if (entity.sense === 'metonymic' && entity.refersTo) return entity.refersTo;
  return undefined;
}

function countryOf(speaker: Speaker, index: GazetteerIndex | undefined): string | undefined {
  if (!speaker.id || !index) return undefined;
  const fact = index.get(speaker.id)?.facts.country;
  return typeof fact === 'string' ? fact : undefined;
}

/** The document's country mentions in order (each annotation's country and its index), made once per document. */
const countryMentions = new WeakMap<readonly Annotation[], CountryMentions>();

interface CountryMentions {
  at: number[];
  country: string[];
  first: Map<string, number>;
  /** The name a country annotation gave it (for when there is no index to look it up). */
  names: Map<string, string>;
}

function mentionsOf(annotations: readonly Annotation[]): CountryMentions {
  const cached = countryMentions.get(annotations);
  if (cached) return cached;
  const found: CountryMentions = { at: [], country: [], first: new Map(), names: new Map() };
  annotations.forEach((a, i) => {
    const country = a.category === 'entity' && a.id !== undefined ? entityCountry(a) : undefined;
    if (!country) return;
    found.at.push(a.end);
    found.country.push(country);
    if (!found.first.has(country)) found.first.set(country, i);
    if (a.category === 'entity' && a.kind === 'country' && !found.names.has(country)) found.names.set(country, a.name);
  });
  countryMentions.set(annotations, found);
  return found;
}

/** How far back "the two countries" looks: a document naming one country a thousand times stays fast. */
const COUNTRY_LOOKBACK = 200;

/** The two countries mentioned last before `offset`, in the order the document first names them. */
function lastTwoCountries(ctx: AttributionContext, offset: number): Speaker | undefined {
  const mentions = mentionsOf(ctx.annotations);
  // The last mention ending at or before `offset` (mentions are sorted by position).
  let lo = 0;
  let hi = mentions.at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions.at[mid] <= offset) lo = mid + 1;
    else hi = mid;
  }
  const seen: string[] = [];
  for (let i = lo - 1; i >= 0 && i >= lo - COUNTRY_LOOKBACK && seen.length < 2; i--) {
    if (!seen.includes(mentions.country[i])) seen.push(mentions.country[i]);
  }
  if (seen.length < 2) return undefined;
  const ordered = seen.sort((x, y) => (mentions.first.get(x) ?? 0) - (mentions.first.get(y) ?? 0)).map((id) => ctx.index?.get(id)?.name ?? mentions.names.get(id) ?? id);
  return { name: `${ordered[0]} and ${ordered[1]}` };
}

/** How far back "the two leaders" looks for the two people it means. */
const PAIR_LOOKBACK = 600;

/**
 * The last two different people the text named before `offset`, in the order it named them:
 * whom "the two leaders" means after "President Ilham Aliyev of Azerbaijan and Prime Minister
 * Nikol Pashinyan of Armenia met …".
 */
function lastTwoPeople(ctx: AttributionContext, offset: number): Speaker | undefined {
  const people: { name: string }[] = [];
  for (const a of annotationsWithin(ctx.annotations, { start: Math.max(0, offset - PAIR_LOOKBACK), end: offset })) {
    if (a.category !== 'entity' || a.kind !== 'person') continue;
    const at = people.findIndex((p) => p.name === a.name);
    if (at >= 0) people.splice(at, 1);
    people.push(a);
  }
  if (people.length < 2) return undefined;
  const [first, second] = people.slice(-2);
  return { name: `${first.name} and ${second.name}` };
}

/** A speaker that is more than one: "Soule and Ahlstrom", "defence officials", "the residents". */
function pluralSpeaker(name: string): boolean {
  return /\s(?:and|&)\s/.test(name) || INFORMED_SOURCES.test(name.replace(/^(?:the|a|an)\s+/i, '')) || /(?:aides|advisers|diplomats|officials|residents|officers|sources|analysts|experts|leaders|members|authorities|police|people|protesters|workers|families|critics|lawmakers|prosecutors|investigators|supporters|opponents|voters|farmers|students|witnesses|fishermen|women|men|refugees|migrants)(?:\s+(?:of|from|in)\s+(?:the\s+)?\p{Lu}[^,;]{0,40})?$/iu.test(name);
}

/** Resolves a speaker phrase to a Speaker, updating what later pronouns and surnames refer to. */
function resolve(ctx: AttributionContext, found: Found, state: SpeakerState): Speaker | null {
  // "A report published by the World Bank on Tuesday found": the publisher speaks.
  // "A report by Human Rights Watch found", "Data from the World Bank show": whoever made the report
  // or the data speaks, and is a body ("It said …" next is that body again).
  let madeBy = false;
  const publisher = PUBLISHED_BY.exec(ctx.text.slice(found.phrase.start, found.phrase.end));
  if (publisher) {
    const start = found.phrase.start + publisher.index + publisher[0].length - publisher[1].length;
    found = { ...found, phrase: { start, end: start + publisher[1].length } };
    madeBy = true;
  }
  const data = DATA_FROM.exec(ctx.text.slice(found.phrase.start, found.phrase.end));
  if (data && data.index === 0 && found.phrase.start + data[0].length < found.phrase.end) {
    found = { ...found, phrase: { start: found.phrase.start + data[0].length, end: found.phrase.end } };
    madeBy = true;
  }
  // "according to figures cited by the commerce ministry": the source is the one who cites.
  // "A UN report published on Monday found": the report speaks, not when it came out.
  const said = ctx.text.slice(found.phrase.start, found.phrase.end).replace(CITED_BY, '');
  const raw = IN_JOURNAL.exec(said)?.[0] ?? said.replace(PUBLISHED_TAIL, '');
  const phrase = raw.replace(/^(?:the|a|an)\s+/i, '').trim();
  const verb = found.verb.toLowerCase();
  const entities = annotationsOverlapping(ctx.annotations, found.phrase).filter((a): a is EntityAnnotation => a.category === 'entity');
  const phraseEnd = found.phrase.end;
  const tailText = (a: Annotation): string => ctx.text.slice(a.end, phraseEnd).replace(/\s*\([^)]*\)\s*$/, '').trim();

  // "…, the committee heard." the witness who spoke last.
  if (verb === 'heard') return HEARING_BODY.test(raw.trim()) && state.last ? { ...state.last, verb } : null;
  // "The ministry said … It added": the body that spoke last, if no person has spoken since.
  if (IT.test(phrase)) {
    const who = found.goesOn ? state.lastBody ?? state.last : state.lastBody;
    return who ? { ...who, verb } : null;
  }
  // "The daily Kommersant reported", "the tabloid Moskovsky Komsomolets": a publication, by its name.
  const pressNamed = PRESS_NAMED.exec(raw.trim()) ?? PRESS_IN.exec(raw.trim());
  if (pressNamed) {
    const entity = entities.find((a) => a.kind === 'organisation' && tailText(a) === '');
    const press = entity?.id !== undefined ? { name: entity.name, id: entity.id } : { name: pressNamed[1] };
    state.lastPress = press;
    state.lastBody = press;
    return { ...press, verb };
  }
  // "According to the report", "the study found": the report named as a source before.
  if (REPORT_BACK.test(raw.trim()) && state.lastReport) {
    state.lastBody = state.lastReport;
    return { ...state.lastReport, verb };
  }
  // "The judges concluded": the court that sits ("the International Court of Justice ruled …").
  if (/^the\s+(?:judges|justices|arbitrators)$/i.test(raw.trim())) {
    const court = lastOrganisationNamed(ctx, found.phrase.start, 'court') ?? lastOrganisationNamed(ctx, found.phrase.start, 'tribunal');
    if (court) return { ...court, verb };
  }
  // "Researchers found", "the authors write": those who wrote the report named before.
  if (REPORT_AUTHORS.test(raw.trim()) && state.lastReport) return { ...state.lastReport, verb };
  // "the yearbook found" with no report named before: the body that spoke last publishes it.
  if (REPORT_BACK.test(raw.trim()) && state.lastBody && !state.last) return { ...state.lastBody, verb };
  // "the newspaper said", "the paper noted", "according to the business daily": the one named last.
  if (PRESS_BACK.test(raw.trim()) && state.lastPress) {
    state.lastBody = state.lastPress;
    return { ...state.lastPress, verb };
  }
  // "They also said …" after one person has spoken is other people (the residents, the officers):
  // a body or a group named last, else no one the text names.
  if (/^they$/i.test(phrase)) {
    // The two people a sentence since the last speaker was about ("Estrela and Ćudić met …").
    if (state.subject && pluralSpeaker(state.subject.name)) {
      state.last = state.subject;
      return { ...state.subject, verb };
    }
    if (state.last !== undefined && pluralSpeaker(state.last.name)) return { ...state.last, verb };
    if (state.lastBody !== undefined) return { ...state.lastBody, verb };
    if (state.last !== undefined) return { name: raw.trim(), verb };
  }
  if (PRONOUN.test(phrase)) {
    const pronoun = phrase.toLowerCase();
    const pronouns = (state.pronouns ??= new Map());
    const candidate = state.subject && !pluralSpeaker(state.subject.name) ? state.subject : state.last;
    // "she said" after a man the text called "he" spoke: the woman who spoke before him.
    const called = (who: Speaker): void => {
      // A pronoun that does not fit what the text called them before tells nothing new.
      if (pronoun === 'they' || (pronouns.has(who.name) && pronouns.get(who.name)?.pronoun !== pronoun)) return;
      pronouns.delete(who.name);
      pronouns.set(who.name, { who: { name: who.name, ...(who.id !== undefined ? { id: who.id } : {}) }, pronoun });
    };
    const mismatch = pronoun !== 'they' && candidate !== undefined && pronouns.has(candidate.name) && pronouns.get(candidate.name)?.pronoun !== pronoun;
    if (mismatch && candidate) {
      // Else the person the text named last, if that is someone else ("Ihor Koval joined in 2024. … he said").
      const other = [...pronouns.values()].reverse().find((p) => p.pronoun === pronoun && p.who.name !== candidate.name)?.who ?? lastPersonNamed(ctx, found.phrase.start);
      if (other && other.name !== candidate.name && !(pronouns.has(other.name) && pronouns.get(other.name)?.pronoun !== pronoun)) {
        state.last = other;
        state.subject = undefined;
        called(other);
        return { ...other, verb };
      }
    }
    // The subject of a sentence since the last speaker, who then speaks ("he stressed").
    if (state.subject && !pluralSpeaker(state.subject.name)) {
      state.last = state.subject;
      state.lastCountry = undefined;
      called(state.subject);
      return { ...state.subject, verb };
    }
    // "he" after two people spoke together is one of them: the text does not say which.
    if (state.last && !(pluralSpeaker(state.last.name) && /\s(?:and|&)\s/.test(state.last.name))) called(state.last);
    if (state.last) return pluralSpeaker(state.last.name) && /\s(?:and|&)\s/.test(state.last.name) ? null : { ...state.last, verb };
    // No one has spoken yet: "he" is the person the text named last ("President Tinubu spoke at the
    // summit. … he said").
    const person = lastPersonNamed(ctx, found.phrase.start);
    if (person) {
      state.last = person;
      called(person);
    }
    return person ? { ...person, verb } : null;
  }
  if (THE_TWO.test(phrase)) {
    const pair = state.subject && /\s(?:and|&)\s/.test(state.subject.name) ? state.subject : state.last && /\s(?:and|&)\s/.test(state.last.name) ? state.last : undefined;
    // Else the two people named last ("Aliyev of Azerbaijan and Pashinyan of Armenia met …").
    const named = pair ?? (/leaders|presidents|premiers|ministers|heads/i.test(phrase) ? lastTwoPeople(ctx, found.phrase.start) : undefined);
    if (named) state.last = named;
    return named ? { ...named, verb } : { name: raw.trim(), verb };
  }
  if (PLURAL_COUNTRIES.test(phrase)) {
    // "Both sides said" right after two leaders spoke together: those two.
    if (/sides$/i.test(phrase) && state.last && /\s(?:and|&)\s/.test(state.last.name) && !state.subject) return { ...state.last, verb };
    const pair = lastTwoCountries(ctx, found.phrase.start);
    return { ...(pair ?? { name: raw.trim() }), verb };
  }
  // "Donna Molinari of Alexandria Country Day School": the person, not the body she is of.
  const personOf = /^((?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){1,2}\p{Lu}[\p{L}\p{M}'’.-]*)\s+of\s+\S/u.exec(phrase);
  if (personOf && personOf[1].split(/\s+/).every((w) => !TITLE_WORD.test(w) && !INSTITUTION_WORD.test(w) && !/['’]s$/.test(w)) && !entities.some((a) => a.kind !== 'person' && a.start < found.phrase.start + personOf[1].length + (raw.length - raw.trimStart().length) + 4)) {
    const known = state.names.get(personOf[1].toLowerCase());
    const speaker = known ?? { name: personOf[1] };
    if (!known) for (const part of personOf[1].split(' ')) if (part.length > 2) state.names.set(part.toLowerCase(), speaker);
    state.last = speaker;
    state.lastCountry = undefined;
    return { ...speaker, verb };
  }
  // "A spokesman for Berg said": someone who speaks for a person or body, not that person.
  if (SPEAKS_FOR.test(raw.trim())) {
    const speaker = { name: raw.trim().replace(/^(?:a|an|the)\s+/i, '') };
    state.last = speaker;
    state.lastCountry = undefined;
    return { ...speaker, verb };
  }
  // A person or body named at the head of the phrase ("… Jaishankar", "the Indian Air Force (IAF)").
  const head = [...entities].reverse().find((a) => (a.kind === 'person' || a.kind === 'organisation' || a.kind === 'bloc') && tailText(a) === '');
  // "the Legal Service of the European Commission": a body of the one named at the end, read whole below.
  const bodyOfHead = head !== undefined && head.kind !== 'person' && ctx.text.slice(found.phrase.start, head.start).trim() !== '' && longBodyName(phrase);
  if (head && !bodyOfHead) {
    // A name no gazetteer lists has no id: the speaker is its fullest form in the document.
    const speaker: Speaker = head.id !== undefined ? { name: head.name, id: head.id, verb } : { name: head.name, verb };
    if (head.kind === 'person') {
      state.last = head.id !== undefined ? { name: head.name, id: head.id } : { name: head.name };
      state.lastCountry = countryOf(speaker, ctx.index);
      state.lastBody = undefined;
    } else {
      const body = head.id !== undefined ? { name: head.name, id: head.id } : { name: head.name };
      state.bodies.push(body);
      state.lastBody = body;
    }
    return speaker;
  }
  const country = entities.find((a) => entityCountry(a) !== undefined);
  // "Pawlenty's spokesman said": someone who speaks for a person the text names, not that person nor
  // the last speaker ("India's top diplomat", a country's, is an epithet, read below).
  const owner = /^(\p{Lu}[\p{L}\p{M}.-]*(?:\s+\p{Lu}[\p{L}\p{M}.-]*)*|(?:\p{Ll}+\s+){0,2}(?:bank|ministry|government|company|fund|agency|commission|council|army|party|union|court|parliament|regulator|embassy|alliance|bloc))['’]s\s/u.exec(phrase);
  if (owner && isRole(phrase) && !(country && country.start <= found.phrase.start + raw.indexOf(owner[1]) + owner[1].length && country.end >= found.phrase.start + raw.indexOf(owner[1]))) {
    const speaker = { name: raw.trim() };
    state.last = speaker;
    state.lastCountry = undefined;
    return { ...speaker, verb };
  }
  // "a spokesperson for the institute", "those close to the president": someone new, not an
  // epithet for the last named speaker.
  if (isRole(phrase) && !/^(?:a|an|one|those|people|some|many|others|several|most)\s/i.test(raw.trim())) {
    // An epithet for the last named speaker, unless it names another country.
    const epithetCountry = country ? entityCountry(country) : undefined;
    if (state.last) {
      // "The minister acknowledged …" after an MP spoke: the person the text gave that role
      // ("Development Minister Gareth Pryce"), when the last speaker is not known to hold it.
      const noun = roleNoun(phrase);
      const lastRole = noun === undefined ? undefined : knownRole(ctx, state.last, found.phrase.start);
      // "The prime minister has said …" after "defence minister Ivo Kral": the qualifier tells them apart.
      const qualifier = noun === undefined ? undefined : ROLE_QUALIFIER.exec(phrase.replace(ROLE_FIELD, ''))?.[1].toLowerCase();
      const otherQualifier = qualifier !== undefined && lastRole !== undefined && lastRole.includes(noun ?? '') && !lastRole.includes(qualifier);
      if (noun !== undefined && (!lastRole?.includes(noun) || otherQualifier)) {
        const holder = roleHolderBefore(ctx, found.phrase.start, qualifier !== undefined ? `${qualifier} ${noun}` : noun);
        if (holder && holder.name !== state.last.name) {
          state.last = holder;
          state.lastCountry = epithetCountry;
          return { ...holder, verb };
        }
        // Someone the text has not named: the role is all it says of them ("the secretary-general"
        // after the Pentagon's press secretary).
        if (otherQualifier || (lastRole !== undefined && !lastRole.includes(noun) && DISTINCT_OFFICE.test(noun))) return { name: raw.trim(), verb };
      }
      // "The Russian Minister said" after a Vietnamese speaker whose country is not known: not him.
      if (!epithetCountry || epithetCountry === state.lastCountry) return { ...state.last, verb };
    } else {
      // No one has spoken yet: a profile opens with its subject's name, then calls them by their
      // role ("Valentina Araya does not look like… Chile's deputy minister of mining said").
      // A person the gazetteer knows must hold that kind of office: "the foreign minister" after
      // "President Tinubu" is somebody else.
      const person = lastPersonNamed(ctx, found.phrase.start);
      if (person && holdsRole(ctx, person, phrase)) {
        state.last = person;
        state.lastCountry = epithetCountry;
        return { ...person, verb };
      }
    }
  }
  if (country && tailText(country) === '' && country.start <= found.phrase.start + 4) {
    // "Russia said", "New Delhi has acknowledged": the government speaks.
    state.lastBody = { name: country.text, id: entityCountry(country) };
    return { ...state.lastBody, verb };
  }
  // "the statement said", "The statement added": whoever issued it, the body that spoke last.
  const issuer = state.statementBy ?? state.lastBody ?? state.last;
  if (ISSUED_TEXT.test(raw.trim()) && issuer) return { ...issuer, verb };
  // "the Manila-based lender said": a word for a body, after the body was named.
  const epithet = BODY_EPITHET.exec(raw.trim())?.[1];
  if (epithet !== undefined) {
    // "The carmaker": a company, not the last body of any kind ("the Statistics Bureau").
    // "The group": a company's group or an armed or political one, whichever body was named last.
    const named = COMPANY_EPITHET.test(epithet) && epithet !== 'group' ? lastCompanyNamed(ctx, found.phrase.start) : lastOrganisationNamed(ctx, found.phrase.start, epithet === 'bank' || epithet === 'fund' || epithet === 'agency' ? epithet : '');
    if (named) {
      state.lastBody = named;
      return { ...named, verb };
    }
    // "Toyota Motor said … The carmaker raised": a company the text named as a speaker, unlisted.
    const company = COMPANY_EPITHET.test(epithet) ? [state.lastBody, state.last].find((s) => s !== undefined && s.id === undefined && COMPANY_NAME.test(` ${s.name}`)) : undefined;
    if (company) {
      state.lastBody = company;
      return { ...company, verb };
    }
  }
  // "the Kiel data show": the body named before whose name opens on that word (the Kiel Institute for the World Economy).
  const namedData = NAMED_DATA.exec(raw.trim());
  if (namedData) {
    const body = bodyNamedFor(ctx.text, found.phrase.start, namedData[1]);
    if (body) {
      state.lastBody = body;
      return { ...body, verb };
    }
  }
  // "The institute's figures show": the institute speaks (and is "the institute" named before).
  const ownerOfData = OWNED_DATA.exec(raw.trim());
  if (ownerOfData) {
    const start = found.phrase.start + raw.indexOf(ownerOfData[1]);
    const ownerFound = { ...found, phrase: { start, end: start + ownerOfData[1].length } };
    const speaker = resolve(ctx, ownerFound, state);
    if (speaker) return { ...speaker, verb };
  }
  // "the ministry", "the police": the body of that kind named last as a speaker or in the text.
  // "The Commission", capitalised as the press writes a body it named before, is that body too.
  const kind = /^[Tt]he\s+(\p{L}+)$/u.exec(raw.trim())?.[1].toLowerCase();
  if (kind && BODY_NOUN.test(kind)) {
    let named: Speaker | undefined;
    for (let k = state.bodies.length - 1; k >= 0 && !named; k--) if (state.bodies[k].name.toLowerCase().includes(kind)) named = state.bodies[k];
    named ??= lastOrganisationNamed(ctx, found.phrase.start, kind);
    if (named) {
      state.lastBody = named;
      return { ...named, verb };
    }
  }
  // "the JCS said": the body the text named in full before ("South Korea's Joint Chiefs of Staff").
  if (/^\p{Lu}{2,6}$/u.test(phrase)) {
    const full = spelledOut(ctx.text, found.phrase.start, phrase);
    if (full) return { name: full, verb };
  }
  if (madeBy && /^\p{Lu}/u.test(phrase)) {
    const body = { name: phrase };
    state.bodies.push(body);
    state.lastBody = body;
    return { ...body, verb };
  }
  // "the Office of the United Nations High Commissioner for Human Rights said": a body's long name
  // (an institution's noun before its "of" or "for"), whole, not the capitals at its end.
  if (longBodyName(phrase)) {
    const body = { name: phrase };
    state.bodies.push(body);
    state.lastBody = body;
    return { ...body, verb };
  }
  // A name without a gazetteer entry: remember it so a later surname resolves to it.
  // "Two residents of El Obeid": people named by what they are, not the place they are of.
  const name = /^\p{Lu}/u.test(phrase) && !BODY_NOUN.test(phrase) && !PERSON_NOUN.test(raw.trim()) ? personalName(phrase) : undefined;
  if (name) {
    const known = state.names.get(name.toLowerCase());
    const speaker = known ?? { name };
    if (!known) for (const part of name.split(' ')) if (part.length > 2) state.names.set(part.toLowerCase(), speaker);
    state.names.set(name.toLowerCase(), speaker);
    state.last = speaker;
    state.lastCountry = country ? entityCountry(country) : undefined;
    // A person has spoken since the body: "they" and "it" no longer mean that body.
    state.lastBody = undefined;
    return { ...speaker, verb };
  }
  const speaker = { name: raw.trim(), verb };
  if (/^\p{Lu}/u.test(raw.trim()) && BODY_NOUN.test(raw.trim())) {
    state.bodies.push({ name: raw.trim() });
    state.lastBody = { name: raw.trim() };
  } else if (/^\p{Lu}/u.test(phrase) && BODY_NOUN.test(phrase)) {
    // "the Ceylon Petroleum Corporation": a body by its proper name after a lower-case article.
    state.bodies.push({ name: phrase });
    state.lastBody = { name: phrase };
  }
  // A role no one was named for ("The minister said …") is who a later "she added" means, and so
  // is someone named by what they are ("the owner of the school").
  // So are unnamed sources for a later "they" ("…, two people familiar with the talks said. They said …").
  else if (isRole(phrase) || PERSON_NOUN.test(raw.trim()) || pluralSpeaker(raw.trim())) state.last = { name: raw.trim() };
  return speaker;
}

/** A name, then an apposition between commas, at the end of the text before a clause: "Pakistan's Power Division, part of the Ministry of Energy,". */
const SUBJECT_BEFORE_APPOSITION = /(?:^|[.;:"“”]\s*)((?:[Tt]he\s+)?(?:\p{Lu}[\p{L}\p{M}'’.-]*\s+)*\p{Lu}[\p{L}\p{M}'’.-]*),\s+(?:a|an|the|part|one|its|his|her|which|who)\s[^,;"“”]{0,100},\s*$/u;

/** ", aides said.", ", the ministry said on Monday.": an attribution closing a sentence after a comma. */
const CLOSING_ATTRIBUTION = /,\s+([^,;:"“”()]{2,60}?)\s+(said|says|told\s+(?:reporters|journalists|Reuters|AFP|AP)|added|wrote|found|finds|concluded|concludes|heard|reminded)(?:(?<=reminded)\s+(?:them|him|her|supporters|voters|reporters|the\s+crowd))?(?:\s+(?:on|late\s+on|early\s+on)\s+\p{Lu}\p{Ll}+|\s+in\s+a\s+(?:statement|post|briefing))?\s*[.!?]?\s*$/u;

/** ", he said, but …", ", it found, both countries …", ", the authors write, China could …": an attribution between commas before the sentence goes on. */
const MIDDLE_ATTRIBUTION = /,\s+((?:he|she|they|it|(?:the\s+)?\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,2}|the\s+\p{Ll}+(?:\s+\p{Ll}+)?))\s+(said|says|added|adds|found|finds|writes|write|wrote|argues|argue|argued|notes|noted|warns|warn|warned|replied|replies|insisted|insists|countered|explained|explains)\s*,\s+(?:(?:but|and|adding|although|though|while|yet)\b|\p{L})/u;

/** A subject, a source between commas, then the subject's own verb of speech: "Modi, the ministry said, told Xi that". */
const SUBJECT_THEN_SOURCE = new RegExp(`^\\s*(\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’.-]*){0,3}),\\s+[^,;"“”]{2,50}?\\s+(?:said|says|reported|reports|added),\\s+(${REPORTING_VERB_PATTERN})\\b`, 'u');
const SPEECH_BEFORE = /\b(?:said|says|told|tells|warned|warns|added|adds|wrote|writes|argued|argues|insisted|insists|claimed|claims|stated|states|noted|notes|announced|announces|reported|reports)\b/;

/** A sentence that opens on someone's stated view: "The European Commission's answer is that …". */
const STANCE_IS_THAT = /^\s*((?:[Tt]he\s+)?\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+(?:of|for|and|the|\p{Lu}[\p{L}\p{M}.'’-]*))*)['’]s\s+(?:own\s+|official\s+|stated\s+)?(?:answer|position|view|argument|response|reply|explanation|case|stance|line)\s+(?:is|was|has\s+been|remains)\s+that\b/u;

/**
 * Remembers a publication that reported, for a later "the paper": one named with its noun after it
 * ("Rossiyskaya Gazeta, the government's official newspaper, reported") or a name that is no
 * person's and "reported" or "wrote" ("Vedomosti wrote that…").
 */
function notePress(ctx: AttributionContext, found: Found, speaker: Speaker, state: SpeakerState): void {
  const raw = ctx.text.slice(found.phrase.start, found.phrase.end).trim();
  if (PRESS_APPOSITION.test(raw)) {
    state.lastPress = { name: speaker.name, ...(speaker.id !== undefined ? { id: speaker.id } : {}) };
    return;
  }
  if (!PRESS_VERB.test(found.verb.toLowerCase()) || !/^\p{Lu}[\p{L}\p{M}'’.-]*(?:\s\p{Lu}[\p{L}\p{M}'’.-]*)?$/u.test(raw)) return;
  // People write too: "Radosław Wiśniewski wrote that …" is a person; a paper "wrote" under one word ("Vedomosti wrote").
  if (/^(?:wrote|writes)$/i.test(found.verb) && /\s/.test(raw)) return;
  if (annotationsOverlapping(ctx.annotations, found.phrase).some((a) => a.category === 'entity' && (a.kind === 'person' || a.kind === 'country' || a.kind === 'place'))) return;
  state.lastPress = { name: speaker.name, ...(speaker.id !== undefined ? { id: speaker.id } : {}) };
  // A publication is no person: "the minister" after "The Hindu reported" is not the paper.
  if (state.last?.name === speaker.name) state.last = undefined;
}

/** A report's title: capitalised words ending on a report's noun ("Pacific Economic Update", "World Economic Outlook"). */
const REPORT_TITLE = /(?:^|\s)\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*\s+(?:Update|Report|Outlook|Review|Survey|Assessment|Index|Monitor|Study|Yearbook|Bulletin)$/u;
/** A report by its noun alone: "the report", "the study", "this survey". */
/** The people behind a report named before: "researchers", "the authors", "the study's authors". */
const REPORT_AUTHORS = /^(?:the\s+)?(?:(?:report|study|paper)['’]s\s+)?(?:researchers|authors)$/i;
const REPORT_BACK = /^(?:the|its)\s+(?:\p{Ll}+\s+)?(?:report|study|survey|update|review|assessment|outlook|memo|memorandum|paper|document|letter|yearbook|index|analysis|data|figures|statistics|filing)$/iu;

/** Nouns for a publication. */
const PRESS_NOUNS = String.raw`(?:daily|newspaper|paper|tabloid|weekly|broadsheet|magazine|broadcaster|news\s+agency|news\s+website|website|news\s+site|outlet|publication)`;
/** A publication's noun, then its name: "the daily Kommersant", "the business daily Vedomosti", "the newspaper Dawn". */
const PRESS_NAMED = new RegExp(String.raw`^(?:[Tt]he|[Aa])\s+(?:[\p{Ll}-]+\s+){0,2}${PRESS_NOUNS}\s+(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,3})$`, 'u');
/** A piece in a publication: "An editorial in Nezavisimaya Gazeta", "a column in the Hindu" (the publication speaks). */
const PRESS_IN = /^(?:[Aa]n?|[Tt]he|[Ii]ts)\s+(?:\p{Ll}+\s+)?(?:editorial|column|commentary|leader|article|op-ed|opinion\s+piece|front-page\s+story|report)\s+in\s+(?:the\s+)?(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,3})$/u;
/** A publication by its noun alone: "the newspaper", "the paper", "the business daily". */
const PRESS_BACK = new RegExp(String.raw`^(?:the|this)\s+(?:[\p{Ll}-]+\s+){0,2}${PRESS_NOUNS}$`, 'iu');
/** A publication's noun in apposition after a name: "Rossiyskaya Gazeta, the government's official newspaper". */
const PRESS_APPOSITION = new RegExp(String.raw`^(\p{Lu}[^,]*),\s+(?:the|a|an)\s+[^,]*${PRESS_NOUNS}$`, 'u');
/** Verbs a publication reports with: a name that "reported" is most often one. */
const PRESS_VERB = /^(?:reported|reports|wrote|writes|published|publishes)$/;

/** A text a body issues, which says what the body says: "the statement", "its press release". */
const ISSUED_TEXT = /^(?:the|its|their|a)\s+(?:\p{Ll}+\s+)?(?:statement|release|communiqu[eé]|announcement|notice|filing)$/iu;
/** A word for a body already named: "the Manila-based lender", "the bank", "the organisation". */
/** The epithets of a company ("the carmaker"), which no annotated body need answer to. */
const COMPANY_WORDS = 'carmaker|automaker|company|firm|miner|producer|airline|insurer|manufacturer|retailer|conglomerate|group';
const COMPANY_EPITHET = new RegExp(`^(?:${COMPANY_WORDS})$`);
const BODY_EPITHET = new RegExp(`^[Tt]he\\s+(?:[\\p{L}-]+-based\\s+|\\p{Ll}+\\s+)?(lender|bank|fund|agency|organi[sz]ation|institution|institute|body|watchdog|regulator|bloc|group|alliance|coalition|cartel|movement|militia|${COMPANY_WORDS})$`, 'u');
/** A company's name as the press writes it: "Toyota Motor", "Tata Steel", "BHP Group". */
const COMPANY_WORD = '(?:Motor|Motors|Group|Corp|Corporation|Inc|Ltd|Holdings|Industries|Airlines|Airways|Energy|Oil|Petroleum|Steel|Mining|Resources|Electric|Electronics|Technologies|Systems|Pharmaceuticals|Components|Shipping|Logistics|Insurance|Trading|Metals|Chemicals|Semiconductors?|Aerospace|Defence|Defense|Telecom|Foods|Partners|Capital)';
const COMPANY_NAME = new RegExp(`\\s${COMPANY_WORD}\\.?$`);
/** A company's name in running text, as the last resort for "the company": "Veldman Components". */
const COMPANY_IN_TEXT = new RegExp(`(?:\\p{Lu}[\\p{L}&'’-]*\\s+){1,3}${COMPANY_WORD}(?![\\p{L}])`, 'gu');

/** Data called by the first word of its maker's name: "the Kiel data", "the Ipsos figures". */
const NAMED_DATA = /^the\s+(\p{Lu}[\p{L}\p{M}-]+)\s+(?:data|figures|numbers|statistics|estimates|report|survey|study|count|tally|analysis|tracker|database)$/u;

/** How far back a body's name is looked for: the article before, not a whole archive. */
const NAMED_BODY_LOOKBACK = 6000;

/** The last body's name before `offset` that opens on `word` and has an institution's noun in it. */
function bodyNamedFor(text: string, offset: number, word: string): Speaker | undefined {
  const window = text.slice(Math.max(0, offset - NAMED_BODY_LOOKBACK), offset);
  const escaped = word.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
  let last: string | undefined;
  for (const m of window.matchAll(new RegExp(`(?<![\\p{L}\\p{M}])${escaped}(?:\\s+(?:(?:of|for|the|and|on)\\s+){0,2}\\p{Lu}[\\p{L}\\p{M}'’-]*)+`, 'gu'))) {
    if (m[0].split(/\s+/).some((w) => INSTITUTION_WORD.test(w))) last = m[0];
  }
  return last === undefined ? undefined : { name: last };
}

/** Figures or a text of a body, which speak for it: "The institute's figures", "the ministry's own data". */
const OWNED_DATA = /^((?:the\s+)?(?:\p{L}[\p{L}\p{M}.-]*\s+){0,5}?\p{L}[\p{L}\p{M}.-]*)['’]s\s+(?:own\s+|latest\s+|new\s+|annual\s+|monthly\s+)?(?:\p{Ll}+\s+)?(?:figures|data|statistics|numbers|estimates|report|survey|study|analysis|calculations|records|tally|count|assessment|projections|forecast|forecasts)$/u;

/** The noun of a role phrase ("the minister" → "minister", "the foreign minister" → "minister"). */
function roleNoun(phrase: string): string | undefined {
  return /(\p{L}+(?:-\p{L}+)*)$/u.exec(phrase.replace(ROLE_FIELD, ''))?.[1].toLowerCase();
}

/** What the gazetteer says a listed person is ("minister of foreign affairs"), lower-case. */
function listedRole(ctx: AttributionContext, id: string): string | undefined {
  const facts = ctx.index?.get(id)?.facts;
  const said = [facts?.office, facts?.role].filter((f): f is string => typeof f === 'string').join(' ').toLowerCase();
  return said === '' ? undefined : said;
}

/**
 * What the text or the gazetteer says a speaker is ("development minister"), lower-case; undefined
 * when neither says. The text's word is the role the name was introduced with, in the stretch
 * before `before` that pronouns and epithets look back over.
 */
function knownRole(ctx: AttributionContext, speaker: Speaker, before: number): string | undefined {
  if (speaker.id !== undefined) return listedRole(ctx, speaker.id);
  for (const a of annotationsWithin(ctx.annotations, { start: Math.max(0, before - BODY_LOOKBACK), end: before })) {
    if (a.category !== 'entity' || a.kind !== 'person' || a.id !== undefined || a.name !== speaker.name) continue;
    // "The battalion's commander, Maj. Serhiy Bondar": the description before the name is a role too.
    const described = DESCRIPTION_BEFORE.exec(ctx.text.slice(Math.max(0, a.start - 60), a.start))?.[1];
    if (a.role || described) return [a.role, described].filter(Boolean).join(' ').toLowerCase();
  }
  // "Ana Berg, who chairs the banking committee,": the office a relative clause gives the name.
  const clause = relativeRole(ctx.text, speaker.name, before);
  if (clause !== undefined) return clause;
  // A speaker the text named by a role only ("The Pentagon's press secretary"): that role.
  return /^\p{Lu}/u.test(speaker.name) && !isRole(speaker.name) ? undefined : speaker.name.toLowerCase();
}

/** A description and its comma right before a name, with any short title after it: "The battalion's commander, Maj. ". */
const DESCRIPTION_BEFORE = /([\p{L}'’ -]{3,50}),\s*(?:\p{Lu}[\p{L}]{0,5}\.\s+)*$/u;
/** The office a verb of a relative clause names: "who chairs" a chair, "who heads" a head. */
const OFFICE_OF_VERB: Record<string, string> = { chairs: 'chair', chaired: 'chair', heads: 'head', headed: 'head', leads: 'leader', led: 'leader', runs: 'head', ran: 'head', directs: 'director', commands: 'commander', manages: 'manager' };
const RELATIVE_ROLE = /^,\s+who\s+(?:(chairs|chaired|heads|headed|leads|led|runs|ran|directs|commands|manages)\s+(?:the\s+)?([^,;.]{1,60})|(?:is|was)\s+(?:the|a|an)\s+([^,;.]{1,60}))\s*[,;.]/u;

/** The role "Name, who chairs the banking committee," gives a name the text wrote before `before`, if it does. */
function relativeRole(text: string, name: string, before: number): string | undefined {
  const window = text.slice(Math.max(0, before - BODY_LOOKBACK), before);
  let at = window.lastIndexOf(name);
  while (at >= 0) {
    const m = RELATIVE_ROLE.exec(window.slice(at + name.length));
    if (m) return (m[1] !== undefined ? `${OFFICE_OF_VERB[m[1]]} of ${m[2]}` : m[3]).toLowerCase();
    at = at === 0 ? -1 : window.lastIndexOf(name, at - 1);
  }
  return undefined;
}

/** The person named last before `offset` whose role (as the text or the gazetteer gives it) has `noun` in it. */
function roleHolderBefore(ctx: AttributionContext, offset: number, noun: string): Speaker | undefined {
  let found: Speaker | undefined;
  for (const a of annotationsWithin(ctx.annotations, { start: Math.max(0, offset - BODY_LOOKBACK), end: offset })) {
    if (a.category !== 'entity' || a.kind !== 'person') continue;
    const role = a.id !== undefined ? listedRole(ctx, a.id) : a.role?.toLowerCase();
    if (role?.includes(noun)) found = a.id !== undefined ? { name: a.name, id: a.id } : { name: a.name };
  }
  return found;
}

/** How far back an acronym looks for its words. */
const ACRONYM_LOOKBACK = 3000;
const MINOR_WORDS = new Set(['of', 'for', 'and', 'the', 'on', 'in', 'de', 'du', 'des', 'la', 'le']);

/**
 * The capitalised name written before `offset` whose initials spell `acronym` ("Joint Chiefs of
 * Staff" for "JCS"; "of", "for", "and" do not count), the last one if several; or undefined.
 */
function spelledOut(text: string, offset: number, acronym: string): string | undefined {
  const window = text.slice(Math.max(0, offset - ACRONYM_LOOKBACK), offset);
  let found: string | undefined;
  for (const m of window.matchAll(/\p{Lu}[\p{L}\p{M}'’-]*(?:\s+(?:(?:of|for|and|the|on|in|de|du|des|la|le)\s+)*\p{Lu}[\p{L}\p{M}'’-]*)+/gu)) {
    const words = m[0].split(/\s+/);
    // Leading words that are not part of it ("South Korea's Joint Chiefs…"): try each start.
    for (let s = 0; s < words.length; s++) {
      if (MINOR_WORDS.has(words[s])) continue;
      const initials = words.slice(s).filter((w) => !MINOR_WORDS.has(w)).map((w) => w[0]).join('');
      if (initials === acronym) {
        found = words.slice(s).join(' ');
        break;
      }
    }
  }
  return found;
}

/** Two sentences with no blank line between them. */
function sameParagraph(text: string, a: Sentence, b: Sentence): boolean {
  return !/\n\s*\n/.test(text.slice(a.end, b.start));
}

/** How far back a pronoun looks for the person it stands for when no one has spoken before it. */
const PERSON_LOOKBACK = 600;

/**
 * The last person annotated in the `PERSON_LOOKBACK` characters before `offset`; failing that, a
 * name that opens a sentence there ("Valentina Araya does not look…"): two or three capitalised
 * words, none a title or an annotated name, followed by a lower-case word.
 */
function lastPersonNamed(ctx: AttributionContext, offset: number): Speaker | undefined {
  let found: { name: string; id?: string } | undefined;
  const from = Math.max(0, offset - PERSON_LOOKBACK);
  for (const a of ctx.annotations) {
    if (a.start >= offset) break;
    if (a.start >= from && a.category === 'entity' && a.kind === 'person') found = a;
  }
  if (found) return found.id !== undefined ? { name: found.name, id: found.id } : { name: found.name };
  let name: string | undefined;
  for (const m of ctx.text.slice(from, offset).matchAll(SENTENCE_OPENING_NAME)) {
    const words = m[1].split(/\s+/);
    if (words.some((w) => TITLE_WORD.test(w) || OPENING_WORD.test(w))) continue;
    const start = from + m.index + m[0].length - m[1].length - m[2].length - 1;
    if (annotationsOverlapping(ctx.annotations, { start, end: start + m[1].length }).length > 0) continue;
    name = m[1];
  }
  return name === undefined ? undefined : { name };
}

/**
 * Whom an interview is with: the person the introduction says it spoke with, else the first person a sentence before its first question opens on ("Aviaja Rosing teaches political science …"), the article's subject, not the
 * last person the introduction mentions ("… after JD Vance visited"); else the last person named.
 */
function interviewSubject(ctx: AttributionContext, question: number): Speaker | undefined {
  const from = Math.max(0, question - PERSON_LOOKBACK);
  // "Ama Tetteh spoke with Deputy Minister Kofi Mensah", "an interview with Kofi Mensah": the one spoken with.
  for (const m of ctx.text.slice(from, question).matchAll(SPOKE_WITH)) {
    const after = from + m.index + m[0].length;
    const person = ctx.annotations.find((a): a is EntityAnnotation => a.category === 'entity' && a.kind === 'person' && a.start >= after && a.start <= after + 60);
    // "We spoke to her in April, two weeks after JD Vance visited": a pronoun, then someone else.
    if (person && !/[.!?]|(?<![\p{L}\p{M}])(?:him|her|them)(?![\p{L}\p{M}])/iu.test(ctx.text.slice(after, person.start))) return person.id !== undefined ? { name: person.name, id: person.id } : { name: person.name };
  }
  for (const m of ctx.text.slice(from, question).matchAll(SENTENCE_OPENING_NAME)) {
    if (m[1].split(/\s+/).some((w) => TITLE_WORD.test(w) || OPENING_WORD.test(w))) continue;
    const start = from + m.index + m[0].length - m[1].length - m[2].length - 1;
    const over = annotationsOverlapping(ctx.annotations, { start, end: start + m[1].length });
    if (over.length === 0) return { name: m[1] };
    const person = over.find((a): a is EntityAnnotation => a.category === 'entity' && a.kind === 'person');
    if (person) return person.id !== undefined ? { name: person.name, id: person.id } : { name: person.name };
  }
  return lastPersonNamed(ctx, question);
}

/** Words after which an introduction names whom it interviews. */
const SPOKE_WITH = /\b(?:spoke|talked|talks|speaks|sat\s+down)\s+(?:to|with)\b|\binterview(?:ed|s)?\b(?:\s+with\b)?/g;
const SENTENCE_OPENING_NAME = /(?:^|[.!?]["”’]?\s+|["”’]\s+|\n\s*)(\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*){1,2}) (\p{Ll}+)/gu;
/** A phrase that opens on a preposition or a word of time ("In February"), not on a name ("June Obi", "North Korea" may speak). */
function timeLead(phrase: string): boolean {
  return /^(?:in|on|at|for|from|by|with|after|before|during|since|last|next|this|that|earlier|later)\s/i.test(phrase);
}

/** Words that open a sentence without being a name ("In Santiago", "Last May"). */
const OPENING_WORD = /^(?:the|a|an|in|on|at|for|from|by|with|after|before|during|since|as|but|and|or|so|yet|if|when|while|last|next|this|that|these|those|some|many|most|all|each|every|both|its|their|his|her|our|my|no|not|one|two|three|new|old|north|south|east|west|northern|southern|eastern|western|central|greater|upper|lower|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;

/** How far back "the ministry" looks for the ministry it means. */
const BODY_LOOKBACK = 3000;

/** The last organisation annotated before `offset` whose name has `kind` in it ("… Ministry of Transport"). */
/** The company the text named last before `offset`: a listed company, or a name the press gives one ("Toyota Motor"). */
function lastCompanyNamed(ctx: AttributionContext, offset: number): Speaker | undefined {
  let found: Speaker | undefined;
  for (const a of ctx.annotations) {
    if (a.start >= offset) break;
    if (a.start < offset - BODY_LOOKBACK || a.category !== 'entity' || a.kind !== 'organisation') continue;
    const listedCompany = a.id !== undefined && ctx.index?.get(a.id)?.orgType === 'company';
    if (listedCompany || COMPANY_NAME.test(` ${a.name}`)) found = a.id !== undefined ? { name: a.name, id: a.id } : { name: a.name };
  }
  if (found) return found;
  // No annotated company: the last company name written before, by its word ("Components", "Shipping").
  let last: string | undefined;
  for (const m of ctx.text.slice(Math.max(0, offset - BODY_LOOKBACK), offset).matchAll(COMPANY_IN_TEXT)) last = m[0].replace(/^(?:The|A|An)\s+/, '');
  return last !== undefined && last.includes(' ') ? { name: last } : undefined;
}

function lastOrganisationNamed(ctx: AttributionContext, offset: number, kind: string): Speaker | undefined {
  let found: { name: string; id?: string } | undefined;
  for (const a of ctx.annotations) {
    if (a.start >= offset) break;
    if (a.start < offset - BODY_LOOKBACK || a.category !== 'entity' || (a.kind !== 'organisation' && a.kind !== 'bloc')) continue;
    if (a.name.toLowerCase().includes(kind)) found = a;
  }
  if (found) return found.id !== undefined ? { name: found.name, id: found.id } : { name: found.name };
  // Any body (no kind word): only an annotated one.
  if (kind === '') return undefined;
  // Not annotated: the last capitalised name with the word in it ("Royal Solomon Islands Police Force").
  const Kind = kind.charAt(0).toUpperCase() + kind.slice(1);
  const window = ctx.text.slice(Math.max(0, offset - BODY_LOOKBACK), offset);
  let last: string | undefined;
  for (const m of window.matchAll(new RegExp(`(?:\\p{Lu}[\\p{L}'’-]*\\s+(?:(?:of|for|and)\\s+)?){0,6}${Kind}(?:\\s+(?:(?:of|for|and)\\s+)?\\p{Lu}[\\p{L}'’-]*){0,4}`, 'gu'))) {
    const name = m[0].replace(/^(?:The|A|An)\s+/, '');
    if (name.includes(' ')) last = name;
  }
  return last ? { name: last } : undefined;
}

/**
 * The person a sentence opens on as its subject ("Aliyev did not rule out…", "Foreign Minister
 * Ana Berg flew to Geneva…"): a person's name after at most a title or role, then a verb in lower
 * case. Undefined for a sentence that opens on anything else, or on a quote.
 */
/** Where a person named is from, between their name and what follows: " of South Korea". */
const OF_PLACE = /(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})?/u.source;
/** Between two people a sentence opens on: " and ", " of Japan and President ". */
const PAIR_BETWEEN = new RegExp(`^${OF_PLACE}\\s+and\\s+(?:\\p{Lu}[\\p{L}.]*\\s+){0,2}$`, 'u');
/** After the second of them, their verb ("… of South Korea met"). */
const PAIR_VERB = new RegExp(`^${OF_PLACE}\\s+(?:have\\s+|had\\s+|were\\s+|are\\s+|also\\s+|then\\s+|did\\s+|would\\s+|will\\s+)?\\p{Ll}+`, 'u');

function personSubject(ctx: AttributionContext, sentence: Sentence): Speaker | undefined {
  const within = annotationsWithin(ctx.annotations, { start: sentence.start, end: Math.min(sentence.end, sentence.start + 80) });
  const first = within.find((a) => a.category === 'entity');
  if (!first || first.category !== 'entity' || first.kind !== 'person') return undefined;
  const before = ctx.text.slice(sentence.start, first.start);
  if (!/^\s*(?:(?:\p{Lu}[\p{L}.'’-]*|of|the)\s+){0,5}$/u.test(before) || /^\s*(?:The|A|An)\s/.test(before)) return undefined;
  // "Estrela and Ćudić met officials", "Prime Minister Tanabe of Japan and President Kim of South
  // Korea met": two people, whom a later "they" and "the two leaders" mean.
  const second = within.find((a) => a.start > first.end && a.category === 'entity' && a.kind === 'person');
  if (second && second.category === 'entity' && PAIR_BETWEEN.test(ctx.text.slice(first.end, second.start))) {
    if (!PAIR_VERB.test(ctx.text.slice(second.end, second.end + 60))) return undefined;
    return { name: `${first.name} and ${second.name}` };
  }
  if (!/^\s+(?:has\s+|had\s+|was\s+|is\s+|also\s+|then\s+|did\s+|would\s+|will\s+)?\p{Ll}+/u.test(ctx.text.slice(first.end, first.end + 40))) return undefined;
  return first.id !== undefined ? { name: first.name, id: first.id } : { name: first.name };
}

/** The speaker of each sentence (null: the author's own words), in sentence order. */
export function attributeSentences(ctx: AttributionContext, sentences: readonly Sentence[]): (Speaker | null)[] {
  const quotes = ctx.quotes ?? documentQuotes(ctx.text, sentences);
  const state: SpeakerState = { last: undefined, lastCountry: undefined, names: new Map(), bodies: [], lastBody: undefined };
  // What the words say depends on the words alone (the quotes masked): a re-run remembers it.
  const inSentence = (masked: string): FoundInSentence | undefined => findAttribution(masked, 0);
  const found = sentences.map((sentence) => {
    const masked = maskQuotes(ctx.text, sentence, quotes);
    const at = ctx.memo ? ctx.memo.attribution(masked, inSentence) : inSentence(masked);
    return at && { phrase: { start: sentence.start + at.phrase.start, end: sentence.start + at.phrase.end }, verb: at.verb, ...(at.goesOn ? { goesOn: true as const } : {}) };
  });
  const speakers: (Speaker | null)[] = new Array<Speaker | null>(sentences.length).fill(null);

  // A quote over several sentences: its speaker is named in the sentence where it opens or closes.
  const quoteOwner = new Map<number, number>();
  // Quotes come in document order: the first sentence each reaches only moves forward.
  let first = 0;
  for (const quote of quotes) {
    while (first < sentences.length && sentences[first].end <= quote.start) first++;
    if (first >= sentences.length) break;
    let last = first;
    while (last + 1 < sentences.length && sentences[last + 1].start < quote.end) last++;
    if (last === first) continue;
    const owner = found[last] ? last : found[first] ? first : -1;
    if (owner < 0) continue;
    for (let i = first; i <= last; i++) if (i !== owner && !found[i]) quoteOwner.set(i, owner);
  }

  // Resolve owners first in document order so pronouns see the speakers before them.
  const resolved = new Map<number, Speaker | null>();
  const resolveAt = (i: number): Speaker | null => {
    if (!resolved.has(i)) {
      const f = found[i];
      const speaker = f ? resolve(ctx, f, state) : null;
      if (f && speaker) notePress(ctx, f, speaker, state);
      // "according to a memo drawn up by the Legal Service": "the memo" later is the Legal Service's.
      if (f && speaker && PUBLISHED_BY.test(ctx.text.slice(f.phrase.start, f.phrase.end))) {
        state.lastReport = { name: speaker.name, ...(speaker.id !== undefined ? { id: speaker.id } : {}) };
      }
      // "A study published in Nature found": "the authors" and "the study" later are that study.
      if (speaker && /^(?:an?|the)\s+(?:new\s+)?(?:study|report|paper|survey|analysis)\b/i.test(speaker.name)) state.lastReport = { name: speaker.name };
      // A report by its title ("the latest Pacific Economic Update"): "the report" and "it" later.
      if (speaker && REPORT_TITLE.test(speaker.name)) {
        state.lastReport = { name: speaker.name.replace(/^(?:the|a|an)\s+(?:(?:latest|new|annual|recent|biannual|quarterly|monthly)\s+)?/i, '') };
        state.lastBody = state.lastReport;
      }
      resolved.set(i, speaker);
    }
    return resolved.get(i) ?? null;
  };
  // An interview written as questions and answers: where its first question is (undefined: none).
  const question = QUESTION_LINE.exec(ctx.text);
  const interview = question ? question.index : undefined;
  let interviewee: Speaker | null | undefined;
  let asking = false;
  let answering = false;
  // A transcript's turn ("BOATENG: …"): whose it is, until the next label or the paragraph's end.
  // Each label is looked up once: a long transcript repeats a few labels thousands of times.
  let turn: Speaker | undefined;
  const turnPeople = new Map<string, Speaker | undefined>();
  for (let i = 0; i < sentences.length; i++) {
    const owner = quoteOwner.get(i);
    speakers[i] = owner !== undefined ? resolveAt(owner) : resolveAt(i);
    const said = speakers[i];
    if (said && found[i] && found[i]?.verb !== 'quoted as saying' && /\bin\s+(?:a|its|their|his|her|the)\s+(?:\p{Ll}+\s+)?statement\b/u.test(ctx.text.slice(sentences[i].start, sentences[i].end))) state.statementBy = said;
    // "Human Rights Watch said in a report published on Tuesday": "the report" later is theirs.
    if (said && found[i] && found[i]?.verb !== 'quoted as saying' && /\bin\s+(?:a|its|their|his|her|the)\s+(?:\p{Ll}+\s+)?(?:report|study|paper|review|assessment|analysis)\b/u.test(ctx.text.slice(sentences[i].start, sentences[i].end))) {
      state.lastReport = { name: said.name, ...(said.id !== undefined ? { id: said.id } : {}) };
    }
    // "Aliyev did not rule out a joint appeal. “…,” he stressed.": a person who is the subject of a
    // sentence that reports no one is whom a later "he" or "she" means.
    if (!found[i] && owner === undefined) {
      const subject = personSubject(ctx, sentences[i]);
      if (subject) state.subject = subject;
    } else if (found[i]) state.subject = undefined;
    // A sentence that is a quote of its own, right after a speaker's sentence, is that speaker's:
    // "“That is a quarter of world supply,” …" after "Araya said the country …". So is the rest of
    // a quote that one opened ("“Last year we recorded 37 cases. In two cases, shots were fired."),
    // and a paragraph that re-opens a quote the paragraph before left open, as the press does when
    // a quote runs over several paragraphs.
    if (speakers[i] === null && !found[i] && owner === undefined && i > 0 && speakers[i - 1] !== null) {
      const sentence = sentences[i];
      const opensQuote = /^\s*[“"«]/.test(ctx.text.slice(sentence.start, sentence.end));
      const continuesQuote = quoteAround(quotes, sentence.start) !== undefined;
      if (sameParagraph(ctx.text, sentences[i - 1], sentence) ? opensQuote || continuesQuote : opensQuote && leftOpen(ctx.text, quotes, sentences[i - 1])) speakers[i] = speakers[i - 1];
    }
    // Reported speech that goes on in the next sentence of its paragraph, in the tense of reported
    // speech: "Menon said the deal was close. The deal would cut the US tariff to 15%, …".
    if (speakers[i] === null && !found[i] && owner === undefined && i > 0 && speakers[i - 1] !== null && found[i - 1] && SAID_VERB.test(found[i - 1]?.verb ?? '')) {
      const sentence = ctx.text.slice(sentences[i].start, sentences[i].end);
      if (REPORTED_WOULD.test(sentence) && !/[“"]/.test(sentence) && sameParagraph(ctx.text, sentences[i - 1], sentences[i])) speakers[i] = speakers[i - 1];
    }
    // A transcript's turns, labelled with the speaker's surname in capitals ("BOATENG: …",
    // "ASANTE-MENSAH: …"): each is the person the article named so, and so are the sentences after
    // the label in its paragraph, until the next label. A label that names no one (a dateline,
    // "NOTE:") is no turn.
    const label = TURN_LABEL.exec(ctx.text.slice(sentences[i].start, sentences[i].end));
    if (label) {
      if (!turnPeople.has(label[1])) turnPeople.set(label[1], personBySurname(ctx, label[1], sentences[i].start));
      turn = turnPeople.get(label[1]);
    }
    else if (i > 0 && !sameParagraph(ctx.text, sentences[i - 1], sentences[i])) turn = undefined;
    // What a speaker says in a turn is theirs, whomever it cites ("the numbers say", "as the IMF said").
    if (turn) speakers[i] = { ...turn, verb: 'said' };
    // An interview's answers ("A: …", or what follows a question's "?" in its paragraph) and the
    // sentences after them in their paragraph are the interviewee's, whomever they cite.
    if (interview !== undefined && sentences[i].start >= interview) {
      const sentence = ctx.text.slice(sentences[i].start, sentences[i].end);
      if (i === 0 || !sameParagraph(ctx.text, sentences[i - 1], sentences[i])) {
        asking = false;
        answering = false;
      }
      if (QUESTION_START.test(sentence)) {
        asking = true;
        answering = false;
      } else if (ANSWER.test(sentence) || (asking && /\?["”’]?\s*$/.test(ctx.text.slice(sentences[i - 1].start, sentences[i - 1].end)))) {
        asking = false;
        answering = true;
      }
      if (answering) {
        interviewee ??= interviewSubject(ctx, interview) ?? null;
        if (interviewee) speakers[i] = { ...interviewee, verb: 'answered' };
      }
    }
  }
  return speakers;
}

/** Verbs of reported speech whose next sentence may go on reporting ("said", "told", "added"). */
const SAID_VERB = /^(?:said|says|told|tells|added|adds|explained|stated|noted)$/i;
/**
 * A sentence whose subject "would" do something: the backshifted tense of reported speech. Not one
 * whose "would" is in a clause after "that" ("The government announced in 2025 that aid would
 * fall"): that sentence reports on its own.
 */
const REPORTED_WOULD = /^\s*(?:The|This|That|It|They|These|Those)\b(?:(?!\bthat\b)[^.;:!?]){0,80}\s(?:would|could)\s(?:also\s)?\p{Ll}/u;

/** A transcript's speaker label: a surname in capitals and a colon ("BOATENG:", "**ASANTE-MENSAH:**"). */
const TURN_LABEL = /^\s*(?:\*\*)?(\p{Lu}[\p{Lu}\p{M}'’-]+(?:\s\p{Lu}[\p{Lu}\p{M}'’-]+){0,2})(?:\*\*)?\s*:(?:\*\*)?\s/u;

/** Labels of a transcript's host rather than a surname. */
const HOST_LABEL = /^(?:host|presenter|interviewer|anchor|moderator)$/;
/** A person introduced as a programme's host: "Ama Tetteh, host of …", "presenter Ama Tetteh". */
const HOST_INTRODUCED = /(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,2}),\s+(?:the\s+)?(?:[\p{L}'’"“”-]+\s+){0,3}?(?:host|presenter|interviewer|anchor|moderator)\b|\b(?:host|presenter|anchor|moderator)\s+(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,2})/gu;

/** How far back a transcript's label looks for the person it names. */
const TURN_LOOKBACK = 20000;

/**
 * The person named before `offset` whose surname a transcript label gives ("BOATENG" → Adwoa
 * Boateng): an annotated person first, else a capitalised name written with that last word.
 */
function personBySurname(ctx: AttributionContext, label: string, offset: number): Speaker | undefined {
  const surname = label.toLocaleLowerCase('en');
  const from = Math.max(0, offset - TURN_LOOKBACK);
  // "HOST:", "PRESENTER:": the person the article introduced in that role ("Ama Tetteh, host of …").
  if (HOST_LABEL.test(surname)) {
    const before = ctx.text.slice(from, offset);
    let name: string | undefined;
    for (const m of before.matchAll(HOST_INTRODUCED)) name = m[1] ?? m[2];
    return name === undefined ? undefined : { name };
  }
  let found: Speaker | undefined;
  for (const a of annotationsWithin(ctx.annotations, { start: from, end: offset })) {
    if (a.category !== 'entity' || a.kind !== 'person') continue;
    const last = a.text.split(/\s+/).pop()?.toLocaleLowerCase('en');
    const lastOfName = a.name.split(/\s+/).pop()?.toLocaleLowerCase('en');
    if (last === surname || lastOfName === surname) found = a.id !== undefined ? { name: a.name, id: a.id } : { name: a.name };
  }
  if (found) return found;
  const words = label.split(/\s+/).map((w) => w.charAt(0) + w.slice(1).toLocaleLowerCase('en').replace(/-(\p{L})/gu, (_, c: string) => `-${c.toLocaleUpperCase('en')}`));
  const written = new RegExp(`((?:\\p{Lu}[\\p{L}\\p{M}'’.-]*\\s){1,3})${words.join('\\s').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'gu');
  let name: string | undefined;
  for (const m of ctx.text.slice(from, offset).matchAll(written)) name = m[0];
  return name === undefined ? undefined : { name };
}

/** An interview's answer and question lines: "A: …", "**Q:** …". */
const ANSWER = /^\s*(?:\*\*)?A(?:\*\*)?\s*:(?:\*\*)?\s/;
const QUESTION_LINE = /(?:^|\n)[ \t]*(?:[-*>][ \t]+)?(?:\*\*)?Q(?:\*\*)?[ \t]*:/;
/** A sentence that opens an interviewer's question ("Q: …"). */
const QUESTION_START = /^\s*(?:[-*>]\s+)?(?:\*\*)?Q(?:\*\*)?\s*:/;

/** The sentence ends inside a quote left open at its paragraph's end (no closing mark): the next paragraph may go on with it. */
function leftOpen(text: string, quotes: readonly Span[], sentence: Sentence): boolean {
  const quote = quoteAround(quotes, sentence.end - 1);
  return quote !== undefined && quote.end >= sentence.end && !/[”"»]\s*$/.test(text.slice(sentence.start, sentence.end));
}

/** The quote that opened before `offset` and runs past it (quotes are in order and never overlap). */
function quoteAround(quotes: readonly Span[], offset: number): Span | undefined {
  const quote = quotes[firstQuoteEndingAfter(quotes, offset)];
  return quote !== undefined && quote.start < offset ? quote : undefined;
}
