// Builds every bundle GeoLens ships: the Node and browser extension, the CLI, the core library and
// the integration-test entry that runs inside the VS Code extension host.
// Usage: node esbuild.mjs [--production] [--watch]
import * as esbuild from 'esbuild';
import { compileGazetteer, COMPILED_GAZETTEER } from './scripts/gazetteer/compile.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/**
 * The bundled gazetteer is YAML in src/gazetteer; the bundles import its compiled JSON. Loading that
 * JSON through this plugin recompiles it first, and makes watch mode follow the YAML files.
 */
const gazetteerPlugin = {
  name: 'geolens-gazetteer',
  setup(build) {
    build.onLoad({ filter: /[\\/]build[\\/]gazetteer\.json$/ }, async () => {
      const { json, problems, sourceFiles } = await compileGazetteer();
      if (problems.length > 0) return { errors: problems.map((text) => ({ text })), watchFiles: sourceFiles };
      // A string for JSON.parse: V8 parses JSON several times faster than the same object literal,
      // which is what activation spends most of its time on.
      return { contents: `export default JSON.parse(${JSON.stringify(json)});`, loader: 'js', watchFiles: sourceFiles };
    });
  },
};

const common = {
  bundle: true,
  minify: production,
  sourcemap: production ? false : 'linked',
  sourcesContent: false,
  target: 'es2022',
  logLevel: 'warning',
  legalComments: 'none',
  plugins: [gazetteerPlugin],
};

const builds = [
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', external: ['vscode'] },
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/web/extension.js', platform: 'browser', format: 'cjs', external: ['vscode'] },
  { ...common, entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', banner: { js: '#!/usr/bin/env node' } },
  { ...common, entryPoints: ['src/core/index.ts'], outfile: 'dist/core.js', platform: 'node', format: 'cjs', minify: false },
  { ...common, entryPoints: ['test/integration/index.ts'], outfile: 'dist/test/integration/index.js', platform: 'node', format: 'cjs', external: ['vscode', 'mocha'], minify: false, sourcemap: 'inline' },
];

// The JSON must exist before the first bundle resolves it (and for tsc and the unit tests).
const first = await compileGazetteer();
if (first.problems.length > 0) {
  console.error(first.problems.join('\n'));
  process.exit(1);
}
if (watch) {
  const contexts = await Promise.all(builds.map((options) => esbuild.context(options)));
  await Promise.all(contexts.map((context) => context.watch()));
  console.log('[esbuild] watching for changes…');
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
  console.log(`[esbuild] built ${builds.length} bundles (${production ? 'production' : 'development'}); gazetteer → ${COMPILED_GAZETTEER}`);
}
