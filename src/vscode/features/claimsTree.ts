/**
 * The Claims view: documents (or speakers, entities, verdicts) → claims → source notes and the
 * user's notes. Which claims a filter keeps and which groups they are in is the core's
 * (core/notes/claimGroups.ts); this draws them, words the groups and keeps the tree up to date one
 * claim at a time. Grouping and filter are remembered per workspace; `getParent` makes `reveal` work.
 */
import * as vscode from 'vscode';
import type { ClaimType } from '../../core/claims';
import { formatIsoDate, stripMarkdownEscapes } from '../../core/cards';
import { type ClaimGroup, type ClaimsFilter, compareGroups, compareKeys, documentOf, type Grouping, groupsOf, isVisible, type Note, type StoredClaim, type Verdict, VERDICTS, visibleClaims } from '../../core/notes';
import type { Finding } from '../../core/checks';
import type { ClaimRef, ClaimsModel } from '../claimsModel';

export { GROUPINGS, type ClaimsFilter, type Grouping } from '../../core/notes';

export type ClaimsNode =
  | GroupNode
  | { type: 'claim'; ref: ClaimRef; parent: ClaimsNode | undefined }
  | { type: 'detail'; ref: ClaimRef; parent: ClaimsNode; label: string; description?: string; icon: string }
  | { type: 'note'; ref: ClaimRef; parent: ClaimsNode; note: Note };

/** A group of the view. Kept as the same object while the tree lives (the view refreshes it by identity). */
export interface GroupNode {
  type: 'group';
  grouping: Grouping;
  group: ClaimGroup;
  key: string;
  label: string;
  /** Its visible claims, in document order. */
  refs: ClaimRef[];
}

const refId = (ref: ClaimRef): string => `${ref.key}\u0000${ref.id}`;

const TYPE_ICONS: Record<ClaimType, string> = {
  statistic: 'graph',
  comparison: 'arrow-swap',
  causal: 'arrow-right',
  prediction: 'telescope',
  quote: 'quote',
  event: 'calendar',
  other: 'circle-outline',
};

const VERDICT_ICONS: Record<Verdict, string> = {
  unverified: 'circle-large-outline',
  supported: 'pass',
  disputed: 'question',
  false: 'error',
  opinion: 'comment',
};

const AUTHOR = vscode.l10n.t('The author');
const MAX_EXPANDED_GROUPS = 20;

function removeRef(list: ClaimRef[], ref: ClaimRef): void {
  const i = list.findIndex((r) => r.key === ref.key && r.id === ref.id);
  if (i >= 0) list.splice(i, 1);
}

/** Inserts a claim into a list in document order (by document, then position; after equal ones). */
function insertInOrder(list: ClaimRef[], ref: ClaimRef, startOf: (ref: ClaimRef) => [string, number]): void {
  if (list.some((r) => r.key === ref.key && r.id === ref.id)) return;
  const [key, start] = startOf(ref);
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const [k, s] = startOf(list[mid]);
    const c = compareKeys(k, key) || s - start;
    if (c <= 0) lo = mid + 1;
    else hi = mid;
  }
  list.splice(lo, 0, ref);
}

export function shorten(text: string, max = 80): string {
  const flat = stripMarkdownEscapes(text).replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

export class ClaimsTreeProvider implements vscode.TreeDataProvider<ClaimsNode> {
  private readonly emitter = new vscode.EventEmitter<ClaimsNode | ClaimsNode[] | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private roots: GroupNode[] = [];
  private claimNodes = new Map<string, ClaimsNode>();
  /** The groups by key, and the groups each visible claim is in (for updates of single claims). */
  private groupsByKey = new Map<string, GroupNode>();
  private memberships = new Map<string, GroupNode[]>();
  /** The visible claims as of the last refresh (the badge and the groups both need them). */
  private visibleCache: ClaimRef[] | undefined;

  constructor(
    private readonly model: ClaimsModel,
    private readonly entityName: (id: string) => string,
    public grouping: Grouping,
    public filter: ClaimsFilter,
    /** The figure checks a claim fails (its document open), shown under it. */
    private readonly checksOf: (ref: ClaimRef) => readonly Finding[] = () => [],
    /** A few words on what a speaker the gazetteer knows is ("State news agency · North Korea"). */
    private readonly describe: (id: string) => string | undefined = () => undefined,
  ) {}

  refresh(): void {
    this.visibleCache = undefined;
    this.roots = this.buildRoots();
    this.emitter.fire(undefined);
  }

  /**
   * Some claims changed (a verdict, a note, a removal) and nothing else: updates the groups they are
   * in and tells the view about those nodes only — the claims' own items, and the groups they left or
   * joined (whose counts changed). The root is refetched only when a group appears, disappears or
   * moves. Returns what it fired (for tests).
   */
  update(refs: readonly ClaimRef[]): { root: boolean; nodes: ClaimsNode[] } {
    const changedGroups = new Set<GroupNode>();
    const claimNodes = new Set<ClaimsNode>();
    let root = false;
    for (const ref of refs) {
      const id = refId(ref);
      const before = this.memberships.get(id) ?? [];
      const claim = this.model.claim(ref);
      const visible = claim !== undefined && isVisible(ref, claim, this.filter);
      const keys = visible ? this.groupKeys(ref, claim) : [];
      if (visible !== before.length > 0 && this.visibleCache) {
        if (visible) insertInOrder(this.visibleCache, ref, (r) => this.startOf(r));
        else removeRef(this.visibleCache, ref);
      }
      const after: GroupNode[] = [];
      for (const group of before) {
        if (keys.some((k) => k.key === group.key)) continue;
        removeRef(group.refs, ref);
        this.claimNodes.delete(`${group.key}\u0000${id}`);
        changedGroups.add(group);
        if (group.refs.length === 0) {
          this.roots.splice(this.roots.indexOf(group), 1);
          this.groupsByKey.delete(group.key);
          root = true;
        }
      }
      for (const { key, label, group: of } of keys) {
        const kept = before.find((group) => group.key === key);
        if (kept) {
          after.push(kept);
          const node = this.claimNodes.get(`${key}\u0000${id}`);
          if (node) claimNodes.add(node);
          continue;
        }
        let group = this.groupsByKey.get(key);
        if (!group) {
          group = { type: 'group', grouping: this.grouping, group: of, key, label, refs: [] };
          this.groupsByKey.set(key, group);
          this.roots.push(group);
          root = true;
        }
        insertInOrder(group.refs, ref, (r) => this.startOf(r));
        changedGroups.add(group);
        after.push(group);
      }
      if (after.length > 0) this.memberships.set(id, after);
      else this.memberships.delete(id);
    }
    if (changedGroups.size > 0 && this.grouping !== 'document') {
      const order = this.roots.slice();
      this.sortRoots(this.roots);
      if (order.some((group, i) => group !== this.roots[i])) root = true;
    }
    if (root) {
      this.emitter.fire(undefined);
      return { root, nodes: [] };
    }
    const nodes = [...[...changedGroups].filter((group) => this.groupsByKey.get(group.key) === group), ...claimNodes];
    if (nodes.length > 0) this.emitter.fire(nodes);
    return { root, nodes };
  }

  private startOf(ref: ClaimRef): [string, number] {
    return [ref.key, this.model.claim(ref)?.anchor.position.start ?? 0];
  }

  /** Every visible claim, in document order (by anchor position) within each document. */
  visibleRefs(): ClaimRef[] {
    this.visibleCache ??= visibleClaims(this.model.store, this.filter);
    return this.visibleCache;
  }

  unreviewedCount(): number {
    return this.visibleRefs().filter((ref) => this.model.claim(ref)?.verdict === 'unverified').length;
  }

  private groupKeys(ref: ClaimRef, claim: StoredClaim): { key: string; label: string; group: ClaimGroup }[] {
    return groupsOf(ref, claim, this.grouping, (c) => this.model.entitiesOf(c)).map((group) => ({ key: group.key, label: this.labelOf(group), group }));
  }

  private labelOf(group: ClaimGroup): string {
    switch (group.kind) {
      case 'document':
        return group.document;
      case 'speaker':
        return group.name;
      case 'author':
        return AUTHOR;
      case 'verdict':
        return vscode.l10n.t(VERDICTS[group.verdict].label);
      case 'entity':
        return this.entityName(group.id);
      case 'no-entity':
        return vscode.l10n.t('No entity');
    }
  }

  private buildRoots(): GroupNode[] {
    const groups = new Map<string, GroupNode>();
    const memberships = new Map<string, GroupNode[]>();
    for (const ref of this.visibleRefs()) {
      const claim = this.model.claim(ref);
      if (!claim) continue;
      const member: GroupNode[] = [];
      for (const { key, label, group: of } of this.groupKeys(ref, claim)) {
        let group = groups.get(key);
        if (!group) {
          group = { type: 'group', grouping: this.grouping, group: of, key, label, refs: [] };
          groups.set(key, group);
        }
        group.refs.push(ref);
        member.push(group);
      }
      memberships.set(refId(ref), member);
    }
    const list = [...groups.values()];
    this.sortRoots(list);
    this.claimNodes = new Map();
    this.groupsByKey = groups;
    this.memberships = memberships;
    return list;
  }

  private sortRoots(list: GroupNode[]): void {
    list.sort((a, b) => compareGroups(this.grouping, { group: a.group, count: a.refs.length, label: a.label }, { group: b.group, count: b.refs.length, label: b.label }));
  }

  /** The tree node of a claim (for `reveal`), creating the group children if needed. */
  nodeFor(ref: ClaimRef): ClaimsNode | undefined {
    for (const root of this.getChildren()) {
      for (const child of this.getChildren(root)) {
        if (child.type === 'claim' && child.ref.key === ref.key && child.ref.id === ref.id) return child;
      }
    }
    return undefined;
  }

  getChildren(node?: ClaimsNode): ClaimsNode[] {
    if (!node) return this.roots.slice();
    if (node.type === 'group') {
      return node.refs.map((ref) => {
        const cacheKey = `${node.key}\u0000${ref.key}\u0000${ref.id}`;
        let child = this.claimNodes.get(cacheKey);
        if (!child) {
          child = { type: 'claim', ref, parent: node };
          this.claimNodes.set(cacheKey, child);
        }
        return child;
      });
    }
    if (node.type === 'claim') return this.claimChildren(node);
    return [];
  }

  private claimChildren(node: ClaimsNode & { type: 'claim' }): ClaimsNode[] {
    const claim = this.model.claim(node.ref);
    if (!claim) return [];
    const source = documentOf(this.model.store, node.ref.key)?.source;
    const children: ClaimsNode[] = [];
    const speaker = claim.speaker ? `${claim.speaker.name}${claim.speaker.verb ? ` (${claim.speaker.verb})` : ''}` : vscode.l10n.t('{0} (no attribution)', AUTHOR);
    children.push({ type: 'detail', ref: node.ref, parent: node, label: vscode.l10n.t('Speaker: {0}', speaker), description: claim.speaker?.id ? this.describe(claim.speaker.id) : undefined, icon: 'person' });
    if (source) {
      const parts = [source.publication, source.author && `by ${source.author}`, source.date && formatIsoDate(source.date)].filter(Boolean) as string[];
      children.push({ type: 'detail', ref: node.ref, parent: node, label: vscode.l10n.t('Source: {0}', parts.length > 0 ? parts.join(' · ') : vscode.l10n.t('unknown')), description: source.url ?? undefined, icon: 'book' });
    }
    children.push({ type: 'detail', ref: node.ref, parent: node, label: vscode.l10n.t('Verdict: {0}', vscode.l10n.t(VERDICTS[claim.verdict].label)), description: vscode.l10n.t(VERDICTS[claim.verdict].meaning), icon: VERDICT_ICONS[claim.verdict] });
    for (const finding of this.checksOf(node.ref)) {
      children.push({ type: 'detail', ref: node.ref, parent: node, label: vscode.l10n.t('Check: {0}', finding.message), description: finding.kind, icon: 'warning' });
    }
    for (const note of claim.notes) children.push({ type: 'note', ref: node.ref, parent: node, note });
    return children;
  }

  getParent(node: ClaimsNode): ClaimsNode | undefined {
    return node.type === 'group' ? undefined : node.parent;
  }

  getTreeItem(node: ClaimsNode): vscode.TreeItem {
    switch (node.type) {
      case 'group': {
        // Many groups (a whole workspace) start collapsed: expanding all of them costs every claim's item.
        const state = this.roots.length > MAX_EXPANDED_GROUPS ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.Expanded;
        const item = new vscode.TreeItem(node.label, state);
        item.id = `group:${node.grouping}:${node.key}`;
        item.description = `${node.refs.length}`;
        item.contextValue = 'group';
        if (node.grouping === 'document') {
          item.resourceUri = this.model.uriOf(node.key);
          item.iconPath = vscode.ThemeIcon.File;
          item.description = node.refs.length === 1 ? vscode.l10n.t('1 claim') : vscode.l10n.t('{0} claims', node.refs.length);
        } else {
          item.iconPath = new vscode.ThemeIcon(node.grouping === 'speaker' ? 'person' : node.grouping === 'verdict' ? VERDICT_ICONS[node.key as Verdict] : 'symbol-class');
        }
        return item;
      }
      case 'claim':
        return this.claimItem(node);
      case 'detail': {
        const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.None);
        item.description = node.description;
        item.iconPath = new vscode.ThemeIcon(node.icon);
        item.contextValue = 'detail';
        return item;
      }
      case 'note': {
        const item = new vscode.TreeItem(shorten(node.note.text, 120), vscode.TreeItemCollapsibleState.None);
        item.iconPath = new vscode.ThemeIcon('note');
        item.description = formatIsoDate(node.note.modified.slice(0, 10));
        item.tooltip = node.note.text;
        item.contextValue = 'note';
        return item;
      }
    }
  }

  private claimItem(node: ClaimsNode & { type: 'claim' }): vscode.TreeItem {
    const claim = this.model.claim(node.ref);
    if (!claim) return new vscode.TreeItem(vscode.l10n.t('(removed)'));
    const item = new vscode.TreeItem(shorten(claim.text), vscode.TreeItemCollapsibleState.Collapsed);
    item.id = `claim:${node.parent?.type === 'group' ? node.parent.key : ''}:${node.ref.key}:${node.ref.id}`;
    const speaker = claim.speaker?.name ?? vscode.l10n.t('author');
    item.description = `${speaker} · ${vscode.l10n.t(VERDICTS[claim.verdict].label)}${claim.orphaned ? ` · ${vscode.l10n.t('text not found')}` : ''}`;
    item.iconPath = new vscode.ThemeIcon(claim.orphaned ? 'warning' : TYPE_ICONS[claim.type]);
    item.contextValue = claim.orphaned ? 'claim.orphaned' : 'claim';
    const tooltip = new vscode.MarkdownString(undefined, false);
    tooltip.isTrusted = false;
    tooltip.supportHtml = false;
    tooltip.appendText(stripMarkdownEscapes(claim.text));
    tooltip.appendMarkdown(`\n\n---\n\n`);
    const who = claim.speaker ? `${claim.speaker.name}${claim.speaker.verb ? ` (${claim.speaker.verb})` : ''}` : vscode.l10n.t('the author');
    tooltip.appendText(vscode.l10n.t('Type: {0} · speaker: {1} · verdict: {2}', claim.type, who, vscode.l10n.t(VERDICTS[claim.verdict].label)));
    if (claim.orphaned) tooltip.appendText(`\n\n${vscode.l10n.t('Its text is no longer in the document; its notes and verdict are kept.')}`);
    for (const note of claim.notes) tooltip.appendText(`\n\n${vscode.l10n.t('Note: {0}', note.text)}`);
    item.tooltip = tooltip;
    item.command = { command: 'geolens.revealClaim', title: vscode.l10n.t('Reveal Claim'), arguments: [node.ref] };
    return item;
  }
}
