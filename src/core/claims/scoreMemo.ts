/**
 * Sentence scores remembered between runs of Extract Claims on one document: a sentence whose text,
 * annotations (placed within it), attribution, quoted share and heading are as before gets the score
 * it had, so a re-run after an edit scores the changed sentences only. Scoring is about a third of
 * an extraction (the model's features and n-grams per sentence). The boilerplate cue a sentence's
 * text matches is remembered the same way (13 % of a re-run on 1 MB).
 */
import type { AttributionMemo, FoundInSentence } from './attribution';
import { boilerplateCue, TAIL_POSITION, type BoilerplateCue } from './boilerplate';
import type { Span } from '../types';
import type { ClaimFeatures, FeatureInput } from './score';
import { scoreSentence } from './score';

type Scored = { features: ClaimFeatures; score: number };

/** Everything `scoreSentence` reads, as one string. */
function keyOf(input: FeatureInput): string {
  let key = `${input.speaker !== null ? 1 : 0}${input.heading ? 1 : 0}${input.quoted}\u0000${input.text}`;
  for (const a of input.annotations) {
    key += `\u0000${a.start - input.start},${a.end - input.start},${a.category},${a.kind},${a.category === 'figure' ? a.text : (a.id ?? `unlisted:${a.name}`)}`;
  }
  return key;
}

export class ScoreMemo implements AttributionMemo {
  private scores = new Map<string, Scored>();
  private used = new Map<string, Scored>();
  private cues = new Map<string, BoilerplateCue | null>();
  private usedCues = new Map<string, BoilerplateCue | null>();
  private attributions = new Map<string, FoundInSentence | null>();
  private usedAttributions = new Map<string, FoundInSentence | null>();
  private texts = new Map<string, string>();
  private usedTexts = new Map<string, string>();
  private blocks = new Map<string, readonly Span[]>();
  private usedBlocks = new Map<string, readonly Span[]>();
  /** Sentences scored afresh in the last run (for tests and the bench). */
  scoredLastRun = 0;
  private scoredThisRun = 0;

  score(input: FeatureInput): Scored {
    const key = keyOf(input);
    let scored = this.used.get(key) ?? this.scores.get(key);
    if (scored === undefined) {
      scored = scoreSentence(input);
      this.scoredThisRun++;
    }
    this.used.set(key, scored);
    return scored;
  }

  /** `boilerplateCue(text, position)`, remembered: it reads the text and whether the position is in the tail. */
  cue(text: string, position: number): BoilerplateCue | undefined {
    const key = `${position < TAIL_POSITION ? 0 : 1}${text}`;
    let cue = this.usedCues.get(key) ?? this.cues.get(key);
    if (cue === undefined) cue = boilerplateCue(text, position) ?? null;
    this.usedCues.set(key, cue);
    return cue ?? undefined;
  }

  /** The speaker phrase a sentence's words hold (offsets from its start), remembered by those words. */
  attribution(masked: string, find: (masked: string) => FoundInSentence | undefined): FoundInSentence | undefined {
    let found = this.usedAttributions.get(masked) ?? this.attributions.get(masked);
    if (found === undefined) found = find(masked) ?? null;
    this.usedAttributions.set(masked, found);
    return found ?? undefined;
  }

  /** `make(text)` for a pure function of a claim's text (its label, its normalised form), remembered by `kind` and text. */
  remembered(kind: string, text: string, make: (text: string) => string): string {
    const key = `${kind}\u0000${text}`;
    let made = this.usedTexts.get(key) ?? this.texts.get(key);
    if (made === undefined) made = make(text);
    this.usedTexts.set(key, made);
    return made;
  }

  /** A block's sentences (`splitSentences`' memo), remembered by the block's kind, blanks and text. */
  blockSentences(key: string, make: () => readonly Span[]): readonly Span[] {
    let spans = this.usedBlocks.get(key) ?? this.blocks.get(key);
    if (spans === undefined) spans = make();
    this.usedBlocks.set(key, spans);
    return spans;
  }

  /** Ends a run: only the sentences it met are remembered for the next (memory follows the document). */
  endRun(): void {
    this.scores = this.used;
    this.used = new Map();
    this.cues = this.usedCues;
    this.usedCues = new Map();
    this.attributions = this.usedAttributions;
    this.usedAttributions = new Map();
    this.texts = this.usedTexts;
    this.usedTexts = new Map();
    this.blocks = this.usedBlocks;
    this.usedBlocks = new Map();
    this.scoredLastRun = this.scoredThisRun;
    this.scoredThisRun = 0;
  }
}
