// Entry of the integration tests: VS Code loads dist/test/integration/index.js (this file, bundled by
// esbuild with `vscode` and `mocha` external) inside the extension host and awaits run().
//
// Every suite is imported here, statically, because the file is bundled: add a line per new file.
// './mocha' must stay the first import: it defines the suite/test globals the suites call.
import './mocha';
import './activation.test';
import './highlights.test';
import './claims.test';
import './gazetteer.test';
import './facts.test';
import './overview.test';

export { runSuites as run } from './runner';
