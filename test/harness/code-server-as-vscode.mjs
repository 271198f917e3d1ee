#!/usr/bin/env node
// Stands in for the VS Code executable that @vscode/test-electron's runTests() launches: it takes the
// same arguments (`--extensionDevelopmentPath=`, `--extensionTestsPath=`, a folder) and runs the tests
// in VS Code's server build instead, where desktop VS Code cannot be downloaded. Other flags runTests
// passes (--no-sandbox, --user-data-dir=…) concern desktop VS Code and are ignored.
import path from 'node:path';
import { runExtensionTests } from './codeServerRunner.mjs';

/** `--name=value` and `--name value` for the two paths; the one bare argument is the folder. */
function parseArgs(argv) {
  const options = { extensionDevelopmentPath: undefined, extensionTestsPath: undefined, folder: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const match = /^--(extensionDevelopmentPath|extensionTestsPath)(?:=(.*))?$/.exec(arg);
    if (match) options[match[1]] = match[2] ?? argv[++i];
    else if (!arg.startsWith('-')) options.folder = arg;
  }
  return options;
}

// Ctrl-C (runTests forwards it as SIGINT) or a cancelled CI job: exit at once. The exit hooks kill the
// server's process group (scripts/vscode-server/server.mjs) and playwright closes its browser.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    console.error(`[integration] stopped by ${signal}`);
    process.exit(1);
  });
}

const options = parseArgs(process.argv.slice(2));
if (!options.extensionDevelopmentPath || !options.extensionTestsPath) {
  console.error('usage: code-server-as-vscode.mjs --extensionDevelopmentPath=DIR --extensionTestsPath=PATH [FOLDER]');
  process.exit(2);
}
try {
  const code = await runExtensionTests({
    extensionDevelopmentPath: path.resolve(options.extensionDevelopmentPath),
    extensionTestsPath: path.resolve(options.extensionTestsPath),
    folder: options.folder && path.resolve(options.folder),
  });
  process.exit(code);
} catch (error) {
  console.error(`[integration] ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
