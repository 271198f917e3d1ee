/**
 * The store's file system on `vscode.workspace.fs`, for the browser extension host and stores that
 * are not on the local disk. Locations are URI strings. What this API cannot give, it approximates:
 * - no exclusive create: the lock is a uniquely named file renamed onto the lock's name without
 *   overwriting (which fails when the lock exists), then read back a moment later to see that it is
 *   still ours; two windows whose renames fall within that moment are the remaining gap;
 * - no fsync: a write is as durable as the provider makes it (the VS Code server writes with Node's
 *   fs, the rename still atomic).
 */
import * as vscode from 'vscode';
import { temporaryOf, uniqueSuffix, UnreadableError, type StoreFileSystem } from '../core/notes';

/** How long a new lock is left before it is read back to see whose it is. */
const VERIFY_DELAY_MS = 30;

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8');

/** Whether a file system error is one of `codes`, also after it crossed the remote connection, where only
 * the name keeps the code ("EntryNotFound (FileSystemError)"). */
function isFileSystemError(error: unknown, codes: readonly string[]): boolean {
  if (error instanceof vscode.FileSystemError && codes.includes(error.code)) return true;
  const e = error as { code?: unknown; name?: unknown } | undefined;
  if (typeof e?.code === 'string' && codes.includes(e.code)) return true;
  return typeof e?.name === 'string' && codes.some((code) => (e.name as string).includes(code));
}

const isNotFound = (error: unknown): boolean => isFileSystemError(error, ['FileNotFound', 'EntryNotFound']);
const isExists = (error: unknown): boolean => isFileSystemError(error, ['FileExists', 'EntryExists']);

const uri = (location: string): vscode.Uri => vscode.Uri.parse(location, true);

export function createWorkspaceStoreFs(fs: vscode.FileSystem = vscode.workspace.fs): StoreFileSystem {
  /** Writes a temporary file beside the target and renames it onto the target, so no reader sees half a file. */
  async function writeBesideThenRename(location: string, text: string, overwrite: boolean): Promise<void> {
    const target = uri(location);
    await fs.createDirectory(vscode.Uri.joinPath(target, '..'));
    const temp = uri(temporaryOf(location));
    await fs.writeFile(temp, encoder.encode(text));
    try {
      await fs.rename(temp, target, { overwrite });
    } catch (error) {
      await fs.delete(temp).then(undefined, () => undefined);
      throw error;
    }
  }

  return {
    async read(location) {
      let bytes: Uint8Array;
      try {
        bytes = await fs.readFile(uri(location));
      } catch (error) {
        if (isNotFound(error)) return undefined;
        throw new UnreadableError(error instanceof Error ? error.message : String(error));
      }
      return decoder.decode(bytes);
    },
    async replace(location, text) {
      await writeBesideThenRename(location, text, true);
    },
    async createExclusive(location, text) {
      const target = uri(location);
      const token = `${text.trimEnd()} ${uniqueSuffix()}\n`;
      try {
        await writeBesideThenRename(location, token, false);
      } catch (error) {
        if (isExists(error)) return false;
        throw error;
      }
      // The existence check and the rename are two steps here: a writer that raced us renamed its own
      // lock over ours. After a moment, the lock holds the token of the one writer that has it.
      await new Promise((resolve) => setTimeout(resolve, VERIFY_DELAY_MS));
      try {
        return decoder.decode(await fs.readFile(target)) === token;
      } catch {
        return false;
      }
    },
    async ageMs(location) {
      try {
        return Date.now() - (await fs.stat(uri(location))).mtime;
      } catch (error) {
        if (isNotFound(error)) return undefined;
        throw error;
      }
    },
    async remove(location) {
      try {
        await fs.delete(uri(location));
      } catch (error) {
        if (!isNotFound(error)) throw error;
      }
    },
    async copyExclusive(from, to) {
      await fs.copy(uri(from), uri(to), { overwrite: false });
    },
    async siblings(location) {
      const entries = await fs.readDirectory(vscode.Uri.joinPath(uri(location), '..'));
      return entries.map(([name]) => name);
    },
  };
}
