/** An in-memory StoreFileSystem with failures that tests switch on (a read error, a lock held). */
import { baseName, UnreadableError, type StoreFileSystem } from '../../src/core/notes/storeFs';

export class MemoryStoreFs implements StoreFileSystem {
  readonly files = new Map<string, { text: string; mtime: number }>();
  /** Locations whose read fails as a permission error would. */
  readonly unreadable = new Set<string>();
  now = 1_000_000;
  writes = 0;

  async read(location: string): Promise<string | undefined> {
    if (this.unreadable.has(location)) throw new UnreadableError(`EACCES: permission denied, open '${location}'`);
    return this.files.get(location)?.text;
  }
  async replace(location: string, text: string): Promise<void> {
    this.writes++;
    this.files.set(location, { text, mtime: this.now });
  }
  async createExclusive(location: string, text: string): Promise<boolean> {
    if (this.files.has(location)) return false;
    this.files.set(location, { text, mtime: this.now });
    return true;
  }
  async ageMs(location: string): Promise<number | undefined> {
    const file = this.files.get(location);
    return file ? this.now - file.mtime : undefined;
  }
  async remove(location: string): Promise<void> {
    this.files.delete(location);
  }
  async copyExclusive(from: string, to: string): Promise<void> {
    const file = this.files.get(from);
    if (!file) throw new Error(`ENOENT ${from}`);
    if (this.files.has(to)) throw new Error(`EEXIST ${to}`);
    this.files.set(to, { ...file });
  }
  async siblings(location: string): Promise<string[]> {
    const folder = location.slice(0, location.length - baseName(location).length);
    return [...this.files.keys()].filter((k) => k.startsWith(folder) && !k.slice(folder.length).includes('/')).map((k) => k.slice(folder.length));
  }
}
