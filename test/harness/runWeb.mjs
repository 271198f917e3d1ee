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
import http from 'node:http';
import { startFactsServer } from './factsRoutes.mjs';
import os from 'node:os';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { repoRoot } from '../../scripts/vscode-server/paths.mjs';
import { makeTempWorkspace } from '../../scripts/vscode-server/workspace.mjs';
import { runExtensionTests } from './codeServerRunner.mjs';

const webExtension = path.join(repoRoot, 'dist', 'web', 'extension.js');

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
async function makeWebExtension(parent, factsServer) {
  const folder = path.join(parent, 'geolens');
  await mkdir(path.join(folder, 'dist', 'web'), { recursive: true });
  const manifest = JSON.parse(await readFile(path.join(repoRoot, 'package.json'), 'utf8'));
  delete manifest.main;
  manifest.extensionKind = ['web'];
  await writeFile(path.join(folder, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  await cp(webExtension, path.join(folder, 'dist', 'web', 'extension.js'));
  for (const asset of ['dist/webview', 'media', 'syntaxes', 'src/gazetteer', 'samples', 'package.nls.json', 'README.md', 'CHANGELOG.md', 'LICENSE', 'DATA-LICENSE.md']) {
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
    define: { GEOLENS_TEST_GREP: JSON.stringify(process.env.GEOLENS_TEST_GREP ?? ''), GEOLENS_FACTS_SERVER: JSON.stringify(factsServer) },
    plugins: [assertShimPlugin],
  });
  return { folder, testsEntry };
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
// The browser host cannot start a server: Update Facts is tested against this one, on loopback.
const facts = await startFactsServer(http, await readFile(path.join(repoRoot, 'test', 'fixtures', 'facts', 'office-holders.json'), 'utf8'));
let code = 1;
try {
  const extension = await makeWebExtension(parent, facts.base);
  say(`extension ${extension.folder} (browser entry only); workspace ${workspace.folder}: ${workspace.markdown.join(', ') || 'no Markdown files'}`);
  code = await runExtensionTests({ extensionDevelopmentPath: extension.folder, extensionTestsPath: extension.testsEntry, folder: workspace.folder, web: true });
} catch (error) {
  say(`could not run the tests: ${error instanceof Error ? error.stack : error}`);
} finally {
  facts.close();
  await workspace.dispose();
  if (process.env.GEOLENS_KEEP_PROFILE !== '1') await rm(parent, { recursive: true, force: true });
}
process.exit(code);
