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
import type { GazetteerIndex } from './gazetteer/gazetteerIndex';
import { blockWordsOf, DocumentWordsUnion, noWordFlips, recordingWords, type BlockWords, type WordFlips } from './match/documentWords';
import type { EarlierIntroductions, Introduction } from './match/unlisted';
import { copyAnnotation, copyFirstPass, figureOptionsOf, firstPass, secondPass, type FigureOptions, type FirstPass } from './paragraphPasses';
import { DocumentFactsUnion, recordingFacts, type FactFlips } from './places/documentFacts';
import { splitBlocks } from './text/blocks';
import { tokenize, type Tokens } from './text/tokenize';
import type { Annotation } from './types';

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
  /** Its place in the document's list, as of the last update. */
  index: number;
  words?: BlockWords;
  first?: FirstPass;
  /** Offsets within the paragraph. */
  annotations?: Annotation[];
  /** The same, shifted to the document, for the paragraph's start when they were made. */
  absolute?: Annotation[];
  absoluteAt: number;
  /** What the paragraph's passes asked of the document-level facts (hashes). */
  askedWords: WordFlips;
  askedIntroductions: Set<number>;
  askedPersonWords: Set<number>;
}

function newBlock(text: string, start: number, end: number): Block {
  return { start, end, text: text.slice(start, end), index: -1, absoluteAt: -1, askedWords: noWordFlips(), askedIntroductions: new Set(), askedPersonWords: new Set() };
}

/** What the edits of one update changed in the document-level facts, before the paragraphs are read again. */
interface Pending {
  fresh: Set<Block>;
  words: WordFlips;
  places: FactFlips;
  introductions: Set<number>;
}

function nothingPending(): Pending {
  return { fresh: new Set(), words: noWordFlips(), places: { countries: false, placeKeys: false, personWords: new Set() }, introductions: new Set() };
}

function intersects(asked: ReadonlySet<number>, changed: ReadonlySet<number>): boolean {
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
  private currentText: string;
  private blocks: Block[] = [];
  private words = new DocumentWordsUnion();
  private places = new DocumentFactsUnion();
  /** Per hash of a surname's or acronym's first token, the paragraphs that introduce one. */
  private introducers = new Map<number, Set<Block>>();
  private documentDate: string | null | undefined;
  private figureOptions: FigureOptions;

  constructor(
    text: string,
    private readonly index: GazetteerIndex,
    private readonly options: DocumentAnnotatorOptions = {},
  ) {
    this.currentText = text;
    this.documentDate = options.documentDate === undefined ? findDocumentDate(text) : options.documentDate;
    this.figureOptions = figureOptionsOf(this.documentDate, options.today);
    this.rebuild();
  }

  get text(): string {
    return this.currentText;
  }

  /** The document's annotations, sorted by start; offsets into `text`. Each call gives new objects for the paragraphs that moved. */
  annotations(): Annotation[] {
    const all: Annotation[] = [];
    for (const block of this.blocks) {
      if (block.absolute === undefined || block.absoluteAt !== block.start) {
        const shift = block.start;
        block.absolute = (block.annotations ?? []).map((a) => copyAnnotation(a, shift));
        block.absoluteAt = shift;
      }
      for (const a of block.absolute) all.push(a);
    }
    return all;
  }

  /**
   * Applies edits (in order, each to the text the ones before it left) and reads again what they
   * changed. Throws a RangeError, changing nothing, when a change falls outside the text.
   */
  update(changes: readonly TextChange[]): void {
    let length = this.currentText.length;
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
      const date = findDocumentDate(this.currentText);
      if (date !== this.documentDate) {
        this.documentDate = date;
        this.figureOptions = figureOptionsOf(date, this.options.today);
        this.rebuild();
        return;
      }
    }
    this.read(pending);
  }

  /** Every paragraph read afresh. */
  private rebuild(): void {
    this.words = new DocumentWordsUnion();
    this.places = new DocumentFactsUnion();
    this.introducers = new Map();
    this.blocks = splitBlocks(this.currentText).map((b) => newBlock(this.currentText, b.start, b.end));
    const pending = nothingPending();
    for (const block of this.blocks) pending.fresh.add(block);
    this.read(pending);
  }

  /** Replaces the paragraphs one change touches, and takes their share out of the facts. */
  private apply(change: TextChange, pending: Pending): void {
    const { blocks } = this;
    const old = this.currentText;
    const text = old.slice(0, change.start) + change.text + old.slice(change.end);
    const delta = change.text.length - (change.end - change.start);
    const n = blocks.length;
    // The paragraphs the change touches, with one unchanged neighbour on each side: the stretch from
    // the left one's start to the right one's end starts and ends a paragraph before and after the
    // change alike, so splitting it again gives what splitting the whole new text would.
    let lo = 0;
    let hi = n - 1;
    let regionStart = 0;
    let regionEnd = old.length;
    if (n > 0) {
      const first = firstEndingAtOrAfter(blocks, change.start);
      const last = lastStartingAtOrBefore(blocks, change.end);
      lo = Math.max(first - 1, 0);
      hi = Math.min(last + 1, n - 1);
      if (first - 1 >= 0) regionStart = blocks[lo].start;
      if (last + 1 <= n - 1) regionEnd = blocks[hi].end;
    }
    const replacing = n > 0 ? blocks.slice(lo, hi + 1) : [];
    for (let k = hi + 1; k < n; k++) {
      blocks[k].start += delta;
      blocks[k].end += delta;
    }
    // The neighbours usually come back as they were: those keep their readings.
    const kept = new Map<number, Block>();
    for (const block of replacing) {
      if (block.end <= change.start) kept.set(block.start, block);
      else if (block.start >= change.end) kept.set(block.start + delta, block);
    }
    const region = splitBlocks(text, regionStart, regionEnd + delta).map((b) => {
      const old = kept.get(b.start);
      if (old !== undefined && old.text.length === b.end - b.start && text.startsWith(old.text, b.start)) {
        kept.delete(b.start);
        old.start = b.start;
        old.end = b.end;
        return old;
      }
      const block = newBlock(text, b.start, b.end);
      pending.fresh.add(block);
      return block;
    });
    const staying = new Set(region);
    for (const block of replacing) if (!staying.has(block)) this.forget(block, pending);
    blocks.splice(lo, n > 0 ? hi - lo + 1 : 0, ...region);
    this.currentText = text;
  }

  /** Takes a paragraph that is going out of the document out of every fact. */
  private forget(block: Block, pending: Pending): void {
    if (pending.fresh.delete(block)) return;
    if (block.words) this.words.remove(block.words, pending.words);
    if (block.first) {
      this.places.remove(block.first.facts, pending.places);
      for (const introduction of block.first.introductions) {
        pending.introductions.add(introduction.hash);
        this.introducers.get(introduction.hash)?.delete(block);
      }
    }
  }

  /** Reads the fresh paragraphs, then every paragraph whose answers changed. */
  private read(pending: Pending): void {
    const { blocks, index } = this;
    blocks.forEach((block, i) => (block.index = i));
    const tokensOf = new Map<Block, Tokens>();
    const tokens = (block: Block): Tokens => {
      let t = tokensOf.get(block);
      if (t === undefined) tokensOf.set(block, (t = tokenize(block.text)));
      return t;
    };
    // 1. Words: known from the tokens alone, before any paragraph is read.
    for (const block of pending.fresh) {
      block.words = blockWordsOf(block.text, tokens(block));
      this.words.add(block.words, pending.words);
    }
    const wordsChanged = pending.words.any.size > 0 || pending.words.lower.size > 0 || pending.words.prose.size > 0;
    // 2. First passes, in document order: a paragraph reads the introductions of those before it.
    const again = new Set<Block>();
    for (const block of blocks) {
      const stale =
        pending.fresh.has(block) ||
        (wordsChanged && (intersects(block.askedWords.any, pending.words.any) || intersects(block.askedWords.lower, pending.words.lower) || intersects(block.askedWords.prose, pending.words.prose))) ||
        (pending.introductions.size > 0 && intersects(block.askedIntroductions, pending.introductions));
      if (!stale) continue;
      const before = block.first;
      if (before) this.places.remove(before.facts, pending.places);
      block.askedWords = noWordFlips();
      block.askedIntroductions = new Set();
      const first = firstPass(block.text, index, tokens(block), this.figureOptions, recordingWords(this.words, block.askedWords), this.earlierThan(block));
      block.first = first;
      this.places.add(first.facts, pending.places);
      const was = before?.introductions ?? [];
      if (!sameIntroductions(was, first.introductions)) {
        for (const introduction of was) {
          pending.introductions.add(introduction.hash);
          this.introducers.get(introduction.hash)?.delete(block);
        }
        for (const introduction of first.introductions) {
          pending.introductions.add(introduction.hash);
          let holders = this.introducers.get(introduction.hash);
          if (holders === undefined) this.introducers.set(introduction.hash, (holders = new Set()));
          holders.add(block);
        }
      }
      again.add(block);
    }
    let secondPasses = 0;
    // 3. Second passes: the places layer reads the countries, regions and people of the whole document.
    const everywhere = pending.places.countries || pending.places.placeKeys;
    for (const block of blocks) {
      if (!(everywhere || again.has(block) || (pending.places.personWords.size > 0 && intersects(block.askedPersonWords, pending.places.personWords)))) continue;
      block.askedPersonWords = new Set();
      const facts = recordingFacts(this.places, block.askedPersonWords);
      block.annotations = secondPass(block.text, index, tokens(block), copyFirstPass(block.first as FirstPass), facts, recordingWords(this.words, block.askedWords));
      block.absolute = undefined;
      secondPasses++;
    }
    this.lastUpdate = { paragraphs: blocks.length, firstPasses: again.size, secondPasses };
  }

  /** The introductions the paragraphs before `block` make, the latest of each key, as it asks them. */
  private earlierThan(block: Block): EarlierIntroductions {
    return (hash) => {
      block.askedIntroductions.add(hash);
      const holders = this.introducers.get(hash);
      if (holders === undefined || holders.size === 0) return [];
      const latest = new Map<string, { at: number; introduction: Introduction }>();
      for (const holder of holders) {
        if (holder.index >= block.index) continue;
        for (const introduction of (holder.first as FirstPass).introductions) {
          if (introduction.hash !== hash) continue;
          const key = `${introduction.kind} ${introduction.key}`;
          const seen = latest.get(key);
          if (seen === undefined || seen.at < holder.index) latest.set(key, { at: holder.index, introduction });
        }
      }
      return [...latest.values()].map((l) => l.introduction).sort(byLengthThenKey);
    };
  }
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
