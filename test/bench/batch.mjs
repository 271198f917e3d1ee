// The CLI's batches (`geolens claims --jsonl FOLDER --jobs N`) timed end to end in fresh processes:
// wall time for 1 and 2 workers (and every core, when there are more), and the peak memory one
// more worker adds. Used by run.mjs; a benchmark, not a test.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { articleDocument } from './corpus.mjs';

/** Reports the process's peak RSS on stderr at exit (main thread only), for the parent to read. */
const RSS_REPORTER = `const { isMainThread } = require('node:worker_threads');
if (isMainThread) process.on('exit', () => require('node:fs').writeSync(2, '\\nGEOLENS_MAX_RSS_KB ' + process.resourceUsage().maxRSS + '\\n'));
`;

export function benchBatches({ root, tmp, paragraphs, articles = 500, bytes = 5000, runs = 3 }) {
  const folder = path.join(tmp, 'batch-articles');
  mkdirSync(folder, { recursive: true });
  for (let i = 0; i < articles; i++) writeFileSync(path.join(folder, `${String(i).padStart(4, '0')}.md`), articleDocument(paragraphs, bytes, i + 1));
  const reporter = path.join(tmp, 'rss-reporter.cjs');
  writeFileSync(reporter, RSS_REPORTER);
  const cli = path.join(root, 'dist', 'cli.js');
  const cores = os.availableParallelism();
  const jobsList = [...new Set([1, 2, cores])].sort((a, b) => a - b);
  const results = [];
  for (const jobs of jobsList) {
    const walls = [];
    const rss = [];
    let lines = 0;
    for (let run = 0; run < runs; run++) {
      const started = process.hrtime.bigint();
      const r = spawnSync(process.execPath, ['--require', reporter, cli, 'claims', '--jsonl', folder, '--jobs', String(jobs)], { encoding: 'utf8', maxBuffer: 1 << 30 });
      const wall = Number(process.hrtime.bigint() - started) / 1e6;
      if (r.status !== 0) throw new Error(`geolens claims --jsonl --jobs ${jobs} failed (${r.status}): ${r.stderr}`);
      walls.push(wall);
      rss.push(Number(/GEOLENS_MAX_RSS_KB (\d+)/.exec(r.stderr)?.[1] ?? NaN) * 1024);
      lines = r.stdout.split('\n').filter(Boolean).length;
    }
    walls.sort((a, b) => a - b);
    rss.sort((a, b) => a - b);
    results.push({ jobs, wallMs: walls[Math.floor(walls.length / 2)], maxRssBytes: rss[Math.floor(rss.length / 2)], documents: lines });
  }
  return { articles, bytes, cores, runs, results };
}
