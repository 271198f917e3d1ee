// Writes syntaxes/geolens-figures.injection.tmLanguage.json from the figure recogniser's word lists
// (src/core/figures/grammar.ts). `--check` only compares, for CI: exit 1 when the file is stale.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const GRAMMAR_FILE = path.join(root, 'syntaxes', 'geolens-figures.injection.tmLanguage.json');

const { injectionGrammar } = await tsImport('../src/core/figures/grammar.ts', import.meta.url);
const text = `${JSON.stringify(injectionGrammar(), null, 2)}\n`;
if (process.argv.includes('--check')) {
  const current = await readFile(GRAMMAR_FILE, 'utf8').catch(() => '');
  if (current !== text) {
    console.error('syntaxes/ is stale: run `node scripts/grammar.mjs`');
    process.exit(1);
  }
} else {
  await writeFile(GRAMMAR_FILE, text);
  console.log(`wrote ${path.relative(root, GRAMMAR_FILE)}`);
}
