/**
 * The claims store on a workspace file (default .geolens/claims.json), through `workspace.fs` so it
 * also works in the browser. Writes are atomic (a temporary file, then a rename); a file that does
 * not parse is copied aside and reported, never overwritten; changes made outside (git pull, another
 * window) are read back in.
 */
import * as vscode from 'vscode';
import { emptyStore, parseStore, serializeStore, type NoteStore } from '../core/notes/store';

export interface StoreLoadProblem {
  message: string;
  backup?: vscode.Uri;
}

const decoder = new TextDecoder('utf-8');
const encoder = new TextEncoder();

export class FileNoteStore implements vscode.Disposable {
  private store: NoteStore = emptyStore();
  private lastWritten: string | undefined;
  /** True when the file on disk could not be read: saving then would destroy the user's data. */
  private readOnly = false;
  private readonly emitter = new vscode.EventEmitter<void>();
  /** Fires when the store was re-read from disk after an outside change. */
  readonly onDidChangeOnDisk = this.emitter.event;
  private readonly disposables: vscode.Disposable[] = [this.emitter];
  private writing: Promise<void> = Promise.resolve();

  constructor(readonly uri: vscode.Uri, private readonly report: (problem: StoreLoadProblem) => void) {
    const folder = vscode.Uri.joinPath(uri, '..');
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, uri.path.split('/').pop() ?? 'claims.json'));
    this.disposables.push(
      watcher,
      watcher.onDidChange(() => void this.reloadIfChanged()),
      watcher.onDidCreate(() => void this.reloadIfChanged()),
    );
  }

  get value(): NoteStore {
    return this.store;
  }

  get isReadOnly(): boolean {
    return this.readOnly;
  }

  async load(): Promise<void> {
    let text: string;
    try {
      text = decoder.decode(await vscode.workspace.fs.readFile(this.uri));
    } catch {
      this.store = emptyStore();
      this.readOnly = false;
      return;
    }
    await this.adopt(text);
  }

  private async adopt(text: string): Promise<void> {
    const parsed = parseStore(text);
    if ('store' in parsed) {
      this.store = parsed.store;
      this.readOnly = false;
      this.lastWritten = text;
      return;
    }
    // Keep what the user had: copy the unreadable file aside before anything else touches it.
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const backup = this.uri.with({ path: `${this.uri.path}.corrupt-${stamp}.bak` });
    try {
      await vscode.workspace.fs.copy(this.uri, backup, { overwrite: false });
      this.store = emptyStore();
      this.readOnly = false;
      this.report({ message: `The claims store ${vscode.workspace.asRelativePath(this.uri)} could not be read (${parsed.error}). It was copied to ${vscode.workspace.asRelativePath(backup)}; GeoLens starts a new store.`, backup });
    } catch (error) {
      this.readOnly = true;
      this.report({ message: `The claims store ${vscode.workspace.asRelativePath(this.uri)} could not be read (${parsed.error}) nor backed up (${error instanceof Error ? error.message : String(error)}); GeoLens will not write to it until it is fixed.` });
    }
  }

  private async reloadIfChanged(): Promise<void> {
    await this.writing;
    let text: string;
    try {
      text = decoder.decode(await vscode.workspace.fs.readFile(this.uri));
    } catch {
      return;
    }
    if (text === this.lastWritten) return;
    await this.adopt(text);
    this.emitter.fire();
  }

  /** Replaces the store in memory only (claims re-found in a document with unsaved edits). */
  setInMemory(store: NoteStore): void {
    this.store = store;
  }

  /** Replaces the store and writes it: temporary file, then rename over the real one. */
  save(store: NoteStore): Promise<void> {
    this.store = store;
    const task = this.writing.then(async () => {
      if (this.readOnly) throw new Error('The claims store on disk is unreadable; fix or move it, then reload the window.');
      const text = serializeStore(this.store);
      if (text === this.lastWritten) return;
      const folder = vscode.Uri.joinPath(this.uri, '..');
      await vscode.workspace.fs.createDirectory(folder);
      const temp = this.uri.with({ path: `${this.uri.path}.${Date.now().toString(36)}.tmp` });
      await vscode.workspace.fs.writeFile(temp, encoder.encode(text));
      await vscode.workspace.fs.rename(temp, this.uri, { overwrite: true });
      this.lastWritten = text;
    });
    this.writing = task.catch(() => undefined);
    return task;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
