// Tests of the integration harness itself (node's test runner): a failing suite must fail the run
// with its count printed, a missing suite must fail it too, and a passing suite must pass. Each case
// starts VS Code's server build once (~10 s). Needs `npm run build` (dist/extension.js) first.
//
// Usage: node --test test/harness/harness.test.mjs
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { before, test } from 'node:test';
import * as esbuild from 'esbuild';
import { repoRoot } from '../../scripts/vscode-server/paths.mjs';

const fixturesOut = path.join(repoRoot, 'dist', 'test', 'harness-fixtures');
const runIntegration = path.join(repoRoot, 'test', 'harness', 'runIntegration.mjs');
const codeServerAsVSCode = path.join(repoRoot, 'test', 'harness', 'code-server-as-vscode.mjs');

/** Runs a command to its end and returns its exit code and output (also echoed, for a failing case's log). */
function runToEnd(command, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = (chunk) => {
      output += chunk;
      process.stderr.write(chunk);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

// Bundled like the real entry (under dist/, so the extension host resolves `mocha` from node_modules).
before(async () => {
  await esbuild.build({
    entryPoints: ['failing', 'passing'].map((name) => path.join(repoRoot, 'test', 'fixtures', 'harness', `${name}.ts`)),
    outdir: fixturesOut,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
});

test('a failing suite fails the run and prints its counts', async () => {
  const { code, output } = await runToEnd(process.execPath, [runIntegration, `--tests=${path.join(fixturesOut, 'failing.js')}`]);
  assert.equal(code, 1);
  assert.match(output, /^1 passed, 1 failed, 0 skipped$/m);
  assert.match(output, /deliberate failure/);
});

test('a passing suite passes the run and prints its counts', async () => {
  const { code, output } = await runToEnd(process.execPath, [runIntegration, `--tests=${path.join(fixturesOut, 'passing.js')}`]);
  assert.equal(code, 0);
  assert.match(output, /^2 passed, 0 failed, 0 skipped$/m);
});

test('a missing suite fails before starting VS Code', async () => {
  const { code, output } = await runToEnd(process.execPath, [runIntegration, `--tests=${path.join(fixturesOut, 'missing.js')}`]);
  assert.equal(code, 1);
  assert.match(output, /npm run build/);
});

test('a test module VS Code cannot load fails the run', async () => {
  const { code } = await runToEnd(process.execPath, [
    codeServerAsVSCode,
    `--extensionDevelopmentPath=${repoRoot}`,
    `--extensionTestsPath=${path.join(fixturesOut, 'missing.js')}`,
  ]);
  assert.equal(code, 1);
});
