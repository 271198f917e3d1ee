/**
 * Three-way merge of the claims store, for when the file changed on disk (git pull, another window)
 * while this window had changes not yet written. `base` is the store as last read or written, `ours`
 * the store in memory, `theirs` the store now on disk. What only one side changed is taken from that
 * side; a claim both changed differently keeps ours (the change just made here) and is reported, so
 * the caller can say so: nothing is dropped silently.
 *
 * Stores are updated immutably, so an unchanged document or claim is the same object in `base` and
 * `ours`: those are compared by reference, and only what differs is compared by content.
 */
import { sameClaim, sameSource, type DocumentRecord, type NoteStore, type StoredClaim } from './store';

/** A claim of a document in the store. */
export interface ClaimRef {
  key: string;
  id: string;
}

export interface MergeResult {
  store: NoteStore;
  /** Claims changed on both sides (ours kept). */
  conflicts: ClaimRef[];
}

function changed(a: StoredClaim | undefined, b: StoredClaim | undefined): boolean {
  if (a === b) return false;
  if (!a || !b) return true;
  return !sameClaim(a, b);
}

function mergeDocument(key: string, base: DocumentRecord | undefined, ours: DocumentRecord, theirs: DocumentRecord | undefined, conflicts: ClaimRef[]): DocumentRecord {
  const baseSource = base?.source;
  const source = baseSource && sameSource(ours.source, baseSource) && theirs ? theirs.source : ours.source;
  const claims: Record<string, StoredClaim> = {};
  const ids = new Set([...Object.keys(base?.claims ?? {}), ...Object.keys(ours.claims), ...Object.keys(theirs?.claims ?? {})]);
  for (const id of ids) {
    const b = base?.claims[id];
    const o = ours.claims[id];
    const t = theirs?.claims[id];
    let kept: StoredClaim | undefined;
    if (!changed(o, b)) kept = t;
    else if (!changed(t, b)) kept = o;
    else if (!changed(o, t)) kept = o;
    else if (!o) kept = t; // we dropped it (extraction no longer finds it), they changed it: keep theirs
    else {
      kept = o;
      conflicts.push({ key, id });
    }
    if (kept) claims[id] = kept;
  }
  return { source, claims };
}

export function mergeStores(base: NoteStore, ours: NoteStore, theirs: NoteStore): MergeResult {
  const conflicts: ClaimRef[] = [];
  const documents: Record<string, DocumentRecord> = {};
  const keys = new Set([...Object.keys(base.documents), ...Object.keys(ours.documents), ...Object.keys(theirs.documents)]);
  for (const key of keys) {
    const b = base.documents[key];
    const o = ours.documents[key];
    const t = theirs.documents[key];
    if (o === b) {
      // Not changed here: the disk's version (or its removal) stands.
      if (t) documents[key] = t;
    } else if (!o) {
      // Removed here (renamed or moved): gone, unless they changed it meanwhile (then theirs is kept).
      if (t && b && t !== b && !sameDocument(t, b)) documents[key] = t;
    } else {
      documents[key] = mergeDocument(key, b, o, t, conflicts);
    }
  }
  return { store: { ...ours, documents }, conflicts };
}

function sameDocument(a: DocumentRecord, b: DocumentRecord): boolean {
  if (!sameSource(a.source, b.source)) return false;
  const ids = Object.keys(a.claims);
  if (ids.length !== Object.keys(b.claims).length) return false;
  return ids.every((id) => b.claims[id] !== undefined && !changed(a.claims[id], b.claims[id]));
}
