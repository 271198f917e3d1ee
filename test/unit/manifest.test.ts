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
});
