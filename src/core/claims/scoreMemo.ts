/**
 * What Extract Claims works out per sentence, remembered between runs on one document: a sentence
 * whose text, annotations (placed within it), attribution, quoted share and heading are as before
 * gets the score it had, so a re-run after an edit scores the changed sentences only (scoring is
 * about a third of an extraction). What depends on a sentence's words alone is remembered the same
 * way: its boilerplate cue, its speaker phrase, a claim's label and normalised text, and a block's
 * sentences (together most of what a re-run on 1 MB spent; test/bench/RESULTS.md).
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

/** Values by key, kept for one more run: what a run does not ask for is forgotten after it. */
class RunMemo<V> {
  private previous = new Map<string, V>();
  private current = new Map<string, V>();

  get(key: string, make: () => V): { value: V; made: boolean } {
    let value = this.current.get(key);
    if (value === undefined) value = this.previous.get(key);
    const made = value === undefined;
    if (value === undefined) value = make();
    this.current.set(key, value);
    return { value, made };
  }

  endRun(): void {
    this.previous = this.current;
    this.current = new Map();
  }
}

export class ScoreMemo implements AttributionMemo {
  private readonly scores = new RunMemo<Scored>();
  private readonly cues = new RunMemo<BoilerplateCue | null>();
  private readonly attributions = new RunMemo<FoundInSentence | null>();
  private readonly texts = new RunMemo<string>();
  private readonly blocks = new RunMemo<readonly Span[]>();
  /** Sentences scored afresh in the last run (for tests and the bench). */
  scoredLastRun = 0;
  private scoredThisRun = 0;

  score(input: FeatureInput): Scored {
    const { value, made } = this.scores.get(keyOf(input), () => scoreSentence(input));
    if (made) this.scoredThisRun++;
    return value;
  }

  /** `boilerplateCue(text, position)`, remembered: it reads the text and whether the position is in the tail. */
  cue(text: string, position: number): BoilerplateCue | undefined {
    return this.cues.get(`${position < TAIL_POSITION ? 0 : 1}${text}`, () => boilerplateCue(text, position) ?? null).value ?? undefined;
  }

  /** The speaker phrase a sentence's words hold (offsets from its start), remembered by those words. */
  attribution(masked: string, find: (masked: string) => FoundInSentence | undefined): FoundInSentence | undefined {
    return this.attributions.get(masked, () => find(masked) ?? null).value ?? undefined;
  }

  /** `make(text)` for a pure function of a claim's text (its label, its normalised form), remembered by `kind` and text. */
  remembered(kind: string, text: string, make: (text: string) => string): string {
    return this.texts.get(`${kind}\u0000${text}`, () => make(text)).value;
  }

  /** A block's sentences (`splitSentences`' memo), remembered by the block's kind, blanks and text. */
  blockSentences(key: string, make: () => readonly Span[]): readonly Span[] {
    return this.blocks.get(key, make).value;
  }

  /** Ends a run: only what it met is remembered for the next (memory follows the document). */
  endRun(): void {
    for (const memo of [this.scores, this.cues, this.attributions, this.texts, this.blocks]) memo.endRun();
    this.scoredLastRun = this.scoredThisRun;
    this.scoredThisRun = 0;
  }
}
