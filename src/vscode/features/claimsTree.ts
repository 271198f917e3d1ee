/**
 * The Claims view: documents (or speakers, entities, verdicts) → claims → source notes and the
 * user's notes. Grouping and filter are remembered per workspace; `getParent` makes `reveal` work.
 */
import * as vscode from 'vscode';
import type { ClaimType } from '../../core/claims/types';
import { formatIsoDate } from '../../core/cards/format';
import { stripMarkdownEscapes } from '../../core/cards/markdown';
import type { Note, StoredClaim } from '../../core/notes/store';
import { VERDICT_ORDER, VERDICTS, type Verdict } from '../../core/notes/verdicts';
import type { ClaimRef, ClaimsModel } from '../claimsModel';

export type Grouping = 'document' | 'speaker' | 'entity' | 'verdict';
export const GROUPINGS: readonly Grouping[] = ['document', 'speaker', 'entity', 'verdict'];

export interface ClaimsFilter {
  text?: string;
  verdict?: Verdict;
}

export type ClaimsNode =
  | { type: 'group'; grouping: Grouping; key: string; label: string; refs: ClaimRef[] }
  | { type: 'claim'; ref: ClaimRef; parent: ClaimsNode | undefined }
  | { type: 'detail'; ref: ClaimRef; parent: ClaimsNode; label: string; description?: string; icon: string }
  | { type: 'note'; ref: ClaimRef; parent: ClaimsNode; note: Note };

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

export function shorten(text: string, max = 80): string {
  const flat = stripMarkdownEscapes(text).replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

export class ClaimsTreeProvider implements vscode.TreeDataProvider<ClaimsNode> {
  private readonly emitter = new vscode.EventEmitter<ClaimsNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private roots: ClaimsNode[] = [];
  private claimNodes = new Map<string, ClaimsNode>();
  /** The visible claims as of the last refresh (the badge and the groups both need them). */
  private visibleCache: ClaimRef[] | undefined;

  constructor(
    private readonly model: ClaimsModel,
    private readonly entityName: (id: string) => string,
    public grouping: Grouping,
    public filter: ClaimsFilter,
  ) {}

  refresh(): void {
    this.visibleCache = undefined;
    this.roots = this.buildRoots();
    this.emitter.fire(undefined);
  }

  private visible(ref: ClaimRef, claim: StoredClaim): boolean {
    if (claim.removed) return false;
    if (this.filter.verdict && claim.verdict !== this.filter.verdict) return false;
    if (this.filter.text) {
      const needle = this.filter.text.toLowerCase();
      const haystack = `${claim.text} ${claim.speaker?.name ?? ''} ${ref.key} ${claim.notes.map((n) => n.text).join(' ')}`.toLowerCase();
      if (!haystack.includes(needle)) return false;
    }
    return true;
  }

  /** Every visible claim, in document order (by anchor position) within each document. */
  visibleRefs(): ClaimRef[] {
    this.visibleCache ??= this.computeVisibleRefs();
    return this.visibleCache;
  }

  private computeVisibleRefs(): ClaimRef[] {
    const refs: ClaimRef[] = [];
    const documents = this.model.store.documents;
    for (const key of Object.keys(documents).sort()) {
      const claims = documents[key].claims;
      const ids = Object.keys(claims).sort((a, b) => claims[a].anchor.position.start - claims[b].anchor.position.start);
      for (const id of ids) if (this.visible({ key, id }, claims[id])) refs.push({ key, id });
    }
    return refs;
  }

  unreviewedCount(): number {
    return this.visibleRefs().filter((ref) => this.model.claim(ref)?.verdict === 'unverified').length;
  }

  private groupKeys(ref: ClaimRef, claim: StoredClaim): { key: string; label: string }[] {
    switch (this.grouping) {
      case 'document':
        return [{ key: ref.key, label: ref.key }];
      case 'speaker': {
        const name = claim.speaker?.name ?? AUTHOR;
        return [{ key: claim.speaker?.id ?? name, label: name }];
      }
      case 'verdict':
        return [{ key: claim.verdict, label: vscode.l10n.t(VERDICTS[claim.verdict].label) }];
      case 'entity': {
        const ids = this.model.entitiesOf(claim);
        return ids.length > 0 ? ids.map((id) => ({ key: id, label: this.entityName(id) })) : [{ key: '', label: vscode.l10n.t('No entity') }];
      }
    }
  }

  private buildRoots(): ClaimsNode[] {
    const groups = new Map<string, ClaimsNode & { type: 'group' }>();
    for (const ref of this.visibleRefs()) {
      const claim = this.model.claim(ref);
      if (!claim) continue;
      for (const { key, label } of this.groupKeys(ref, claim)) {
        let group = groups.get(key);
        if (!group) {
          group = { type: 'group', grouping: this.grouping, key, label, refs: [] };
          groups.set(key, group);
        }
        group.refs.push(ref);
      }
    }
    const list = [...groups.values()];
    if (this.grouping === 'verdict') list.sort((a, b) => VERDICT_ORDER.indexOf(a.key as Verdict) - VERDICT_ORDER.indexOf(b.key as Verdict));
    else if (this.grouping !== 'document') list.sort((a, b) => b.refs.length - a.refs.length || a.label.localeCompare(b.label));
    this.claimNodes = new Map();
    return list;
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
    if (!node) return this.roots;
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
    const source = this.model.store.documents[node.ref.key]?.source;
    const children: ClaimsNode[] = [];
    const speaker = claim.speaker ? `${claim.speaker.name}${claim.speaker.verb ? ` (${claim.speaker.verb})` : ''}` : vscode.l10n.t('{0} (no attribution)', AUTHOR);
    children.push({ type: 'detail', ref: node.ref, parent: node, label: vscode.l10n.t('Speaker: {0}', speaker), icon: 'person' });
    if (source) {
      const parts = [source.publication, source.author && `by ${source.author}`, source.date && formatIsoDate(source.date)].filter(Boolean) as string[];
      children.push({ type: 'detail', ref: node.ref, parent: node, label: vscode.l10n.t('Source: {0}', parts.length > 0 ? parts.join(' · ') : vscode.l10n.t('unknown')), description: source.url ?? undefined, icon: 'book' });
    }
    children.push({ type: 'detail', ref: node.ref, parent: node, label: vscode.l10n.t('Verdict: {0}', vscode.l10n.t(VERDICTS[claim.verdict].label)), description: vscode.l10n.t(VERDICTS[claim.verdict].meaning), icon: VERDICT_ICONS[claim.verdict] });
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
