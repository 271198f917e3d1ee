/**
 * Word lists the scorer, the type classifier and attribution share. Each is a regular expression
 * over a sentence; they are kept together so a later trained model can reuse them as features.
 */

/** Verbs that report speech or a stance taken in public. */
export const REPORTING_VERBS = [
  'said', 'says', 'say', 'added', 'adds', 'told', 'tells', 'stated', 'states', 'noted', 'notes', 'explained', 'explains',
  'indicated', 'indicates', 'announced', 'announces', 'declared', 'declares', 'claimed', 'claims', 'asserted', 'asserts',
  'insisted', 'insists', 'argued', 'argues', 'warned', 'warns', 'admitted', 'admits', 'acknowledged', 'acknowledges',
  'confirmed', 'confirms', 'denied', 'denies', 'reported', 'reports', 'revealed', 'reveals', 'estimated', 'estimates',
  'stressed', 'stresses', 'emphasised', 'emphasized', 'pointed out', 'points out', 'remarked', 'remarks', 'wrote', 'writes',
  'suggested', 'suggests', 'predicted', 'predicts', 'promised', 'promises', 'pledged', 'pledges', 'disclosed', 'discloses',
  'alleged', 'alleges', 'maintained', 'maintains', 'conceded', 'concedes', 'recalled', 'observed', 'underlined',
  'highlighted', 'affirmed', 'reiterated', 'tweeted', 'posted', 'expressed', 'accused', 'informed', 'briefed', 'testified',
  'mentioned', 'asked', 'replied', 'responded', 'answered', 'agreed', 'believes', 'believed', 'thinks', 'thought', 'hopes',
] as const;

export const REPORTING_VERB_PATTERN = REPORTING_VERBS.map((v) => v.replace(' ', '\\s+')).join('|');

export const SUPERLATIVE = /\b(?:largest|biggest|greatest|highest|lowest|smallest|fastest|slowest|strongest|weakest|best|worst|longest|shortest|oldest|newest|richest|poorest|deadliest|(?:the )?most \w+|(?:the )?least \w+|(?:a |new |all-time |record )record|record(?:-\w+)|first-ever|the first (?:time|country|leader)|unprecedented|all-time|top (?:exporter|importer|supplier|producer|buyer|seller|(?:trading )?partner|source|destination))\b/i;

export const COMPARATIVE = /\b(?:more|less|fewer|larger|bigger|greater|higher|lower|smaller|faster|slower|stronger|weaker|cheaper|better|worse)\s+than\b|\b(?:compared (?:with|to)|versus|vs\.?|twice|double[ds]?|tripled?|halved?|outpaced|overtook|surpass(?:ed|es)?|exceed(?:ed|s)?|overtaken)\b/i;

export const CAUSAL = /\b(?:due to|because(?: of)?|owing to|as a result(?: of)?|caused by|led to|leads to|leading to|resulted in|results in|thanks to|on account of|(?:was|were|been|is|are) (?:delayed|postponed|cancelled|canceled|suspended|halted|blocked|hampered|disrupted|stalled) (?:by|because)|consequently|therefore|hence|in response to|triggered|spurred)\b/i;

export const PREDICTION = /\b(?:will|shall|won['’]t|is (?:expected|set|likely|projected|forecast|poised|due|scheduled) to|are (?:expected|set|likely|projected|forecast|poised|due|scheduled) to|(?:can|could|may|might) (?:increase|rise|grow|reach|double|fall|decline|drop|hit|exceed|climb|surge)|next (?:few )?(?:year|years|month|months|decade|week|weeks)|by (?:the end of )?20[2-9]\d|in the coming (?:years|months|weeks|decade)|forecasts?|projections?|outlook)\b/i;

/** Words of doubt: they lower check-worthiness (the writer does not assert the fact). */
export const HEDGE = /\b(?:may|might|perhaps|possibly|probably|apparently|appears? to|seems? to|allegedly|reportedly|rumou?red|unclear|likely|unlikely|could be|would be|maybe|arguably|supposedly)\b/i;

/** Opinion and evaluation words: a sentence built on them is a view, not a checkable fact. */
export const OPINION = /\b(?:i think|i believe|we believe|in my (?:view|opinion)|should|ought to|must|need to|needs to|hope|wish|frustrat\w*|shameful|disgrac\w*|wonderful|terrible|great|amazing|awful|ridiculous|absurd|beautiful|sad|tragic|brilliant|stupid|incredible|unfortunately|fortunately|clearly|obviously|of course|importance|success|matter of time|astronomical|favouritism|favoritism|hypocri\w*)\b/i;

/** Verbs of measurable change or record-keeping (a fact that numbers could confirm). */
export const FACTUAL_VERB = /\b(?:exceeded|exceeds|rose|rises|risen|fell|falls|fallen|increased|increases|decreased|decreases|declined|grew|grown|dropped|reached|reaches|doubled|tripled|halved|totalled|totaled|amounted|accounted|signed|ratified|agreed|approved|launched|delivered|bought|sold|purchased|imported|exported|produced|killed|died|won|lost|voted|passed|held|visited|met|announced|provides? for|delayed|postponed|cancelled|canceled|sanctioned|banned|invaded|attacked|built|deployed|supplied|stuck|prepared|assists?|established|founded|elected|appointed)\b/i;

/** A number written in digits or words that carries a measure. */
export const NUMBER_WORD = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|dozens|hundred|hundreds|thousand|thousands|million|millions|billion|billions|trillion|trillions|half|third|quarter|percent|per cent)\b/i;

export const FIRST_SECOND_PERSON = /\b(?:i|me|my|we|us|our|you|your)\b/i;

export const QUESTION = /\?\s*["'”’)]*\s*$/;

/** Sentences that start with a bare verb ("Click…", "Consider…", "Let's…") tell, not claim. */
export const IMPERATIVE = /^\W*(?:let['’]s|let us|please|click|consider|imagine|look|note|see|read|remember|think|join|take|make|go|do not|don['’]t|try|watch|listen|check|follow|share|subscribe|support)\b/i;
