// Mocha for the browser (web worker) extension host: its browser build (mocha/mocha.js), which
// defines the `mocha` global, as @vscode/test-web's samples use it. index.ts imports this module
// before the suites, so the TDD globals (suite, test, suiteSetup…) exist when the bundled suite
// modules run their top-level `suite(…)` calls.
import 'mocha/mocha.js';

/** Set at bundle time by test/harness/runWeb.mjs from GEOLENS_TEST_GREP (there is no process.env here). */
declare const GEOLENS_TEST_GREP: string;

mocha.setup({
  ui: 'tdd',
  // The spec reporter writes through console.log, which the workbench forwards to the test runner.
  reporter: 'spec',
  color: false,
  // Opening editors and activating the extension take seconds on a cold extension host.
  timeout: 30_000,
});
if (GEOLENS_TEST_GREP) mocha.grep(GEOLENS_TEST_GREP);

/** The global browser mocha, for runner.ts. */
export const webMocha = mocha;
