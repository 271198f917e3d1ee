// Runs an extension-tests entry (a module exporting run()) inside VS Code's server build, the way
// desktop VS Code runs `--extensionTestsPath`: the workbench is opened in headless chromium with the
// test payload, the extension host's console is streamed to stdout, and the run's exit code returned.
import { ensureVSCodeServer } from '../../scripts/vscode-server/install.mjs';
import { launchBrowser, newAutomationPage } from '../../scripts/vscode-server/browser.mjs';
import { remoteUri, startServer, workbenchUrl } from '../../scripts/vscode-server/server.mjs';

/** The whole run (cold start ~10 s, the suites after); only a hung run reaches it. */
export const DEFAULT_TIMEOUT_MS = Number(process.env.GEOLENS_TEST_TIMEOUT_MS) || 10 * 60_000;

let prefix = 'integration';

function say(message) {
  console.log(`[${prefix}] ${message}`);
}

/**
 * A file on the server as the workbench names it. VS Code picks the extension host that runs the
 * tests by finding the extension that contains extensionTestsPath, comparing URIs: for the web
 * worker host the test path must carry the workbench's real authority (code-server: the page's
 * host:port), not the placeholder `remote` of remoteUri(), or VS Code falls back to the Node host.
 */
function serverUri(baseUrl, absolutePath) {
  return remoteUri(absolutePath, new URL(baseUrl).host);
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
 * Workbench chatter that the smoke-test driver forwards with the extension host's console: it says
 * nothing about the tests, and hides the reporter's output. GEOLENS_TEST_VERBOSE=1 shows it all.
 */
const NOISE = [
  /^Resolv(ing|ed) connection token/,
  /^Creating a socket/,
  /^\[(reconnection-grace-time|Service Worker|AgentHost:remote|AccountPolicyGate)\]/,
  /^Ignoring fetching additional builtin extensions/,
  /^Updating additional builtin extensions cache/,
  // The workbench cancelling its account lookups when the run ends.
  /^Canceled: Canceled/,
];
const verbose = process.env.GEOLENS_TEST_VERBOSE === '1';

/** The extension host's console, mocha's reporter included; one stream (stdout) keeps the order. */
function printLog(_type, text) {
  if (!verbose && NOISE.some((pattern) => pattern.test(text))) return;
  process.stdout.write(`${text}\n`);
}

/**
 * `web: true` runs the extension under development, and its tests, in the browser's web worker
 * extension host instead of the Node one (the extension folder must then be a web extension).
 * @param {{ extensionDevelopmentPath: string, extensionTestsPath: string, folder?: string, timeoutMs?: number, web?: boolean }} options
 * @returns {Promise<number>} 0 when every test passed; 1 on a failure, a missing test module or a timeout
 */
export async function runExtensionTests({ extensionDevelopmentPath, extensionTestsPath, folder, timeoutMs = DEFAULT_TIMEOUT_MS, web = false }) {
  const started = Date.now();
  prefix = web ? 'web' : 'integration';
  const installation = await ensureVSCodeServer({ browser: true });
  const server = await startServer(installation);
  let browser;
  try {
    say(`code-server ${installation.codeServer} on ${server.url} (${web ? 'browser (web worker) extension host' : `Node ${installation.node}`})`);
    browser = await launchBrowser();
    let exit = () => {};
    const page = await newAutomationPage(browser, { onLog: printLog, onExit: (code) => exit(code) });
    // Copy as Citation writes the clipboard: the web workbench uses navigator.clipboard.
    if (web) await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server.url).origin });
    const run = watchRun(page, timeoutMs);
    exit = run.exit;
    const url = workbenchUrl(server.url, {
      folder,
      payload: web
        ? [
            ['extensionDevelopmentPath', serverUri(server.url, extensionDevelopmentPath)],
            ['extensionDevelopmentKind', 'web'],
            ['extensionTestsPath', serverUri(server.url, extensionTestsPath)],
            ['skipWelcome', 'true'],
          ]
        : [
            ['extensionDevelopmentPath', remoteUri(extensionDevelopmentPath)],
            ['extensionTestsPath', remoteUri(extensionTestsPath)],
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
