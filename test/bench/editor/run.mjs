// `npm run bench:editor`: GeoLens measured in a real VS Code extension host (the same harness as
// `npm run test:integration`: VS Code's server build, code-server 4.139.1 from the cache, in headless
// chromium). The bench entry test/bench/editor/entry.ts is bundled here with esbuild (vscode
// external, no mocha) and passed as extensionTestsPath; it measures opening, typing, memory,
// activation and the claims view, and writes JSON that this script turns into a table.
//
// Usage: node test/bench/editor/run.mjs [--write] [--quick] [--keystrokes=N] [--claims-files=N]
//   --write           replace the "Editor" section of test/bench/RESULTS.md (between its markers)
//   --quick           a smoke run: 10 KB and 100 KB only, 20 keystrokes, 100 claim files
//   --keystrokes=N    characters typed per size (default 100)
//   --claims-files=N  small articles in the workspace for the claims view (default 1000; 0 skips)
//   --skip-editor     only the claims phase (Extract Claims from Workspace over all of them, then the tree)
// Needs `npm run build` (dist/extension.js). No timing assertions: exit 0 when the bench ran, 1 when
// it could not run (missing build, VS Code failed to start, the entry threw).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { repoRoot } from '../../../scripts/vscode-server/paths.mjs';
import { writeSizedDocuments, writeSmallArticles } from './documents.mjs';
import { render, replaceSection } from './report.mjs';
import { runExtensionTests } from '../../harness/codeServerRunner.mjs';
import { olderThanSources } from '../staleBuild.mjs';

const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const option = (name, fallback) => {
  const arg = args.find((a) => a.startsWith(`--${name}=`));
  return arg ? Number(arg.slice(name.length + 3)) : fallback;
};
const quick = flag('quick');
const write = flag('write');
const keystrokes = option('keystrokes', quick ? 20 : 100);
const claimsFiles = option('claims-files', quick ? 100 : 1000);
const skipEditor = flag('skip-editor');

const SIZES = [
  { label: '10 KB', bytes: 10_000, count: 5 },
  { label: '100 KB', bytes: 100_000, count: 5 },
  { label: '1 MB', bytes: 1_000_000, count: 3 },
].filter((size) => !skipEditor && (!quick || size.bytes < 1_000_000));

/** Typed one character at a time at the end of a paragraph in the middle of each document. */
const TYPED = ' Later, the Indian Navy said that Russia would deliver two frigates worth $2.5 billion to Mumbai by 2027.';

function say(message) {
  console.log(`[editor-bench] ${message}`);
}


function git(...gitArgs) {
  try {
    return execFileSync('git', gitArgs, { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}

function machineLine(results, { stale, started }) {
  const cpus = os.cpus();
  const commit = git('rev-parse', '--short', 'HEAD');
  const dirty = git('status', '--porcelain', '--', 'src').length > 0;
  const parts = [
    `Run ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    `${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `Node ${process.version} (runner), ${results.host?.node ?? '?'} (extension host)`,
    `VS Code ${results.host?.vscode ?? '?'} server build (code-server 4.139.1) in headless chromium, Node extension host${results.host?.remoteName ? ' (remote)' : ''}`,
    `${os.type()} ${os.release()}`,
    `commit ${commit || '?'}${dirty ? ' + uncommitted changes in src' : ''}`,
    `load average ${os.loadavg()[0].toFixed(1)} at start`,
  ];
  if (stale) parts.push('**dist/extension.js older than src**');
  return parts.join(' · ');
}

/** A copy of the sample outside the workspace, opened once before the measured opens. */
async function writeWarmup(tmp) {
  const file = path.join(tmp, 'documents', 'warm-up.md');
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, await readFile(path.join(repoRoot, 'samples', readdirSync(path.join(repoRoot, 'samples')).filter((n) => n.endsWith('.md')).sort()[0]), 'utf8'));
  return file;
}

/**
 * The article the overview's first paint is measured on: the seed article (copied into the temp
 * folder only) when ../shared is beside the clone, else the team's sample.
 */
async function writeOverviewArticle(tmp) {
  const seed = path.join(repoRoot, '..', 'shared', 'corpus', 'seed-article.md');
  const source = existsSync(seed) ? seed : path.join(repoRoot, 'samples', 'india-russia-defence-and-trade.md');
  const file = path.join(tmp, 'documents', existsSync(seed) ? 'seed-article.md' : 'sample-article.md');
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, await readFile(source, 'utf8'));
  return file;
}

async function buildEntry(configFile) {
  const outfile = path.join(repoRoot, 'dist', 'test', 'bench', 'editor', 'index.js');
  await esbuild.build({
    entryPoints: [path.join(repoRoot, 'test', 'bench', 'editor', 'entry.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
    sourcemap: 'inline',
    logLevel: 'warning',
    define: { GEOLENS_EDITOR_BENCH_CONFIG: JSON.stringify(configFile) },
  });
  return outfile;
}

const extensionBundle = path.join(repoRoot, 'dist', 'extension.js');
if (!existsSync(extensionBundle)) {
  say('missing dist/extension.js: run `npm run build` first');
  process.exit(1);
}
const stale = olderThanSources(extensionBundle, path.join(repoRoot, 'src'));
if (stale) say('warning: dist/extension.js is older than src/ — the numbers are for the last build (`npm run build`)');

const started = new Date();
const t0 = Date.now();
const tmp = await mkdtemp(path.join(os.tmpdir(), 'geolens-editor-bench-'));
const keep = process.env.GEOLENS_KEEP_PROFILE === '1';
let code = 1;
try {
  // Documents outside the workspace folder: Extract Claims from Workspace must see only the small articles.
  const sizes = [];
  for (const size of SIZES) sizes.push({ label: size.label, bytes: size.bytes, files: await writeSizedDocuments(repoRoot, path.join(tmp, 'documents'), size) });
  const workspace = path.join(tmp, 'workspace');
  await mkdir(workspace, { recursive: true });
  const articles = path.join(workspace, 'articles');
  if (claimsFiles > 0) await writeSmallArticles(repoRoot, articles, claimsFiles);
  const resultsFile = path.join(tmp, 'results.json');
  const configFile = path.join(tmp, 'config.json');
  await writeFile(configFile, JSON.stringify({
    resultsFile,
    sizes,
    keystrokes,
    keystrokeGapMs: 30,
    nearMissOffKeystrokes: skipEditor ? 0 : quick ? 10 : 30,
    warmupFile: sizes.length > 0 ? await writeWarmup(tmp) : undefined,
    typedText: TYPED,
    claims: claimsFiles > 0 ? { files: claimsFiles, folder: articles } : undefined,
    overview: skipEditor ? undefined : { file: await writeOverviewArticle(tmp), runs: quick ? 3 : 5, bundleBytes: statSync(path.join(repoRoot, 'dist', 'webview', 'overview.js')).size },
  }, null, 2));
  const entry = await buildEntry(configFile);
  say(`documents ${sizes.map((s) => `${s.files.length} × ${s.label}`).join(', ') || 'none'}; ${keystrokes} keystrokes per size; claims: ${claimsFiles} small articles in the workspace`);

  const runCode = await runExtensionTests({ extensionDevelopmentPath: repoRoot, extensionTestsPath: entry, folder: workspace, timeoutMs: 9 * 60_000 });
  let results;
  try {
    results = JSON.parse(await readFile(resultsFile, 'utf8'));
  } catch {
    results = undefined;
  }
  if (!results) {
    say(`no results (exit code ${runCode})`);
  } else {
    const complete = Boolean(results.finishedAt);
    const body = render(results, machineLine(results, { stale, started }));
    console.log(`\n${body}\n`);
    say(`bench time ${Math.round((Date.now() - t0) / 1000)} s${complete ? '' : ' — INCOMPLETE: the run stopped early, see the log above'}`);
    if (write && complete) {
      const file = path.join(repoRoot, 'test', 'bench', 'RESULTS.md');
      await writeFile(file, replaceSection(await readFile(file, 'utf8'), `${body}\n\nBench run time ${Math.round((Date.now() - t0) / 1000)} s.`));
      say(`wrote the Editor section of ${path.relative(process.cwd(), file)}`);
    } else if (write) {
      say('not written: the run is incomplete');
    }
    code = complete && runCode === 0 ? 0 : 1;
  }
} catch (error) {
  say(`could not run the bench: ${error instanceof Error ? error.stack : error}`);
} finally {
  if (keep) say(`kept ${tmp}`);
  else await rm(tmp, { recursive: true, force: true });
}
process.exit(code);
