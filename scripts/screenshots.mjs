// `npm run screenshots`: runs the e2e scenario and copies its telling screenshots into media/ for the
// README and the walkthrough. Never run by CI: committed images change only when someone means it.
import { spawnSync } from 'node:child_process';
import { copyFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { repoRoot } from './vscode-server/paths.mjs';

const PICKS = {
  'article-highlights': 'screenshot-highlights.png',
  'treaty-hover': 'screenshot-hover.png',
  'claims-sidebar': 'screenshot-claims.png',
  'note-and-verdict': 'screenshot-note.png',
  'overview-map': 'screenshot-overview.png',
  'gazetteer-entry': 'screenshot-gazetteer.png',
};

const run = spawnSync(process.execPath, [path.join(repoRoot, 'test/e2e/run.mjs')], { stdio: 'inherit', cwd: repoRoot });
if (run.status !== 0) {
  console.error('[screenshots] the e2e run failed; media/ left as it was');
  process.exit(run.status ?? 1);
}
const shots = path.join(repoRoot, 'test-results', 'screenshots');
for (const file of await readdir(shots)) {
  const step = file.replace(/^\d+-/, '').replace(/\.png$/, '');
  if (PICKS[step]) {
    await copyFile(path.join(shots, file), path.join(repoRoot, 'media', PICKS[step]));
    console.log(`[screenshots] media/${PICKS[step]} ← ${file}`);
  }
}
