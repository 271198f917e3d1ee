/**
 * A document's annotations, kept between edits. The document is read a paragraph at a time (see
 * text/blocks.ts); outside its paragraph, a rule reads only the document-level facts made explicit
 * here, each kept as the union of every paragraph's share of it:
 * - the document's date (its front matter or dateline, near the top);
 * - its words, in any case and in lower case (documentWords.ts);
 * - the people and organisations earlier paragraphs introduce (a later "Olaopa" is "Tunji Olaopa");
 * - the countries and regions it names and its people's names, for the places layer (documentFacts.ts).
 * Each paragraph notes what it asked of the last three. An edit re-reads the paragraphs it touches,
 * then those whose answers it changed, and no others, so `update` gives exactly what `annotate`
 * gives on the new text (test/unit/documentAnnotator.test.ts checks it on random edit scripts).
 */
import { DATELINE_WINDOW, findDocumentDate } from './documentDate';
import type { GazetteerIndex } from '../gazetteer/gazetteerIndex';
import { blockWordsOf, DocumentWordsUnion, hasWordHash, noWordFlips, recordingWords, type BlockWords, type WordFacts, type WordFlips } from '../match/documentWords';
import type { EarlierIntroductions, Introduction } from '../match/unlisted';
import { recogniseFigures } from '../figures';
import { copyAnnotation, copyFirstPass, figureOptionsOf, firstPass, secondPass, type FigureOptions, type FirstPass } from './paragraphPasses';
import { DocumentFactsUnion, noFactFlips, type FactFlips } from '../places/documentFacts';
import { splitBlocks } from '../text/blocks';
import { tokenize, type Tokens } from '../text/tokenize';
import type { Annotation, FigureAnnotation } from '../types';

export interface DocumentAnnotatorOptions {
  /** The document's date when the caller knows it (null: it has none); found in the text otherwise, and again after edits near its top. */
  documentDate?: string | null;
  /** Today, ISO `yyyy-mm-dd`: "yesterday" in a document without a date of its own is counted from it. */
  today?: string;
}

/** One edit: text[start, end) of the text as it stands (after the changes before it in the list) becomes `text`. */
export interface TextChange {
  start: number;
  end: number;
  text: string;
}

interface Block {
  start: number;
  end: number;
  text: string;
  /** The blank lines between this paragraph and the next (or the end of the text). */
  gapAfter: string;
  /** Its place in the document's list, as of the last update. */
  index: number;
  words?: BlockWords;
  first?: FirstPass;
  figures?: FigureAnnotation[];
  /** Offsets within the paragraph. */
  annotations?: Annotation[];
  /** The same, shifted to the document, for the paragraph's start when they were made. */
  absolute?: Annotation[];
  absoluteAt: number;
  /**
   * The words the paragraph's passes asked about (hashes). Introductions and people's names are asked
   * about the paragraph's own tokens, so its words (`words.any`) stand for those questions.
   */
  askedWords?: WordFlips | AskedWords;
  /**
   * One bit per word asked about (hash mod 32), for `any`, `lower` and `prose` in turn; undefined
   * while the passes may still ask. A flipped word whose bit is not set was not asked about: most
   * paragraphs are passed over with three ANDs instead of three set look-ups.
   */
  askedMasks?: Int32Array;
}

function maskOf(hashes: Iterable<number>): number {
  let mask = 0;
  for (const hash of hashes) mask |= 1 << (hash & 31);
  return mask;
}

/**
 * What a paragraph asked, once its reading is done: sorted hashes instead of sets, and nothing at all
 * when it asked nothing. Three sets a paragraph, mostly empty, cost V8 over a hundred bytes each.
 */
interface AskedWords {
  readonly compact: true;
  any: Int32Array;
  lower: Int32Array;
  prose: Int32Array;
}

const NOTHING = new Int32Array(0);

/** The compact form; undefined when the paragraph asked nothing (most do), which reads the same. */
function compacted(asked: WordFlips | AskedWords): AskedWords | undefined {
  if ('compact' in asked) return asked;
  if (asked.any.size === 0 && asked.lower.size === 0 && asked.prose.size === 0) return undefined;
  const sorted = (set: ReadonlySet<number>): Int32Array => (set.size === 0 ? NOTHING : Int32Array.from(set).sort());
  return { compact: true, any: sorted(asked.any), lower: sorted(asked.lower), prose: sorted(asked.prose) };
}

/** The sets again, for a paragraph read anew (its passes add to what it asked). */
function expanded(asked: WordFlips | AskedWords): WordFlips {
  return 'compact' in asked ? { any: new Set(asked.any), lower: new Set(asked.lower), prose: new Set(asked.prose) } : asked;
}

/** Whether the paragraph asked about one of the words the edits flipped. */
function askedAboutFlipped(block: Block, flipped: WordFlips, masks: Int32Array): boolean {
  const asked = block.askedWords;
  if (asked === undefined) return false;
  const own = (block.askedMasks ??= Int32Array.of(maskOf(asked.any), maskOf(asked.lower), maskOf(asked.prose)));
  return (
    ((own[0] & masks[0]) !== 0 && intersects(asked.any, flipped.any)) ||
    ((own[1] & masks[1]) !== 0 && intersects(asked.lower, flipped.lower)) ||
    ((own[2] & masks[2]) !== 0 && intersects(asked.prose, flipped.prose))
  );
}

/**
 * `copy`: give the paragraph a string of its own. A slice keeps the whole text it was cut from alive,
 * and every edit makes a new text: paragraphs cut from each version kept every version (520 MiB
 * after 300 keystrokes in a 1 MB document). Concatenating and slicing again makes V8 flatten a
 * paragraph-sized copy first.
 */
function newBlock(text: string, start: number, end: number, gapEnd: number, copy = false): Block {
  const own = copy ? ` ${text.slice(start, end)}`.slice(1) : text.slice(start, end);
  return { start, end, text: own, gapAfter: text.slice(end, gapEnd), index: -1, absoluteAt: -1 };
}

/** What the edits of one update changed in the document-level facts, before the paragraphs are read again. */
interface Pending {
  fresh: Set<Block>;
  words: WordFlips;
  places: FactFlips;
  introductions: Set<number>;
}

function nothingPending(): Pending {
  return { fresh: new Set(), words: noWordFlips(), places: noFactFlips(), introductions: new Set() };
}

/** Whether the paragraph has a token with one of these hashes. */
function hasAnyHash(block: Block, hashes: ReadonlySet<number>): boolean {
  if (block.words === undefined) return true;
  for (const hash of hashes) if (hasWordHash(block.words, hash)) return true;
  return false;
}

/** Whether a sorted array holds the value. */
function hasSorted(sorted: Int32Array, value: number): boolean {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const at = sorted[middle];
    if (at === value) return true;
    if (at < value) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}

function intersects(asked: ReadonlySet<number> | Int32Array, changed: ReadonlySet<number>): boolean {
  if (asked instanceof Int32Array) {
    if (changed.size < asked.length) {
      for (const hash of changed) if (hasSorted(asked, hash)) return true;
      return false;
    }
    for (let i = 0; i < asked.length; i++) if (changed.has(asked[i])) return true;
    return false;
  }
  const [small, large] = asked.size < changed.size ? [asked, changed] : [changed, asked];
  for (const hash of small) if (large.has(hash)) return true;
  return false;
}

/** Introductions in the order a later mention tries them: longest surname first, then by key. */
function byLengthThenKey(a: Introduction, b: Introduction): number {
  return b.length - a.length || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0) || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0);
}

function sameIntroductions(a: readonly Introduction[], b: readonly Introduction[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x.kind !== y.kind || x.key !== y.key || x.hash !== y.hash || x.length !== y.length || x.name !== y.name || x.role !== y.role) return false;
  }
  return true;
}

/** What the last update (or the first reading) did: paragraphs in the document, and first and second passes made. */
export interface UpdateStats {
  paragraphs: number;
  firstPasses: number;
  secondPasses: number;
}


export class DocumentAnnotator {
  /** What the last update did (for tests and the bench). */
  lastUpdate: UpdateStats = { paragraphs: 0, firstPasses: 0, secondPasses: 0 };
  /**
   * The text is kept as its paragraphs and the blank lines between them, and made whole only when
   * asked for: building the new text on each keystroke copied the whole document (2 MB at 1 MB of
   * text, most of a keystroke's work there, and garbage for the collector).
   */
  private leading = '';
  private length: number;
  private wholeText: string | undefined;
  private latest: Annotation[] | undefined;
  private unfinished: Generator<undefined, void> | undefined;
  private blocks: Block[] = [];
  private words = new DocumentWordsUnion();
  private places = new DocumentFactsUnion();
  private introducers = new Introducers();
  private date: string | null | undefined;
  /** Paragraphs whose passes are noting what they ask, in this reading (compacted at its end). */
  private readonly recording = new Set<Block>();
  private figureOptions: FigureOptions;

  /**
   * `keep`: false for a reading that is never updated (`annotateOnce`), which then needs no copies
   * of what a second pass may change.
   */
  constructor(
    text: string,
    private readonly index: GazetteerIndex,
    private readonly options: DocumentAnnotatorOptions = {},
    private readonly keep = true,
    deferred = false,
  ) {
    this.length = text.length;
    this.wholeText = text;
    this.date = options.documentDate === undefined ? findDocumentDate(text) : options.documentDate;
    this.figureOptions = figureOptionsOf(this.date, options.today);
    this.rebuild(text, deferred);
  }

  /**
   * A reading that starts now and goes on in `readFor` slices (an editor's first reading of a long
   * document, between other work). Whatever asks for its results first finishes it at once.
   */
  static deferred(text: string, index: GazetteerIndex, options: DocumentAnnotatorOptions = {}): DocumentAnnotator {
    return new DocumentAnnotator(text, index, options, true, true);
  }

  /** Whether a deferred reading is still under way. */
  get isReading(): boolean {
    return this.unfinished !== undefined;
  }

  /** Reads on for about `budgetMs` milliseconds; true when the reading is done. */
  readFor(budgetMs: number): boolean {
    const steps = this.unfinished;
    if (steps === undefined) return true;
    const until = Date.now() + budgetMs;
    do {
      if (steps.next().done) {
        this.unfinished = undefined;
        return true;
      }
    } while (Date.now() < until);
    return false;
  }

  private finish(): void {
    const steps = this.unfinished;
    if (steps === undefined) return;
    this.unfinished = undefined;
    while (!steps.next().done);
  }

  get text(): string {
    if (this.wholeText === undefined) {
      const parts = [this.leading];
      for (const block of this.blocks) parts.push(block.text, block.gapAfter);
      this.wholeText = parts.join('');
    }
    return this.wholeText;
  }

  /** The length of `text`, without making it whole. */
  get textLength(): number {
    return this.length;
  }

  /** The text's first `length` characters (at least; the paragraph that reaches them whole). */
  private head(length: number): string {
    if (this.wholeText !== undefined) return this.wholeText.slice(0, length);
    let head = this.leading;
    for (let k = 0; k < this.blocks.length && head.length < length; k++) head += this.blocks[k].text + this.blocks[k].gapAfter;
    return head.slice(0, length);
  }

  /** The document's own date as its figures were read with (front matter or dateline); undefined when it has none. */
  get documentDate(): string | undefined {
    return this.date ?? undefined;
  }

  /**
   * The latest annotations, sorted by start; offsets into `text`. Read-only: the objects of a
   * paragraph that did not change or move are shared with the previous result.
   */
  get annotations(): Annotation[] {
    this.finish();
    if (this.latest !== undefined) return this.latest;
    const all: Annotation[] = [];
    for (const block of this.blocks) for (const a of absoluteOf(block)) all.push(a);
    this.latest = all;
    return all;
  }

  /**
   * The latest annotations that overlap or touch `start`–`end` (a.start ≤ end and a.end ≥ start),
   * sorted by start. Costs the paragraphs in the stretch, not the document: what the editor asks
   * for the lines on screen after each keystroke.
   */
  annotationsIn(start: number, end: number): Annotation[] {
    this.finish();
    const { blocks } = this;
    const found: Annotation[] = [];
    for (let k = firstEndingAtOrAfter(blocks, start); k < blocks.length && blocks[k].start <= end; k++) {
      for (const a of absoluteOf(blocks[k])) if (a.start <= end && a.end >= start) found.push(a);
    }
    return found;
  }

  /** The annotations of a reading that is not kept (`keep` false), shifted in place: no copies. */
  private takeAnnotations(): Annotation[] {
    const all: Annotation[] = [];
    for (const block of this.blocks) {
      for (const a of block.annotations ?? []) {
        a.start += block.start;
        a.end += block.start;
        all.push(a);
      }
    }
    this.blocks = [];
    return all;
  }

  /** What `new DocumentAnnotator(text, index, options).annotations` gives, without keeping anything for edits. */
  static annotateOnce(text: string, index: GazetteerIndex, options: DocumentAnnotatorOptions = {}): Annotation[] {
    return new DocumentAnnotator(text, index, options, false).takeAnnotations();
  }

  /**
   * Applies edits (in order, each to the text the ones before it left), reads again what they
   * changed and gives the new annotations (a new array, deep-equal to `annotate` of the new text).
   * Throws a RangeError, changing nothing, when a change falls outside the text.
   */
  update(changes: readonly TextChange[]): Annotation[] {
    this.edit(changes);
    return this.annotations;
  }

  /**
   * What `update` does, without making the whole list: `annotations` makes it when asked, and
   * `annotationsIn` reads a stretch of it. A keystroke in a 1 MB document then costs its paragraph,
   * not a copy of the 17,000 annotations after it at their new offsets.
   */
  edit(changes: readonly TextChange[]): void {
    this.finish();
    let length = this.length;
    for (const change of changes) {
      if (!(change.start >= 0 && change.start <= change.end && change.end <= length)) throw new RangeError(`GeoLens: an edit at ${change.start}–${change.end} falls outside the text (${length} characters)`);
      length += change.text.length - (change.end - change.start);
    }
    const pending = nothingPending();
    let nearTop = false;
    for (const change of changes) {
      nearTop ||= change.start < DATELINE_WINDOW;
      this.apply(change, pending);
    }
    if (nearTop && this.options.documentDate === undefined) {
      const date = findDocumentDate(this.head(DATELINE_WINDOW));
      if (date !== this.date) {
        this.date = date;
        this.figureOptions = figureOptionsOf(date, this.options.today);
        this.rebuild(this.text);
        return;
      }
    }
    this.read(pending);
  }

  /** Every paragraph of `text` (the document's) read afresh. */
  private rebuild(text: string, deferred = false): void {
    this.words = new DocumentWordsUnion();
    this.places = new DocumentFactsUnion();
    this.introducers = new Introducers();
    const split = splitBlocks(text);
    this.leading = text.slice(0, split.length > 0 ? split[0].start : text.length);
    this.blocks = split.map((b, k) => newBlock(text, b.start, b.end, k + 1 < split.length ? split[k + 1].start : text.length));
    this.blocks.forEach((block, k) => (block.index = k));
    const pending = nothingPending();
    for (const block of this.blocks) pending.fresh.add(block);
    if (deferred) this.unfinished = this.reading(pending);
    else this.read(pending);
  }

  /** Replaces the paragraphs one change touches, and takes their share out of the facts. */
  private apply(change: TextChange, pending: Pending): void {
    const { blocks } = this;
    const delta = change.text.length - (change.end - change.start);
    const n = blocks.length;
    // The paragraphs the change touches, with one unchanged neighbour on each side: the stretch from
    // the left one's start to the right one's end starts and ends a paragraph before and after the
    // change alike, so splitting it again gives what splitting the whole new text would. Without a
    // neighbour on a side, the stretch runs to that end of the text.
    let lo = 0;
    let hi = n - 1;
    let fromTop = true;
    let toBottom = true;
    if (n > 0) {
      const first = firstEndingAtOrAfter(blocks, change.start);
      const last = lastStartingAtOrBefore(blocks, change.end);
      lo = Math.max(first - 1, 0);
      hi = Math.min(last + 1, n - 1);
      fromTop = first - 1 < 0;
      toBottom = last + 1 > n - 1;
    }
    const regionStart = fromTop ? 0 : blocks[lo].start;
    // The stretch's old text, from the paragraphs' own strings: the document is never made whole.
    const parts = fromTop ? [this.leading] : [];
    for (let k = lo; k <= hi && n > 0; k++) parts.push(blocks[k].text, k < hi || toBottom ? blocks[k].gapAfter : '');
    const before = parts.join('');
    const region = before.slice(0, change.start - regionStart) + change.text + before.slice(change.end - regionStart);
    const replacing = n > 0 ? blocks.slice(lo, hi + 1) : [];
    for (let k = hi + 1; k < n; k++) {
      blocks[k].start += delta;
      blocks[k].end += delta;
    }
    // The neighbours usually come back as they were: those keep their readings.
    const kept = new Map<number, Block>();
    for (const block of replacing) {
      if (block.end <= change.start) kept.set(block.start - regionStart, block);
      else if (block.start >= change.end) kept.set(block.start + delta - regionStart, block);
    }
    const split = splitBlocks(region);
    // After the stretch's last paragraph: its own blank lines when it runs to the end, else those the
    // right neighbour had (outside the stretch, unchanged).
    const lastGap = toBottom ? undefined : replacing[replacing.length - 1].gapAfter;
    const fresh = split.map((b, j) => {
      const gapEnd = j + 1 < split.length ? split[j + 1].start : region.length;
      const old = kept.get(b.start);
      if (old !== undefined && old.text.length === b.end - b.start && region.startsWith(old.text, b.start)) {
        kept.delete(b.start);
        old.start = regionStart + b.start;
        old.end = regionStart + b.end;
        old.gapAfter = region.slice(b.end, gapEnd);
        return old;
      }
      const block = newBlock(region, b.start, b.end, gapEnd, true);
      block.start += regionStart;
      block.end += regionStart;
      pending.fresh.add(block);
      return block;
    });
    if (fresh.length > 0 && lastGap !== undefined) fresh[fresh.length - 1].gapAfter = lastGap;
    if (fromTop) this.leading = region.slice(0, split.length > 0 ? split[0].start : region.length);
    const staying = new Set(fresh);
    for (const block of replacing) if (!staying.has(block)) this.forget(block, pending);
    blocks.splice(lo, n > 0 ? hi - lo + 1 : 0, ...fresh);
    // Places in the list: from the stretch on when it changed their number, else the stretch's own.
    const renumberTo = fresh.length === replacing.length ? lo + fresh.length : blocks.length;
    for (let k = lo; k < renumberTo; k++) blocks[k].index = k;
    this.length += delta;
    this.wholeText = undefined;
  }

  /** Takes a paragraph that is going out of the document out of every fact. */
  private forget(block: Block, pending: Pending): void {
    if (pending.fresh.delete(block)) return;
    if (block.words) this.words.remove(block.words, pending.words);
    if (block.first) {
      this.places.remove(block.first.facts, pending.places);
      for (const introduction of block.first.introductions) pending.introductions.add(introduction.hash);
      this.introducers.remove(block, block.first.introductions);
    }
  }

  /** Reads the fresh paragraphs, then every paragraph whose answers changed. */
  private read(pending: Pending): void {
    const steps = this.reading(pending);
    while (!steps.next().done);
  }

  /**
   * The reading as steps: each yield is a point where a reading started `deferred` may pause
   * (every few paragraphs), so that an editor reads a long document between other work.
   */
  private *reading(pending: Pending): Generator<undefined, void> {
    const { blocks, index } = this;
    let step = 0;
    this.latest = undefined;
    // Each paragraph read is tokenised once, into columns of its own kept until the end of this
    // reading (its words, first pass and second pass all need them).
    const tokensOf = new Map<Block, Tokens>();
    const tokens = (block: Block): Tokens => {
      let t = tokensOf.get(block);
      if (t === undefined) tokensOf.set(block, (t = tokenize(block.text)));
      return t;
    };
    // 1. Words: known from the tokens alone, before any paragraph is read.
    for (const block of pending.fresh) {
      // A reading that is never updated keeps nothing it would need only for edits.
      if (this.keep) {
        block.words = blockWordsOf(block.text, tokens(block));
        this.words.add(block.words, pending.words);
      } else this.words.addTokens(block.text, tokens(block));
      if ((++step & PARAGRAPHS_PER_STEP) === 0) yield;
    }
    const wordsChanged = pending.words.any.size > 0 || pending.words.lower.size > 0 || pending.words.prose.size > 0;
    const flippedMasks = Int32Array.of(maskOf(pending.words.any), maskOf(pending.words.lower), maskOf(pending.words.prose));
    // 2. First passes, in document order: a paragraph reads the introductions of those before it.
    const again = new Set<Block>();
    for (const block of firstPassWalk(blocks, pending, wordsChanged)) {
      const stale =
        pending.fresh.has(block) ||
        (wordsChanged && askedAboutFlipped(block, pending.words, flippedMasks)) ||
        (pending.introductions.size > 0 && hasAnyHash(block, pending.introductions));
      if (!stale) continue;
      const before = block.first;
      if (before) this.places.remove(before.facts, pending.places);
      block.askedWords = this.keep ? noWordFlips() : undefined;
      const first = firstPass(block.text, index, tokens(block), this.wordsFor(block), this.earlierThan(block));
      block.first = first;
      this.places.add(first.facts, pending.places);
      const was = before?.introductions ?? [];
      if (!sameIntroductions(was, first.introductions)) {
        for (const introduction of was) pending.introductions.add(introduction.hash);
        for (const introduction of first.introductions) pending.introductions.add(introduction.hash);
        this.introducers.remove(block, was);
        this.introducers.add(block, first.introductions);
      }
      again.add(block);
      if ((++step & PARAGRAPHS_PER_STEP) === 0) yield;
    }
    // Figures depend on the paragraph and the document's date only. A loop of their own keeps the
    // recogniser's tables in the processor's caches (between the gazetteer's and the places layer's,
    // the same work took twice as long).
    for (const block of again) {
      block.figures = recogniseFigures(block.text, this.figureOptions);
      if ((++step & PARAGRAPHS_PER_STEP) === 0) yield;
    }
    let secondPasses = 0;
    // 3. Second passes: the places layer reads the countries, regions and people of the whole document.
    const everywhere = pending.places.countries.size > 0 || pending.places.placeKeys.size > 0;
    const secondWalk = everywhere || pending.places.personWords.size > 0 ? blocks : [...again].sort(byIndex);
    for (const block of secondWalk) {
      if (!(everywhere || again.has(block) || (pending.places.personWords.size > 0 && hasAnyHash(block, pending.places.personWords)))) continue;
      const first = block.first as FirstPass;
      block.annotations = secondPass(block.text, index, tokens(block), this.keep ? copyFirstPass(first) : first, block.figures ?? [], this.places, this.wordsFor(block));
      block.absolute = undefined;
      secondPasses++;
      if ((++step & PARAGRAPHS_PER_STEP) === 0) yield;
    }
    for (const block of this.recording) if (block.askedWords !== undefined) block.askedWords = compacted(block.askedWords);
    this.recording.clear();
    this.lastUpdate = { paragraphs: blocks.length, firstPasses: again.size, secondPasses };
  }

  /** The document's words as a paragraph asks them: noting what it asks when the reading is kept for edits. */
  private wordsFor(block: Block): WordFacts {
    if (!this.keep) return this.words;
    const asked = block.askedWords === undefined ? noWordFlips() : expanded(block.askedWords);
    block.askedWords = asked;
    block.askedMasks = undefined;
    this.recording.add(block);
    return recordingWords(this.words, asked);
  }

  /** The introductions the paragraphs before `block` make, the latest of each key. */
  private earlierThan(block: Block): EarlierIntroductions {
    return (hash) => this.introducers.before(hash, block.index);
  }
}

/**
 * The paragraphs the first passes look at, in document order: every one when a word changed (each
 * is asked whether it asked about it) or an introduction did; else the fresh ones, and every one
 * after the first whose introductions changed (a later paragraph may mention it).
 */
function* firstPassWalk(blocks: readonly Block[], pending: Pending, wordsChanged: boolean): Generator<Block> {
  if (wordsChanged || pending.introductions.size > 0) {
    yield* blocks;
    return;
  }
  for (const block of [...pending.fresh].sort(byIndex)) {
    yield block;
    if (pending.introductions.size > 0) {
      for (let k = block.index + 1; k < blocks.length; k++) yield blocks[k];
      return;
    }
  }
}

function byIndex(a: Block, b: Block): number {
  return a.index - b.index;
}

const NO_INTRODUCTIONS: readonly Introduction[] = Object.freeze([]);

/** A deferred reading may pause after every 16 paragraphs of a phase (a mask: 2^k − 1). */
const PARAGRAPHS_PER_STEP = 15;

/**
 * Per hash of a surname's or acronym's first token, the paragraphs that introduce one, in document
 * order, and how many introductions of each key they hold: a later paragraph finds the latest
 * introduction of each key before it by a binary search and a short walk back.
 */
class Introducers {
  private readonly byHash = new Map<number, { holders: Block[]; keys: Map<string, number> }>();

  /** `block.index` must be current (as during `read`). */
  add(block: Block, introductions: readonly Introduction[]): void {
    for (const introduction of introductions) {
      let entry = this.byHash.get(small(introduction.hash));
      if (entry === undefined) this.byHash.set(small(introduction.hash), (entry = { holders: [], keys: new Map() }));
      const { holders } = entry;
      const at = firstHolderFrom(holders, block.index);
      if (holders[at] !== block) holders.splice(at, 0, block);
      const key = keyOf(introduction);
      entry.keys.set(key, (entry.keys.get(key) ?? 0) + 1);
    }
  }

  remove(block: Block, introductions: readonly Introduction[]): void {
    for (const introduction of introductions) {
      const entry = this.byHash.get(small(introduction.hash));
      if (entry === undefined) continue;
      const at = entry.holders.indexOf(block);
      if (at >= 0) entry.holders.splice(at, 1);
      const key = keyOf(introduction);
      const left = (entry.keys.get(key) ?? 1) - 1;
      if (left > 0) entry.keys.set(key, left);
      else entry.keys.delete(key);
      if (entry.holders.length === 0) this.byHash.delete(small(introduction.hash));
    }
  }

  /** The latest introduction of each key with this hash in the paragraphs before position `index`. */
  before(hash: number, index: number): readonly Introduction[] {
    const entry = this.byHash.get(small(hash));
    if (entry === undefined) return NO_INTRODUCTIONS;
    const { holders, keys } = entry;
    const latest = new Map<string, Introduction>();
    for (let k = firstHolderFrom(holders, index) - 1; k >= 0 && latest.size < keys.size; k--) {
      for (const introduction of (holders[k].first as FirstPass).introductions) {
        if (introduction.hash !== hash) continue;
        const key = keyOf(introduction);
        if (!latest.has(key)) latest.set(key, introduction);
      }
    }
    return latest.size === 0 ? NO_INTRODUCTIONS : [...latest.values()].sort(byLengthThenKey);
  }
}

/**
 * A hash as a small integer, for a Map key: a 32-bit hash outside that range is boxed on every
 * look-up. Two hashes may share one: an entry holds the introductions of both, told apart by hash.
 */
function small(hash: number): number {
  return hash & 0x3fffffff;
}

function keyOf(introduction: Introduction): string {
  return `${introduction.kind} ${introduction.key}`;
}

/** The first holder at or after position `index` in the document (holders are in document order). */
function firstHolderFrom(holders: readonly Block[], index: number): number {
  let lo = 0;
  let hi = holders.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (holders[mid].index < index) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A paragraph's annotations at its offset in the document, copied when it was read or moved since. */
function absoluteOf(block: Block): Annotation[] {
  if (block.absolute === undefined || block.absoluteAt !== block.start) {
    const shift = block.start;
    block.absolute = (block.annotations ?? []).map((a) => copyAnnotation(a, shift));
    block.absoluteAt = shift;
  }
  return block.absolute;
}

/** The core library's entry (see DESIGN.md): a document's annotations, kept up to date by `update`. */
export function createDocumentAnnotator(text: string, index: GazetteerIndex, options: DocumentAnnotatorOptions = {}): DocumentAnnotator {
  return new DocumentAnnotator(text, index, options);
}

/** The first paragraph that ends at or after `offset` (blocks.length when none does). */
function firstEndingAtOrAfter(blocks: readonly Block[], offset: number): number {
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid].end >= offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The last paragraph that starts at or before `offset` (-1 when none does). */
function lastStartingAtOrBefore(blocks: readonly Block[], offset: number): number {
  let lo = -1;
  let hi = blocks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (blocks[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
