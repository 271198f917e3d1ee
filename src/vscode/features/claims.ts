/**
 * Claims: the Extract Claims commands, the Claims view, notes and verdicts, and a highlight of the
 * claim selected in the view.
 */
import * as vscode from 'vscode';
import { describeEntity, formatIsoDate } from '../../core/cards';
import { documentsFromStore, EXPORT_FORMATS, exportClaims, type ExportFormat, FORMAT_INFO, importClaimsJsonWithSummary, isExportFormat, publicDocumentUrl } from '../../core/export';
import type { Claim } from '../../core/claims';
import type { Finding } from '../../core/checks';
import { dict, documentOf, isVerdict, resolveAnchor, type Verdict, VERDICT_ORDER, VERDICTS } from '../../core/notes';
import { ClaimsModel, type ClaimRef, type ClaimsChange } from '../claimsModel';
import type { GeoLensContext } from '../context';
import { documentOverview } from '../documentOverview';
import { resolveSettingPath, workspaceRoot } from '../workspacePaths';
import { ClaimsTreeProvider, GROUPINGS, shorten, type ClaimsNode, type Grouping } from './claimsTree';

const GROUPING_STATE = 'geolens.claims.grouping';
const FILTER_STATE = 'geolens.claims.filter';
const WORKSPACE_FILES = '**/*.{md,markdown,txt}';
const WORKSPACE_EXCLUDE = '{**/node_modules/**,**/.git/**,**/.geolens/**}';

export interface ClaimsApi {
  model: ClaimsModel;
  tree: ClaimsTreeProvider;
  view: vscode.TreeView<ClaimsNode>;
}

/** Commands receive a tree node from menus, or a plain {key, id} from tests and other commands. */
function refOf(arg: unknown): ClaimRef | undefined {
  if (!arg || typeof arg !== 'object') return undefined;
  const node = arg as Partial<ClaimsNode> & Partial<ClaimRef>;
  if ('ref' in node && node.ref) return node.ref as ClaimRef;
  if (typeof node.key === 'string' && typeof node.id === 'string') return { key: node.key, id: node.id };
  return undefined;
}

const DEFAULT_STORE_FILE = '.geolens/claims.json';

/**
 * Where the claims are kept: `geolens.claims.storeFile` inside the workspace folder. A setting that
 * leads outside it (a cloned repository's settings can say anything) is refused with a message and
 * the default file is used; an untrusted workspace's own settings are not read at all.
 */
function storeLocation(ctx: GeoLensContext): { uri: vscode.Uri; root?: vscode.Uri } {
  const root = workspaceRoot();
  // No workspace: keep claims in the extension's own storage rather than nowhere.
  if (!root) return { uri: vscode.Uri.joinPath(ctx.extension.globalStorageUri, 'claims.json') };
  const setting = vscode.workspace.isTrusted ? ctx.config.value.claims.storeFile : DEFAULT_STORE_FILE;
  const resolved = resolveSettingPath(setting, root);
  if ('uri' in resolved) return { uri: resolved.uri, root };
  const message = vscode.l10n.t('GeoLens does not use the geolens.claims.storeFile setting "{0}": {1}. Claims are kept in {2}.', setting, resolved.error, DEFAULT_STORE_FILE);
  ctx.output.warn(message);
  void vscode.window.showWarningMessage(message);
  return { uri: vscode.Uri.joinPath(root, DEFAULT_STORE_FILE), root };
}

declare module '../context' {
  interface FeatureApis {
    claims?: ClaimsApi;
  }
}

export function register(ctx: GeoLensContext): vscode.Disposable[] {
  // The figure checks of an open document as the Problems panel has them: the checks feature
  // registers after this one (it keeps its marks in this one's store), so it is asked when needed.
  const findingsOf = (document: vscode.TextDocument): readonly Finding[] => ctx.apis.checks?.findings(document) ?? [];
  const model = new ClaimsModel(ctx, storeLocation(ctx));
  const state = ctx.extension.workspaceState;
  const savedGrouping = state.get<Grouping>(GROUPING_STATE, 'document');
  /** The checks a claim fails, when its document is open. */
  const checksOf = (ref: ClaimRef): Finding[] => {
    const document = model.documentOf(ref.key);
    const claim = model.claim(ref);
    if (!document || !claim) return [];
    const span = resolveAnchor(document.getText(), claim.anchor);
    return span ? findingsOf(document).filter((f) => f.start >= span.start && f.start < span.end) : [];
  };
  const tree = new ClaimsTreeProvider(model, (id) => ctx.annotations.index.get(id)?.name ?? id, GROUPINGS.includes(savedGrouping) ? savedGrouping : 'document', state.get(FILTER_STATE, {}), checksOf, (id) => describeEntity(id, ctx.annotations.index));
  const view = vscode.window.createTreeView('geolens.claims', { treeDataProvider: tree, showCollapseAll: true });
  const selectedClaim = vscode.window.createTextEditorDecorationType({
    backgroundColor: new vscode.ThemeColor('geolens.claimBackground'),
    isWholeLine: false,
    overviewRulerColor: new vscode.ThemeColor('geolens.claimBackground'),
    overviewRulerLane: vscode.OverviewRulerLane.Center,
  });
  let selected: ClaimRef | undefined;
  /** The context keys as last set: each change is a message to the workbench, sent only when needed. */
  const contextKeys = new Map<string, unknown>();
  const setContext = (key: string, value: unknown): void => {
    if (contextKeys.has(key) && contextKeys.get(key) === value) return;
    contextKeys.set(key, value);
    void vscode.commands.executeCommand('setContext', key, value);
  };

  const updateBadge = (): void => {
    const unreviewed = tree.unreviewedCount();
    if ((view.badge?.value ?? 0) === unreviewed) return;
    view.badge = unreviewed > 0 ? { value: unreviewed, tooltip: vscode.l10n.t('{0} claims not reviewed yet', unreviewed) } : undefined;
  };

  const updateChrome = (): void => {
    updateBadge();
    const filterText = [tree.filter.text && `“${tree.filter.text}”`, tree.filter.verdict && vscode.l10n.t(VERDICTS[tree.filter.verdict].label)].filter(Boolean).join(', ');
    view.description = `${vscode.l10n.t('by {0}', tree.grouping)}${filterText ? ` · ${vscode.l10n.t('filter: {0}', filterText)}` : ''}`;
    setContext('geolens.claimsGrouping', tree.grouping);
    setContext('geolens.claimsFiltered', Boolean(tree.filter.text || tree.filter.verdict));
    setContext('geolens.hasClaims', tree.visibleRefs().length > 0);
  };

  const highlightSelected = (): void => {
    const located = selected ? model.locate(selected) : undefined;
    for (const editor of vscode.window.visibleTextEditors) {
      editor.setDecorations(selectedClaim, located && editor.document === located.document ? [located.range] : []);
    }
  };

  const refresh = (): void => {
    tree.refresh();
    updateChrome();
    highlightSelected();
  };

  /** A verdict or a note changed: only those claims' nodes (and the groups they moved between) are refreshed. */
  const onModelChange = (change: ClaimsChange): void => {
    if (!change.claims) {
      refresh();
      return;
    }
    tree.update(change.claims);
    updateBadge();
    setContext('geolens.hasClaims', tree.visibleRefs().length > 0);
  };

  /** Open documents' text (unsaved edits count), else the file read through workspace.fs. */
  const readArticle = async (uri: vscode.Uri): Promise<string | undefined> => {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open) return open.getText();
    const bytes = await vscode.workspace.fs.readFile(uri);
    if (bytes.includes(0)) return undefined;
    return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  };

  const extractFrom = async (uris: readonly vscode.Uri[], token?: vscode.CancellationToken, progress?: vscode.Progress<{ message?: string; increment?: number }>): Promise<Claim[]> => {
    const items: { uri: vscode.Uri; text: string }[] = [];
    const skipped: string[] = [];
    for (const uri of uris) {
      if (token?.isCancellationRequested) break;
      try {
        const text = await readArticle(uri);
        if (text === undefined) skipped.push(vscode.l10n.t('{0} is not text', vscode.workspace.asRelativePath(uri)));
        else items.push({ uri, text });
      } catch (error) {
        skipped.push(`${vscode.workspace.asRelativePath(uri)}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    const claims = await model.extractAll(
      items,
      token,
      (uri) => progress?.report({ message: vscode.workspace.asRelativePath(uri), increment: 100 / items.length }),
      (_uri, reason) => skipped.push(reason),
    );
    if (skipped.length > 0) {
      for (const reason of skipped) ctx.output.warn(`Extract Claims skipped ${reason}`);
      void vscode.window.showWarningMessage(skipped.length === 1 ? skipped[0] : vscode.l10n.t('GeoLens skipped {0} files (see the GeoLens output).', skipped.length));
    }
    return claims;
  };

  const pickClaim = (arg: unknown): ClaimRef | undefined => refOf(arg) ?? (view.selection[0] && refOf(view.selection[0]));

  /** Every document of the store, with the text of those open (so positions are exact). */
  const exportDocuments = () => {
    const texts = dict<string>();
    for (const document of vscode.workspace.textDocuments) {
      const key = model.keyOf(document.uri);
      if (documentOf(model.store, key)) texts[key] = document.getText();
    }
    // No local paths in what leaves the machine: a document's address is its public URL, if the user gave a base.
    return documentsFromStore(model.store, texts, (key) => publicDocumentUrl(ctx.config.value.export.publicUrlBase, key)).map((doc) => {
      const document = doc.text === undefined ? undefined : model.documentOf(doc.file);
      return document ? { ...doc, findings: findingsOf(document), overview: documentOverview(ctx, model, document) } : doc;
    });
  };

  const commands: [string, (...args: unknown[]) => unknown][] = [
    ['geolens.extractClaims', async (arg?: unknown) => {
      const document = arg instanceof vscode.Uri ? await vscode.workspace.openTextDocument(arg) : vscode.window.activeTextEditor?.document;
      if (!document) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Open an article (Markdown or text) to extract its claims.'));
        return [];
      }
      if (!ctx.annotations.isSupported(document)) {
        void vscode.window.showInformationMessage(vscode.l10n.t('GeoLens reads {0} documents; this one is {1} (see the geolens.languages setting).', ctx.config.value.languages.join(', '), document.languageId));
        return [];
      }
      // Shown in the Claims view's progress bar, and cancellable: a big document takes a while.
      const claims = await vscode.window.withProgress({ location: { viewId: 'geolens.claims' }, title: vscode.l10n.t('Extracting claims'), cancellable: true }, (_progress, token) =>
        model.extractAll([{ uri: document.uri, text: document.getText() }], token).catch((error: unknown) => {
          void vscode.window.showWarningMessage(error instanceof Error ? error.message : String(error));
          return [] as Claim[];
        }),
      );
      await vscode.commands.executeCommand('geolens.claims.focus');
      vscode.window.setStatusBarMessage(vscode.l10n.t('GeoLens: {0} check-worthy claims in {1}', claims.length, vscode.workspace.asRelativePath(document.uri)), 5000);
      return claims;
    }],
    ['geolens.extractClaimsOpenDocuments', async () => {
      const documents = vscode.workspace.textDocuments.filter((d) => ctx.annotations.isSupported(d) && d.uri.scheme !== 'output');
      return vscode.window.withProgress({ location: { viewId: 'geolens.claims' }, title: vscode.l10n.t('Extracting claims'), cancellable: true }, (progress, token) => extractFrom(documents.map((d) => d.uri), token, progress));
    }],
    ['geolens.extractClaimsWorkspace', async () => {
      return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('GeoLens: extracting claims from the workspace'), cancellable: true }, async (progress, token) => {
        const uris = await vscode.workspace.findFiles(WORKSPACE_FILES, WORKSPACE_EXCLUDE, 10_000, token);
        return extractFrom(uris, token, progress);
      });
    }],
    ['geolens.revealClaim', async (arg?: unknown) => {
      const ref = refOf(arg);
      if (!ref) return;
      const document = model.documentOf(ref.key) ?? (await vscode.workspace.openTextDocument(model.uriOf(ref.key)).then((d) => d, () => undefined));
      if (!document) {
        void vscode.window.showWarningMessage(vscode.l10n.t('{0} cannot be opened; its claims are kept in the store.', ref.key));
        return;
      }
      const editor = await vscode.window.showTextDocument(document, { preserveFocus: true });
      const located = model.locate(ref);
      if (!located) {
        void vscode.window.showWarningMessage(vscode.l10n.t('The text of this claim is no longer in {0}; its notes and verdict are kept.', ref.key));
        return;
      }
      editor.selection = new vscode.Selection(located.range.start, located.range.end);
      editor.revealRange(located.range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      selected = ref;
      highlightSelected();
    }],
    ['geolens.addNote', async (arg?: unknown, text?: unknown) => {
      const ref = pickClaim(arg);
      if (!ref) return;
      const value = typeof text === 'string' ? text : await vscode.window.showInputBox({ title: vscode.l10n.t('Add a note to this claim'), prompt: shorten(model.claim(ref)?.text ?? '', 120), placeHolder: vscode.l10n.t('What did you check, and where?') });
      if (value?.trim()) await model.addNote(ref, value.trim());
    }],
    ['geolens.editNote', async (arg?: unknown, text?: unknown) => {
      const node = arg as ClaimsNode | undefined;
      if (!node || node.type !== 'note') return;
      const value = typeof text === 'string' ? text : await vscode.window.showInputBox({ title: vscode.l10n.t('Edit note'), value: node.note.text });
      if (value !== undefined && value.trim()) await model.editNote(node.ref, node.note.id, value.trim());
    }],
    ['geolens.setVerdict', async (arg?: unknown, verdict?: unknown) => {
      const ref = pickClaim(arg);
      if (!ref) return;
      let chosen: Verdict | undefined = isVerdict(verdict) ? verdict : undefined;
      if (!chosen) {
        const current = model.claim(ref)?.verdict;
        const pick = await vscode.window.showQuickPick(
          VERDICT_ORDER.map((v) => ({ label: vscode.l10n.t(VERDICTS[v].label), description: v === current ? vscode.l10n.t('current') : undefined, detail: vscode.l10n.t(VERDICTS[v].meaning), verdict: v })),
          { title: vscode.l10n.t('Verdict for this claim'), placeHolder: shorten(model.claim(ref)?.text ?? '', 100) },
        );
        chosen = pick?.verdict;
      }
      if (chosen) await model.setVerdict(ref, chosen);
    }],
    ['geolens.copyCitation', async (arg?: unknown) => {
      const ref = pickClaim(arg);
      const claim = ref && model.claim(ref);
      if (!ref || !claim) return undefined;
      const source = documentOf(model.store, ref.key)?.source;
      // “Quote” — Speaker. Publication, by Author, 14 February 2024. URL
      const who = claim.speaker?.name ?? source?.author ?? undefined;
      const where = [source?.publication, source?.author && source.author !== who ? `by ${source.author}` : undefined, source?.date ? formatIsoDate(source.date) : undefined].filter(Boolean).join(', ');
      const citation = [`“${shorten(claim.text, 10_000)}”`, who ? ` — ${who}.` : '', where ? ` ${where}.` : '', source?.url ? ` ${source.url}` : ''].join('');
      await vscode.env.clipboard.writeText(citation);
      vscode.window.setStatusBarMessage(vscode.l10n.t('Citation copied'), 3000);
      return citation;
    }],
    ['geolens.removeClaim', async (arg?: unknown, confirmed?: unknown) => {
      const node = arg as ClaimsNode | undefined;
      const ref = pickClaim(arg);
      if (!ref) return;
      const isNote = node?.type === 'note';
      if (confirmed !== true) {
        const remove = vscode.l10n.t('Remove');
        const answer = await vscode.window.showWarningMessage(isNote ? vscode.l10n.t('Remove this note?') : vscode.l10n.t('Remove this claim and its notes from the Claims view?'), { modal: true }, remove);
        if (answer !== remove) return;
      }
      if (node?.type === 'note') await model.removeNote(ref, node.note.id);
      else await model.remove(ref);
    }],
    ['geolens.exportClaims', async (formatArg?: unknown, targetArg?: unknown) => {
      let format: ExportFormat | undefined = isExportFormat(formatArg) ? formatArg : undefined;
      if (!format) {
        const pick = await vscode.window.showQuickPick(
          EXPORT_FORMATS.map((f) => ({ label: FORMAT_INFO[f].label, description: `.${FORMAT_INFO[f].extension}`, format: f })),
          { title: vscode.l10n.t('Export claims, notes and verdicts as') },
        );
        format = pick?.format;
      }
      if (!format) return undefined;
      const folder = vscode.workspace.workspaceFolders?.[0]?.uri ?? ctx.extension.globalStorageUri;
      const target = targetArg instanceof vscode.Uri ? targetArg : await vscode.window.showSaveDialog({
        defaultUri: vscode.Uri.joinPath(folder, `geolens-claims.${FORMAT_INFO[format].extension}`),
        filters: { [FORMAT_INFO[format].label]: [FORMAT_INFO[format].extension] },
      });
      if (!target) return undefined;
      // Pending changes go to the store file first: what is exported is also what the file says.
      await model.flush();
      const content = exportClaims(format, exportDocuments(), {
        nameOf: (id) => ctx.annotations.index.get(id)?.name,
        kindOf: (id) => ctx.annotations.index.get(id)?.kind,
        describe: (id) => describeEntity(id, ctx.annotations.index),
        bom: format === 'csv',
        pretty: format !== 'csv' && format !== 'md',
      });
      await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(content));
      void vscode.window.showInformationMessage(vscode.l10n.t('Claims exported to {0}.', vscode.workspace.asRelativePath(target)), vscode.l10n.t('Open')).then((choice) => {
        if (choice) void vscode.window.showTextDocument(target);
      });
      return target;
    }],
    ['geolens.importClaims', async (sourceArg?: unknown) => {
      const source = sourceArg instanceof vscode.Uri ? sourceArg : (await vscode.window.showOpenDialog({ canSelectMany: false, filters: { JSON: ['json'] }, title: vscode.l10n.t('Import claims, notes and verdicts (GeoLens JSON export)') }))?.[0];
      if (!source) return undefined;
      try {
        const json = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(source));
        const { store, summary } = importClaimsJsonWithSummary(json, model.store);
        await model.commit(store);
        void vscode.window.showInformationMessage(vscode.l10n.t('Imported {0} claims, {1} notes and {2} verdicts from {3} documents.', summary.claimsAdded, summary.notesAdded, summary.verdictsSet, summary.documents));
        return summary;
      } catch (error) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Cannot import {0}: {1}', vscode.workspace.asRelativePath(source), error instanceof Error ? error.message : String(error)));
        return undefined;
      }
    }],
    ['geolens.groupBy', async (arg?: unknown) => {
      let grouping = GROUPINGS.find((g) => g === arg);
      if (!grouping) {
        const pick = await vscode.window.showQuickPick(
          GROUPINGS.map((g) => ({ label: vscode.l10n.t(g.charAt(0).toUpperCase() + g.slice(1)), description: g === tree.grouping ? vscode.l10n.t('current') : undefined, grouping: g })),
          { title: vscode.l10n.t('Group claims by') },
        );
        grouping = pick?.grouping;
      }
      if (!grouping) return;
      tree.grouping = grouping;
      await state.update(GROUPING_STATE, grouping);
      refresh();
    }],
    ['geolens.filterClaims', async (arg?: unknown) => {
      const value = typeof arg === 'string' ? arg : await vscode.window.showInputBox({ title: vscode.l10n.t('Filter claims'), prompt: vscode.l10n.t('Words to look for, and/or verdict:supported, verdict:disputed…'), value: [tree.filter.text, tree.filter.verdict && `verdict:${tree.filter.verdict}`].filter(Boolean).join(' ') });
      if (value === undefined) return;
      const verdictMatch = /\bverdict:(\w+)/.exec(value);
      const verdict = verdictMatch && isVerdict(verdictMatch[1]) ? verdictMatch[1] : undefined;
      const text = value.replace(/\bverdict:\w+/, '').trim();
      tree.filter = { ...(text ? { text } : {}), ...(verdict ? { verdict } : {}) };
      await state.update(FILTER_STATE, tree.filter);
      refresh();
    }],
    ['geolens.clearFilter', async () => {
      tree.filter = {};
      await state.update(FILTER_STATE, undefined);
      refresh();
    }],
  ];

  const disposables: vscode.Disposable[] = [
    model,
    view,
    selectedClaim,
    model.onDidChange(onModelChange),
    ctx.annotations.onDidInvalidate(refresh),
    view.onDidChangeSelection((event) => {
      const node = event.selection[0];
      selected = node && node.type !== 'group' ? node.ref : undefined;
      highlightSelected();
    }),
    vscode.window.onDidChangeVisibleTextEditors(highlightSelected),
    ...commands.map(([id, handler]) => vscode.commands.registerCommand(id, handler)),
  ];
  refresh();
  ctx.apis.claims = { model, tree, view };
  return disposables;
}
