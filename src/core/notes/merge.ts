/**
 * Three-way merge of the claims store, for when the file changed on disk (git pull, another window)
 * while this window had changes not yet written, and for every save (the file is re-read under a lock
 * and merged before it is replaced). `base` is the store as last read or written, `ours` the store in
 * memory, `theirs` the store now on disk.
 *
 * What only one side changed is taken from that side. A claim both sides changed is merged field by
 * field: notes by id (a note both sides added or edited differently keeps both texts), the verdict
 * (both changed it differently: ours is kept and reported), its place and wording as `mergeClaim` says.
 * Nothing a person wrote is dropped silently.
 *
 * Stores are updated immutably, so an unchanged document or claim is the same object in `base` and
 * `ours`: those are compared by reference, and only what differs is compared by content.
 */
import { dict, own } from './dict';
import { canonicalMarks, joinExtra, nextNoteId, sameClaim, sameMark, sameSource, type DocumentRecord, type IntendedMark, type Note, type NoteStore, type StoredClaim } from './store';

/** A claim of a document in the store. */
export interface ClaimRef {
  key: string;
  id: string;
}

/**
 * A change made on both sides that could not be taken from both: `verdict` (ours kept), `note` (a
 * note edited on both sides: both texts kept, theirs under its id, ours as a new note), `wording`
 * (a claim reworded on both sides: ours kept, theirs as a new note).
 */
export interface MergeConflict extends ClaimRef {
  kind: 'verdict' | 'note' | 'wording';
}

export interface MergeResult {
  store: NoteStore;
  conflicts: MergeConflict[];
}

function changed(a: StoredClaim | undefined, b: StoredClaim | undefined): boolean {
  if (a === b) return false;
  if (!a || !b) return true;
  return !sameClaim(a, b);
}

function sameNote(a: Note | undefined, b: Note | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return a.text === b.text && a.created === b.created && a.modified === b.modified;
}

/** Where a claim is: what re-anchoring changes. */
function placeOf(claim: StoredClaim): string {
  return JSON.stringify([claim.anchor, claim.orphaned === true]);
}

/** What a claim says: its wording, type and speaker, and whether a person set them. */
function wordingOf(claim: StoredClaim): string {
  return JSON.stringify([claim.text, claim.type, claim.speaker, claim.userEdited === true]);
}

function mergeNotes(base: readonly Note[], ours: readonly Note[], theirs: readonly Note[], report: () => void): Note[] {
  const byId = (notes: readonly Note[]) => new Map(notes.map((n) => [n.id, n]));
  const b = byId(base);
  const o = byId(ours);
  const t = byId(theirs);
  const kept: Note[] = [];
  const renamed: Note[] = [];
  for (const id of new Set([...t.keys(), ...o.keys(), ...b.keys()])) {
    const bn = b.get(id);
    const on = o.get(id);
    const tn = t.get(id);
    if (sameNote(on, bn)) {
      if (tn) kept.push(tn);
    } else if (sameNote(tn, bn) || sameNote(on, tn)) {
      if (on) kept.push(on);
    } else if (!on || !tn) {
      // Deleted on one side, written on the other: the words are kept.
      kept.push((on ?? tn) as Note);
    } else {
      // Both sides wrote this id: added at once (ids are numbered per claim) or edited at once.
      kept.push(tn);
      renamed.push(on);
      if (bn) report();
    }
  }
  for (const note of renamed) kept.push({ ...note, id: nextNoteId([...kept, ...renamed.filter((n) => n !== note)]) });
  return kept.sort((x, y) => (x.created < y.created ? -1 : x.created > y.created ? 1 : 0));
}

/**
 * A claim both sides changed, group by group: its place (anchor, orphaned) from the side that moved
 * it (ours when both did: this window has the document); its wording from the side a person
 * reworded it on (re-anchoring rewrites a claim's text too, and must not undo a person's words),
 * else with its place; removed when either side removed it. Reworded on both sides differently:
 * ours is kept, and theirs becomes a note, so neither is lost.
 */
function mergeClaim(key: string, id: string, base: StoredClaim | undefined, ours: StoredClaim, theirs: StoredClaim, conflicts: MergeConflict[], now: string): StoredClaim {
  const place = base !== undefined && placeOf(ours) === placeOf(base) ? theirs : ours;
  let wording = place;
  let otherWording: StoredClaim | undefined;
  if (ours.userEdited && theirs.userEdited && wordingOf(ours) !== wordingOf(theirs)) {
    wording = base?.userEdited && wordingOf(ours) === wordingOf(base) ? theirs : ours;
    if (!(base?.userEdited && wordingOf(theirs) === wordingOf(base)) && wording === ours) otherWording = theirs;
  } else if (ours.userEdited !== theirs.userEdited) {
    wording = ours.userEdited ? ours : theirs;
  }
  const baseVerdict = base?.verdict ?? 'unverified';
  let verdict = ours.verdict;
  if (ours.verdict === baseVerdict) verdict = theirs.verdict;
  else if (theirs.verdict !== baseVerdict && theirs.verdict !== ours.verdict) conflicts.push({ key, id, kind: 'verdict' });
  let notes = mergeNotes(base?.notes ?? [], ours.notes, theirs.notes, () => conflicts.push({ key, id, kind: 'note' }));
  if (otherWording) {
    conflicts.push({ key, id, kind: 'wording' });
    const speaker = otherWording.speaker ? `; speaker: ${otherWording.speaker.name}` : '';
    notes = [...notes, { id: nextNoteId(notes), text: `Reworded in another window as: "${otherWording.text}" (${otherWording.type}${speaker})`, created: now, modified: now }];
  }
  const merged: StoredClaim = { anchor: place.anchor, text: wording.text, type: wording.type, speaker: wording.speaker, verdict, notes };
  const entities = wording.entities ?? (wording.userEdited ? undefined : place.entities);
  if (entities) merged.entities = entities;
  if (place.orphaned) merged.orphaned = true;
  if (ours.removed || theirs.removed) merged.removed = true;
  if (wording.userEdited) merged.userEdited = true;
  const extra = joinExtra(ours.extra, theirs.extra);
  if (extra) merged.extra = extra;
  if (wording.speakerExtra) merged.speakerExtra = wording.speakerExtra;
  return merged;
}

function mergeDocument(key: string, base: DocumentRecord | undefined, ours: DocumentRecord, theirs: DocumentRecord | undefined, conflicts: MergeConflict[], now: string): DocumentRecord {
  const baseSource = base?.source;
  const source = baseSource && sameSource(ours.source, baseSource) && theirs ? theirs.source : ours.source;
  const claims = dict<StoredClaim>();
  const ids = new Set([...Object.keys(base?.claims ?? {}), ...Object.keys(ours.claims), ...Object.keys(theirs?.claims ?? {})]);
  for (const id of ids) {
    const b = own(base?.claims, id);
    const o = own(ours.claims, id);
    const t = own(theirs?.claims, id);
    let kept: StoredClaim | undefined;
    if (!changed(o, b)) kept = t;
    else if (!changed(t, b)) kept = o;
    else if (!changed(o, t)) kept = o;
    else if (!o) kept = t; // we dropped it (extraction no longer finds it), they changed it: keep theirs
    else if (!t) kept = o; // they dropped it, we changed it: keep ours
    else kept = mergeClaim(key, id, b, o, t, conflicts, now);
    if (kept) claims[id] = kept;
  }
  const intended = mergeMarks(base?.intended ?? [], ours.intended ?? [], theirs?.intended ?? []);
  const extra = joinExtra(ours.extra, theirs?.extra);
  const sourceExtra = source === ours.source ? ours.sourceExtra : theirs?.sourceExtra;
  return { source, claims, ...(intended.length > 0 ? { intended } : {}), ...(extra ? { extra } : {}), ...(sourceExtra ? { sourceExtra } : {}) };
}

/** Both sides' marks, less those one side took back since the base. */
function mergeMarks(base: readonly IntendedMark[], ours: readonly IntendedMark[], theirs: readonly IntendedMark[]): IntendedMark[] {
  const has = (list: readonly IntendedMark[], m: IntendedMark): boolean => list.some((x) => sameMark(x, m));
  const takenBack = base.filter((m) => !has(ours, m) || !has(theirs, m));
  return canonicalMarks([...ours, ...theirs].filter((m) => !has(takenBack, m)));
}

export function mergeStores(base: NoteStore, ours: NoteStore, theirs: NoteStore, now: string = new Date().toISOString()): MergeResult {
  const conflicts: MergeConflict[] = [];
  const documents = dict<DocumentRecord>();
  const keys = new Set([...Object.keys(base.documents), ...Object.keys(ours.documents), ...Object.keys(theirs.documents)]);
  for (const key of keys) {
    const b = own(base.documents, key);
    const o = own(ours.documents, key);
    const t = own(theirs.documents, key);
    if (o === b) {
      // Not changed here: the disk's version (or its removal) stands.
      if (t) documents[key] = t;
    } else if (!o) {
      // Removed here (renamed or moved): gone, unless they changed it meanwhile (then theirs is kept).
      if (t && b && t !== b && !sameDocument(t, b)) documents[key] = t;
    } else {
      documents[key] = mergeDocument(key, b, o, t, conflicts, now);
    }
  }
  const extra = joinExtra(ours.extra, theirs.extra);
  return { store: { ...ours, documents, ...(extra ? { extra } : {}) }, conflicts };
}

function sameDocument(a: DocumentRecord, b: DocumentRecord): boolean {
  if (!sameSource(a.source, b.source)) return false;
  const marks = (d: DocumentRecord): string => JSON.stringify(canonicalMarks(d.intended ?? []));
  if (marks(a) !== marks(b)) return false;
  const ids = Object.keys(a.claims);
  if (ids.length !== Object.keys(b.claims).length) return false;
  return ids.every((id) => own(b.claims, id) !== undefined && !changed(a.claims[id], own(b.claims, id)));
}
