/**
 * The store's file system on Node's fs (the Node extension host with a `file:` store, the CLI,
 * tests). Node's fs is passed in rather than imported, so the browser bundle, which shares this
 * module's importers, never pulls in a Node API. Gives what the browser host cannot: O_EXCL lock
 * files and fsync of the file (and of its folder where the platform allows) before and after the
 * rename.
 */
import type * as NodeFs from 'node:fs';
import { baseName, temporaryOf, UnreadableError, type StoreFileSystem, type SyncStoreFileSystem } from '../core/notes';

function code(error: unknown): string | undefined {
  const c = (error as { code?: unknown } | undefined)?.code;
  return typeof c === 'string' ? c : undefined;
}

function folderOf(location: string): string {
  const name = baseName(location);
  const folder = location.slice(0, location.length - name.length);
  return folder === '' ? '.' : folder;
}

/** fsync of a folder makes a rename in it durable on Linux and macOS; Windows refuses it (and needs none). */
function syncFolder(fs: typeof NodeFs, folder: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(folder, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Not supported here: the rename itself is still atomic.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

export function createNodeStoreFs(fs: typeof NodeFs): StoreFileSystem & { sync: SyncStoreFileSystem } {
  const sync: SyncStoreFileSystem = {
    read(location) {
      try {
        return fs.readFileSync(location, 'utf8');
      } catch (error) {
        if (code(error) === 'ENOENT') return undefined;
        throw new UnreadableError(`${code(error) ?? 'error'}: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
    replace(location, text) {
      fs.mkdirSync(folderOf(location), { recursive: true });
      const temp = temporaryOf(location);
      const fd = fs.openSync(temp, 'wx');
      try {
        fs.writeFileSync(fd, text);
        fs.fsyncSync(fd);
      } catch (error) {
        fs.closeSync(fd);
        fs.rmSync(temp, { force: true });
        throw error;
      }
      fs.closeSync(fd);
      try {
        fs.renameSync(temp, location);
      } catch (error) {
        fs.rmSync(temp, { force: true });
        throw error;
      }
      syncFolder(fs, folderOf(location));
    },
    createExclusive(location, text) {
      fs.mkdirSync(folderOf(location), { recursive: true });
      let fd: number;
      try {
        fd = fs.openSync(location, 'wx');
      } catch (error) {
        if (code(error) === 'EEXIST') return false;
        throw error;
      }
      try {
        fs.writeFileSync(fd, text);
      } finally {
        fs.closeSync(fd);
      }
      return true;
    },
    ageMs(location) {
      try {
        return Date.now() - fs.statSync(location).mtimeMs;
      } catch (error) {
        if (code(error) === 'ENOENT') return undefined;
        throw error;
      }
    },
    remove(location) {
      fs.rmSync(location, { force: true });
    },
    copyExclusive(from, to) {
      fs.copyFileSync(from, to, fs.constants.COPYFILE_EXCL);
    },
  };
  const p = fs.promises;
  return {
    sync,
    async read(location) {
      try {
        return await p.readFile(location, 'utf8');
      } catch (error) {
        if (code(error) === 'ENOENT') return undefined;
        throw new UnreadableError(`${code(error) ?? 'error'}: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
    async replace(location, text) {
      await p.mkdir(folderOf(location), { recursive: true });
      const temp = temporaryOf(location);
      const handle = await p.open(temp, 'wx');
      try {
        await handle.writeFile(text);
        await handle.sync();
      } catch (error) {
        await handle.close();
        await p.rm(temp, { force: true });
        throw error;
      }
      await handle.close();
      try {
        await p.rename(temp, location);
      } catch (error) {
        await p.rm(temp, { force: true });
        throw error;
      }
      syncFolder(fs, folderOf(location));
    },
    async createExclusive(location, text) {
      await p.mkdir(folderOf(location), { recursive: true });
      let handle: NodeFs.promises.FileHandle;
      try {
        handle = await p.open(location, 'wx');
      } catch (error) {
        if (code(error) === 'EEXIST') return false;
        throw error;
      }
      try {
        await handle.writeFile(text);
      } finally {
        await handle.close();
      }
      return true;
    },
    async ageMs(location) {
      try {
        return Date.now() - (await p.stat(location)).mtimeMs;
      } catch (error) {
        if (code(error) === 'ENOENT') return undefined;
        throw error;
      }
    },
    async remove(location) {
      await p.rm(location, { force: true });
    },
    async copyExclusive(from, to) {
      await p.copyFile(from, to, fs.constants.COPYFILE_EXCL);
    },
    async siblings(location) {
      return p.readdir(folderOf(location));
    },
  };
}
