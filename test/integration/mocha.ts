// The one Mocha instance of the integration run. index.ts imports this module before the suites, so
// the TDD globals (suite, test, setup, teardown, suiteSetup, suiteTeardown) exist when the bundled
// suite modules run their top-level `suite(…)` calls. Mocha usually sets these globals itself while
// it requires each test file; the suites are bundled into index.js instead, so we emit the same
// 'pre-require' event once, by hand.
import Mocha from 'mocha';

export const mocha = new Mocha({
  ui: 'tdd',
  reporter: 'spec',
  // The reporter's output travels through the extension host's console to a log, not a terminal.
  color: false,
  // Opening editors and activating the extension take seconds on a cold extension host.
  timeout: 30_000,
});

// Run a subset while working on a suite: GEOLENS_TEST_GREP="Activation" npm run test:integration
if (process.env.GEOLENS_TEST_GREP) mocha.grep(process.env.GEOLENS_TEST_GREP);

mocha.suite.emit(Mocha.Suite.constants.EVENT_FILE_PRE_REQUIRE, globalThis, 'test/integration (bundled)', mocha);
