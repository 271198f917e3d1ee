// The workspace folder the tests and `npm start` open: a copy of the repo's samples/ plus, when it is
// beside the repo, the seed article from ../shared/corpus. The seed article is someone else's text:
// it is copied into the temporary or git-ignored workspace only, never into the repository.
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from './paths.mjs';

export const samplesDir = path.join(repoRoot, 'samples');
export const seedArticle = path.join(repoRoot, '..', 'shared', 'corpus', 'seed-article.md');
export const SEED_ARTICLE_NAME = path.basename(seedArticle);

/** Markdown files directly in the folder, samples first and the seed article last. */
export async function markdownFiles(folder) {
  const names = (await readdir(folder)).filter((name) => name.toLowerCase().endsWith('.md')).sort();
  return [...names.filter((name) => name !== SEED_ARTICLE_NAME), ...names.filter((name) => name === SEED_ARTICLE_NAME)];
}

/**
 * Fills `folder` with the samples and the seed article (existing files of the same name are
 * replaced; others, such as .geolens/claims.json from an earlier `npm start`, are kept).
 * Returns `{ folder, hasSeedArticle, markdown }`.
 */
export async function fillWorkspace(folder) {
  await mkdir(folder, { recursive: true });
  if (existsSync(samplesDir)) await cp(samplesDir, folder, { recursive: true, force: true });
  const hasSeedArticle = existsSync(seedArticle);
  if (hasSeedArticle) await cp(seedArticle, path.join(folder, SEED_ARTICLE_NAME), { force: true });
  return { folder, hasSeedArticle, markdown: await markdownFiles(folder) };
}

/** A fresh temporary workspace for one test run; `dispose()` removes it. */
export async function makeTempWorkspace() {
  const parent = await mkdtemp(path.join(os.tmpdir(), 'geolens-workspace-'));
  const workspace = await fillWorkspace(path.join(parent, 'samples'));
  return { ...workspace, dispose: () => rm(parent, { recursive: true, force: true }) };
}
