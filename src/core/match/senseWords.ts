/**
 * The word lists the sense rules (sense.ts) read: verbs, nouns and prepositions that tell a place
 * named as a location from one standing for its government. Data only; the rules are in sense.ts.
 */
const words = (list: string): Set<string> => new Set(list.trim().split(/\s+/));

/**
 * Verbs (finite or participle forms) whose subject is an actor: a government that acts, speaks or
 * wants, a team that plays, a state that joins, signs, gains independence.
 */
export const AGENT_VERBS = words(`
  said says told tells spoke announced announces warned warns wants wanted fails failed forced agreed
  agrees signed signs refused refuses rejected rejects accused accuses claimed claims insisted
  insists expressed expresses decided decides imposed imposes urged urges demanded demands hopes
  hoped plans planned seeks sought threatened threatens responded responds denied denies called
  calls believes believed supports supported opposed opposes welcomed welcomes condemned condemns
  criticised criticized criticises criticizes stated states declared declares pledged pledges vowed
  vows promised promises approved approves backed backs blamed blames argued argues considers
  considered recognised recognized recognises recognizes maintains maintained sees saw needs needed
  knows knew understands understood fears feared tries tried intends intended aims aimed continues
  continued shows showed sent sends launched launches ordered orders sanctioned expelled
  expels summoned summons retaliated retaliates negotiated negotiates mediated offered offers asked
  asks invited invites hosted hosts deployed deploys supplied supplies exported imported bought buys
  sold sells invested invests assists assisted helps helped pushed pushes pressed presses recalled
  recalls allowed allows banned bans blocked blocks vetoed vetoes struck attacked attacks invaded
  invades annexed annexes reacted reacts complained complains acknowledged acknowledges admitted
  admits confirmed confirms prepared prepares joined joins left withdrew withdraws suspended
  suspends resumes resumed complements placed advocates advocated adopted adopts
  unveiled unveils released releases issued issues leads led won wins beat beats lost loses drew
  defeated defeats scored scores qualified qualifies finished finishes competed competes
  participated participates played plays batted bats bowled entered enters gained gains declared
  became becomes took takes made makes gave gives got gets received receives began begins started
  starts established establishes abolished abolishes introduced introduces passed passes enacted
  classified classifies acquired acquires captured captures recaptured conquered conquers occupied
  occupies defended defends fought fights surrendered surrenders capitulated ceded cedes severed
  severs restored restores agreed intervened intervenes attempted attempts refuses wished wishes
  managed manages advanced advances followed follows responded persists persisted insisted
  retaliated escalated moved moves stepped steps acted acts appointed appoints elected elects
  nominated nominates ratified ratifies endorsed endorses proposed proposes requested requests
  submitted submits filed files sued sues paid pays spent spends spent contributed contributes
  provided provides granted grants awarded awards honoured honored sponsored sponsors funded funds
  financed finances requires required demands regards regarded treats treated views viewed holds
  held keeps kept remains remained stays stayed faces faced risks risked
  expects expected plays wants values valued prefers preferred objected objects protested protests
  hit hits targeted targets bombed bombs shelled shot fired fires tested tests developed develops
  built builds produced produces reported reports published publishes emphasised emphasized stressed
  stresses noted notes added adds explained explains described describes revealed reveals indicated
  indicates suggested suggests reiterated reiterates reaffirmed reaffirms highlighted highlights
  accepted accepts agreed obtained obtains secured secures earned earns puts put places sees leaves
  follows opens closes designates designated deactivates dispatched rules ruled governs governed
  underwent undergoes petitioned lobbied controls controlled
  must shall should can could may might will would cannot won't wouldn't can't couldn't shouldn't
  does did doesn didn don isn aren wasn weren hasn haven hadn wouldn couldn shouldn mustn
`);

/** Base (plural or infinitive) forms, a verb only where the subject is plural: "India and Russia sign". */
export const BASE_VERBS = words(`
  say tell announce warn want fail agree sign refuse reject accuse claim insist express decide impose
  urge demand hope plan seek threaten respond deny call believe support oppose welcome condemn
  criticise criticize state declare pledge vow promise approve back blame argue consider recognise
  recognize maintain see need know understand fear try intend aim continue show send launch order
  sanction expel summon retaliate negotiate mediate offer ask invite host deploy supply export
  import buy sell invest help push press recall allow ban block veto strike attack invade annex
  react complain acknowledge admit confirm prepare join leave withdraw suspend resume share play
  compete advocate adopt unveil release issue lead win beat lose draw defeat score qualify finish
  participate enter gain become take make give get receive begin start establish appreciate
  remain stay face risk expect value prefer object protest conduct use hold keep cooperate
  reaffirm reiterate stress note emphasise emphasize underline commit lack
`);

/** Auxiliaries and copulas: a verb follows, or a predicate (see LITERAL_PREDICATE, ACTOR_PREDICATE). */
export const AUXILIARIES = words(`is are was were has have had will would shall should must can could may
  might does did do doesn didn don isn aren wasn weren hasn haven hadn wouldn couldn shouldn mustn won
  'd 's 're`);

export const COPULAS = words('is are was were be been being remains remained isn aren wasn weren');

/**
 * Words right after a copula or "has" that describe the territory, not an actor:
 * "Cambodia is a country", "is located", "has a population", "is home to".
 */
export const LITERAL_PREDICATE = words(`
  a an the one home located situated bordered surrounded landlocked mountainous divided composed
  rich famous known popular part among full hot cold warm dry wet flat large small big vast
  densely sparsely populated inhabited covered dominated bounded separated crossed named called
  situated considered regarded described believed thought listed ranked found
  experiencing experienced hit affected struck flooded devastated shaken connected linked served
  the second third largest biggest smallest oldest
  population area climate coastline border borders capital
`);

/** Participles that describe where or what a place is: "X located", "is bordered by". */
export const LITERAL_PARTICIPLES = words(`located situated bordered surrounded based populated inhabited
  covered divided named called known founded flooded hit affected struck devastated settled
  dominated bounded crossed connected linked served listed ranked`);

/** Passive or adjectival predicates of an actor: "Washington is forced", "India is ready". */
export const ACTOR_PREDICATE = words(`
  forced expected ready willing prepared determined committed set likely unlikely keen eager
  concerned worried unhappy happy pleased opposed trying seeking planning going pushing looking
  working facing accused able unable obliged bound entitled responsible due poised reluctant
  interested open aware confident convinced careful cautious firm adamant involved engaged
  threatening considering preparing negotiating refusing hoping calling playing competing fighting
  represented defeated beaten eliminated knocked relegated promoted awarded granted admitted
  elected invited allowed banned barred sanctioned criticised criticized blamed urged asked told
  excluded suspended expelled readmitted exempted
  required obligated supposed believed reported said
  not also now still already never
`);

/** Geographic predicates as verbs: "Egypt borders Libya", "X lies", "X covers". */
export const LITERAL_VERBS = words(`
  lies lie lay borders border bordered covers cover covered stretches stretch stretched extends
  extend extended spans span contains contain comprises comprise consists consist includes
  experiences experienced receives enjoys boasts hosts sits sit lies ranks straddles
  rises rose measures measured is_home
`);

/** Nouns that, after a possessive or as a modifier, make the name stand for a government or a team. */
export const GOVERNMENT_NOUNS = words(`
  government governments administration regime leadership officials official authorities diplomats
  diplomacy policy policies position stance decision decisions efforts effort attempts attempt
  pressure interests interest concerns concern response ties relations support sanctions ally allies
  strategy view views demands demand plans plan refusal aims aim favouritism favoritism approach
  agenda stand foreign ministry envoy ambassador embassy delegation negotiators backing objections
  opposition move moves actions action offer proposal proposals intention intentions ambitions influence role patience appetite resolve willingness
  push bid veto request requests threat threats warning warnings claim claims lies rhetoric talk
  tactics practices practice behaviour behavior conduct involvement participation entry accession
  departure withdrawal exit invasion occupation annexation capture conquest attack attacks
  bombing bombings aggression intervention retaliation protection cooperation commitment
  commitments obligations obligation promise promises pledge message reply answer reaction
  independence sovereignty program programme nuclear military army navy forces troops squad team appearance
  appearances debut
  side teams squads match matches game games victory win wins defeat loss goal goals tally score
  players captain coach bowlers batsmen innings entry entries song representative representatives
  record acquisition armistice surrender treaty refusal consent resolve objective objectives
  demands approval permission blessing expulsion budget tariffs tariff trade exports imports
  economy production output spending debt deficit reforms reform liberalisation liberalization
  campaign campaigns war wars struggle victory cabinet parliament president prime premier
  minister ministers chancellor king queen leader leaders spokesman spokeswoman spokesperson
  diplomat envoy consul allegiance loyalty contribution contributions bid share
`);

/**
 * Nouns after a possessive that are the land itself or what is in it: "Moscow's metro", "India's
 * capital", "Australia's coastlines", and superlatives that rank things found there ("Sweden's
 * finest actors", "Turkey's leading conglomerates").
 */
export const LITERAL_NOUNS = words(`
  capital capitals city cities town towns village villages population populations people residents
  inhabitants citizens coast coasts coastline coastlines shore shores border borders frontier
  frontiers territory territories land lands soil north south east west northern southern eastern
  western northeast northwest southeast southwest north-east north-west south-east south-west
  central interior heart centre center outskirts suburbs suburb downtown metro subway streets
  street roads road railways railway rail airports airport ports port harbour harbor rivers river
  lakes lake mountains mountain hills hill forests forest desert deserts islands island beaches
  beach climate weather temperatures temperature rainfall landscape landscapes skyline region
  regions province provinces state states district districts county counties area areas parts
  part map geography architecture buildings hospitals schools universities university museums
  museum hotels parks park population's expressways highways motorway neighbourhoods
  neighborhoods zones zone waters seas sea air sky skies mainland peninsula valley valleys
  most largest biggest smallest oldest newest best finest greatest leading top main richest
  poorest busiest highest longest tallest major second third first only
  companies company firms enterprises businesses banks industries broadcaster broadcasters diversity
  larger bigger smaller
`);

/** Words right before a name that make it a location. */
export const PLACE_PREPOSITIONS = words(`
  in at near into inside outside across around throughout within via through along beyond
  onto off nearby around amid amidst
  visited visit visiting visits toured touring reached reaching arrived arriving landed landing
  flew fly flying travelled traveled travelling traveling moved moving emigrated emigrating
  immigrated immigrating migrated relocated returned returning fled fleeing born based located
  situated lives lived living settled exiled deported evacuated stationed posted headquartered
  northern southern eastern western central north south east west northeast northwest southeast
  southwest rural coastal mainland downtown greater metropolitan
`);

/** Words right before a name that make it an actor, or the target of a political or sporting act. */
export const ACTOR_PREPOSITIONS = words(`
  by with against versus vs v
  isolate isolating isolated sanction sanctioning pressure pressuring pressured punish punishing
  deter deterring persuade persuading urge urged urging engage engaging accuse accused accuses
  accusing condemn condemned condemns condemning criticise criticised criticises criticize
  criticized criticizes warn warned warns warning blame blames blamed blaming recognise recognised
  recognises recognize recognized recognizes recognizing oppose opposed opposes opposing support
  supported supports supporting backed backing represent represented represents representing
  beat beating beats defeated defeating defeat face faced facing faces played playing host hosted
  hosting helped helping help helps lead leading led trust trusted trusting allow allowed allows
  ordered orders order wants want asked ask asks told tells tell forced forcing force
  called calling calls invited inviting invites join joined joining urging convince convinced
  fight fought fighting ally allied allying befriend confront confronted confronting challenge
  challenged challenging provoke provoked threaten threatened threatens threatening
  sanctioned targeting targeted target expelled defending defended defend rescue rescued
  rejoin rejoined quit joins thank thanked praised praise praises admires admired
  admire respect trusts distrust trust permit permitted permits enable enabled forbade forbid
  forbids forbidden lobbied lobby lobbying control controlled controlling controls rules ruled
  ruling govern governs governed giving give gave gives prompting prompted prompt sell selling sells
  eliminating eliminated eliminate overcame edged thrashed routed whitewashed
`);

/** The noun before "to X" or "from X" that makes X an actor: "independence from", "sold to". */
export const ACTOR_TO_FROM = words(`
  independence secession separation freedom handover capitulation surrender loss lost losing
  fall fell sold sell selling given give gave gift aid help assistance loan loaned loans provided
  provide supplied supply supplies delivered deliver permission approval orders
  order support opposition response reply objecting objection apology apologised apologized
  allegiance loyalty threat threats pressure demands demand offer request appeal appealed
  message letter note complaint complained according ceded transferred handed distance
  independent sanctions tariffs beaten defeat defeated backing criticism opposition
  sales want wants wanted expects expect expected
`);

/** Nouns before "of X" that are part of the land: "the capital of France", "the north of England". */
export const LITERAL_OF = words(`
  capital city cities town towns part parts rest north south east west centre center heart
  coast border borders territory region regions province provinces state states area areas
  map population people residents inhabitants citizens native natives outskirts suburbs
  interior history geography climate island islands mainland kingdom provinces side half
  streets villages countryside landscape flag coastline mountains rivers districts
  parts president presidents king queen emperor`);

/** Nouns before "of X" that are its government or team: "the government of India". */
export const ACTOR_OF = words(`
  government administration regime leadership authorities officials policy policies position
  interest interests interests ally allies support decision foreign ministry embassy ambassador
  consent protection recognition approval permission involvement participation sovereignty
  independence team squad national side will independence efforts intentions behalf request
  captain coach representative representatives dominion jurisdiction control surrender mercy
  enemies enemy army forces troops navy founding wishes orders delegation mission
  fall collapse creation establishment foundation formation proclamation dissolution partition
  unification reunification birth power powers might puppet vassal protectorate colony
  spokesman spokeswoman spokesperson spokespersons spokesmen constitution dignity honour honor`);

/** "X-Y relations", "X ties", "X talks": a relation between states. */
/**
 * Nouns before "between X and Y" that only states (or teams) have with each other: "contact
 * between Washington and Moscow". Not RELATION_NOUNS, which also read a name before them ("a Paris
 * meeting" is held in Paris).
 */
export const BETWEEN_ACTORS = words('contact contacts negotiations meeting meetings feud row rift truce ceasefire conflict clashes');

export const RELATION_NOUNS = words('ties relations relationship talks trade partnership rivalry dialogue summit deal dispute war tensions alliance agreement accord cooperation rapprochement détente detente standoff');

/** Second parts of a hyphenated compound that make it literal ("US-based") or an actor ("US-led"). */
export const LITERAL_COMPOUND = words('based born raised made built bound registered headquartered listed owned located area border borders wide');

export const ACTOR_COMPOUND = words('led backed sponsored brokered funded allied aligned friendly mediated imposed controlled supported');

/** Adverbs and negation between a subject and its verb. */
export const ADVERBS = words(`
  also now still already always further then later not never just only once again even too
  first recently reportedly formally officially quickly finally eventually subsequently
  immediately soon currently initially originally ultimately repeatedly strongly firmly
  publicly openly effectively previously long n't no longer yet thus therefore however instead
  too likewise similarly meanwhile both all each together jointly themselves itself
`);

export const TIME_WORDS = words(`monday tuesday wednesday thursday friday saturday sunday january february march april may june
  july august september october november december today yesterday tomorrow week month year weekend
  night morning afternoon evening day decade century`);

/** What a state has that a territory has not: "Russia has an embassy", "Turkey has had many constitutions". */
export const INSTITUTIONS = words(`embassy embassies consulate consulates ambassador constitution constitutions army
  armies navy navies military government governments parliament monopoly veto seat representatives
  delegation treaty treaties agreement agreements`);

/**
 * Nouns of a predicate "X is a/the … N" that make X an actor: a member, a party, a supplier, a
 * team. ("The smallest sovereign state", "a country in Asia" stay places: "state" and "country"
 * say what the territory is.)
 */
export const ROLE_NOUNS = words(`member members signatory signatories party parties ally allies partner partners
  supplier suppliers exporter exporters importer importers producer producers creditor creditors
  donor donors investor investors qualifier qualifiers host hosts successor founder founders
  participant participants team teams side sides champion champions winner winners runner runners
  contender contenders favourite favourites favorite favorites opponent opponents rival rivals
  economy economies power powers superpower puppet client mediator guarantor`);

/** Words that end the noun phrase of a predicate. */
export const PREDICATE_STOPS = words('in on at with for from by that which who where located situated between near within and or but');

export const PLURAL_NAMES = words('states netherlands philippines emirates islands bahamas maldives comoros seychelles');

/** Words that qualify a state's name without changing what it is: "Nazi Germany", "Soviet Russia". */
export const STATE_QUALIFIERS = words('nazi soviet imperial communist fascist tsarist weimar free independent');

/** Nouns before "towards X" that make X a state others take a stance on: "hostility towards Japan". */
export const ATTITUDE_NOUNS = words(`attitude attitudes policy policies stance position posture approach hostility
  animosity resentment sympathy goodwill friendliness remarks rhetoric aggression overtures gesture
  gestures obligations commitment commitments grievances claims demands threats`);

/** Heads of a state's formal name: "the Kingdom of Poland", "the Grand Duchy of Finland". */
export const STATE_FORMS = words('kingdom republic empire principality duchy grand-duchy emirate sultanate khanate caliphate commonwealth federation confederation union dominion');

/** Words before such a head that belong to the name: "the People's Democratic Republic of", "Grand Duchy". */
export const STATE_FORM_WORDS = words("grand united federal democratic socialist islamic arab soviet holy roman dutch first second third free");

/** Heads before "between X and Y" that make the pair places: "the border between", "trains between". */
export const LITERAL_BETWEEN = words(`border borders boundary frontier located situated lies lie found
  commuting commute journey journeys route routes trains train flights flight road roads railway
  line lines travel travelled traveled distance midway halfway area region sea strait channel
  service services link links contact connection connections pass passes corridor`);

/** Verbs before "for X" that make X a destination: "left for Washington", "escaped Nazi Germany for America". */
export const DEPART_FOR = words(`left leave leaves leaving departed depart departs departing headed heads heading bound
  sailed sail sailing sails set escaped fled flee fleeing emigrated emigrating home flight flights tickets
  ticket boarded`);

/** Nouns before "on X" / "upon X" that make X the target of a political act: "pressure on Georgia". */
export const ACTOR_ON = words(`called calls call calling blamed blame blames pressure sanctions embargo tariffs
  duties war crackdown restrictions relies rely depends depend declared imposed impose
  impose pressed attack attacks`);

/**
 * Sports and government nouns that make a name used as a modifier an actor: "the New Zealand
 * forward", "a Kremlin spokesman", "Beijing's envoy" (the government's, not the city's).
 */
export const ACTOR_MODIFIED = words(`government administration authorities officials leadership regime team
  spokesman spokeswoman spokesperson spokesmen aide aides envoy envoys diplomat diplomats adviser advisers
  advisor advisors negotiator sanctions tariffs embargo
  squad side forward forwards captain coach players batsman batsmen bowler bowlers ally allies
  delegation negotiators debut debuts fans supporters manager goalkeeper striker strikers midfielder
  defender defenders`);

export const BORDER_NOUNS = words('border borders frontier frontiers boundary boundaries');

/** Verbs that take an object and "as": "sees X as", "regards X as". */
export const VIEW_VERBS = words('sees see saw seen regards regard regarded views view viewed treats treat treated considers consider considered');

/** Verbs whose object takes a bare infinitive: "let X join", "see X buy", "made X pay". */
export const CAUSATIVE_VERBS = words('let lets make makes made see sees saw watch watched helps helped help');

/** Last words of a landform's name. */
export const LANDFORMS = words(`peninsula sea ocean river mountains mountain range lake valley desert strait straits
  gulf bay basin plateau canal channel delta`);

/**
 * Kinds of place (an entry's `placeType`) that are nature, not a settlement: never a government, a
 * team or a people. Not islands, peninsulas or plateaus: many are also governed territories
 * ("Zanzibar rejected the plan", "Crimea voted"), which the sense rules read like other places.
 */
export const PHYSICAL_PLACE_TYPES: ReadonlySet<string> = new Set([
  'river', 'lake', 'sea', 'ocean', 'gulf', 'bay', 'strait', 'canal', 'channel', 'delta', 'basin', 'mountain', 'mountain range', 'mountains',
  'valley', 'desert', 'highlands', 'glacier', 'reef', 'shoal',
]);

/** First words of a landform's name: "Lake Chad", "Mount Sinjar", "Gulf of Aden". */
export const LANDFORM_HEADS = words('lake lago lac mount mt river gulf strait bay cape sea');

/** "his native X", "their former X": words between a verb and the name that it reaches over. */
export const OWN_ADJECTIVES = words('native former home adopted beloved own');

export const POSSESSIVE_DETERMINERS = words('his her their its our my your');

/** Nouns in apposition before a name that make it a team: "his former club Sofia", "defending champion Japan". */
export const TEAM_HEADS = words('club side team champion champions holders titleholders rivals opponents');
