import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './helpers';

const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const nls: Record<string, string> = JSON.parse(readFileSync(path.join(ROOT, 'package.nls.json'), 'utf8'));

function placeholders(value: unknown, found: string[] = []): string[] {
  if (typeof value === 'string') {
    const m = /^%(.+)%$/.exec(value);
    if (m) found.push(m[1]);
  } else if (Array.isArray(value)) value.forEach((v) => placeholders(v, found));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => placeholders(v, found));
  return found;
}

describe('extension manifest', () => {
  it('resolves every %placeholder% from package.nls.json, and has no unused strings', () => {
    const used = placeholders(manifest);
    const missing = used.filter((key) => !(key in nls));
    assert.deepEqual(missing, []);
    const unused = Object.keys(nls).filter((key) => !used.includes(key));
    assert.deepEqual(unused, []);
  });

  it('menus and walkthrough buttons name only declared commands', () => {
    const declared = new Set<string>(manifest.contributes.commands.map((c: { command: string }) => c.command));
    const menus = Object.values(manifest.contributes.menus as Record<string, { command: string }[]>).flat();
    for (const item of menus) assert.ok(declared.has(item.command), `menu item ${item.command} is declared`);
    const text = JSON.stringify(nls);
    for (const m of text.matchAll(/command:(geolens\.[A-Za-z]+)/g)) assert.ok(declared.has(m[1]), `${m[1]} (a walkthrough or welcome button) is declared`);
  });

  it('points only at media files that exist', () => {
    const files = [manifest.icon, ...manifest.contributes.viewsContainers.activitybar.map((c: { icon: string }) => c.icon)];
    for (const walkthrough of manifest.contributes.walkthroughs) for (const step of walkthrough.steps) if (step.media?.image) files.push(step.media.image);
    for (const file of files) assert.ok(existsSync(path.join(ROOT, file)), file);
  });

  it('keeps the typings no newer than the VS Code it declares', () => {
    const engine = /(\d+)\.(\d+)/.exec(manifest.engines.vscode);
    const types = /(\d+)\.(\d+)/.exec(manifest.devDependencies['@types/vscode']);
    assert.ok(engine && types);
    assert.ok(Number(types[1]) * 1000 + Number(types[2]) <= Number(engine[1]) * 1000 + Number(engine[2]));
  });

  it('keeps the browser bundle and what the Node extension ships each under 15 MB (issue #18)', function () {
    // Built by `npm test` before the unit tests; a bare `mocha` without a build has nothing to weigh.
    const web = path.join(ROOT, 'dist', 'web', 'extension.js');
    if (!existsSync(web)) this.skip();
    const LIMIT = 15_000_000;
    const size = (file: string): number => readFileSync(path.join(ROOT, file)).byteLength;
    assert.ok(size('dist/web/extension.js') < LIMIT, `dist/web/extension.js is ${size('dist/web/extension.js')} bytes`);
    // The Node extension's share of the package: the files .vscodeignore lets through from dist/.
    const shipped = readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8')
      .split('\n')
      .map((line) => /^!(dist\/[^*]+)$/.exec(line.trim())?.[1])
      .filter((file): file is string => file !== undefined && !file.startsWith('dist/web/') && existsSync(path.join(ROOT, file)));
    assert.ok(shipped.includes('dist/places.bin'), shipped.join(', '));
    // A file a shipped bundle requires from beside it (the yaml library) is shipped too.
    for (const bundle of shipped.filter((file) => file.endsWith('.js'))) {
      for (const [, required] of readFileSync(path.join(ROOT, bundle), 'utf8').matchAll(/require\("\.\/([^"]+)"\)/g)) {
        assert.ok(shipped.includes(`dist/${required}`), `${bundle} requires ./${required}, which .vscodeignore leaves out`);
      }
    }
    const total = shipped.reduce((sum, file) => sum + size(file), 0);
    assert.ok(total < LIMIT, `the Node extension's files weigh ${total} bytes`);
  });
});
