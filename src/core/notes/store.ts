/**
 * The notes store as data: claims, their notes and verdicts per document, in a versioned JSON file
 * (.geolens/claims.json). Pure functions that return a new store; the VS Code layer reads and writes
 * the file (atomically) and keeps a backup when `parseStore` reports an error.
 *
 * The one rule: a claim with a note, a verdict or a user edit is never deleted by the program. When
 * its text can no longer be found it is marked `orphaned`; only `removeClaim` (a user action)
 * removes it, and then as a tombstone so that re-extraction does not bring it back.
 */
import type { ClaimType, DocumentSource, Speaker } from '../claims/types';
import { CLAIM_TYPES, type Claim } from '../claims/types';
import type { Span } from '../types';
import { anchorIn, CONTEXT_LENGTH, createAnchor, mapSpan, resolveAfterEdits, resolveAnchor, sharedContext, stringReader, type Anchor, type TextEdit, type TextReader } from './anchor';
import { dict, own, withEntry, withoutEntry, type Dict } from './dict';
import { isVerdict, type Verdict } from './verdicts';
import { expectBoolean, expectObject, expectOffset, expectString, JsonShapeError as Invalid, type Json } from '../text/jsonShape';

/**
 * The format this build writes. 2 added each claim's `entities`; 3 each document's `intended`
 * (figure-check findings the user marked as intended). An older file is read as it is and written
 * in this format at the next change; a build that reads only an older format then opens the file
 * read-only, never dropping the fields it does not know. Within one format, fields this build does
 * not know (added by hand or by another tool) are kept and written back (`extra`).
 */
export const STORE_VERSION = 3;
/** Older formats this build reads and migrates. */
const MIGRATES_FROM: readonly number[] = [1, 2];

export interface Note {
  id: string;
  text: string;
  /** ISO 8601 timestamps. */
  created: string;
  modified: string;
  /** Fields this build does not know (written by hand or by another tool), kept as they are. */
  extra?: Dict<Json>;
}

export interface StoredClaim {
  anchor: Anchor;
  text: string;
  type: ClaimType;
  speaker: Speaker | null;
  /**
   * Ids of the entities and treaties the claim names, as extraction found them (format 2). Absent
   * on claims stored by format 1 until they are extracted again, and after the user rewords one:
   * readers then annotate its text.
   */
  entities?: string[];
  verdict: Verdict;
  notes: Note[];
  /** Its text is no longer in the document; kept for its notes and verdict. */
  orphaned?: boolean;
  /** Removed by the user: hidden, and not re-added by extraction. */
  removed?: boolean;
  /** The user changed its text, type or speaker: extraction no longer overwrites them. */
  userEdited?: boolean;
  /** Fields this build does not know, kept as they are; `speakerExtra` those of its speaker. */
  extra?: Dict<Json>;
  speakerExtra?: Dict<Json>;
}

/**
 * A figure-check finding the user marked as intended (format 3): its kind, the words it covers and
 * the sentence they are in (normalised), so it stays marked while the rest of the document changes
 * and comes back if that sentence is rewritten.
 */
export interface IntendedMark {
  kind: string;
  exact: string;
  sentence: string;
}

export interface DocumentRecord {
  source: DocumentSource;
  /** Keyed by claim id; no prototype (see dict.ts). */
  claims: Dict<StoredClaim>;
  /** Findings marked as intended; absent when there are none. */
  intended?: IntendedMark[];
  /** Fields this build does not know, kept as they are; `sourceExtra` those of its source. */
  extra?: Dict<Json>;
  sourceExtra?: Dict<Json>;
}

export interface NoteStore {
  version: typeof STORE_VERSION;
  /** Keyed by document (workspace-relative path or URI); no prototype (see dict.ts). */
  documents: Dict<DocumentRecord>;
  /** Fields this build does not know, kept as they are. */
  extra?: Dict<Json>;
}

const NOTE_FIELDS = new Set(['id', 'text', 'created', 'modified']);
const SPEAKER_FIELDS = new Set(['name', 'id', 'verb']);
const SOURCE_FIELDS = new Set(['title', 'author', 'publication', 'date', 'url']);
const CLAIM_FIELDS = new Set(['anchor', 'text', 'type', 'speaker', 'entities', 'verdict', 'notes', 'orphaned', 'removed', 'userEdited']);
const DOCUMENT_FIELDS = new Set(['source', 'claims', 'intended']);
const STORE_FIELDS = new Set(['version', 'documents']);

/**
 * The fields of `o` this build does not read, or undefined: a person or another tool may have
 * added them, and a store written by this build must not drop them (the same format version).
 */
function extraFields(o: { [key: string]: Json }, known: ReadonlySet<string>): Dict<Json> | undefined {
  let extra: Dict<Json> | undefined;
  for (const key of Object.keys(o)) {
    if (known.has(key)) continue;
    extra ??= dict<Json>();
    extra[key] = o[key];
  }
  return extra;
}

/** `claim` with `speaker`; the fields this build does not know about the old speaker go when the speaker changes. */
function withSpeaker(claim: StoredClaim, before: StoredClaim, speaker: Speaker | null): StoredClaim {
  const out: StoredClaim = { ...claim, speaker };
  if (out.speakerExtra && (speaker?.name !== before.speaker?.name || speaker?.id !== before.speaker?.id)) delete out.speakerExtra;
  return out;
}

/** Both sides' extra fields, `first`'s winning where both have one. */
export function joinExtra(first: Dict<Json> | undefined, second: Dict<Json> | undefined): Dict<Json> | undefined {
  if (!first || !second) return first ?? second;
  return dict([...Object.entries(second), ...Object.entries(first)]);
}

/** The extra fields in a fixed order, after the known ones. */
function extraOut(extra: Dict<Json> | undefined): Dict<Json> {
  return extra ? sortedRecord(extra, (v) => v) : dict<Json>();
}

/**
 * The key a document's claims are stored under: its path relative to the folder that holds the
 * store (so the store travels with a repository), else its URI. In a workspace of several folders
 * the store is in the first, and "article.md" of a second folder is not the first folder's
 * "article.md": it is keyed by its URI.
 */
export function documentKey(uri: string, folderOfDocument: string | undefined, storeFolder: string | undefined, relativePath: string): string {
  return folderOfDocument !== undefined && folderOfDocument === storeFolder ? relativePath : uri;
}

export function emptyStore(): NoteStore {
  return { version: STORE_VERSION, documents: dict() };
}

/** The record of a document, if the store has one (any string is a valid key). */
export function documentOf(store: NoteStore, key: string): DocumentRecord | undefined {
  return own(store.documents, key);
}

/** A stored claim, if there is one (any string is a valid document key or claim id). */
export function claimOf(store: NoteStore, key: string, claimId: string): StoredClaim | undefined {
  return own(own(store.documents, key)?.claims, claimId);
}

function emptySource(): DocumentSource {
  return { title: null, author: null, publication: null, date: null, url: null };
}

// ── Parsing ────────────────────────────────────────────────────────────────────────────────────

function optionalFlag(value: Json | undefined, where: string): boolean | undefined {
  return value === undefined ? undefined : expectBoolean(value, where);
}

function nullableString(value: Json | undefined, where: string): string | null {
  if (value === undefined || value === null) return null;
  return expectString(value, where);
}

function readSource(value: Json | undefined, where: string): DocumentSource {
  if (value === undefined) return emptySource();
  const o = expectObject(value, where);
  return {
    title: nullableString(o.title, `${where}.title`),
    author: nullableString(o.author, `${where}.author`),
    publication: nullableString(o.publication, `${where}.publication`),
    date: nullableString(o.date, `${where}.date`),
    url: nullableString(o.url, `${where}.url`),
  };
}

function readAnchor(value: Json | undefined, where: string): Anchor {
  const o = expectObject(value, where);
  const quote = expectObject(o.quote, `${where}.quote`);
  const position = expectObject(o.position, `${where}.position`);
  const start = expectOffset(position.start, `${where}.position.start`);
  const end = expectOffset(position.end, `${where}.position.end`);
  if (end < start) throw new Invalid(`${where}.position ends before it starts.`);
  return {
    quote: {
      exact: expectString(quote.exact, `${where}.quote.exact`),
      prefix: expectString(quote.prefix ?? '', `${where}.quote.prefix`),
      suffix: expectString(quote.suffix ?? '', `${where}.quote.suffix`),
    },
    position: { start, end },
  };
}

function readSpeaker(value: Json | undefined, where: string): Speaker | null {
  if (value === undefined || value === null) return null;
  const o = expectObject(value, where);
  const speaker: Speaker = { name: expectString(o.name, `${where}.name`) };
  if (o.id !== undefined) speaker.id = expectString(o.id, `${where}.id`);
  if (o.verb !== undefined) speaker.verb = expectString(o.verb, `${where}.verb`);
  return speaker;
}

function readNote(value: Json, where: string): Note {
  const o = expectObject(value, where);
  const note: Note = {
    id: expectString(o.id, `${where}.id`),
    text: expectString(o.text, `${where}.text`),
    created: expectString(o.created, `${where}.created`),
    modified: expectString(o.modified ?? o.created, `${where}.modified`),
  };
  const extra = extraFields(o, NOTE_FIELDS);
  if (extra) note.extra = extra;
  return note;
}

function readClaim(value: Json, where: string): StoredClaim {
  const o = expectObject(value, where);
  const type = o.type ?? 'other';
  if (typeof type !== 'string' || !(CLAIM_TYPES as readonly string[]).includes(type)) throw new Invalid(`${where}.type must be one of ${CLAIM_TYPES.join(', ')}.`);
  const verdict = o.verdict ?? 'unverified';
  if (!isVerdict(verdict)) throw new Invalid(`${where}.verdict must be unverified, supported, disputed, false or opinion.`);
  const notes = o.notes ?? [];
  if (!Array.isArray(notes)) throw new Invalid(`${where}.notes must be a list.`);
  const claim: StoredClaim = {
    anchor: readAnchor(o.anchor, `${where}.anchor`),
    text: expectString(o.text, `${where}.text`),
    type: type as ClaimType,
    speaker: readSpeaker(o.speaker, `${where}.speaker`),
    verdict,
    notes: notes.map((note, i) => readNote(note, `${where}.notes[${i}]`)),
  };
  if (o.entities !== undefined) {
    if (!Array.isArray(o.entities)) throw new Invalid(`${where}.entities must be a list.`);
    claim.entities = o.entities.map((id, i) => expectString(id, `${where}.entities[${i}]`));
  }
  const orphaned = optionalFlag(o.orphaned, `${where}.orphaned`);
  const removed = optionalFlag(o.removed, `${where}.removed`);
  const userEdited = optionalFlag(o.userEdited, `${where}.userEdited`);
  if (orphaned) claim.orphaned = true;
  if (removed) claim.removed = true;
  if (userEdited) claim.userEdited = true;
  const extra = extraFields(o, CLAIM_FIELDS);
  if (extra) claim.extra = extra;
  const speakerExtra = o.speaker !== null && typeof o.speaker === 'object' && !Array.isArray(o.speaker) ? extraFields(o.speaker, SPEAKER_FIELDS) : undefined;
  if (speakerExtra) claim.speakerExtra = speakerExtra;
  return claim;
}

export type ParsedStore = { store: NoteStore } | { error: string; newerVersion?: number; readableStore?: NoteStore };

function readDocuments(root: { [key: string]: Json }): Dict<DocumentRecord> {
  const documents = dict<DocumentRecord>();
  for (const [key, value] of Object.entries(expectObject(root.documents ?? {}, '"documents"'))) {
    const doc = expectObject(value, `Document "${key}"`);
    const claims = dict<StoredClaim>();
    for (const [id, claim] of Object.entries(expectObject(doc.claims ?? {}, `Document "${key}".claims`))) {
      claims[id] = readClaim(claim, `Claim "${id}" of "${key}"`);
    }
    const record: DocumentRecord = { source: readSource(doc.source, `Document "${key}".source`), claims };
    if (doc.intended !== undefined) {
      if (!Array.isArray(doc.intended)) throw new Invalid(`Document "${key}".intended must be a list.`);
      record.intended = doc.intended.map((value, i) => {
        const where = `Document "${key}".intended[${i}]`;
        const o = expectObject(value, where);
        return { kind: expectString(o.kind, `${where}.kind`), exact: expectString(o.exact, `${where}.exact`), sentence: expectString(o.sentence, `${where}.sentence`) };
      });
    }
    const extra = extraFields(doc, DOCUMENT_FIELDS);
    if (extra) record.extra = extra;
    const sourceExtra = doc.source !== null && typeof doc.source === 'object' && !Array.isArray(doc.source) ? extraFields(doc.source, SOURCE_FIELDS) : undefined;
    if (sourceExtra) record.sourceExtra = sourceExtra;
    documents[key] = record;
  }
  return documents;
}

/**
 * Reads a store file. Never throws: a file that is not JSON, has the wrong shape or was written by a
 * newer GeoLens gives `{ error }` (with `newerVersion` for the last: such a file is opened read-only,
 * never backed up and replaced). Messages never quote the file's text: it may not be a store at all.
 */
export function parseStore(json: string): ParsedStore {
  let data: Json;
  try {
    data = JSON.parse(json.replace(/^\uFEFF/, '')) as Json;
  } catch {
    return { error: `The claims file is not valid JSON (${describeJsonError(json)}).` };
  }
  try {
    const root = expectObject(data, 'The claims file');
    const version = root.version;
    if (typeof version !== 'number') throw new Invalid('The claims file has no "version".');
    if (version > STORE_VERSION) {
      // Shown read-only when its documents still read as this version's (fields added later are
      // ignored); it is never written by this build.
      let readable: NoteStore | undefined;
      try {
        readable = { version: STORE_VERSION, documents: readDocuments(root) };
      } catch {
        readable = undefined;
      }
      return { error: `The claims file was written by a newer GeoLens (format version ${version}; this one reads ${STORE_VERSION}). Update GeoLens to edit it.`, newerVersion: version, ...(readable ? { readableStore: readable } : {}) };
    }
    if (version !== STORE_VERSION && !MIGRATES_FROM.includes(version)) throw new Invalid(`Unknown format version ${version}.`);
    const documents = readDocuments(root);
    const extra = extraFields(root, STORE_FIELDS);
    return { store: extra ? { version: STORE_VERSION, documents, extra } : { version: STORE_VERSION, documents } };
  } catch (e) {
    if (e instanceof Invalid) return { error: `The claims file is damaged: ${e.message}` };
    return { error: `The claims file could not be read: ${e instanceof Error ? e.message : String(e)}` };
  }
}

/**
 * Where JSON.parse stopped, as a line and column, without the text there (V8's own message quotes
 * it, and a file named by a setting may be anything, a private file included).
 */
function describeJsonError(json: string): string {
  try {
    JSON.parse(json.replace(/^\uFEFF/, ''));
  } catch (e) {
    const message = e instanceof Error ? e.message : '';
    const position = /position (\d+)/.exec(message);
    if (position) {
      const offset = Number(position[1]);
      const before = json.slice(0, offset);
      const line = before.split('\n').length;
      const column = offset - before.lastIndexOf('\n');
      return `line ${line}, column ${column}`;
    }
    if (/end of JSON input/i.test(message)) return 'it ends too early';
  }
  return 'a syntax error';
}

// ── Writing ────────────────────────────────────────────────────────────────────────────────────

function sortedRecord<T, U>(record: Dict<T>, map: (value: T) => U): Dict<U> {
  return dict(Object.keys(record).sort().map((key) => [key, map(record[key])] as const));
}

/** Fixed key order, so the file diffs cleanly in version control. */
function canonicalClaim(claim: StoredClaim): object {
  const out: StoredClaim = {
    anchor: {
      quote: { exact: claim.anchor.quote.exact, prefix: claim.anchor.quote.prefix, suffix: claim.anchor.quote.suffix },
      position: { start: claim.anchor.position.start, end: claim.anchor.position.end },
    },
    text: claim.text,
    type: claim.type,
    speaker: claim.speaker === null ? null : { name: claim.speaker.name, ...(claim.speaker.id !== undefined ? { id: claim.speaker.id } : {}), ...(claim.speaker.verb !== undefined ? { verb: claim.speaker.verb } : {}), ...extraOut(claim.speakerExtra) },
    ...(claim.entities !== undefined ? { entities: [...claim.entities] } : {}),
    verdict: claim.verdict,
    notes: claim.notes.map((n) => ({ id: n.id, text: n.text, created: n.created, modified: n.modified, ...extraOut(n.extra) })),
  };
  if (claim.orphaned) out.orphaned = true;
  if (claim.removed) out.removed = true;
  if (claim.userEdited) out.userEdited = true;
  // Spread, not assigned: a field named like `__proto__` stays a field.
  return { ...out, ...extraOut(claim.extra) };
}

/** Do two claims hold the same data (what the file would say about them)? */
export function sameClaim(a: StoredClaim, b: StoredClaim): boolean {
  return a === b || JSON.stringify(canonicalClaim(a)) === JSON.stringify(canonicalClaim(b));
}

export function sameSource(a: DocumentSource, b: DocumentSource): boolean {
  return a === b || (a.title === b.title && a.author === b.author && a.publication === b.publication && a.date === b.date && a.url === b.url);
}

/** Stable, pretty JSON with a final newline. */
export function serializeStore(store: NoteStore): string {
  const canonical = {
    version: STORE_VERSION,
    documents: sortedRecord(store.documents, (doc) => ({
      source: { title: doc.source.title, author: doc.source.author, publication: doc.source.publication, date: doc.source.date, url: doc.source.url, ...extraOut(doc.sourceExtra) },
      claims: sortedRecord(doc.claims, canonicalClaim),
      ...(doc.intended && doc.intended.length > 0 ? { intended: canonicalMarks(doc.intended) } : {}),
      ...extraOut(doc.extra),
    })),
    ...extraOut(store.extra),
  };
  return `${JSON.stringify(canonical, null, 2)}\n`;
}

// ── Updating ───────────────────────────────────────────────────────────────────────────────────

const markKey = (m: IntendedMark): string => `${m.kind}\u0000${m.exact}\u0000${m.sentence}`;

/** Each mark once, in a fixed order, with its keys in a fixed order. */
export function canonicalMarks(marks: readonly IntendedMark[]): IntendedMark[] {
  const byKey = new Map(marks.map((m) => [markKey(m), { kind: m.kind, exact: m.exact, sentence: m.sentence }]));
  return [...byKey.keys()].sort().map((k) => byKey.get(k) as IntendedMark);
}

export function sameMark(a: IntendedMark, b: IntendedMark): boolean {
  return markKey(a) === markKey(b);
}

/** Marks a figure-check finding as intended (a user action); marking it twice changes nothing. */
export function markIntended(store: NoteStore, key: string, mark: IntendedMark): NoteStore {
  const existing = documentOf(store, key)?.intended ?? [];
  if (existing.some((m) => sameMark(m, mark))) return store;
  return withDocument(store, key, (doc) => ({ ...doc, intended: canonicalMarks([...existing, mark]) }));
}

/** Takes the mark back (a user action). */
export function unmarkIntended(store: NoteStore, key: string, mark: IntendedMark): NoteStore {
  const doc = documentOf(store, key);
  if (!doc?.intended?.some((m) => sameMark(m, mark))) return store;
  const rest = doc.intended.filter((m) => !sameMark(m, mark));
  return withDocument(store, key, (d) => {
    const next: DocumentRecord = { ...d, intended: rest };
    if (rest.length === 0) delete next.intended;
    return next;
  });
}

/** Does the claim hold anything a person put there? Such a claim is never dropped by the program. */
export function hasUserData(claim: StoredClaim): boolean {
  return claim.notes.length > 0 || claim.verdict !== 'unverified' || claim.userEdited === true || claim.removed === true;
}

function withDocument(store: NoteStore, key: string, update: (doc: DocumentRecord) => DocumentRecord): NoteStore {
  const doc = documentOf(store, key) ?? { source: emptySource(), claims: dict() };
  return { ...store, documents: withEntry(store.documents, key, update(doc)) };
}

function withClaim(store: NoteStore, key: string, claimId: string, update: (claim: StoredClaim) => StoredClaim): NoteStore {
  const claim = claimOf(store, key, claimId);
  if (!claim) return store;
  return withDocument(store, key, (doc) => ({ ...doc, claims: withEntry(doc.claims, claimId, update(claim)) }));
}

function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** A re-anchored claim's text: the document's words, unless a person rewrote the claim (theirs stay). */
function claimText(claim: StoredClaim, found: string): string {
  return claim.userEdited ? claim.text : found;
}

/**
 * Re-finds every claim of a document in its new text; claims not found become orphans. `edits`:
 * the edits made since the anchors were set, when known (each claim is first looked for where they
 * moved it, then, when one fell inside it, near there; `resolveAfterEdits`).
 */
export function reanchorDocument(store: NoteStore, key: string, text: string, edits?: readonly TextEdit[]): NoteStore {
  const doc = documentOf(store, key);
  if (!doc) return store;
  const reader = stringReader(text);
  const claims = dict<StoredClaim>();
  const elsewhere: string[] = [];
  for (const [id, claim] of Object.entries(doc.claims)) {
    const found = edits && !claim.orphaned ? resolveAfterEdits(reader, claim.anchor, edits) : resolveAnchor(text, claim.anchor);
    claims[id] = refound(claim, reader, found);
    const expected = edits ? mapSpan(claim.anchor.position, edits)?.start : claim.anchor.position.start;
    if (found && found.start !== expected) elsewhere.push(id);
  }
  oneClaimPerPlace(doc.claims, claims, elsewhere);
  return { ...store, documents: withEntry(store.documents, key, { ...doc, claims }) };
}

/**
 * Two claims re-anchored onto one place (a repeated sentence whose other copy was deleted: both
 * find the copy that is left) would show one sentence twice, with two verdicts. The one whose
 * context the place still has stays; the others are orphans, with their notes and verdicts. Only a
 * claim found away from where the edits put it (`elsewhere`) can land on another's place, so only
 * the places those took are looked at: typing, where there are none, pays nothing.
 */
function oneClaimPerPlace(before: Dict<StoredClaim>, after: Dict<StoredClaim>, elsewhere: readonly string[]): void {
  if (elsewhere.length === 0) return;
  const taken = new Set(elsewhere.map((id) => after[id].anchor.position.start));
  const atPlace = new Map<string, string[]>();
  for (const id of Object.keys(after)) {
    const claim = after[id];
    // A removed claim is a hidden tombstone: it never takes a place from a claim the user sees.
    if (claim.orphaned || claim.removed || !taken.has(claim.anchor.position.start)) continue;
    const place = `${claim.anchor.position.start}:${claim.anchor.position.end}`;
    const ids = atPlace.get(place);
    if (ids) ids.push(id);
    else atPlace.set(place, [id]);
  }
  for (const ids of atPlace.values()) {
    if (ids.length < 2) continue;
    const fit = (id: string): number => sharedContext(before[id].anchor.quote, after[id].anchor.quote) - (before[id].anchor.position.start === after[id].anchor.position.start ? 0 : 0.5);
    const keep = ids.reduce((best, id) => (fit(id) > fit(best) ? id : best));
    for (const id of ids) if (id !== keep) after[id] = { ...before[id], orphaned: true };
  }
}

/**
 * `reanchorDocument` after `edits`, for a document whose anchors were all set or checked against the
 * text the edits were made to (its last re-anchoring or extraction): a claim the edits came nowhere
 * near (its text and the context its anchor quotes) only moves, without reading the text; one they
 * touched is read where they moved it or near there, and only one not found there, or an orphan,
 * has the whole text searched. Typing in a 1 MB document then costs the claims near the edit.
 */
export function reanchorAfterEdits(store: NoteStore, key: string, reader: TextReader, edits: readonly TextEdit[]): NoteStore {
  const doc = documentOf(store, key);
  if (!doc) return store;
  const claims = dict<StoredClaim>();
  const elsewhere: string[] = [];
  let moved = false;
  for (const id in doc.claims) {
    const claim = doc.claims[id];
    const { position, quote } = claim.anchor;
    // The shortcut trusts the stored text to be the quote's (or a person's wording, kept either way).
    const quoted = claim.orphaned || !(claim.userEdited || claim.text === quote.exact) ? undefined : mapSpan({ start: position.start - CONTEXT_LENGTH, end: position.end + CONTEXT_LENGTH }, edits);
    if (quoted) {
      const start = quoted.start + CONTEXT_LENGTH;
      claims[id] = start === position.start ? claim : { ...claim, anchor: { quote, position: { start, end: quoted.end - CONTEXT_LENGTH } } };
      moved ||= start !== position.start;
      continue;
    }
    moved = true;
    const found = claim.orphaned ? resolveAnchor(reader.whole(), claim.anchor) : resolveAfterEdits(reader, claim.anchor, edits);
    claims[id] = found || !claim.orphaned ? refound(claim, reader, found) : claim;
    if (found && (claim.orphaned || found.start !== mapSpan(position, edits)?.start)) elsewhere.push(id);
  }
  if (!moved) return store;
  oneClaimPerPlace(doc.claims, claims, elsewhere);
  return { ...store, documents: withEntry(store.documents, key, { ...doc, claims }) };
}

/** A claim where it was found (its anchor and, unless a person rewrote it, its text), or an orphan. */
function refound(claim: StoredClaim, reader: TextReader, found: Span | null): StoredClaim {
  if (!found) return { ...claim, orphaned: true };
  const anchor = anchorIn(reader, found.start, found.end);
  const again: StoredClaim = { ...claim, anchor, text: claimText(claim, anchor.quote.exact) };
  delete again.orphaned;
  return again;
}

/**
 * Merges a fresh extraction into a document: new claims are added; known ones (same id, or the same
 * place after their wording changed) keep their notes and verdict and take the new anchor; stored
 * claims extraction no longer finds are dropped only when they hold nothing a person wrote; kept
 * ones whose text is gone are orphaned.
 */
export function mergeExtraction(store: NoteStore, key: string, text: string, extracted: readonly Claim[], source?: DocumentSource): NoteStore {
  const reanchored = reanchorDocument(store, key, text);
  const old = documentOf(reanchored, key)?.claims ?? dict<StoredClaim>();
  const claims = dict<StoredClaim>();
  const used = new Set<string>();

  // Which stored claim each extracted one continues: first the one re-anchored to the same place
  // (a repeated sentence's ids count its copies, so a copy added above shifts them: by id alone,
  // each copy's verdict would slide onto the copy before it), then the same id, then one reworded
  // in place (re-anchored onto most of the same span).
  const previousOf = new Map<Claim, string>();
  const byPlace = new Map<string, string[]>();
  for (const id of Object.keys(old)) {
    if (old[id].orphaned) continue;
    const place = `${old[id].anchor.position.start}:${old[id].anchor.position.end}`;
    byPlace.set(place, [...(byPlace.get(place) ?? []), id]);
  }
  for (const claim of extracted) {
    // Several stored claims at one place (re-anchored onto the same copy): the one with the
    // extracted claim's id, else the first; the others are matched below or kept.
    const here = (byPlace.get(`${claim.start}:${claim.end}`) ?? []).filter((id) => !used.has(id));
    const id = here.includes(claim.id) ? claim.id : here[0];
    if (id !== undefined) {
      previousOf.set(claim, id);
      used.add(id);
    }
  }
  for (const claim of extracted) {
    if (previousOf.has(claim) || !own(old, claim.id) || used.has(claim.id)) continue;
    previousOf.set(claim, claim.id);
    used.add(claim.id);
  }
  const extractedIds = new Set(extracted.map((c) => c.id));
  for (const claim of extracted) {
    if (previousOf.has(claim)) continue;
    const length = claim.end - claim.start;
    const id = Object.keys(old).find((candidate) => {
      const stored = old[candidate];
      if (used.has(candidate) || stored.orphaned || extractedIds.has(candidate)) return false;
      const span = stored.anchor.position;
      const shared = overlap(span, claim);
      return shared >= 0.6 * length && shared >= 0.6 * (span.end - span.start);
    });
    if (id === undefined) continue;
    previousOf.set(claim, id);
    used.add(id);
  }
  for (const claim of extracted) {
    const anchor = createAnchor(text, claim.start, claim.end);
    const previousId = previousOf.get(claim);
    const previous = previousId === undefined ? undefined : old[previousId];
    if (previous) {
      claims[claim.id] = previous.userEdited
        ? { ...previous, anchor }
        : withSpeaker({ ...previous, anchor, text: claim.text, type: claim.type, entities: [...claim.entities] }, previous, claim.speaker);
    } else {
      claims[claim.id] = { anchor, text: claim.text, type: claim.type, speaker: claim.speaker, entities: [...claim.entities], verdict: 'unverified', notes: [] };
    }
  }
  for (const [id, stored] of Object.entries(old)) {
    if (used.has(id)) continue;
    // Extraction owns the claims nobody has touched; anything a person added to is kept, under a
    // free id if a new claim took its own.
    if (!hasUserData(stored)) continue;
    let free = id;
    for (let n = 2; own(claims, free); n++) free = `${id}~${n}`;
    claims[free] = stored;
  }
  const doc = documentOf(reanchored, key);
  // The marks are the user's: extraction keeps them whatever it finds.
  return withDocument(reanchored, key, () => ({ source: source ?? doc?.source ?? emptySource(), claims, ...(doc?.intended ? { intended: doc.intended } : {}), ...(doc?.extra ? { extra: doc.extra } : {}), ...(doc?.sourceExtra ? { sourceExtra: doc.sourceExtra } : {}) }));
}

/** The next free note id of a claim ("n1", "n2", …). */
export function nextNoteId(notes: readonly Note[]): string {
  let max = 0;
  for (const note of notes) {
    const n = /^n(\d+)$/.exec(note.id);
    if (n) max = Math.max(max, Number(n[1]));
  }
  return `n${max + 1}`;
}

export function addNote(store: NoteStore, key: string, claimId: string, text: string, now: string = new Date().toISOString()): NoteStore {
  return withClaim(store, key, claimId, (claim) => ({
    ...claim,
    notes: [...claim.notes, { id: nextNoteId(claim.notes), text, created: now, modified: now }],
  }));
}

export function editNote(store: NoteStore, key: string, claimId: string, noteId: string, text: string, now: string = new Date().toISOString()): NoteStore {
  return withClaim(store, key, claimId, (claim) => ({
    ...claim,
    notes: claim.notes.map((note) => (note.id === noteId ? { ...note, text, modified: now } : note)),
  }));
}

/** Deletes one note (an explicit user action). */
export function removeNote(store: NoteStore, key: string, claimId: string, noteId: string): NoteStore {
  return withClaim(store, key, claimId, (claim) => ({ ...claim, notes: claim.notes.filter((note) => note.id !== noteId) }));
}

export function setVerdict(store: NoteStore, key: string, claimId: string, verdict: Verdict): NoteStore {
  return withClaim(store, key, claimId, (claim) => ({ ...claim, verdict }));
}

/** The user's own corrections of a claim; extraction keeps them from then on. */
export function editClaim(store: NoteStore, key: string, claimId: string, patch: { text?: string; type?: ClaimType; speaker?: Speaker | null }): NoteStore {
  return withClaim(store, key, claimId, (claim) => {
    const edited: StoredClaim = withSpeaker({ ...claim, ...patch, userEdited: true }, claim, patch.speaker === undefined ? claim.speaker : patch.speaker);
    // Reworded: the names extraction found may no longer be in it; readers annotate the new text.
    if (patch.text !== undefined && patch.text !== claim.text) delete edited.entities;
    return edited;
  });
}

/** Removal is a user action only: the claim stays as a tombstone so re-extraction skips it. */
export function removeClaim(store: NoteStore, key: string, claimId: string): NoteStore {
  return withClaim(store, key, claimId, (claim) => ({ ...claim, removed: true }));
}

/**
 * A document saved under a new name or renamed: its claims move with it. When the new key already
 * has claims, both sets are kept and the moved document's records win on equal ids (they are the
 * ones the user was working on).
 */
export function renameDocument(store: NoteStore, oldKey: string, newKey: string, now: string = new Date().toISOString()): NoteStore {
  const moving = documentOf(store, oldKey);
  if (!moving || oldKey === newKey) return store;
  const rest = withoutEntry(store.documents, oldKey);
  const existing = own(rest, newKey);
  const marks = [...(existing?.intended ?? []), ...(moving.intended ?? [])];
  let merged = moving;
  if (existing) {
    const claims = dict(Object.entries(existing.claims));
    for (const [id, claim] of Object.entries(moving.claims)) claims[id] = own(existing.claims, id) ? joinClaims(claim, existing.claims[id], newKey, now) : claim;
    const extra = joinExtra(moving.extra, existing.extra);
    merged = { source: moving.source, claims, ...(marks.length > 0 ? { intended: canonicalMarks(marks) } : {}), ...(extra ? { extra } : {}), ...(moving.sourceExtra ? { sourceExtra: moving.sourceExtra } : {}) };
  }
  return { ...store, documents: withEntry(rest, newKey, merged) };
}

/**
 * A folder renamed or moved: every document under it moves along (VS Code reports the folder
 * alone, not the files in it). Keys are `/`-separated, workspace-relative paths or URIs.
 */
export function renameFolder(store: NoteStore, oldKey: string, newKey: string, now: string = new Date().toISOString()): NoteStore {
  const prefix = oldKey.endsWith('/') ? oldKey : `${oldKey}/`;
  const target = newKey.endsWith('/') ? newKey : `${newKey}/`;
  if (prefix === target) return store;
  let moved = store;
  for (const key of Object.keys(store.documents)) if (key.startsWith(prefix)) moved = renameDocument(moved, key, target + key.slice(prefix.length), now);
  return moved;
}

/**
 * The same claim (the same sentence: ids are made from it) in a document moved onto another that
 * had it too: the moved one's record, with the other's notes after its own and the other's verdict
 * where the moved one has none; two different verdicts keep the moved one's, the other's in a note.
 */
function joinClaims(moved: StoredClaim, replaced: StoredClaim, replacedKey: string, now: string): StoredClaim {
  const notes = [...moved.notes];
  for (const note of replaced.notes) {
    if (notes.some((n) => n.text === note.text && n.created === note.created)) continue;
    notes.push({ ...note, id: nextNoteId(notes) });
  }
  let verdict = moved.verdict;
  if (verdict === 'unverified') verdict = replaced.verdict;
  else if (replaced.verdict !== 'unverified' && replaced.verdict !== moved.verdict) {
    notes.push({ id: nextNoteId(notes), text: `Verdict in the ${replacedKey} this document replaced: ${replaced.verdict}`, created: now, modified: now });
  }
  // A person's wording wins over extraction's, and fields this build does not know come from both.
  const wording = !moved.userEdited && replaced.userEdited ? { text: replaced.text, type: replaced.type, speaker: replaced.speaker, userEdited: true } : {};
  const extra = joinExtra(moved.extra, replaced.extra);
  return { ...moved, ...wording, verdict, notes, ...(extra ? { extra } : {}) };
}

/** A document saved under a second name (Save As of a saved file): both keep the claims. */
export function copyDocument(store: NoteStore, fromKey: string, toKey: string): NoteStore {
  const source = documentOf(store, fromKey);
  if (!source || fromKey === toKey || documentOf(store, toKey)) return store;
  // A deep copy through the file format, so both documents own their claims (and no prototype comes back).
  const copy = parseStore(serializeStore({ version: STORE_VERSION, documents: dict([[fromKey, source]]) }));
  if (!('store' in copy)) return store;
  return { ...store, documents: withEntry(store.documents, toKey, copy.store.documents[fromKey]) };
}
