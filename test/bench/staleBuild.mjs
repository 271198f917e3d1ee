// Whether a build is older than its sources: both benches warn, since their numbers are the build's.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** The newest modification time of any file under `dir`. */
export function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** True when a file under `sources` changed after `built` was written. */
export function olderThanSources(built, sources) {
  return newestMtime(sources) > statSync(built).mtimeMs;
}
