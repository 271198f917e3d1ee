/**
 * The user's side of the gazetteer:
 * - "GeoLens: Add Selection to Gazetteer" writes a new entry into the workspace file
 *   .geolens/gazetteer/custom.yaml (created with a header comment when missing; otherwise the entry
 *   is inserted after the last one, every other line kept as it was), then reloads the gazetteer so
 *   the selection is highlighted at once. Its source is the article it was seen in (title,
 *   publication and URL as far as the document tells, else its file name), dated today: the card
 *   then says where the name came from, and the user can replace it with a better source later.
 *   `executeCommand('geolens.addToGazetteer', { text, kind, id?, summary? })` asks nothing.
 * - "GeoLens: Search Gazetteer" finds entries by name or alias, typos allowed, and shows the
 *   chosen entry's card beside the editor and its occurrences in the open documents.
 */
import * as vscode from 'vscode';
import { annotate } from '../../core/annotation';
import { cards, escapeMarkdown } from '../../core/cards';
import { appendEntry, type Entry, ENTRY_KINDS, type EntryKind, GazetteerFileError, isValidId, loadGazetteerSource, nameFromSelection, searchGazetteer, type SearchHit, slugify, sourceFromDocument, uniqueId, USER_GAZETTEER_PATH } from '../../core/gazetteer';
import type { NamedAnnotation } from '../../core/types';
import { requireApi, type GeoLensContext } from '../context';
import { toRange } from '../convert';
import { linkOnTheWay } from '../workspacePaths';
import type { GazetteerApi } from './gazetteer';
import { localToday } from '../../clock';

export const CARD_SCHEME = 'geolens-card';
const MAX_NAME_LENGTH = 150;

const KIND_ITEMS: Record<EntryKind, { label: string; detail: string }> = {
  country: { label: 'Country', detail: 'a country or territory' },
  place: { label: 'Place', detail: 'a city, capital, region, state, sea, river…' },
  person: { label: 'Person', detail: 'a leader, minister, official' },
  organisation: { label: 'Organisation', detail: 'a ministry, company, agency, international body' },
  bloc: { label: 'Bloc', detail: 'a bloc or alliance of countries' },
  system: { label: 'Military system', detail: 'a weapon or military system' },
  project: { label: 'Project', detail: 'a project or programme of work: a plant, a corridor, a pipeline' },
  event: { label: 'Event', detail: 'a summit, war, election, incident' },
  treaty: { label: 'Treaty or agreement', detail: 'a treaty, agreement, partnership or programme' },
};

/** Arguments of geolens.addToGazetteer; with `text`, nothing is asked. */
export interface AddToGazetteerArgs {
  text?: string;
  kind?: EntryKind;
  id?: string;
  summary?: string;
  /** What the article calls the name ("Senate president"): kept as the entry's `role` fact. */
  role?: string;
}

export interface AddToGazetteerResult {
  id: string;
  /** The gazetteer file written. */
  uri: string;
  /** 1-based line of the new entry. */
  line: number;
}

function isFileNotFound(error: unknown): boolean {
  return error instanceof vscode.FileSystemError && error.code === 'FileNotFound';
}

/** The file's current text: the open editor's (unsaved edits included), else the disk's; undefined when missing. */
async function readText(uri: vscode.Uri): Promise<string | undefined> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) return open.getText();
  let bytes: Uint8Array;
  try {
    bytes = await vscode.workspace.fs.readFile(uri);
  } catch (error) {
    if (isFileNotFound(error)) return undefined;
    throw error;
  }
  try {
    // Fatal: a file in another encoding read as UTF-8 and written back would lose its accents for good.
    // The byte-order mark kept: the file is written back with it.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new Error(vscode.l10n.t('it is not UTF-8 text, and GeoLens writes only UTF-8; save it as UTF-8 first'));
  }
}

async function writeText(uri: vscode.Uri, text: string): Promise<void> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open?.isDirty) {
    // Keep the user's unsaved edits: change the open document and save it.
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, new vscode.Range(open.positionAt(0), open.positionAt(open.getText().length)), text);
    if (!(await vscode.workspace.applyEdit(edit)) || !(await open.save())) throw new Error(vscode.l10n.t('could not save {0}', vscode.workspace.asRelativePath(uri)));
    return;
  }
  await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}

async function revealLine(uri: vscode.Uri, line: number): Promise<void> {
  const position = new vscode.Position(Math.max(0, line - 1), 0);
  await vscode.window.showTextDocument(uri, { selection: new vscode.Range(position, position) });
}

function targetFolder(editor: vscode.TextEditor | undefined): vscode.WorkspaceFolder | undefined {
  return (editor && vscode.workspace.getWorkspaceFolder(editor.document.uri)) ?? vscode.workspace.workspaceFolders?.[0];
}

/** The entry a text already stands for, when the whole of it is one known name. */
function knownAs(ctx: GeoLensContext, name: string): Entry | undefined {
  const whole = annotate(name, ctx.annotations.index).find((a) => a.start === 0 && a.end === name.length);
  return whole && whole.category !== 'figure' && whole.id !== undefined ? ctx.annotations.index.get(whole.id) : undefined;
}

async function askKind(name: string, known: Entry | undefined): Promise<EntryKind | undefined> {
  const items = ENTRY_KINDS.map((kind) => ({ label: vscode.l10n.t(KIND_ITEMS[kind].label), detail: vscode.l10n.t(KIND_ITEMS[kind].detail), entryKind: kind }));
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Add "{0}" to the gazetteer (1/3)', name),
    placeHolder: known ? vscode.l10n.t('"{0}" is already known as {1}; pick a kind to add it anyway', name, known.name) : vscode.l10n.t('What is "{0}"?', name),
    ignoreFocusOut: true,
  });
  return picked?.entryKind;
}

async function askId(name: string, proposed: string, inFile: ReadonlySet<string>, ctx: GeoLensContext): Promise<string | undefined> {
  return vscode.window.showInputBox({
    title: vscode.l10n.t('Add "{0}" to the gazetteer (2/3)', name),
    prompt: vscode.l10n.t('A stable id: lower-case letters, digits and . _ : -'),
    value: proposed,
    ignoreFocusOut: true,
    validateInput: (value) => {
      const id = value.trim();
      if (!isValidId(id)) return vscode.l10n.t('Use lower-case letters, digits and . _ : - (e.g. "sergey-lavrov").');
      if (inFile.has(id)) return vscode.l10n.t('{0} already has an entry "{1}".', USER_GAZETTEER_PATH, id);
      const existing = ctx.annotations.index.get(id);
      if (existing) return { message: vscode.l10n.t('"{0}" is the id of {1}: your entry will extend or replace it.', id, existing.name), severity: vscode.InputBoxValidationSeverity.Warning };
      return undefined;
    },
  });
}

async function askSummary(name: string): Promise<string | undefined> {
  return vscode.window.showInputBox({
    title: vscode.l10n.t('Add "{0}" to the gazetteer (3/3)', name),
    prompt: vscode.l10n.t('Optional: one sentence the hover card shows (Enter to skip)'),
    ignoreFocusOut: true,
  });
}

async function addToGazetteer(ctx: GeoLensContext, gazetteer: GazetteerApi, args: AddToGazetteerArgs | undefined): Promise<AddToGazetteerResult | undefined> {
  const fromArgs = typeof args?.text === 'string';
  const editor = vscode.window.activeTextEditor;
  let raw = fromArgs ? args?.text : editor && !editor.selection.isEmpty ? editor.document.getText(editor.selection) : undefined;
  raw ??= await vscode.window.showInputBox({ title: vscode.l10n.t('Add to the gazetteer'), prompt: vscode.l10n.t('The name to add, as it is written in articles'), ignoreFocusOut: true });
  if (raw === undefined) return undefined;
  const name = nameFromSelection(raw);
  const fail = (message: string): undefined => {
    if (fromArgs) throw new Error(message);
    void vscode.window.showErrorMessage(message);
    return undefined;
  };
  if (name === '') return fail(vscode.l10n.t('Select a name to add to the gazetteer.'));
  if (name.length > MAX_NAME_LENGTH) return fail(vscode.l10n.t('The selection is {0} characters long; select just the name (at most {1}).', name.length, MAX_NAME_LENGTH));
  const folder = targetFolder(editor);
  if (!folder) return fail(vscode.l10n.t('Open a folder first: your gazetteer entries are kept in the workspace, in {0}.', USER_GAZETTEER_PATH));
  const fileUri = vscode.Uri.joinPath(folder.uri, USER_GAZETTEER_PATH);
  // A symbolic link on the way (the file, or .geolens itself) could lead the write out of the workspace.
  const linked = await linkOnTheWay(folder.uri, fileUri).catch((error: unknown) => (error instanceof Error ? error.message : String(error)));
  if (linked) return fail(vscode.l10n.t('GeoLens does not write {0}: {1}.', USER_GAZETTEER_PATH, linked));

  let existing: string | undefined;
  try {
    existing = await readText(fileUri);
  } catch (error) {
    return fail(vscode.l10n.t('Cannot read {0}: {1}', USER_GAZETTEER_PATH, error instanceof Error ? error.message : String(error)));
  }
  const inFile = new Set(existing === undefined ? [] : loadGazetteerSource({ file: USER_GAZETTEER_PATH, text: existing.replace(/^\uFEFF/, '') }).entries.map((e) => e.id));

  const kind = fromArgs ? args?.kind : await askKind(name, knownAs(ctx, name));
  if (kind === undefined) return fromArgs ? fail(vscode.l10n.t('geolens.addToGazetteer needs a "kind": one of {0}.', ENTRY_KINDS.join(', '))) : undefined;
  if (!ENTRY_KINDS.includes(kind)) return fail(vscode.l10n.t('Unknown kind "{0}"; use one of {1}.', String(kind), ENTRY_KINDS.join(', ')));

  const proposed = uniqueId(slugify(name) || kind, (id) => inFile.has(id) || ctx.annotations.index.get(id) !== undefined);
  const id = (fromArgs ? (args?.id ?? proposed) : await askId(name, proposed, inFile, ctx))?.trim();
  if (id === undefined) return undefined;
  if (!isValidId(id)) return fail(vscode.l10n.t('"{0}" is not a valid id: use lower-case letters, digits and . _ : -', id));

  const summary = fromArgs ? args?.summary : await askSummary(name);
  if (summary === undefined && !fromArgs) return undefined;

  const document = editor?.document;
  const source = sourceFromDocument(document ? vscode.workspace.asRelativePath(document.uri, false) : undefined, document?.getText() ?? '', localToday());
  let result: { text: string; line: number };
  try {
    const role = fromArgs && typeof args?.role === 'string' && args.role.trim() !== '' ? args.role.trim() : undefined;
    // Read again: the prompts may have stayed open while the file was edited (here or elsewhere);
    // the entry goes into the file as it is now, not as it was.
    existing = await readText(fileUri);
    result = appendEntry(existing, { id, kind, name, summary: summary?.trim() || undefined, ...(role ? { facts: { role } } : {}), sources: [source] });
  } catch (error) {
    if (!(error instanceof GazetteerFileError)) return fail(vscode.l10n.t('Cannot read {0}: {1}', USER_GAZETTEER_PATH, error instanceof Error ? error.message : String(error)));
    if (fromArgs) throw error;
    const open = vscode.l10n.t('Open File');
    void vscode.window.showErrorMessage(vscode.l10n.t('GeoLens cannot add to {0}: {1}', USER_GAZETTEER_PATH, error.message), open).then((choice) => {
      if (choice === open) void revealLine(fileUri, error.line ?? 1);
    });
    return undefined;
  }
  try {
    const linkedNow = await linkOnTheWay(folder.uri, fileUri);
    if (linkedNow) throw new Error(linkedNow);
    await writeText(fileUri, result.text);
  } catch (error) {
    return fail(vscode.l10n.t('GeoLens could not write {0}: {1}', USER_GAZETTEER_PATH, error instanceof Error ? error.message : String(error)));
  }
  await gazetteer.reload();
  ctx.output.info(`Added "${name}" (${kind}, id ${id}) to ${fileUri.toString()} at line ${result.line}.`);
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showWarningMessage(vscode.l10n.t('"{0}" was added to {1}, but GeoLens reads workspace gazetteer files only in a trusted workspace.', name, USER_GAZETTEER_PATH));
  } else if (!fromArgs) {
    const open = vscode.l10n.t('Open File');
    void vscode.window.showInformationMessage(vscode.l10n.t('Added "{0}" to {1}.', name, USER_GAZETTEER_PATH), open).then((choice) => {
      if (choice === open) void revealLine(fileUri, result.line);
    });
  }
  return { id, uri: fileUri.toString(), line: result.line };
}

// ── Search ──────────────────────────────────────────────────────────────────────────────────────

interface EntryItem extends vscode.QuickPickItem {
  entry: Entry;
}

interface OccurrenceItem extends vscode.QuickPickItem {
  location: vscode.Location;
}

function kindLabel(kind: EntryKind): string {
  return vscode.l10n.t(KIND_ITEMS[kind].label);
}

function entryItem(hit: SearchHit): EntryItem {
  const { entry } = hit;
  const summary = entry.summary && entry.summary.length > 140 ? `${entry.summary.slice(0, 139)}…` : entry.summary;
  return {
    label: entry.name,
    description: hit.matched ? `${kindLabel(entry.kind)} · "${hit.matched}"` : kindLabel(entry.kind),
    detail: summary,
    alwaysShow: true,
    entry,
  };
}

/** Where an entry is named in the open documents GeoLens reads. */
export function occurrences(ctx: GeoLensContext, id: string): vscode.Location[] {
  const locations: vscode.Location[] = [];
  for (const document of vscode.workspace.textDocuments) {
    if (document.uri.scheme === CARD_SCHEME) continue;
    const annotations = ctx.annotations.annotations(document);
    for (const annotation of annotations ?? []) {
      if (annotation.category !== 'figure' && annotation.id !== undefined && (annotation.id === id || (annotation.category === 'entity' && 'refersTo' in annotation && annotation.refersTo === id))) {
        locations.push(new vscode.Location(document.uri, toRange(document, annotation)));
      }
    }
  }
  return locations;
}

function cardAnnotation(entry: Entry): NamedAnnotation {
  const span = { start: 0, end: 0, text: entry.name, id: entry.id, name: entry.name };
  return entry.kind === 'treaty' ? { ...span, category: 'treaty', kind: 'treaty' } : { ...span, category: 'entity', kind: entry.kind };
}

function cardUri(entry: Entry): vscode.Uri {
  return vscode.Uri.from({ scheme: CARD_SCHEME, path: `/${entry.id}.md` });
}

/** The card of an entry as a read-only Markdown document, with where it occurs in open documents. */
class CardProvider implements vscode.TextDocumentContentProvider {
  private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.emitter.event;

  constructor(private readonly ctx: GeoLensContext) {}

  refresh(): void {
    for (const document of vscode.workspace.textDocuments) if (document.uri.scheme === CARD_SCHEME) this.emitter.fire(document.uri);
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    const id = uri.path.replace(/^\//, '').replace(/\.md$/, '');
    const entry = this.ctx.annotations.index.get(id);
    if (!entry) return vscode.l10n.t('No gazetteer entry has the id "{0}" any more.', id);
    const card = cards(cardAnnotation(entry), { index: this.ctx.annotations.index });
    const found = occurrences(this.ctx, id);
    const byFile = new Map<string, number>();
    for (const location of found) {
      const name = vscode.workspace.asRelativePath(location.uri, false);
      byFile.set(name, (byFile.get(name) ?? 0) + 1);
    }
    const where = found.length === 0
      ? vscode.l10n.t('Not named in the open documents.')
      : `${vscode.l10n.t('In the open documents:')} ${[...byFile].map(([name, count]) => `${escapeMarkdown(name)} (${count})`).join(' · ')}`;
    return `${card}\n\n---\n\n${where}\n\n*${escapeMarkdown(vscode.l10n.t('Defined in {0}, line {1}.', /^[a-z][a-z0-9+.-]*:/i.test(entry.file) ? vscode.workspace.asRelativePath(vscode.Uri.parse(entry.file), false) : entry.file, entry.line))}*\n`;
  }

  dispose(): void {
    this.emitter.dispose();
  }
}

async function showCard(entry: Entry): Promise<void> {
  const uri = cardUri(entry);
  try {
    await vscode.commands.executeCommand('markdown.showPreviewToSide', uri);
  } catch {
    // Without the built-in Markdown extension, the card's source is still readable.
    await vscode.window.showTextDocument(uri, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true, preview: true });
  }
}

async function pickOccurrence(entry: Entry, locations: vscode.Location[]): Promise<void> {
  const items: OccurrenceItem[] = [];
  for (const location of locations) {
    const document = await vscode.workspace.openTextDocument(location.uri);
    const line = document.lineAt(location.range.start.line).text.trim();
    items.push({
      label: line.length > 120 ? `${line.slice(0, 119)}…` : line,
      description: `${vscode.workspace.asRelativePath(location.uri, false)}:${location.range.start.line + 1}`,
      location,
    });
  }
  const quickPick = vscode.window.createQuickPick<OccurrenceItem>();
  quickPick.title = vscode.l10n.t('{0}: {1} occurrence(s) in the open documents', entry.name, locations.length);
  quickPick.placeholder = vscode.l10n.t('Pick one to go to it');
  quickPick.matchOnDescription = true;
  quickPick.items = items;
  const reveal = (item: OccurrenceItem | undefined, preserveFocus: boolean) => {
    if (item) void vscode.window.showTextDocument(item.location.uri, { selection: item.location.range, preserveFocus, preview: preserveFocus });
  };
  await new Promise<void>((resolve) => {
    quickPick.onDidChangeActive((active) => reveal(active[0], true));
    quickPick.onDidAccept(() => {
      reveal(quickPick.selectedItems[0], false);
      quickPick.hide();
    });
    quickPick.onDidHide(() => {
      quickPick.dispose();
      resolve();
    });
    quickPick.show();
  });
}

async function searchCommand(ctx: GeoLensContext, cardProvider: CardProvider, initial: unknown): Promise<string | undefined> {
  const query = typeof initial === 'string' ? initial : typeof initial === 'object' && initial !== null && typeof (initial as { query?: unknown }).query === 'string' ? (initial as { query: string }).query : '';
  const quickPick = vscode.window.createQuickPick<EntryItem>();
  quickPick.title = vscode.l10n.t('Search the gazetteer');
  quickPick.placeholder = vscode.l10n.t('A name or alias (typos are fine: "Lavrow", "Kazakstan")');
  // Fuse.js ranks the items; the quick pick must not filter them again by its own rules.
  quickPick.matchOnDescription = false;
  quickPick.matchOnDetail = false;
  const update = (value: string) => {
    quickPick.items = searchGazetteer(ctx.annotations.index, value).map(entryItem);
  };
  const chosen = await new Promise<Entry | undefined>((resolve) => {
    let picked: Entry | undefined;
    quickPick.onDidChangeValue(update);
    quickPick.onDidAccept(() => {
      picked = quickPick.selectedItems[0]?.entry ?? quickPick.activeItems[0]?.entry;
      quickPick.hide();
    });
    quickPick.onDidHide(() => {
      quickPick.dispose();
      resolve(picked);
    });
    quickPick.value = query;
    update(query);
    quickPick.show();
  });
  if (!chosen) return undefined;
  cardProvider.refresh();
  await showCard(chosen);
  const locations = occurrences(ctx, chosen.id);
  if (locations.length > 0) await pickOccurrence(chosen, locations);
  // Not in the open documents: look through every article of the workspace instead.
  else await vscode.commands.executeCommand('geolens.findOccurrences', chosen.id);
  return chosen.id;
}

export function register(ctx: GeoLensContext): vscode.Disposable[] {
  const gazetteer = requireApi(ctx, 'gazetteer');
  const cardProvider = new CardProvider(ctx);
  return [
    cardProvider,
    vscode.workspace.registerTextDocumentContentProvider(CARD_SCHEME, cardProvider),
    ctx.annotations.onDidInvalidate(() => cardProvider.refresh()),
    vscode.commands.registerCommand('geolens.addToGazetteer', (args?: AddToGazetteerArgs) => addToGazetteer(ctx, gazetteer, args && typeof args === 'object' && !(args instanceof vscode.Uri) ? args : undefined)),
    vscode.commands.registerCommand('geolens.searchGazetteer', (query?: unknown) => searchCommand(ctx, cardProvider, query)),
  ];
}
