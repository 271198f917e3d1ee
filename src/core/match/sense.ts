/**
 * Literal or metonymic? "Moscow" in "visited Moscow" is the city; in "Moscow has warned" it is the
 * Russian government. Clear rules from the words around the name; the quality issue may learn more.
 */
import type { Sense } from '../types';
import { TOKEN_CAPITALISED, type Tokens } from '../text/tokenize';

function isCapitalised(tokens: Tokens, i: number): boolean {
  return (tokens.flags[i] & TOKEN_CAPITALISED) !== 0;
}

/** Words that, right after a name, make it an agent: a government that acts, speaks or wants. */
const AGENT_VERBS = new Set(
  ('is are was were has have had will would shall should must can could may might does did ' +
    'said says say told tells announced announces warned warns wants wanted fails failed forced ' +
    'agreed agrees signed signs refused refuses rejected rejects accused accuses claimed claims ' +
    'insisted insists expressed expresses decided decides imposed imposes urged urges demanded demands ' +
    'hopes hoped plans planned seeks sought threatened threatens responded responds denied denies ' +
    'called calls believes believed supports supported opposed opposes welcomed welcomes condemned ' +
    'condemns criticised criticized criticises criticizes stated states declared declares pledged ' +
    'pledges vowed vows promised promises approved approves backed backs blamed blames argued argues ' +
    'considers considered recognised recognized recognises recognizes maintains maintained sees saw ' +
    'needs needed knows knew understands understood fears feared tries tried intends intended aims ' +
    'aimed continues continued shows showed shown sent sends launched launches ordered orders ' +
    'sanctioned sanctions expelled expels summoned summons retaliated retaliates negotiated negotiates ' +
    'mediated offered offers asked asks invited invites hosted hosts deployed deploys supplied ' +
    'supplies exported exports imported imports bought buys sold sells invested invests assists ' +
    'assisted helps helped pushed pushes pressed presses recalled recalls allowed allows banned bans ' +
    'blocked blocks vetoed vetoes struck strikes attacked attacks invaded invades annexed annexes ' +
    'reacted reacts complained complains acknowledged acknowledges admitted admits confirmed confirms ' +
    'prepared prepares joined joins left leaves withdrew withdraws suspended suspends resumed resumes ' +
    'complement complements places placed remains remained').split(' '),
);

/** Nouns that, after a possessive or as a modifier, make the name stand for a government. */
const GOVERNMENT_NOUNS = new Set(
  ('government administration regime leadership officials official authorities diplomats diplomacy ' +
    'policy policies position stance decision decisions efforts attempts pressure interests concerns ' +
    'response ties relations support sanctions ally allies strategy view views demands plans refusal ' +
    'aims aim favouritism favoritism approach agenda stand foreign ministry envoy ambassador embassy ' +
    'delegation negotiators backing objections opposition move moves actions offer proposal intention ' +
    'intentions ambitions influence role push bid veto').split(' '),
);

/** Words that, right before a name, make it a location. */
const PLACE_PREPOSITIONS = new Set('in at near into inside outside across around throughout within via to from visited visit visiting reached arrived landed toured'.split(' '));

/** Words that, right before a name, make it an actor (or the target of a political act). */
const ACTOR_PREPOSITIONS = new Set(
  ('by with against isolate isolating isolated sanction sanctioning pressure pressuring pressured punish ' +
    'deter deterring persuade persuading urge urged urging engage engaging accuse accused accusing ' +
    'condemn condemned condemning criticise criticised criticize criticized warn warned warning').split(' '),
);

const RELATION_NOUNS = new Set('ties relations relationship talks trade partnership rivalry dialogue summit deal'.split(' '));

function norm(tokens: Tokens, i: number): string {
  return i >= 0 && i < tokens.count ? tokens.norms[i] : '';
}

/** Skips a possessive `'s` / `'` after a name; returns the index after it and whether there was one. */
function afterPossessive(tokens: Tokens, i: number): { next: number; possessive: boolean } {
  if (norm(tokens, i) === "'") {
    if (norm(tokens, i + 1) === 's') return { next: i + 2, possessive: true };
    return { next: i + 1, possessive: true };
  }
  return { next: i, possessive: false };
}

export function senseOf(tokens: Tokens, firstToken: number, endToken: number): Sense {
  const before = norm(tokens, firstToken - 1);
  const { next, possessive } = afterPossessive(tokens, endToken);
  const after = norm(tokens, next);
  if (possessive) return GOVERNMENT_NOUNS.has(after) || GOVERNMENT_NOUNS.has(norm(tokens, next + 1)) ? 'metonymic' : 'literal';
  if (PLACE_PREPOSITIONS.has(before)) return 'literal';
  if (ACTOR_PREPOSITIONS.has(before)) return 'metonymic';
  // "New Delhi-Moscow relations", "India–Russia ties": two capitals or countries in a relation.
  if (RELATION_NOUNS.has(after) && before !== 'the') return 'metonymic';
  if (next < tokens.count && isCapitalised(tokens, next) && RELATION_NOUNS.has(norm(tokens, next + 1))) return 'metonymic';
  if (GOVERNMENT_NOUNS.has(after)) return 'metonymic';
  if (AGENT_VERBS.has(after)) return 'metonymic';
  // "Washington now is forced…": one adverb between the name and its verb.
  if (after.endsWith('ly') || after === 'now' || after === 'also' || after === 'still' || after === 'already' || after === 'has') {
    if (AGENT_VERBS.has(norm(tokens, next + 1))) return 'metonymic';
  }
  // "India and Russia signed": a coordinated pair of names acting together.
  if ((after === 'and' || after === ',') && AGENT_VERBS.has(norm(tokens, next + 2))) return 'metonymic';
  return 'literal';
}
