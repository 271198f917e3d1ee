/**
 * The export model every format renders, and the lossless JSON format with its import.
 *
 * An `ExportDocument` is what a front end hands over: the claims it extracted (the CLI, a VS Code
 * command with the document open) and/or the document's record in the notes store. `reviewDocument`
 * joins the two into `ReviewedClaim`s — the claim plus its verdict and notes — which the Markdown,
 * CSV, JSON, ClaimReview and Web Annotation formats all render.
 *
 * The JSON format is the CLI's `claims` schema (DESIGN.md "Contracts") with `verdict` and `notes`
 * added to every claim (and `orphaned: true` on a claim whose text is no longer in the document).
 * `importClaimsJson` merges such a file back into a notes store without ever dropping a note.
 *
 * Offsets are UTF-16 code units, as everywhere in the core.
 */
import type { Overview } from '../overview';
import type { Claim, ClaimType, DocumentSource, Speaker } from '../claims/types';
import { CLAIM_TYPES } from '../claims/types';
import { createAnchor, resolveAnchor, type Anchor } from '../notes/anchor';
import { nextNoteId, type DocumentRecord, type Note, type NoteStore, type StoredClaim } from '../notes/store';
import { dict, own } from '../notes/dict';
import { isVerdict, type Verdict } from '../notes/verdicts';
import { expectObject, expectOffset, expectString, JsonShapeError, optionalString, type Json } from '../text/jsonShape';
import type { Finding } from '../checks/types';
import type { FigureAnnotation } from '../types';

export const CLAIMS_JSON_VERSION = 1;

// ── The model ──────────────────────────────────────────────────────────────────────────────────

/**
 * A claim as a front end passes it. Every `Claim` from `extractClaims` is one. Claims rebuilt from
 * the store alone (`documentsFromStore`) do not know their score (`null`) or figures (an empty
 * list), and know their entities only when the store kept them (format 2; else an empty list); `checkWorthy` is `true` for them, since the store only holds claims that were
 * listed as check-worthy or that a person worked on.
 */
export type ExportClaim = Omit<Claim, 'score' | 'label'> & {
  score: number | null;
  label?: string;
  /** The claim's text is no longer in the document (its position is the last known one). */
  orphaned?: boolean;
};

export interface ExportDocument {
  /** The document key: the notes store's key (workspace-relative path) or the path given to the CLI. */
  file: string;
  /** Where the document lives (a file: or https: URI), for Web Annotation targets and links. */
  uri?: string;
  /** The document text, when at hand: exact anchors and W3C selectors are computed from it. */
  text?: string;
  source: DocumentSource;
  /** From extraction, in document order; may be empty when exporting from the store only. */
  claims: ExportClaim[];
  /** The document's record in the notes store: verdicts, notes and user corrections. */
  stored?: DocumentRecord;
  /** Figure-check findings of the text (those marked as intended left out): each claim lists those inside it. */
  findings?: readonly Finding[];
  /** The document at a glance (countries, timeline, money…): the Markdown report writes it out. */
  overview?: Overview;
}

/** A figure check a claim failed, as exports state it. */
export interface ClaimCheck {
  kind: string;
  message: string;
}

/** A claim with what people said about it: the unit every format renders. */
export interface ReviewedClaim extends ExportClaim {
  verdict: Verdict;
  notes: Note[];
  orphaned: boolean;
  /** The figure checks that failed inside the claim. */
  checks: ClaimCheck[];
  /** The stored anchor, when the claim is in the store (selectors use it when there is no text). */
  anchor?: Anchor;
}

export interface ReviewedDocument {
  file: string;
  uri?: string;
  text?: string;
  source: DocumentSource;
  claims: ReviewedClaim[];
  overview?: Overview;
}

function rebuildClaim(id: string, stored: StoredClaim, text: string | undefined): ExportClaim {
  let { start, end } = stored.anchor.position;
  let orphaned = stored.orphaned === true;
  if (text !== undefined) {
    const found = resolveAnchor(text, stored.anchor);
    orphaned = found === null;
    if (found) ({ start, end } = found);
  }
  const claim: ExportClaim = {
    id, start, end, text: stored.text, type: stored.type, score: null, checkWorthy: true, speaker: stored.speaker, entities: [...(stored.entities ?? [])], figures: [],
  };
  if (orphaned) claim.orphaned = true;
  return claim;
}

/** The findings that start inside a claim, as exports state them. */
function checksWithin(claim: { start: number; end: number }, findings: readonly Finding[] | undefined): ClaimCheck[] {
  if (!findings) return [];
  return findings.filter((f) => f.start >= claim.start && f.start < claim.end).map((f) => ({ kind: f.kind, message: f.message }));
}

/**
 * Joins a document's extracted claims with its stored record: each claim takes its stored verdict
 * and notes (and the user's corrections of text, type and speaker); claims the user removed are
 * left out; stored claims the extraction did not list are kept when a person added to them (notes,
 * a verdict, an edit), so an export never loses someone's work. Sorted by position.
 */
export function reviewDocument(doc: ExportDocument): ReviewedDocument {
  const stored = doc.stored?.claims ?? {};
  const claims: ReviewedClaim[] = [];
  const seen = new Set<string>();
  for (const claim of doc.claims) {
    seen.add(claim.id);
    const record = own(stored, claim.id);
    if (record?.removed) continue;
    const reviewed: ReviewedClaim = { ...claim, verdict: record?.verdict ?? 'unverified', notes: record?.notes ?? [], orphaned: claim.orphaned === true, checks: checksWithin(claim, doc.findings) };
    if (record) {
      reviewed.anchor = record.anchor;
      if (record.userEdited) Object.assign(reviewed, { text: record.text, type: record.type, speaker: record.speaker });
    }
    claims.push(reviewed);
  }
  for (const [id, record] of Object.entries(stored)) {
    if (seen.has(id) || record.removed) continue;
    // Extraction no longer lists it: keep it only when it holds a person's work.
    if (doc.claims.length > 0 && record.notes.length === 0 && record.verdict === 'unverified' && !record.userEdited) continue;
    const claim = rebuildClaim(id, record, doc.text);
    claims.push({ ...claim, verdict: record.verdict, notes: record.notes, orphaned: claim.orphaned === true, anchor: record.anchor, checks: claim.orphaned ? [] : checksWithin(claim, doc.findings) });
  }
  claims.sort((a, b) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const out: ReviewedDocument = { file: doc.file, source: doc.source, claims };
  if (doc.uri !== undefined) out.uri = doc.uri;
  if (doc.text !== undefined) out.text = doc.text;
  if (doc.overview !== undefined) out.overview = doc.overview;
  return out;
}

/**
 * Export documents from the notes store alone (no extraction): one per stored document, sorted by
 * key, claims rebuilt from the stored text, type, speaker and anchor (removed ones left out). With
 * `texts[key]` the anchors are resolved in the current text (a claim not found is `orphaned`);
 * without it the stored position and orphaned flag are used. Score is `null`, figures empty,
 * entities as stored (see `ExportClaim`); pass extracted claims instead when they are available.
 */
export function documentsFromStore(store: NoteStore, texts: Readonly<Record<string, string>> = {}, uriOf?: (key: string) => string | undefined): ExportDocument[] {
  return Object.keys(store.documents)
    .sort()
    .map((key) => {
      const record = store.documents[key];
      const text = Object.prototype.hasOwnProperty.call(texts, key) ? texts[key] : undefined;
      const claims = Object.entries(record.claims)
        .filter(([, stored]) => !stored.removed)
        .map(([id, stored]) => rebuildClaim(id, stored, text))
        .sort((a, b) => a.start - b.start || a.end - b.end);
      const doc: ExportDocument = { file: key, source: record.source, claims, stored: record };
      if (text !== undefined) doc.text = text;
      const uri = uriOf?.(key);
      if (uri !== undefined) doc.uri = uri;
      return doc;
    });
}

// ── Helpers the formats share ─────────────────────────────────────────────────────────────────

/** "Today" for a deterministic export: `options.now` or the current time, as ISO 8601. */
export function nowOf(now: string | undefined): string {
  return now ?? new Date().toISOString();
}

/** The latest `modified` of the notes, or undefined. ISO 8601 strings compare as text. */
export function lastNoteDate(notes: readonly Note[]): string | undefined {
  let last: string | undefined;
  for (const note of notes) if (note.modified && (last === undefined || note.modified > last)) last = note.modified;
  return last;
}

/** The earliest `created` of the notes, or undefined. */
export function firstNoteDate(notes: readonly Note[]): string | undefined {
  let first: string | undefined;
  for (const note of notes) if (note.created && (first === undefined || note.created < first)) first = note.created;
  return first;
}

// ── JSON out ───────────────────────────────────────────────────────────────────────────────────

export interface ClaimsJsonClaim {
  id: string;
  start: number;
  end: number;
  text: string;
  type: ClaimType;
  score: number | null;
  checkWorthy: boolean;
  speaker: Speaker | null;
  entities: string[];
  figures: FigureAnnotation[];
  verdict: Verdict;
  notes: Note[];
  /** The figure checks that failed inside the claim; absent when none did. */
  checks?: ClaimCheck[];
  orphaned?: true;
}

export interface ClaimsJson {
  version: typeof CLAIMS_JSON_VERSION;
  documents: { file: string; source: DocumentSource; claims: ClaimsJsonClaim[] }[];
}

function jsonSpeaker(speaker: Speaker | null): Speaker | null {
  if (speaker === null) return null;
  const out: Speaker = { name: speaker.name };
  if (speaker.id !== undefined) out.id = speaker.id;
  if (speaker.verb !== undefined) out.verb = speaker.verb;
  return out;
}

/** The JSON data (fixed key order, `label` and anchors left out as in the CLI's output). */
export function claimsJsonData(documents: readonly ExportDocument[]): ClaimsJson {
  return {
    version: CLAIMS_JSON_VERSION,
    documents: documents.map(reviewDocument).map((doc) => ({
      file: doc.file,
      source: { title: doc.source.title, author: doc.source.author, publication: doc.source.publication, date: doc.source.date, url: doc.source.url },
      claims: doc.claims.map((c) => {
        const out: ClaimsJsonClaim = {
          id: c.id, start: c.start, end: c.end, text: c.text, type: c.type, score: c.score, checkWorthy: c.checkWorthy, speaker: jsonSpeaker(c.speaker),
          entities: [...c.entities], figures: c.figures, verdict: c.verdict, notes: c.notes.map((n) => ({ id: n.id, text: n.text, created: n.created, modified: n.modified })),
        };
        if (c.checks.length > 0) out.checks = c.checks.map((k) => ({ kind: k.kind, message: k.message }));
        if (c.orphaned) out.orphaned = true;
        return out;
      }),
    })),
  };
}

/** The JSON format as text: one line (as the CLI prints it) or indented with `pretty`; final newline. */
export function claimsToJson(documents: readonly ExportDocument[], options: { pretty?: boolean } = {}): string {
  return `${JSON.stringify(claimsJsonData(documents), null, options.pretty ? 2 : undefined)}\n`;
}

// ── JSON in ────────────────────────────────────────────────────────────────────────────────────

/** The file given to `importClaimsJson` is not a GeoLens claims export; the message says why. */
export class ImportError extends JsonShapeError {
  override name = 'ImportError';
}

function readSource(value: Json | undefined, where: string): DocumentSource {
  const o = value === undefined || value === null ? {} : expectObject(value, where);
  const field = (name: keyof DocumentSource): string | null => optionalString(o[name], `${where}.${name}`) ?? null;
  return { title: field('title'), author: field('author'), publication: field('publication'), date: field('date'), url: field('url') };
}

function readSpeaker(value: Json | undefined, where: string): Speaker | null {
  if (value === undefined || value === null) return null;
  const o = expectObject(value, where);
  const speaker: Speaker = { name: expectString(o.name, `${where}.name`) };
  const id = optionalString(o.id, `${where}.id`);
  const verb = optionalString(o.verb, `${where}.verb`);
  if (id !== undefined) speaker.id = id;
  if (verb !== undefined) speaker.verb = verb;
  return speaker;
}

interface ImportedNote {
  id?: string;
  text: string;
  created?: string;
  modified?: string;
}

function readNotes(value: Json | undefined, where: string): ImportedNote[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new ImportError(`${where} must be a list.`);
  return value.map((note, i) => {
    // A plain string is accepted as a note too (hand-written files).
    if (typeof note === 'string') return { text: note };
    const o = expectObject(note, `${where}[${i}]`);
    return {
      id: optionalString(o.id, `${where}[${i}].id`),
      text: expectString(o.text, `${where}[${i}].text`),
      created: optionalString(o.created, `${where}[${i}].created`),
      modified: optionalString(o.modified, `${where}[${i}].modified`),
    };
  });
}

interface ImportedClaim {
  id: string;
  start: number;
  end: number;
  text: string;
  type: ClaimType;
  speaker: Speaker | null;
  /** Absent when the file has none. */
  entities?: string[];
  verdict: Verdict;
  notes: ImportedNote[];
  orphaned: boolean;
}

function readClaim(value: Json, where: string): ImportedClaim {
  const o = expectObject(value, where);
  const id = expectString(o.id, `${where}.id`);
  const start = expectOffset(o.start, `${where}.start`);
  const end = expectOffset(o.end, `${where}.end`);
  if (end < start) throw new ImportError(`${where} ends before it starts.`);
  const type = o.type ?? 'other';
  if (typeof type !== 'string' || !(CLAIM_TYPES as readonly string[]).includes(type)) throw new ImportError(`${where}.type must be one of ${CLAIM_TYPES.join(', ')}.`);
  const verdict = o.verdict ?? 'unverified';
  if (!isVerdict(verdict)) throw new ImportError(`${where}.verdict must be unverified, supported, disputed, false or opinion.`);
  let entities: string[] | undefined;
  if (o.entities !== undefined && o.entities !== null) {
    if (!Array.isArray(o.entities)) throw new ImportError(`${where}.entities must be a list.`);
    entities = o.entities.map((id, i) => expectString(id, `${where}.entities[${i}]`));
  }
  return {
    id, start, end, text: expectString(o.text, `${where}.text`), type: type as ClaimType, speaker: readSpeaker(o.speaker, `${where}.speaker`), verdict,
    notes: readNotes(o.notes, `${where}.notes`), orphaned: o.orphaned === true, ...(entities ? { entities } : {}),
  };
}

/** Adds the imported notes that are not there yet; never changes or drops a stored note. */
function mergeNotes(existing: readonly Note[], imported: readonly ImportedNote[], now: string): { notes: Note[]; added: number } {
  const notes = [...existing];
  let added = 0;
  for (const note of imported) {
    const anonymous = note.id === undefined && note.created === undefined;
    if (notes.some((n) => n.text === note.text && (anonymous || n.id === note.id || n.created === note.created))) continue;
    // Keep the imported id unless a different note already has it.
    const id = note.id !== undefined && !notes.some((n) => n.id === note.id) ? note.id : nextNoteId(notes);
    const created = note.created ?? now;
    notes.push({ id, text: note.text, created, modified: note.modified ?? created });
    added++;
  }
  return { notes, added };
}

/** Where an imported claim sits: exact in the text when given, else the quote at the recorded offsets. */
function importedAnchor(claim: ImportedClaim, documentText: string | undefined): { anchor: Anchor; orphaned: boolean } {
  const bare: Anchor = { quote: { exact: claim.text, prefix: '', suffix: '' }, position: { start: claim.start, end: claim.end } };
  if (documentText === undefined) return { anchor: bare, orphaned: claim.orphaned };
  const found = resolveAnchor(documentText, bare);
  if (!found) return { anchor: bare, orphaned: true };
  return { anchor: createAnchor(documentText, found.start, found.end), orphaned: false };
}

export interface ImportOptions {
  /** Current document texts by key: new claims get full anchors (with context) and are checked. */
  texts?: Readonly<Record<string, string>>;
  /** Timestamp for imported notes that carry none (default: now). */
  now?: string;
}

export interface ImportSummary {
  documents: number;
  claimsAdded: number;
  notesAdded: number;
  verdictsSet: number;
}

/**
 * Merges a claims JSON export into a notes store, by document key (`file`) and claim id:
 * - a claim new to the store is added, anchored at its `start`/`end` with its `text` (with the
 *   surrounding context when `options.texts` has the document; orphaned when the text is not there);
 * - a known claim keeps its anchor, text and user corrections;
 * - a verdict other than `unverified` replaces the stored one (`unverified` never clears a verdict);
 * - notes are added when the claim does not have them yet (same id and text, or same text and
 *   creation time); stored notes are never changed or dropped;
 * - an empty document source is filled in from the file's.
 * Throws `ImportError` with a readable message when the input is not a claims export.
 */
export function importClaimsJsonWithSummary(json: unknown, store: NoteStore, options: ImportOptions = {}): { store: NoteStore; summary: ImportSummary } {
  try {
    return importUnchecked(json, store, options);
  } catch (e) {
    // Shape checks are shared with the store reader; to callers of the import they are import errors.
    if (e instanceof JsonShapeError && !(e instanceof ImportError)) throw new ImportError(e.message);
    throw e;
  }
}

function importUnchecked(json: unknown, store: NoteStore, options: ImportOptions): { store: NoteStore; summary: ImportSummary } {
  let data: Json;
  if (typeof json === 'string') {
    try {
      data = JSON.parse(json.replace(/^\uFEFF/, '')) as Json;
    } catch (e) {
      throw new ImportError(`The claims file is not valid JSON (${e instanceof Error ? e.message : String(e)}).`);
    }
  } else {
    data = json as Json;
  }
  const root = expectObject(data, 'The claims file');
  if (typeof root.version !== 'number') throw new ImportError('The claims file has no "version".');
  if (root.version !== CLAIMS_JSON_VERSION) throw new ImportError(`The claims file has format version ${root.version}; this GeoLens reads version ${CLAIMS_JSON_VERSION}.`);
  if (!Array.isArray(root.documents)) throw new ImportError('The claims file has no "documents" list.');
  const texts = options.texts ?? {};
  const now = nowOf(options.now);
  const summary: ImportSummary = { documents: 0, claimsAdded: 0, notesAdded: 0, verdictsSet: 0 };
  const documents = dict<DocumentRecord>(Object.entries(store.documents));

  root.documents.forEach((value, i) => {
    const doc = expectObject(value, `Document ${i + 1}`);
    const key = expectString(doc.file, `Document ${i + 1}.file`);
    const where = `Document "${key}"`;
    const source = readSource(doc.source, `${where}.source`);
    if (doc.claims !== undefined && !Array.isArray(doc.claims)) throw new ImportError(`${where}.claims must be a list.`);
    const imported = (doc.claims ?? []).map((claim, j) => readClaim(claim, `${where}, claim ${j + 1}`));
    const documentText = Object.prototype.hasOwnProperty.call(texts, key) ? texts[key] : undefined;

    const record = own(documents, key);
    const oldSource = record?.source;
    const mergedSource: DocumentSource = oldSource
      ? { title: oldSource.title ?? source.title, author: oldSource.author ?? source.author, publication: oldSource.publication ?? source.publication, date: oldSource.date ?? source.date, url: oldSource.url ?? source.url }
      : source;
    const claims = dict<StoredClaim>(Object.entries(record?.claims ?? {}));
    for (const claim of imported) {
      const existing = own(claims, claim.id);
      if (existing) {
        const { notes, added } = mergeNotes(existing.notes, claim.notes, now);
        const verdict = claim.verdict !== 'unverified' ? claim.verdict : existing.verdict;
        if (verdict !== existing.verdict) summary.verdictsSet++;
        // The file's verdict replaces the one here; that one is kept in a note, not dropped.
        if (verdict !== existing.verdict && existing.verdict !== 'unverified') notes.push({ id: nextNoteId(notes), text: `Verdict before the import: ${existing.verdict}`, created: now, modified: now });
        summary.notesAdded += added;
        claims[claim.id] = { ...existing, verdict, notes };
      } else {
        const { anchor, orphaned } = importedAnchor(claim, documentText);
        const { notes, added } = mergeNotes([], claim.notes, now);
        const stored: StoredClaim = { anchor, text: claim.text, type: claim.type, speaker: claim.speaker, ...(claim.entities ? { entities: claim.entities } : {}), verdict: claim.verdict, notes };
        if (orphaned) stored.orphaned = true;
        claims[claim.id] = stored;
        summary.claimsAdded++;
        summary.notesAdded += added;
        if (claim.verdict !== 'unverified') summary.verdictsSet++;
      }
    }
    // The marks on figure checks are this store's: the file has none to give, and they stay.
    documents[key] = { source: mergedSource, claims, ...(record?.intended ? { intended: record.intended } : {}), ...(record?.extra ? { extra: record.extra } : {}), ...(record?.sourceExtra ? { sourceExtra: record.sourceExtra } : {}) };
    summary.documents++;
  });
  return { store: { ...store, documents }, summary };
}

/** `importClaimsJsonWithSummary` without the summary. */
export function importClaimsJson(json: unknown, store: NoteStore, options: ImportOptions = {}): NoteStore {
  return importClaimsJsonWithSummary(json, store, options).store;
}
