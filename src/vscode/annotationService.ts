/**
 * Annotates documents for every feature, once per document version, with the current gazetteer.
 * Documents over the size cap are not annotated, and the user is told once per document.
 */
import * as vscode from 'vscode';
import { DocumentAnnotator, type TextChange } from '../core/annotation';
import type { Entry, GazetteerIndex, ParsedUserGazetteer } from '../core/gazetteer';
import { bundledPlacesProblem } from '../core/places';
import { localToday } from '../clock';
import type { Annotation } from '../core/types';
import type { ConfigService } from './config';

interface CacheEntry {
  /** The document version `annotator` has read. */
  version: number;
  /** The day "yesterday" was counted from, for documents without a date of their own. */
  today: string;
  /** Keeps what it read between edits: a keystroke re-reads its paragraph, not the document. */
  annotator: DocumentAnnotator;
  /** Edits since `version`, in order, with the version each one made; applied when next asked. */
  pending: { version: number; changes: TextChange[] }[];
}

/**
 * Documents at least this long are first read in slices between other work: the lines on screen are
 * read on their own meanwhile (a few milliseconds), so highlights appear before the reading of a
 * 1 MB document (200–800 ms) is done, and the extension host stays free for the user.
 */
export const SLICED_READING_CHARS = 50_000;
/** How long one slice of a first reading may take before the host's other work gets a turn. */
const SLICE_MS = 8;

/** Annotations of a stretch, and whether they are the document's (exact) or the stretch's read on its own. */
export interface QuickAnnotations {
  annotations: Annotation[];
  exact: boolean;
}

export class AnnotationService implements vscode.Disposable {
  private readonly cache = new Map<string, CacheEntry>();
  private readonly warnedTooLarge = new Set<string>();
  private warnedPlaces = false;
  private readonly emitter = new vscode.EventEmitter<void>();
  /** Fires when results may differ for unchanged documents (new gazetteer, new settings). */
  readonly onDidInvalidate = this.emitter.event;
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly readEmitter = new vscode.EventEmitter<vscode.TextDocument>();
  /** Fires when a document's reading in slices is done: stretches read on their own may differ. */
  readonly onDidRead = this.readEmitter.event;
  private readonly slicing = new Set<ReturnType<typeof setTimeout>>();
  /** Documents whose reading in slices failed: read in one go from then on. */
  private readonly readWhole = new Set<string>();

  constructor(private indexValue: GazetteerIndex, private readonly config: ConfigService) {
    this.subscriptions.push(
      vscode.workspace.onDidCloseTextDocument((document) => {
        this.cache.delete(document.uri.toString());
        this.readWhole.delete(document.uri.toString());
      }),
      // Registered first, so the edits are queued before any feature asks for the new version.
      vscode.workspace.onDidChangeTextDocument((event) => this.queue(event)),
      config.onDidChange(() => {
        this.cache.clear();
        this.emitter.fire();
      }),
    );
  }

  /** The user's gazetteer files behind the index, numbered per load (a worker rebuilds the same index from them). */
  layers: { version: number; parsed: readonly ParsedUserGazetteer[]; facts: readonly Entry[] } = { version: 0, parsed: [], facts: [] };
  /** Entries of the fetched facts (Update Facts), layered between the bundled gazetteer and the user's files. */
  facts: readonly Entry[] = [];

  get index(): GazetteerIndex {
    return this.indexValue;
  }

  set index(index: GazetteerIndex) {
    this.indexValue = index;
    this.cache.clear();
    this.emitter.fire();
  }

  /** A new gazetteer, and the user files it was layered from. */
  setGazetteer(index: GazetteerIndex, parsed: readonly ParsedUserGazetteer[]): void {
    this.layers = { version: this.layers.version + 1, parsed, facts: this.facts };
    this.index = index;
  }

  isSupported(document: vscode.TextDocument): boolean {
    return this.config.value.languages.includes(document.languageId);
  }

  /** Annotations of a supported document; `undefined` when unsupported or over the size cap. */
  annotations(document: vscode.TextDocument): Annotation[] | undefined {
    return this.annotatorOf(document)?.annotations;
  }

  /**
   * The annotations of a stretch of a supported document (those that overlap or touch
   * `start`–`end`, offsets), sorted by start; `undefined` as for `annotations`. After an edit it costs
   * the edited paragraphs and the stretch, not the document: highlights ask for the lines on screen.
   */
  annotationsIn(document: vscode.TextDocument, start: number, end: number): Annotation[] | undefined {
    return this.annotatorOf(document)?.annotationsIn(start, end);
  }

  /**
   * Annotations for the lines on screen, at once: the document's when its reading is done (or it is
   * short); else those of the stretch read on its own, its paragraphs whole, while the document is
   * read in slices (`onDidRead` tells when the exact ones are ready). A stretch on its own misses
   * only what other paragraphs would tell (earlier introductions, the document's countries).
   */
  quickAnnotationsIn(document: vscode.TextDocument, start: number, end: number): QuickAnnotations | undefined {
    if (!this.isSupported(document)) return undefined;
    const key = document.uri.toString();
    const today = localToday();
    let cached = this.cache.get(key);
    if (cached && cached.today !== today) cached = undefined;
    if (!cached?.annotator.isReading) {
      if (cached || documentLength(document) < SLICED_READING_CHARS || this.readWhole.has(key)) {
        const annotations = this.annotationsIn(document, start, end);
        return annotations && { annotations, exact: true };
      }
      const text = document.getText();
      if (text.length > this.config.value.maxFileSize) {
        this.cache.delete(key);
        this.warnTooLarge(document, text.length);
        return undefined;
      }
      const annotator = DocumentAnnotator.deferred(text, this.indexValue, { today });
      this.cache.set(key, { version: document.version, today, annotator, pending: [] });
      this.warnIfNoPlaces();
      this.readInSlices(document, annotator);
    }
    const reading = this.cache.get(key)?.annotator;
    return { annotations: this.stretchOnItsOwn(document, start, end, today, reading?.documentDate), exact: false };
  }

  private readInSlices(document: vscode.TextDocument, annotator: DocumentAnnotator): void {
    const key = document.uri.toString();
    const step = (): void => {
      this.slicing.delete(timer);
      // Closed, read afresh or dropped meanwhile: this reading is no longer the document's.
      if (this.cache.get(key)?.annotator !== annotator) return;
      let done: boolean;
      try {
        done = annotator.readFor(SLICE_MS);
      } catch {
        // A reading that failed is dropped; the document is read in one go when next asked, where
        // the error reaches the feature that asked (as for any other document), not a timer.
        this.cache.delete(key);
        this.readWhole.add(key);
        done = true;
      }
      if (done) this.readEmitter.fire(document);
      else this.slicing.add((timer = setTimeout(step, 0)));
    };
    let timer = setTimeout(step, 0);
    this.slicing.add(timer);
  }

  /**
   * The paragraphs around `start`–`end` read as a document of their own, with the document's date
   * (the reading under way found it when it began: not worked out again on each call).
   */
  private stretchOnItsOwn(document: vscode.TextDocument, start: number, end: number, today: string, documentDate: string | undefined): Annotation[] {
    let first = document.positionAt(start).line;
    while (first > 0 && !document.lineAt(first - 1).isEmptyOrWhitespace) first--;
    let last = document.positionAt(end).line;
    while (last < document.lineCount - 1 && !document.lineAt(last + 1).isEmptyOrWhitespace) last++;
    const from = document.offsetAt(new vscode.Position(first, 0));
    const stretch = document.getText(new vscode.Range(first, 0, last, document.lineAt(last).range.end.character));
    const annotations = DocumentAnnotator.annotateOnce(stretch, this.indexValue, { today, documentDate: documentDate ?? null });
    const found: Annotation[] = [];
    for (const a of annotations) {
      a.start += from;
      a.end += from;
      if (a.start <= end && a.end >= start) found.push(a);
    }
    return found;
  }

  /** Whether the document's first reading is still going on in slices. */
  isReading(document: vscode.TextDocument): boolean {
    return this.cache.get(document.uri.toString())?.annotator.isReading ?? false;
  }

  /** The document's reading, brought to its version (by its queued edits, or read afresh). */
  private annotatorOf(document: vscode.TextDocument): DocumentAnnotator | undefined {
    if (!this.isSupported(document)) return undefined;
    const key = document.uri.toString();
    const cached = this.cache.get(key);
    // Today is part of the key: "yesterday" in an undated draft is counted from it.
    const today = localToday();
    if (cached && cached.today === today) {
      if (cached.version === document.version || this.catchUp(cached, document)) return cached.annotator;
    }
    const text = document.getText();
    if (text.length > this.config.value.maxFileSize) {
      this.cache.delete(key);
      this.warnTooLarge(document, text.length);
      return undefined;
    }
    const annotator = new DocumentAnnotator(text, this.indexValue, { today });
    this.cache.set(key, { version: document.version, today, annotator, pending: [] });
    this.warnIfNoPlaces();
    return annotator;
  }

  /** Queues an edit of a cached document; a gap in its versions drops the cache (read afresh when asked). */
  private queue(event: vscode.TextDocumentChangeEvent): void {
    const key = event.document.uri.toString();
    const cached = this.cache.get(key);
    if (!cached || event.contentChanges.length === 0) return;
    const last = cached.pending.length > 0 ? cached.pending[cached.pending.length - 1].version : cached.version;
    if (event.document.version !== last + 1) {
      this.cache.delete(key);
      return;
    }
    // VS Code gives one event's changes so that each applies to the text the ones before it left.
    cached.pending.push({ version: event.document.version, changes: event.contentChanges.map((c) => ({ start: c.rangeOffset, end: c.rangeOffset + c.rangeLength, text: c.text })) });
  }

  /**
   * Brings the cached reading to the document's version by its queued edits; false when they do not
   * reach it, when the result's length is not the document's, or when it grew over the size cap.
   */
  private catchUp(cached: CacheEntry, document: vscode.TextDocument): boolean {
    const upTo = cached.pending.findIndex((p) => p.version === document.version);
    if (upTo < 0) return false;
    const edits = cached.pending.splice(0, upTo + 1).flatMap((p) => p.changes);
    try {
      cached.annotator.edit(edits);
    } catch {
      return false;
    }
    const length = documentLength(document);
    if (cached.annotator.textLength !== length || length > this.config.value.maxFileSize) return false;
    cached.version = document.version;
    return true;
  }

  /**
   * The document's own date, as its annotations were read with: cards, figure checks and the
   * overview use this one instead of working it out again. Undefined when it has none (or is not
   * annotated).
   */
  documentDate(document: vscode.TextDocument): string | undefined {
    return this.annotatorOf(document)?.documentDate;
  }

  /** A broken installation without its places layer: say so once; highlighting goes on without towns. */
  private warnIfNoPlaces(): void {
    if (this.warnedPlaces) return;
    const problem = bundledPlacesProblem();
    if (problem === undefined) return;
    this.warnedPlaces = true;
    void vscode.window.showErrorMessage(vscode.l10n.t('GeoLens goes on without towns and regions: {0}', problem));
  }

  private warnTooLarge(document: vscode.TextDocument, length: number): void {
    const key = document.uri.toString();
    if (this.warnedTooLarge.has(key)) return;
    this.warnedTooLarge.add(key);
    const name = vscode.workspace.asRelativePath(document.uri);
    const limit = this.config.value.maxFileSize;
    void vscode.window
      .showInformationMessage(
        vscode.l10n.t('GeoLens does not highlight {0}: it has {1} characters, more than the limit of {2}.', name, length.toLocaleString('en-US'), limit.toLocaleString('en-US')),
        vscode.l10n.t('Change Limit'),
      )
      .then((choice) => {
        if (choice) void vscode.commands.executeCommand('workbench.action.openSettings', 'geolens.maxFileSize');
      });
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    for (const timer of this.slicing) clearTimeout(timer);
    this.emitter.dispose();
    this.readEmitter.dispose();
  }
}

/** The document's length in UTF-16 units, without joining its lines into one string. */
function documentLength(document: vscode.TextDocument): number {
  return document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
}
