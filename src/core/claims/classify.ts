/**
 * The type of a claim, from its features, by the question a fact-checker would ask first:
 * a forecast cannot be checked yet (prediction), a cause needs its own evidence (causal), a number
 * needs its source (statistic), a ranking needs the others (comparison), a quote needs the speaker
 * (quote), a dated happening needs a record (event).
 */
import type { ClaimFeatures } from './score';
import type { ClaimType } from './types';

export function classifyClaim(f: ClaimFeatures): ClaimType {
  if (f.prediction && (f.measures > 0 || f.bareNumbers > 0 || f.dates > 0 || f.entities > 0 || f.properNouns > 0)) return 'prediction';
  if (f.causal) return 'causal';
  if (f.measures > 0 || f.bareNumbers > 0) return 'statistic';
  if (f.superlative || f.comparative) return 'comparison';
  if (f.quoted >= 0.5) return 'quote';
  if (f.dates > 0 || (f.factualVerb && (f.entities > 0 || f.properNouns > 0))) return 'event';
  if (f.attributed) return 'quote';
  return 'other';
}
