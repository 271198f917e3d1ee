// `npm run test:e2e`: drives the real workbench with GeoLens loaded, step by step, saving a
// screenshot after each step to test-results/screenshots/. A step that throws fails the run (exit 1)
// after the remaining steps ran; error notifications left on screen at the end fail it too.
// Needs `npm run build` first. Add checks as steps (or inside them) in steps.mjs.
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { repoRoot } from '../../scripts/vscode-server/paths.mjs';
import { makeTempWorkspace } from '../../scripts/vscode-server/workspace.mjs';
import { steps } from './steps.mjs';
import { screenshotDir, startWorkbench } from './workbench.mjs';

/** A hung step must not hang CI; each step's own waits are far shorter. */
const RUN_TIMEOUT_MS = Number(process.env.GEOLENS_E2E_TIMEOUT_MS) || 5 * 60_000;

function say(message) {
  console.log(`[e2e] ${message}`);
}

/** A dialog left by an earlier step (a command's error can show after the step returned) fails the run. */
async function reportDialogs(workbench, when) {
  const dialogs = await workbench.dismissDialogs();
  for (const text of dialogs) say(`✘ dialog ${when}: ${text}`);
  return dialogs.length;
}

async function runStep(workbench, step, context) {
  const started = Date.now();
  try {
    const note = await step.run(workbench, context);
    const shot = await workbench.screenshot(step.name);
    if ((await reportDialogs(workbench, `after ${step.name}`)) > 0) return false;
    say(`✔ ${step.name}${note ? ` — ${note}` : ''} (${Date.now() - started} ms) → ${path.relative(repoRoot, shot)}`);
    return true;
  } catch (error) {
    // Playwright's message carries a call log (what it waited for, what intercepted a click), coloured.
    say(`✘ ${step.name}: ${error instanceof Error ? stripVTControlCharacters(error.message).trim().split('\n').join('\n    ') : error}`);
    const shot = await workbench.screenshot(`${step.name}-FAILED`).catch(() => null);
    if (shot) say(`  screenshot: ${path.relative(repoRoot, shot)}`);
    await reportDialogs(workbench, `after ${step.name}`).catch(() => 0);
    return false;
  }
}

async function main() {
  if (!existsSync(path.join(repoRoot, 'dist', 'extension.js'))) {
    say('missing dist/extension.js: run `npm run build` first');
    return 1;
  }
  await rm(screenshotDir, { recursive: true, force: true });
  const workspace = await makeTempWorkspace();
  say(`workspace ${workspace.folder}: ${workspace.markdown.join(', ') || 'no Markdown files'}`);
  let workbench;
  let passed = 0;
  let failed = 0;
  try {
    workbench = await startWorkbench({ folder: workspace.folder });
    say(`workbench on ${workbench.server.url}`);
    const context = { workspace };
    for (const step of steps) {
      failed += await reportDialogs(workbench, `before ${step.name} (left by an earlier step)`);
      if (await runStep(workbench, step, context)) passed += 1;
      else failed += 1;
    }
    failed += await reportDialogs(workbench, 'at the end');
    const errors = await workbench.errorNotifications();
    if (errors.length > 0) {
      failed += 1;
      say(`✘ error notifications on screen:\n  ${errors.join('\n  ')}`);
    }
  } catch (error) {
    failed += 1;
    say(`could not start the workbench: ${error instanceof Error ? error.message : error}`);
  } finally {
    if (failed > 0 && workbench) say(`last workbench console lines:\n  ${workbench.log.slice(-15).join('\n  ')}`);
    await workbench?.close();
    await workspace.dispose();
  }
  console.log(`${passed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}

const guard = setTimeout(() => {
  say(`no result after ${RUN_TIMEOUT_MS / 1000} s (GEOLENS_E2E_TIMEOUT_MS)`);
  process.exit(1);
}, RUN_TIMEOUT_MS);
const stop = (signal) => {
  say(`stopped by ${signal}`);
  process.exit(1); // the server's process group is killed by its exit hook
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
const code = await main();
clearTimeout(guard);
process.exit(code);
