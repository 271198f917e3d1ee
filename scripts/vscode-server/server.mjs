// Starts VS Code's server build on loopback with a throw-away profile, and stops it. Shared by the
// integration runner, the e2e run and `npm start`.
import { spawn } from 'node:child_process';
import { createWriteStream, rmSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { nodeBinDir } from './paths.mjs';

const HOST = '127.0.0.1';
/** Cold start is ~2 s here; the bound only stops a broken install from hanging a run. */
const HEALTH_DEADLINE_MS = 120_000;

/** Settings for a quiet, predictable workbench: no welcome page, tips, trust prompt or telemetry. */
const DEFAULT_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'chat.disableAIFeatures': true,
  'window.commandCenter': false,
  // The sample workspace of `npm start` lives inside the repo: no prompt about the parent repository.
  'git.openRepositoryInParentFolders': 'never',
};

/** Asks the OS for a free loopback port (a port given explicitly wins, e.g. `npm start --port`). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.on('error', reject);
    probe.listen(0, HOST, () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/**
 * The workbench reaches the server's files through the remote authority: literally `remote` works
 * for the test harness, but a file opened so is not the workspace's file to the editor (a second
 * tab opens when the extension shows it); the address the browser opens (`host`, "127.0.0.1:PORT")
 * is the authority the workspace folder has.
 */
export function remoteUri(absolutePath, host = 'remote') {
  return `vscode-remote://${host}${path.resolve(absolutePath).split(path.sep).map(encodeURIComponent).join('/')}`;
}

/**
 * The URL that opens `folder` in the workbench. `payload` entries are VS Code's web launch options:
 * extensionDevelopmentPath, extensionTestsPath, openFile, skipWelcome…
 */
export function workbenchUrl(baseUrl, { folder, payload = [] }) {
  const url = new URL(baseUrl);
  if (folder) url.searchParams.set('folder', path.resolve(folder));
  if (payload.length > 0) url.searchParams.set('payload', JSON.stringify(payload));
  return url.toString();
}

async function isHealthy(baseUrl) {
  try {
    const response = await fetch(new URL('/healthz', baseUrl));
    return response.ok;
  } catch {
    return false;
  }
}

async function tail(file, lines = 40) {
  try {
    return (await readFile(file, 'utf8')).trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no server log)';
  }
}

/** Polls /healthz until the server answers; rejects at once if the process dies first. */
async function waitForHealth(child, baseUrl, logFile) {
  let exited = null;
  child.once('exit', (code, signal) => (exited = signal ?? `exit ${code}`));
  const deadline = Date.now() + HEALTH_DEADLINE_MS;
  while (!(await isHealthy(baseUrl))) {
    if (exited) throw new Error(`code-server stopped before it was ready (${exited}):\n${await tail(logFile)}`);
    if (Date.now() > deadline) throw new Error(`code-server did not answer ${baseUrl}healthz:\n${await tail(logFile)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Installs extension folders by linking them into the extensions dir as `publisher.name-version`,
 * how VS Code names installed extensions: the workbench then loads them like any installed extension,
 * without the development-host payload (which needs the smoke-test driver).
 */
async function linkExtensions(extensionsDir, folders) {
  for (const folder of folders) {
    const manifest = JSON.parse(await readFile(path.join(folder, 'package.json'), 'utf8'));
    await symlink(path.resolve(folder), path.join(extensionsDir, `${manifest.publisher}.${manifest.name}-${manifest.version}`), 'dir');
  }
}

async function makeProfile(settings, installExtensions) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'geolens-vscode-'));
  const userDir = path.join(dir, 'user-data', 'User');
  await mkdir(userDir, { recursive: true });
  await mkdir(path.join(dir, 'extensions'), { recursive: true });
  await linkExtensions(path.join(dir, 'extensions'), installExtensions);
  await writeFile(path.join(userDir, 'settings.json'), JSON.stringify({ ...DEFAULT_SETTINGS, ...settings }, null, 2));
  return dir;
}

function serverArgs(entry, dir, port, smokeTestDriver) {
  const args = [
    entry,
    '--auth', 'none',
    '--bind-addr', `${HOST}:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--config', path.join(dir, 'config.yaml'),
    '--user-data-dir', path.join(dir, 'user-data'),
    '--extensions-dir', path.join(dir, 'extensions'),
  ];
  // Without it the built workbench silently ignores extensionTestsPath in the URL payload. It also
  // turns error notifications into modal dialogs, which a person using `npm start` does not want.
  if (smokeTestDriver) args.push('--vscode-option', 'enable-smoke-test-driver');
  return args;
}

/** Kills the whole process group (server, extension host, file watcher…) and waits for the server. */
function killGroup(child, exitPromise) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return Promise.resolve();
  }
  // A server that ignores SIGTERM must not keep a test run alive.
  const force = setTimeout(() => {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }, 5_000);
  return exitPromise.finally(() => clearTimeout(force));
}

/**
 * Starts code-server on 127.0.0.1 in its own process group with a temporary user-data, extensions and
 * config dir, and waits for /healthz. Returns `{ url, port, dir, logFile, stop(), exited }`; `stop()` kills
 * the group and removes the temporary dir. The server's own log goes to `logFile` (and to stdout with
 * `verbose` or GEOLENS_SERVER_LOG=1). `smokeTestDriver` (default on) is what test runs need;
 * `installExtensions` lists extension folders to install by symlink.
 *
 * @param {{ nodeBin: string, entry: string }} server what ensureVSCodeServer() returned
 */
export async function startServer(
  server,
  { port, settings = {}, installExtensions = [], smokeTestDriver = true, verbose = process.env.GEOLENS_SERVER_LOG === '1' } = {},
) {
  const chosenPort = port ?? (await freePort());
  const dir = await makeProfile(settings, installExtensions);
  await writeFile(path.join(dir, 'config.yaml'), `bind-addr: ${HOST}:${chosenPort}\nauth: none\ncert: false\n`);
  const logFile = path.join(dir, 'server.log');
  const logStream = createWriteStream(logFile);

  const child = spawn(server.nodeBin, serverArgs(server.entry, dir, chosenPort, smokeTestDriver), {
    detached: true, // own process group, so stop() reaches the extension host and watchers too
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      PATH: `${nodeBinDir}${path.delimiter}${process.env.PATH ?? ''}`,
      XDG_CONFIG_HOME: path.join(dir, 'xdg-config'),
      XDG_DATA_HOME: path.join(dir, 'xdg-data'),
      // No extension gallery: there is none to reach, and its failing lookups only add noise to the log.
      EXTENSIONS_GALLERY: '{}',
    },
  });
  const exitPromise = new Promise((resolve) => child.once('exit', resolve));
  for (const stream of [child.stdout, child.stderr]) {
    stream.pipe(logStream, { end: false });
    if (verbose) stream.on('data', (chunk) => process.stdout.write(`[code-server] ${chunk}`));
  }

  // A runner that exits without calling stop() (a signal, an uncaught error) must not leave a server
  // behind. Only synchronous work is possible in an exit hook.
  const killOnExit = () => {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
    if (process.env.GEOLENS_KEEP_PROFILE !== '1') rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', killOnExit);

  let stopped;
  const stop = () => {
    stopped ??= killGroup(child, exitPromise).then(async () => {
      process.removeListener('exit', killOnExit);
      logStream.end();
      if (process.env.GEOLENS_KEEP_PROFILE !== '1') await rm(dir, { recursive: true, force: true });
    });
    return stopped;
  };

  const url = `http://${HOST}:${chosenPort}/`;
  try {
    await waitForHealth(child, url, logFile);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, port: chosenPort, dir, logFile, stop, exited: exitPromise };
}
