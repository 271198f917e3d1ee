// Headless Debian chromium driven by playwright-core. Never `npx playwright install`: there is no
// download of a browser build on our machines, and Debian's chromium is the one we test with.
import { format } from 'node:util';
import { chromium } from 'playwright-core';
import { chromiumPath } from './paths.mjs';

/** Without the networking flags chromium keeps trying Google's hosts on a closed network. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export async function launchBrowser() {
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: CHROMIUM_ARGS });
}

/**
 * A page wired to the workbench's smoke-test driver: the extension host's console (mocha's reporter
 * included) arrives through `codeAutomationLog`, the test run's exit code through `codeAutomationExit`.
 * Both must be exposed before the first navigation.
 */
export async function newAutomationPage(browser, { onLog, onExit, viewport = { width: 1400, height: 900 } }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.exposeFunction('codeAutomationLog', (type, args) => onLog?.(type, formatLogArgs(args)));
  await page.exposeFunction('codeAutomationExit', (code) => onExit?.(Number(code)));
  return page;
}

/** The workbench passes console arguments through as given; most are already strings. */
function formatLogArgs(args) {
  if (!Array.isArray(args)) return String(args ?? '');
  return format(...args.map((arg) => (typeof arg === 'object' && arg !== null ? JSON.stringify(arg) : arg)));
}
