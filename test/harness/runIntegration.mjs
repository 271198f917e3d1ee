// `npm run test:integration`: runs the integration suites (dist/test/integration, built by
// `npm run build`) inside a real VS Code extension host, through @vscode/test-electron's runTests().
// Here runTests launches code-server-as-vscode.mjs, which runs VS Code's server build in headless
// chromium; with GEOLENS_TEST_DESKTOP=1 runTests downloads and runs desktop VS Code instead.
//
// Usage: node test/harness/runIntegration.mjs [--tests=PATH]   (PATH: an extension-tests entry)
// Exit code: mocha's (0 all passed, 1 otherwise); 1 on a missing build, missing module or timeout.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests, TestRunFailedError } from '@vscode/test-electron';
import { repoRoot } from '../../scripts/vscode-server/paths.mjs';
import { makeTempWorkspace } from '../../scripts/vscode-server/workspace.mjs';
import { DEFAULT_TIMEOUT_MS } from './codeServerRunner.mjs';

const codeServerAsVSCode = path.join(path.dirname(fileURLToPath(import.meta.url)), 'code-server-as-vscode.mjs');
const defaultTests = path.join(repoRoot, 'dist', 'test', 'integration');

function say(message) {
  console.log(`[integration] ${message}`);
}

function testsPathFromArgs(argv) {
  const arg = argv.find((a) => a.startsWith('--tests='));
  return arg ? path.resolve(arg.slice('--tests='.length)) : defaultTests;
}

/** What `require(testsPath)` in the extension host would load, if anything. */
function resolvesToModule(testsPath) {
  return [testsPath, `${testsPath}.js`, path.join(testsPath, 'index.js')].some(isFile);
}

function isFile(file) {
  return statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;
}

/** Stops early with the fix when the build has not run, instead of a vague failure inside VS Code. */
function checkBuild(testsPath) {
  const missing = [];
  if (!existsSync(path.join(repoRoot, 'dist', 'extension.js'))) missing.push('dist/extension.js');
  if (!resolvesToModule(testsPath)) missing.push(path.relative(repoRoot, testsPath) || testsPath);
  if (missing.length > 0) {
    say(`missing ${missing.join(' and ')}: run \`npm run build\` first`);
    process.exit(1);
  }
}

/** runTests rejects with the exit code when it is not 0; everything else is a harness failure. */
async function run(testsPath, folder) {
  const desktop = process.env.GEOLENS_TEST_DESKTOP === '1';
  say(desktop ? 'desktop VS Code (downloaded by @vscode/test-electron)' : "VS Code's server build in headless chromium");
  try {
    return await runTests({
      ...(desktop ? {} : { vscodeExecutablePath: codeServerAsVSCode }),
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: testsPath,
      launchArgs: [folder, '--disable-extensions'],
    });
  } catch (error) {
    if (error instanceof TestRunFailedError) return 1;
    say(`could not run the tests: ${error instanceof Error ? error.stack : error}`);
    return 1;
  }
}

const testsPath = testsPathFromArgs(process.argv.slice(2));
checkBuild(testsPath);
const workspace = await makeTempWorkspace();
say(`workspace ${workspace.folder}: ${workspace.markdown.join(', ') || 'no Markdown files'}${workspace.hasSeedArticle ? '' : ' (../shared/corpus/seed-article.md not found)'}`);
// The runner below has its own timeout; this one only guards the desktop path and the harness itself.
const guard = setTimeout(() => {
  say('timed out');
  process.exit(1);
}, DEFAULT_TIMEOUT_MS + 60_000);
const code = await run(testsPath, workspace.folder);
clearTimeout(guard);
await workspace.dispose();
process.exit(code);
