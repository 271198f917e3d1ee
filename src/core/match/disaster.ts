/**
 * What a storm, a quake or a flood strikes is a place, whatever the verb would make of a state
 * ("Typhoon Kalmaegi hit Cebu", "the earthquake that struck Herat killed 1,000", "Floods swept
 * Sindh"): shared by the world places layer (evidence for a name) and the sense rules (literal).
 */
import { normAt, TOKEN_CAPITALISED, type Tokens } from '../text/tokenize';

const words = (list: string): Set<string> => new Set(list.trim().split(/\s+/));

/** Verbs for what a disaster does to a place. */
const STRIKE_VERBS = words('hit hits struck strikes battered batters lashed lashes pounded pounds slammed slams ravaged ravages devastated devastates swept sweeps flooded floods');

/** What does it: a named storm's noun or a disaster's. */
const DISASTER_WORDS = words(`typhoon hurricane cyclone storm tropical quake earthquake tremor tsunami flood floods flooding
  floodwaters landslide landslides mudslide mudslides wildfire wildfires tornado tornadoes eruption`);

/** How far back the disaster may stand from its verb: room for a storm's name ("Typhoon Kalmaegi hit"). */
const REACH = 4;

/** The name at token `first` is what a disaster a few words back strikes. */
export function struckByDisaster(tokens: Tokens, first: number): boolean {
  const verb = first - 1;
  if (verb < 1 || (tokens.flags[verb] & TOKEN_CAPITALISED) !== 0 || !STRIKE_VERBS.has(normAt(tokens, verb))) return false;
  for (let k = verb - 1; k >= Math.max(0, verb - REACH); k--) {
    const word = normAt(tokens, k);
    if (DISASTER_WORDS.has(word)) return true;
    if (word === '.' || word === ';') return false;
  }
  return false;
}
