// The built core library (dist/core.js, CommonJS), for the training scripts and the evaluation.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export function loadCore() {
  const path = join(ROOT, 'dist/core.js');
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run build\` first.`);
  return createRequire(import.meta.url)(path);
}
