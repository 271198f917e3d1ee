#!/usr/bin/env node
// `npm run check:data`: the bundled gazetteer's facts against the rules in
// src/core/gazetteer/checkData.ts, on today's date (or --today YYYY-MM-DD). Prints every finding as
// file:line id rule: message, a count per rule and the entries whose sources are oldest.
//
// Entries written before these rules existed have findings of their own (sources without a date, a
// home page as a source): they are listed in test/data/check-data-baseline.txt and reported as a
// count. Any other finding fails (exit 1), so new data meets the rules and the old can only improve;
// `--update-baseline` rewrites the list after old findings were fixed (never to accept new ones).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { yamlFiles } from './gazetteer/compile.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = process.argv.indexOf('--today');
const today = arg >= 0 ? process.argv[arg + 1] : new Date().toISOString().slice(0, 10);
if (!/^\d{4}-\d{2}-\d{2}$/.test(today ?? '')) {
  console.error('usage: node scripts/check-data.mjs [--today YYYY-MM-DD]');
  process.exit(2);
}

const { compileSources } = await tsImport('../src/core/gazetteer/compileSources.ts', import.meta.url);
const { checkData, oldestSources } = await tsImport('../src/core/gazetteer/checkData.ts', import.meta.url);
const files = await yamlFiles(path.join(root, 'src', 'gazetteer'));
const sources = await Promise.all(files.map(async (file) => ({ file: path.relative(root, file).split(path.sep).join('/'), text: await readFile(file, 'utf8') })));
const { compiled, problems } = compileSources(sources);
// A file that does not load (YAML syntax, a bad entry) would drop its entries from every check
// below and pass unseen: it fails here as it fails the build.
for (const p of problems) console.log(`${p.file}:${p.line}:${p.column} ${p.severity}: ${p.message}`);
const findings = checkData(compiled.entries, today);
const BASELINE = path.join(root, 'test', 'data', 'check-data-baseline.txt');
const keyOf = (f) => `${f.id}\t${f.rule}\t${f.message}`;
if (process.argv.includes('--update-baseline')) {
  const { mkdir, writeFile } = await import('node:fs/promises');
  await mkdir(path.dirname(BASELINE), { recursive: true });
  await writeFile(BASELINE, `${findings.map(keyOf).sort().join('\n')}\n`);
  console.log(`wrote ${path.relative(root, BASELINE)} (${findings.length} known findings)`);
  process.exit(0);
}
const known = new Set((await readFile(BASELINE, 'utf8').catch(() => '')).split('\n').filter(Boolean));
const fresh = findings.filter((f) => !known.has(keyOf(f)));
const fixed = known.size - (findings.length - fresh.length);
for (const f of fresh) console.log(`${f.file}:${f.line} ${f.id} ${f.rule}: ${f.message}`);
const byRule = new Map();
for (const f of findings) byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
console.log(`\ncheck:data on ${today}: ${compiled.entries.length} entries; ${problems.length} problems loading the files; ${fresh.length} new findings; ${findings.length - fresh.length} known from before these rules (${[...byRule].map(([r, n]) => `${r} ${n}`).join(', ') || 'none'})${fixed > 0 ? `; ${fixed} known findings fixed (run with --update-baseline)` : ''}.`);
console.log('Oldest sources (newest source of each entry, oldest first):');
for (const { id, newest } of oldestSources(compiled.entries, 10)) console.log(`  ${newest}  ${id}`);
process.exitCode = fresh.length > 0 || problems.length > 0 ? 1 : 0;
