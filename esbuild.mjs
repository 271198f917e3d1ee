// Builds every bundle GeoLens ships: the Node and browser extension, the CLI, the core library and
// the integration-test entry that runs inside the VS Code extension host.
// Usage: node esbuild.mjs [--production] [--watch]
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { zlibSync } from 'fflate';
import { compileGazetteer, COMPILED_GAZETTEER, yamlFiles } from './scripts/gazetteer/compile.mjs';
import { deferUnicodeRegExpsPlugin } from './scripts/build/deferUnicodeRegExps.mjs';
import { compilePlaces, PLACES_SOURCES } from './scripts/gazetteer/places.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/**
 * The data the core imports as JSON: the bundled gazetteer (YAML in src/gazetteer, compiled here)
 * and the claims model. Browser bundles embed it compressed (see `browserInflate`) and parse it as
 * JSON (V8 parses JSON far faster than the same object literal). Node bundles read it from a file beside them instead: a
 * megabyte string inside the bundle costs V8 ~10 ms to scan at every activation, before any of it
 * is used, and reading the file costs ~1 ms.
 */
const DATA_FILES = [
  { filter: /[\\/]build[\\/]gazetteer\.json$/, file: 'gazetteer.json' },
  // Lazy: read on the first card or search, and the first claim scored, not at activation.
  // Its one key holds the details as a JSON string: the Node bundles' file is that string as it is
  // (not escaped again inside JSON, which weighed 450 KB more), read back as the key's value.
  // Node bundles read it gzipped (gazetteer-details.json.gz: 3.4 MB of text weighed against the
  // Node extension's 15 MB, now under 1 MB; inflated once, with Node's own zlib, in ~10 ms).
  { filter: /[\\/]build[\\/]gazetteer-details\.json$/, file: 'gazetteer-details.json', lazy: true, stringKey: 'details', gzip: true },
  { filter: /[\\/]claims[\\/]model\.json$/, file: 'claims-model.json', lazy: true },
  // Binary, read the first time a document is searched for places of the world layer: a module
  // whose bytes() reads the file (Node) or decodes the base64 copy in the bundle (browser).
  { filter: /[\\/]build[\\/]placesFile\.js$/, file: 'places.bin', binary: true },
];
const GAZETTEER_FILES = new Set(['gazetteer.json', 'gazetteer-details.json']);

/** One compilation of the YAML for both gazetteer files (per state of the sources). */
let gazetteerCompilation;
function compiledGazetteer(stamp) {
  if (gazetteerCompilation?.stamp !== stamp) gazetteerCompilation = { stamp, promise: compileGazetteer() };
  return gazetteerCompilation.promise;
}

/**
 * Each data file's JSON, made and written to dist/ once however many bundles import it; made
 * again (in watch mode) when one of its source files changed.
 */
const made = new Map();
async function dataJson(file, sourcePath) {
  const sources = GAZETTEER_FILES.has(file) ? await yamlFiles() : file === 'places.bin' ? PLACES_SOURCES : [sourcePath];
  const stamp = (await Promise.all(sources.map(async (source) => `${source}@${(await stat(source)).mtimeMs}`))).join('|');
  let entry = made.get(file);
  if (entry?.stamp !== stamp) {
    entry = {
      stamp,
      promise: (async () => {
        let json = '';
        let problems = [];
        if (GAZETTEER_FILES.has(file)) {
          const compiled = await compiledGazetteer(stamp);
          problems = compiled.problems;
          json = file === 'gazetteer.json' ? compiled.json : compiled.detailsJson;
        } else if (file === 'places.bin') json = await compilePlaces();
        else json = await readFile(sourcePath, 'utf8');
        if (problems.length === 0) {
          await mkdir('dist', { recursive: true });
          const { stringKey, gzip } = DATA_FILES.find((d) => d.file === file) ?? {};
          const contents = stringKey ? JSON.parse(json)[stringKey] : json;
          await writeFile(path.join('dist', gzip ? `${file}.gz` : file), gzip ? gzipSync(Buffer.from(contents, 'utf8'), { level: 9 }) : contents);
        }
        return { json, problems, watchFiles: sources };
      })(),
    };
    made.set(file, entry);
  }
  return entry.promise;
}

/**
 * A browser bundle's copy of a data file: zlib-compressed at build time and carried as base64,
 * inflated (fflate) the first time it is read. The web extension must stay under 15 MB (issue
 * #18); the places layer and the gazetteer compress to a quarter of their size (15.1 MB → about
 * 6 MB for the whole bundle), and inflating them takes a few tens of milliseconds, once.
 */
function browserInflate(data) {
  const compressed = Buffer.from(zlibSync(typeof data === 'string' ? Buffer.from(data, 'utf8') : data, { level: 9 }));
  return `import { unzlibSync } from 'fflate';
const base64 = ${JSON.stringify(compressed.toString('base64'))};
function inflated() {
  const text = atob(base64);
  const packed = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) packed[i] = text.charCodeAt(i);
  return unzlibSync(packed);
}`;
}

/** What a missing or damaged data file tells the user: which file, and what to do. */
const REINSTALL = "'); reinstall the extension, or run npm run build in its folder.'";

/**
 * The module of a binary data file: `bytes()` reads the file beside the Node bundle each time it
 * is asked (the caller keeps what it needs, and the bytes are let go), or decodes the base64 copy
 * a browser bundle carries.
 */
function binaryModule(bytes, file, outfile, platform) {
  if (platform === 'browser') return `${browserInflate(bytes)}\nexport default { bytes: inflated };`;
  const relative = path.relative(path.dirname(outfile), path.join('dist', file)).split(path.sep).join('/');
  return `import { readFileSync } from 'node:fs';
import { join } from 'node:path';
export default {
  bytes() {
    const file = join(__dirname, ${JSON.stringify(relative)});
    try {
      return readFileSync(file);
    } catch (error) {
      throw new Error('GeoLens cannot read its data file ' + file + ' (' + (error instanceof Error ? error.message : String(error)) + ${REINSTALL});
    }
  },
};`;
}

function dataPlugin(outfile, platform) {
  return {
    name: 'geolens-data',
    setup(build) {
      for (const { filter, file, lazy, binary, stringKey, gzip } of DATA_FILES) {
        build.onLoad({ filter }, async (args) => {
          const { json, problems, watchFiles } = await dataJson(file, args.path);
          if (problems.length > 0) return { errors: problems.map((text) => ({ text })), watchFiles };
          // The virtual modules of a browser bundle import fflate: resolved from the project.
          if (binary) return { contents: binaryModule(json, file, outfile, platform), loader: 'js', watchFiles, resolveDir: process.cwd() };
          // A lazy file's module is an object with a getter per top-level key: the file is read (in
          // a browser, its text parsed) the first time any of them is.
          const lazyValue = (read) => `{ ${Object.keys(JSON.parse(json)).map((key) => `get ${JSON.stringify(key)}() { return (data ??= ${read})[${JSON.stringify(key)}]; }`).join(', ')} }`;
          if (platform === 'browser') {
            const parse = 'JSON.parse(new TextDecoder().decode(inflated()))';
            const module = `${browserInflate(json)}\n`;
            return {
              contents: lazy ? `${module}let data;\nconst parseData = () => ${parse};\nexport default ${lazyValue('parseData()')};` : `${module}export default ${parse};`,
              loader: 'js',
              watchFiles,
              resolveDir: process.cwd(),
            };
          }
          const relative = path.relative(path.dirname(outfile), path.join('dist', gzip ? `${file}.gz` : file)).split(path.sep).join('/');
          const read = 'readData()';
          const value = lazy ? lazyValue(read) : read;
          // A missing or damaged file means a broken installation: say which file, and what to do.
          const readData = `function readData() {
  const file = join(__dirname, ${JSON.stringify(relative)});
  try {
    ${stringKey ? `const text = ${gzip ? "gunzipSync(readFileSync(file)).toString('utf8')" : "readFileSync(file, 'utf8')"};
    // Parsed where it is used; a cut or emptied file is caught here all the same.
    if (!/^\\s*\\{[\\s\\S]*\\}\\s*$/.test(text)) throw new Error('not a JSON object');
    return { ${JSON.stringify(stringKey)}: text };` : "return JSON.parse(readFileSync(file, 'utf8'));"}
  } catch (error) {
    throw new Error('GeoLens cannot read its data file ' + file + ' (' + (error instanceof Error ? error.message : String(error)) + ${REINSTALL});
  }
}`;
          return {
            contents: `import { readFileSync } from 'node:fs';\nimport { join } from 'node:path';\n${gzip ? "import { gunzipSync } from 'node:zlib';\n" : ''}${readData}\nlet data;\nexport default ${value};`,
            loader: 'js',
            watchFiles,
          };
        });
      }
    },
  };
}

/**
 * Node bundles require the yaml library from a file of its own (dist/yaml.js) instead of carrying it:
 * V8 parses all of a bundle when it is loaded, and yaml's 115 KB cost ~3 ms of every activation,
 * though GeoLens needs it only for a user's gazetteer or an article's front matter (see
 * src/core/yamlLibrary.ts, which requires it on first use). Browser bundles keep it inside: a web
 * extension is one file.
 */
function yamlBesidePlugin(outfile, platform) {
  return {
    name: 'geolens-yaml-beside',
    setup(build) {
      if (platform !== 'node') return;
      build.onResolve({ filter: /^yaml$/ }, (args) => {
        if (!/[\\/]src[\\/]/.test(args.importer)) return undefined;
        const relative = path.relative(path.dirname(outfile), path.join('dist', 'yaml.js')).split(path.sep).join('/');
        return { path: relative.startsWith('.') ? relative : `./${relative}`, external: true };
      });
    },
  };
}

const common = {
  bundle: true,
  minify: production,
  sourcemap: production ? false : 'linked',
  sourcesContent: false,
  target: 'es2022',
  logLevel: 'warning',
  legalComments: 'none',
};

const builds = [
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', external: ['vscode'] },
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/web/extension.js', platform: 'browser', format: 'cjs', external: ['vscode'] },
  { ...common, entryPoints: ['src/node/workerMain.ts'], outfile: 'dist/worker.js', platform: 'node', format: 'cjs' },
  // tinyglobby's file walker (fdir) is bundled from its ES module, which asks import.meta.url for a
  // require(): in this CommonJS bundle that is the bundle's own file URL.
  {
    ...common, entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs',
    banner: { js: '#!/usr/bin/env node\nconst __geolensImportMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
    define: { 'import.meta.url': '__geolensImportMetaUrl' },
  },
  { ...common, entryPoints: ['src/core/index.ts'], outfile: 'dist/core.js', platform: 'node', format: 'cjs' },
  // The yaml library for the Node bundles, which require it from here on first use (yamlBesidePlugin).
  { ...common, stdin: { contents: "module.exports = require('yaml');", resolveDir: process.cwd(), loader: 'js' }, outfile: 'dist/yaml.js', platform: 'node', format: 'cjs' },
  // The overview panel's script: runs in the webview (a browser page), not in the extension host.
  { ...common, entryPoints: ['src/webview/overview/main.ts'], outfile: 'dist/webview/overview.js', platform: 'browser', format: 'iife', minify: true },
  { ...common, entryPoints: ['test/integration/index.ts'], outfile: 'dist/test/integration/index.js', platform: 'node', format: 'cjs', external: ['vscode', 'mocha'], minify: false, sourcemap: 'inline' },
].map((options) => ({ ...options, plugins: [dataPlugin(options.outfile, options.platform), deferUnicodeRegExpsPlugin(), yamlBesidePlugin(options.outfile, options.platform)] }));

// The data files must exist before the first bundle resolves it (and for tsc and the unit tests): in a
// fresh clone build/ is empty.
const [first] = await Promise.all([dataJson('gazetteer.json'), dataJson('places.bin')]);
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
