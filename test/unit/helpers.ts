import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { GazetteerIndex } from '../../src/core/gazetteer/gazetteerIndex';
import { loadGazetteerSource } from '../../src/core/gazetteer/load';

export const ROOT = path.resolve(__dirname, '../..');
export const SEED_PATH = path.resolve(ROOT, '../shared/corpus/seed-article.md');

export function fixture(name: string): string {
  return readFileSync(path.join(ROOT, 'test/fixtures', name), 'utf8');
}

/** The seed article, read from ../shared (never copied into the repo); undefined when absent. */
export function seedArticle(): string | undefined {
  return existsSync(SEED_PATH) ? readFileSync(SEED_PATH, 'utf8').replace(/^\uFEFF/, '') : undefined;
}

export function miniIndex(): GazetteerIndex {
  const { entries, problems } = loadGazetteerSource({ file: 'mini.yaml', text: fixture('gazetteer/mini.yaml') });
  if (problems.some((p) => p.severity === 'error')) throw new Error(JSON.stringify(problems));
  return new GazetteerIndex(entries);
}
