/**
 * Claims of one document, given its annotations: sentences (or reported clauses) that assert
 * something checkable, with their type, check-worthiness score, speaker, entities and figures.
 *
 * Pipeline: sentences → drop furniture (boilerplate) → attribute speakers → split reported clauses
 * ("…, after explaining that X") and embedded facts ("the fact that X") → features → score and
 * type → stable ids. (index.ts adds the source and the annotation pass in front.)
 * By default only check-worthy claims are returned; `includeAll` returns every candidate.
 */
import type { GazetteerIndex } from '../gazetteer/gazetteerIndex';
import { splitSentences, type Sentence } from '../text/sentences';
import type { Annotation, FigureAnnotation, Span } from '../types';
import { attributeSentences } from './attribution';
import { markBoilerplate } from './boilerplate';
import { classifyClaim } from './classify';
import { assignIds, normaliseClaimText } from './ids';
import { claimLabel } from './label';
import { documentQuotes, maskQuotes, quotedShare } from './quotes';
import { DEFAULT_THRESHOLD, scoreSentence } from './score';
import type { ScoreMemo } from './scoreMemo';
import { annotationsWithin } from './spans';
import type { Claim, DocumentSource, ExtractOptions, ExtractResult, Speaker } from './types';

interface Unit extends Span {
  sentence: Sentence;
  speaker: Speaker | null;
}

/**
 * "…, said X, … after explaining that Y": Y is a claim of its own by the same speaker. Cut where a
 * participle of saying introduces a that-clause, outside quotes.
 */
const REPORTED_CLAUSE = /(?:,\s*|\s+)(?:and\s+)?(?:(?:while|after|before|when|by)\s+)?(?:explaining|adding|noting|saying|stating|stressing|pointing out|emphasi[sz]ing|recalling|indicating|insisting|warning|claiming|arguing|acknowledging|admitting|revealing|confirming|reiterating|underlining)\s+that\s+/i;

/**
 * "…, evidenced by the fact that X, …": X is asserted as a fact inside a sentence that may be
 * opinion around it; it becomes a claim of its own (the whole sentence stays a candidate too).
 */
const EMBEDDED_FACT = /\bthe fact that\s+/gi;

function trim(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /[\s,;:–—-]/.test(text[start])) start++;
  while (end > start && /[\s,;:–—-]/.test(text[end - 1])) end--;
  return { start, end };
}

function units(text: string, sentence: Sentence, speaker: Speaker | null, quotes: readonly Span[]): Unit[] {
  if (speaker) {
    const masked = maskQuotes(text, sentence, quotes);
    const m = REPORTED_CLAUSE.exec(masked);
    if (m && m.index > 0) {
      const main = trim(text, { start: sentence.start, end: sentence.start + m.index });
      const clause = trim(text, { start: sentence.start + m.index + m[0].length, end: sentence.end });
      if (clause.end - clause.start > 20 && main.end - main.start > 20) {
        return [{ ...main, sentence, speaker }, { ...clause, sentence, speaker }];
      }
    }
  }
  const found: Unit[] = [{ start: sentence.start, end: sentence.end, sentence, speaker }];
  EMBEDDED_FACT.lastIndex = 0;
  for (let m = EMBEDDED_FACT.exec(sentence.text); m; m = EMBEDDED_FACT.exec(sentence.text)) {
    const from = m.index + m[0].length;
    const comma = sentence.text.indexOf(', ', from);
    const clause = trim(text, { start: sentence.start + from, end: comma < 0 ? sentence.end : sentence.start + comma });
    if (clause.end - clause.start > 20) found.push({ ...clause, sentence, speaker });
  }
  return found;
}

function entityIds(annotations: readonly Annotation[]): string[] {
  const ids: string[] = [];
  for (const a of annotations) if (a.category !== 'figure' && a.id !== undefined && !ids.includes(a.id)) ids.push(a.id);
  return ids;
}

/** A sentence that ends on a question mark, inside a closing quote or not. */
const QUESTION = /\?["”’)]*\s*$/;
/**
 * A question reported, as its clause's main verb ("The Member for Fremantle asked whether …",
 * "Wilson wanted to know whether the bill came to …"): it asks, as a question does. Not "Asked
 * whether …, the minister said …", whose answer is the claim.
 */
const REPORTED_QUESTION = /\b(?:asked|wanted to know|wondered|queried)\s+(?:\S+\s+){0,2}?(?:whether|if|why|how|when)\b/;
/** …unless the sentence opens on the question and goes on to its answer, or reports an answer. */
const ANSWERED = /^[\s"“]*Asked\b|\b(?:said|says|told|replied|answered|added)\b/;
const reportedQuestion = (text: string): boolean => REPORTED_QUESTION.test(text) && !ANSWERED.test(text);

/** Extraction over annotations the caller already has. */
export function extractClaimsFrom(
  text: string,
  annotations: readonly Annotation[],
  index: GazetteerIndex | undefined,
  source: DocumentSource,
  options: ExtractOptions = {},
  /** Sentence scores kept between runs on one document (`DocumentClaims`): a sentence as before keeps its score. */
  scores?: ScoreMemo,
): ExtractResult {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const all = splitSentences(text, scores ? (key, make) => scores.blockSentences(key, make) : undefined);
  const furniture = markBoilerplate(all, text.length, scores ? (sentence, position) => scores.cue(sentence, position) : undefined);
  const sentences = all.filter((_, i) => !furniture[i]);
  const quotes = documentQuotes(text, sentences);
  const speakers = attributeSentences({ text, annotations, index, quotes, ...(scores ? { memo: scores } : {}) }, sentences);

  const candidates: Omit<Claim, 'id'>[] = [];
  sentences.forEach((sentence, i) => {
    for (const unit of units(text, sentence, speakers[i], quotes)) {
      const inside = annotationsWithin(annotations, unit);
      const unitText = text.slice(unit.start, unit.end);
      const input = {
        text: unitText,
        annotations: inside,
        start: unit.start,
        speaker: unit.speaker,
        quoted: quotedShare(unit, quotes),
        heading: sentence.blockKind === 'heading',
      };
      const { features, score } = scores ? scores.score(input) : scoreSentence(input);
      candidates.push({
        start: unit.start,
        end: unit.end,
        text: unitText,
        type: classifyClaim(features),
        score,
        // A headline or a section's heading restates what the text under it says (and checks it
        // there, with its speaker): scored, but not put forward as a claim of its own.
        // A question asks; it states nothing to check ("Has the United States given Ukraine $350 billion?").
        checkWorthy: score >= threshold && sentence.blockKind !== 'heading' && !QUESTION.test(unitText) && !reportedQuestion(unitText),
        speaker: unit.speaker,
        entities: entityIds(inside),
        figures: inside.filter((a): a is FigureAnnotation => a.category === 'figure'),
        label: scores ? scores.remembered('label', unitText, claimLabel) : claimLabel(unitText),
      });
    }
  });
  // Ids count every candidate, so changing the threshold never renumbers a claim.
  const ids = assignIds(candidates.map((c) => c.text), scores ? (claim) => scores.remembered('id', claim, normaliseClaimText) : undefined);
  const claims: Claim[] = candidates
    .map((c, i) => ({ id: ids[i], ...c }))
    .filter((c) => options.includeAll === true || c.checkWorthy);
  return { source, claims };
}
