/** Shared set-up for the claims tests: a small invented gazetteer and the seed article, if present. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { GazetteerIndex } from '../../src/core/gazetteer/gazetteerIndex';
import { loadGazetteerSource } from '../../src/core/gazetteer/load';

/** The seed article lives outside the repository (© its author): read from there, never copied. */
export { seedArticle } from './helpers';

const root = path.resolve(__dirname, '../..');

export function fixtureIndex(): GazetteerIndex {
  const file = path.join(root, 'test/fixtures/claims/gazetteer.yaml');
  const { entries, problems } = loadGazetteerSource({ file, text: readFileSync(file, 'utf8') });
  if (problems.length > 0) throw new Error(problems.map((p) => p.message).join('\n'));
  return new GazetteerIndex(entries);
}

export const SEED_MISSING = 'seed article not found at ../shared/corpus/seed-article.md (outside the repo); skipping';
