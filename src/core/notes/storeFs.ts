/**
 * What the claims store needs of a file system, so that its rules (never write over what could not
 * be read, merge under a lock, durable replace) live in core and are tested on real and in-memory
 * file systems alike. Locations are opaque strings the implementation understands (a path for Node's
 * fs, a URI for VS Code's `workspace.fs`); siblings of a location are made by appending a suffix.
 */

/** Thrown by `read` for anything but "does not exist": the file is there and must not be replaced. */
export class UnreadableError extends Error {
  override name = 'UnreadableError';
}

/** Thrown before any read or write of a file that must not be touched (it leads outside the workspace). */
export class RefusedError extends Error {
  override name = 'RefusedError';
}

export interface StoreFileSystem {
  /** The file's text; `undefined` only when it does not exist. Any other failure throws. */
  read(location: string): Promise<string | undefined>;
  /**
   * Replaces the file with `text` atomically: a temporary file with a unique name beside it, flushed
   * to disk where the host allows, then renamed over it (and the folder flushed where it allows).
   */
  replace(location: string, text: string): Promise<void>;
  /** Creates the file only if it does not exist (O_EXCL where the host has it); false when it exists. */
  createExclusive(location: string, text: string): Promise<boolean>;
  /** Milliseconds since the file was last modified; undefined when it does not exist. */
  ageMs(location: string): Promise<number | undefined>;
  /** Removes the file; a file that is already gone is fine. */
  remove(location: string): Promise<void>;
  /** Copies `from` to `to`, failing when `to` exists. */
  copyExclusive(from: string, to: string): Promise<void>;
  /** Names of the files in the folder holding `location` (for cleaning up temporary files). */
  siblings(location: string): Promise<string[]>;
}

/** The same, synchronously: the last write on shutdown, when nothing waits for a promise. */
export interface SyncStoreFileSystem {
  read(location: string): string | undefined;
  replace(location: string, text: string): void;
  createExclusive(location: string, text: string): boolean;
  ageMs(location: string): number | undefined;
  remove(location: string): void;
  copyExclusive(from: string, to: string): void;
}

/** A name no other writer picks: random, so two windows writing in the same millisecond differ. */
export function uniqueSuffix(): string {
  const bytes = new Uint8Array(9);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The temporary file a writer makes beside `location` before renaming it into place. */
export function temporaryOf(location: string): string {
  return `${location}.${uniqueSuffix()}.tmp`;
}

/** The lock file beside the store. */
export function lockOf(location: string): string {
  return `${location}.lock`;
}

/** The last path segment of a location (path or URI). */
export function baseName(location: string): string {
  return location.slice(Math.max(location.lastIndexOf('/'), location.lastIndexOf('\\')) + 1);
}

/** Is `name` a temporary file of the store named `storeName` ("claims.json.<hex>.tmp")? */
export function isTemporaryOf(storeName: string, name: string): boolean {
  if (!name.startsWith(`${storeName}.`) || !name.endsWith('.tmp')) return false;
  return /^[0-9a-z]+$/i.test(name.slice(storeName.length + 1, -'.tmp'.length));
}
