// `npm run test:web`: runs the integration suites in VS Code's browser (web worker) extension host,
// the one vscode.dev, github.dev and a VS Code server in the browser use for web extensions. The
// extension loaded is the browser bundle dist/web/extension.js, built by `npm run build`.
//
// How: VS Code's server build (code-server, the same as `npm run test:integration`) in headless
// chromium, with the test payload of the smoke-test driver plus `extensionDevelopmentKind: web`,
// which makes the workbench run the extension under development in the web worker host. The
// extension folder is a temporary copy whose package.json has no `main` (only `browser`) and
// `extensionKind: ["web"]`, so nothing can fall back to the Node extension host. The test entry
// (test/web/index.ts: mocha's browser build and the suites of test/integration) is bundled here for
// the browser into that folder: VS Code runs extension tests in the host of the extension that
// contains them.
//
// Usage: node test/harness/runWeb.mjs        GEOLENS_TEST_GREP="Claims" narrows the run.
// Exit code: 0 when every test passed; 1 on a failure, a missing build or a timeout.
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { launchBrowser, newAutomationPage } from '../../scripts/vscode-server/browser.mjs';
import { ensureVSCodeServer } from '../../scripts/vscode-server/install.mjs';
import { repoRoot } from '../../scripts/vscode-server/paths.mjs';
import { remoteUri, startServer, workbenchUrl } from '../../scripts/vscode-server/server.mjs';
import { makeTempWorkspace } from '../../scripts/vscode-server/workspace.mjs';
import { DEFAULT_TIMEOUT_MS } from './codeServerRunner.mjs';

const webExtension = path.join(repoRoot, 'dist', 'web', 'extension.js');
const verbose = process.env.GEOLENS_TEST_VERBOSE === '1';

function say(message) {
  console.log(`[web] ${message}`);
}

/** `node:assert` in the suites becomes this shim: the browser has no Node modules. */
const assertShimPlugin = {
  name: 'geolens-assert-shim',
  setup(build) {
    build.onResolve({ filter: /^(node:)?assert(\/strict)?$/ }, () => ({ path: path.join(repoRoot, 'test', 'web', 'assert.ts') }));
  },
};

/**
 * The extension as a web-only extension: the manifest without `main`, the browser bundle and the
 * assets the manifest points at, plus the test bundle at dist/test/web/index.js.
 */
async function makeWebExtension(parent) {
  const folder = path.join(parent, 'geolens');
  await mkdir(path.join(folder, 'dist', 'web'), { recursive: true });
  const manifest = JSON.parse(await readFile(path.join(repoRoot, 'package.json'), 'utf8'));
  delete manifest.main;
  manifest.extensionKind = ['web'];
  await writeFile(path.join(folder, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  await cp(webExtension, path.join(folder, 'dist', 'web', 'extension.js'));
  for (const asset of ['media', 'syntaxes', 'src/gazetteer', 'samples', 'package.nls.json', 'README.md', 'CHANGELOG.md', 'LICENSE', 'DATA-LICENSE.md']) {
    const from = path.join(repoRoot, asset);
    if (existsSync(from)) await cp(from, path.join(folder, asset), { recursive: true });
  }
  const testsEntry = path.join(folder, 'dist', 'test', 'web', 'index.js');
  await esbuild.build({
    entryPoints: [path.join(repoRoot, 'test', 'web', 'index.ts')],
    outfile: testsEntry,
    bundle: true,
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
    sourcemap: 'inline',
    logLevel: 'warning',
    define: { GEOLENS_TEST_GREP: JSON.stringify(process.env.GEOLENS_TEST_GREP ?? '') },
    plugins: [assertShimPlugin],
  });
  return { folder, testsEntry };
}

/** Workbench chatter that hides the reporter's output (GEOLENS_TEST_VERBOSE=1 shows it all). */
const NOISE = [
  /^Resolv(ing|ed) connection token/,
  /^Creating a socket/,
  /^\[(reconnection-grace-time|Service Worker|AgentHost:remote|AccountPolicyGate)\]/,
  /^Ignoring fetching additional builtin extensions/,
  /^Updating additional builtin extensions cache/,
  /^Canceled: Canceled/,
];

function printLog(_type, text) {
  if (!verbose && NOISE.some((pattern) => pattern.test(text))) return;
  process.stdout.write(`${text}\n`);
}

/** Settles with the first of: the test run's exit code, the page dying, the timeout. */
function watchRun(page, timeoutMs) {
  let settle;
  const outcome = new Promise((resolve) => (settle = resolve));
  const timer = setTimeout(() => settle({ code: 1, reason: `no result after ${Math.round(timeoutMs / 1000)} s (GEOLENS_TEST_TIMEOUT_MS)` }), timeoutMs);
  page.on('crash', () => settle({ code: 1, reason: 'the workbench page crashed' }));
  page.on('close', () => settle({ code: 1, reason: 'the workbench page closed' }));
  page.on('pageerror', (error) => say(`workbench page error: ${error.message}`));
  if (verbose) page.on('console', (message) => say(`page console.${message.type()}: ${message.text()}`));
  return { outcome: outcome.finally(() => clearTimeout(timer)), exit: (code) => settle({ code }) };
}

/**
 * A file on the server as the workbench names it. VS Code looks for the extension that contains
 * extensionTestsPath to pick the extension host that runs the tests; it compares URIs, so the test
 * path must carry the workbench's real remote authority (code-server: the page's host:port) and not
 * the placeholder `remote` that remoteUri() uses. With `remote`, no extension contains the tests and
 * VS Code falls back to the Node (remote) extension host.
 */
function serverUri(baseUrl, absolutePath) {
  return remoteUri(absolutePath).replace(/^vscode-remote:\/\/remote\//, `vscode-remote://${new URL(baseUrl).host}/`);
}

async function runInWebWorkerHost({ extensionDevelopmentPath, extensionTestsPath, folder, timeoutMs = DEFAULT_TIMEOUT_MS }) {
  const started = Date.now();
  const installation = await ensureVSCodeServer({ browser: true });
  const server = await startServer(installation);
  let browser;
  try {
    say(`code-server ${installation.codeServer} on ${server.url}: browser (web worker) extension host`);
    browser = await launchBrowser();
    let exit = () => {};
    const page = await newAutomationPage(browser, { onLog: printLog, onExit: (code) => exit(code) });
    // Copy as Citation writes the clipboard: the web workbench uses navigator.clipboard.
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server.url).origin });
    const run = watchRun(page, timeoutMs);
    exit = run.exit;
    const url = workbenchUrl(server.url, {
      folder,
      payload: [
        ['extensionDevelopmentPath', serverUri(server.url, extensionDevelopmentPath)],
        ['extensionDevelopmentKind', 'web'],
        ['extensionTestsPath', serverUri(server.url, extensionTestsPath)],
        ['skipWelcome', 'true'],
      ],
    });
    await page.goto(url);
    const { code, reason } = await run.outcome;
    if (reason) say(`failed: ${reason}`);
    say(`exit code ${code} after ${Math.round((Date.now() - started) / 1000)} s`);
    return code;
  } finally {
    await browser?.close().catch(() => {});
    await server.stop();
  }
}

if (!existsSync(webExtension)) {
  say('missing dist/web/extension.js: run `npm run build` first');
  process.exit(1);
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    say(`stopped by ${signal}`);
    process.exit(1);
  });
}

const parent = await mkdtemp(path.join(os.tmpdir(), 'geolens-web-extension-'));
const workspace = await makeTempWorkspace();
let code = 1;
try {
  const extension = await makeWebExtension(parent);
  say(`extension ${extension.folder} (browser entry only); workspace ${workspace.folder}: ${workspace.markdown.join(', ') || 'no Markdown files'}`);
  code = await runInWebWorkerHost({ extensionDevelopmentPath: extension.folder, extensionTestsPath: extension.testsEntry, folder: workspace.folder });
} catch (error) {
  say(`could not run the tests: ${error instanceof Error ? error.stack : error}`);
} finally {
  await workspace.dispose();
  if (process.env.GEOLENS_KEEP_PROFILE !== '1') await rm(parent, { recursive: true, force: true });
}
process.exit(code);
