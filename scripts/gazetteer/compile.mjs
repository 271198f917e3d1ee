// Compiles the bundled gazetteer (src/gazetteer/**/*.yaml) into build/gazetteer.json, which the
// bundles import: activation then never parses YAML nor tokenises an alias (the matcher's index is
// prebuilt here, and card details are packed apart: see src/core/gazetteer/packed.ts). Every problem fails the build with file:line:col.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { compilePlaces, COMPILED_PLACES } from './places.mjs';
import { addPersonSurnames } from './surnames.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const COMPILED_GAZETTEER = path.join('build', 'gazetteer.json');
export const COMPILED_DETAILS = path.join('build', 'gazetteer-details.json');

/**
 * JSON with every non-ASCII character escaped: V8 reads a one-byte string several times faster
 * than UTF-8 with a few names in Cyrillic or Devanagari in it, which makes the whole file two-byte.
 */
function asciiJson(value) {
  return JSON.stringify(value).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export async function yamlFiles(dir = path.join(root, 'src', 'gazetteer')) {
  const found = [];
  for (const item of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, item.name);
    if (item.isDirectory()) found.push(...(await yamlFiles(full)));
    else if (/\.ya?ml$/.test(item.name)) found.push(full);
  }
  return found.sort();
}

/** The ids only hand-written files hold (a generated entry a curated one enriches is the generator's). */
function handWrittenIds(sources) {
  const ids = (generated) => sources.filter((s) => s.file.includes('/generated/') === generated).flatMap((s) => [...s.text.matchAll(/^ {2}- id: *(\S+)/gm)].map((m) => m[1]));
  const generated = new Set(ids(true));
  return new Set(ids(false).filter((id) => !generated.has(id)));
}

export async function compileGazetteer() {
  const { compileSources } = await tsImport('../../src/core/gazetteer/compileSources.ts', import.meta.url);
  const { prebuildIndex } = await tsImport('../../src/core/gazetteer/gazetteerIndex.ts', import.meta.url);
  const { packGazetteer } = await tsImport('../../src/core/gazetteer/packed.ts', import.meta.url);
  const sourceFiles = await yamlFiles(path.join(root, 'src', 'gazetteer'));
  const sources = await Promise.all(
    sourceFiles.map(async (file) => ({ file: path.relative(root, file).split(path.sep).join('/'), text: await readFile(file, 'utf8') })),
  );
  const { aliasKey } = await tsImport('../../src/core/gazetteer/aliasKey.ts', import.meta.url);
  const { compiled, problems } = compileSources(sources);
  // Hand-written people get the surname alone, as the generator gives the leaders (after the layers
  // are merged, so a surname another entry already has stays that entry's).
  addPersonSurnames(compiled.entries, handWrittenIds(sources), aliasKey);
  const { gazetteer, details } = packGazetteer(compiled, prebuildIndex(compiled.entries));
  const json = asciiJson(gazetteer);
  const detailsJson = asciiJson(details);
  await mkdir(path.join(root, 'build'), { recursive: true });
  await writeFile(path.join(root, COMPILED_GAZETTEER), json);
  await writeFile(path.join(root, COMPILED_DETAILS), detailsJson);
  return { json, detailsJson, sourceFiles, problems: problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.message}`) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const { problems } = await compileGazetteer();
  if (problems.length > 0) {
    console.error(problems.join('\n'));
    process.exit(1);
  }
  await compilePlaces();
  console.log(`gazetteer compiled → ${COMPILED_GAZETTEER}, places → ${COMPILED_PLACES}`);
}
