// Entry of the web integration tests: VS Code's browser (web worker) extension host loads
// dist/test/web/index.js (this file bundled by test/harness/runWeb.mjs for the browser, `vscode`
// external, `node:assert` replaced by ./assert.ts) from inside the extension folder, and awaits run().
//
// The suites of test/integration run unchanged, plus the web-only suite. './mocha' must stay the
// first import: it defines the suite/test globals the suites call.
import './mocha';
import '../integration/activation.test';
import './web.test';
import '../integration/highlights.test';
import '../integration/claims.test';
import '../integration/gazetteer.test';
import '../integration/facts.test';
import '../integration/overview.test';

export { runSuites as run } from './runner';
