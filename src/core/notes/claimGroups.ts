/**
 * How the Claims view filters and groups the stored claims, as data: which claims a filter keeps,
 * which groups a claim is in (by document, speaker, entity or verdict) and in what order. The
 * adapter (src/vscode/features/claimsTree.ts) only words, localises and draws them.
 */
import type { NoteStore, StoredClaim } from './store';
import { VERDICT_ORDER, type Verdict } from './verdicts';

export type Grouping = 'document' | 'speaker' | 'entity' | 'verdict';
export const GROUPINGS: readonly Grouping[] = ['document', 'speaker', 'entity', 'verdict'];

export interface ClaimsFilter {
  /** Kept when the claim's text, speaker, document or notes contain it (any case). */
  text?: string;
  verdict?: Verdict;
}

/** A stored claim: its document's key in the store and its id. */
export interface ClaimRef {
  key: string;
  id: string;
}

/** A group a claim is in: a key unique within its grouping, and what the group stands for. */
export type ClaimGroup =
  | { key: string; kind: 'document'; document: string }
  | { key: string; kind: 'speaker'; name: string }
  | { key: string; kind: 'author' }
  | { key: string; kind: 'verdict'; verdict: Verdict }
  | { key: string; kind: 'entity'; id: string }
  | { key: string; kind: 'no-entity' };

/** Claims by the author (no speaker) and claims that name no entity: keys no id or name can take. */
const AUTHOR_KEY = '\u0000author';
const NO_ENTITY_KEY = '';

/** The entity ids the store kept; callers pass a fallback for claims without them (format 1). */
const storedEntities = (claim: StoredClaim): readonly string[] => claim.entities ?? [];

export function isVisible(ref: ClaimRef, claim: StoredClaim, filter: ClaimsFilter): boolean {
  if (claim.removed) return false;
  if (filter.verdict && claim.verdict !== filter.verdict) return false;
  if (filter.text) {
    const needle = filter.text.toLowerCase();
    const haystack = `${claim.text} ${claim.speaker?.name ?? ''} ${ref.key} ${claim.notes.map((n) => n.text).join(' ')}`.toLowerCase();
    if (!haystack.includes(needle)) return false;
  }
  return true;
}

/** The groups a claim is in (an entity grouping puts it under every entity it names). */
export function groupsOf(ref: ClaimRef, claim: StoredClaim, grouping: Grouping, entitiesOf: (claim: StoredClaim) => readonly string[] = storedEntities): ClaimGroup[] {
  switch (grouping) {
    case 'document':
      return [{ key: ref.key, kind: 'document', document: ref.key }];
    case 'speaker':
      return claim.speaker ? [{ key: claim.speaker.id ?? claim.speaker.name, kind: 'speaker', name: claim.speaker.name }] : [{ key: AUTHOR_KEY, kind: 'author' }];
    case 'verdict':
      return [{ key: claim.verdict, kind: 'verdict', verdict: claim.verdict }];
    case 'entity': {
      const ids = [...new Set(entitiesOf(claim))];
      return ids.length > 0 ? ids.map((id) => ({ key: id, kind: 'entity', id })) : [{ key: NO_ENTITY_KEY, kind: 'no-entity' }];
    }
  }
}

/** The order of `Object.keys(…).sort()`: UTF-16 code units. */
export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Every claim the filter keeps, by document key, then by position in the document. */
export function visibleClaims(store: NoteStore, filter: ClaimsFilter): ClaimRef[] {
  const refs: ClaimRef[] = [];
  for (const key of Object.keys(store.documents).sort(compareKeys)) {
    const claims = store.documents[key].claims;
    const ids = Object.keys(claims).sort((a, b) => claims[a].anchor.position.start - claims[b].anchor.position.start);
    for (const id of ids) if (isVisible({ key, id }, claims[id], filter)) refs.push({ key, id });
  }
  return refs;
}

/**
 * The order of a grouping's groups, given each group's claim count and label: documents by key,
 * verdicts in the verdicts' own order, speakers and entities by most claims, then by label.
 */
export function compareGroups(grouping: Grouping, a: { group: ClaimGroup; count: number; label: string }, b: { group: ClaimGroup; count: number; label: string }): number {
  if (grouping === 'verdict' && a.group.kind === 'verdict' && b.group.kind === 'verdict') return VERDICT_ORDER.indexOf(a.group.verdict) - VERDICT_ORDER.indexOf(b.group.verdict);
  if (grouping === 'document') return compareKeys(a.group.key, b.group.key);
  return b.count - a.count || a.label.localeCompare(b.label);
}
