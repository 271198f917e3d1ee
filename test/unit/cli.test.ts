import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './helpers';

const CLI = path.join(ROOT, 'src', 'cli.ts');
const run = (args: string[], input?: string, cwd = ROOT) => spawnSync(process.execPath, ['--import', pathToFileURL(path.join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href, CLI, ...args], { cwd, input, encoding: 'utf8', maxBuffer: 1 << 28 });

describe('CLI: limits, pipes, user gazetteers and cards', function () {
  this.timeout(60_000);
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'geolens-cli-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('refuses a document over --max-size with exit 1, without reading it whole (even /dev/zero)', () => {
    const zero = run(['annotate', '/dev/zero', '--max-size', '2000000']);
    assert.equal(zero.status, 1, zero.stderr);
    assert.match(zero.stderr, /larger than 2000000 bytes/);
    const file = path.join(dir, 'big.md');
    fs.writeFileSync(file, 'India and Russia. '.repeat(1000));
    const big = run(['claims', file, '--max-size', '1000']);
    assert.equal(big.status, 1);
    assert.match(big.stderr, /over --max-size 1000/);
    assert.equal(run(['annotate', file, '--max-size', 'lots']).status, 2);
  });

  it('check: findings as the contract gives them, exit 0 with or without findings', () => {
    const out = run(['check', '-'], 'The envoys met on Wednesday, 12 March 2024, in Geneva. Oil made up 45% of exports, gas 35% and coal 30%.\n');
    assert.equal(out.status, 0, out.stderr);
    const data = JSON.parse(out.stdout) as { version: number; file: string; findings: { start: number; end: number; kind: string; message: string; related: { start: number; end: number }[] }[] };
    assert.equal(data.version, 1);
    assert.equal(data.file, '-');
    assert.deepEqual(data.findings.map((f) => [f.kind, f.start, f.end]), [['weekday', 18, 27], ['sum', 100, 103]]);
    assert.deepEqual(Object.keys(data.findings[0]), ['start', 'end', 'kind', 'message', 'related']);
    assert.deepEqual(data.findings[0].related, [{ start: 29, end: 42 }]);
    const clean = run(['check', '-'], 'Nothing here disagrees: trade rose 50% from $8 billion to $12 billion.\n');
    assert.equal(clean.status, 0);
    assert.deepEqual(JSON.parse(clean.stdout).findings, []);
    assert.equal(run(['check', 'a.md', 'b.md']).status, 2, 'one file');
  });

  it('ends quietly with exit 0 when the reader closes the pipe early', async () => {
    const file = path.join(dir, 'long.md');
    fs.writeFileSync(file, 'India sold $5 billion of rice to Russia in 2023, the ministry said.\n\n'.repeat(20_000));
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, 'annotate', file, '--format', 'text'], { cwd: ROOT });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    // Like `| head -1`: read one chunk, then close the pipe.
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.equal(code, 0, stderr);
    assert.doesNotMatch(stderr, /EPIPE|Error/, stderr);
  });

  it('layers --gazetteer files over the bundled one, with diagnostics as file:line:col on stderr', () => {
    const gazetteer = path.join(dir, 'desk.yaml');
    fs.writeFileSync(gazetteer, [
      'entries:',
      '  - id: pueblo-soberano',
      '    kind: organisation',
      '    name: Pueblo Soberano',
      '    aliases: [PPSO, the]',
      '    sources: [{ title: Desk notes, url: "https://example.org/ppso" }]',
      '  - id: zorvan-quill',
      '    kind: person',
      '    name: Zorvan Quill',
      '    sources: [{ title: Desk notes, url: "https://example.org/zq" }]',
    ].join('\n'));
    const doc = path.join(dir, 'doc.md');
    fs.writeFileSync(doc, 'Zorvan Quill met India\'s foreign minister.');
    const out = run(['annotate', doc, '--gazetteer', gazetteer]);
    assert.equal(out.status, 0, out.stderr);
    const ids = (JSON.parse(out.stdout) as { annotations: { id?: string }[] }).annotations.map((a) => a.id);
    assert.ok(ids.includes('zorvan-quill') && ids.includes('ind'), ids.join(','));
    assert.match(out.stderr, new RegExp(`${gazetteer.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:5:\\d+: error: Alias "the"`));
    assert.equal(run(['annotate', doc, '--gazetteer', path.join(dir, 'missing.yaml')]).status, 1);
  });

  it('annotate --cards adds each annotation\'s hover Markdown', () => {
    const out = run(['annotate', '-', '--cards'], 'India paid $5 billion in 2023.');
    assert.equal(out.status, 0, out.stderr);
    const annotations = (JSON.parse(out.stdout) as { annotations: { text: string; card: string }[] }).annotations;
    assert.ok(annotations.length >= 3);
    for (const a of annotations) assert.match(a.card, /^\*\*/, a.text);
    assert.match(annotations.find((a) => a.text === 'India')?.card ?? '', /Country/);
  });

  it('exports carry no file:// URI of the machine; --url-base gives a public one', () => {
    const doc = path.join(dir, 'review.md');
    fs.writeFileSync(doc, 'Exports of rice rose 40% in 2023 to $12 billion, the ministry said.\n');
    const store = path.join(dir, '.geolens', 'claims.json');
    const claims = JSON.parse(run(['claims', doc]).stdout) as { documents: { claims: { id: string; text: string; start: number; end: number }[] }[] };
    const claim = claims.documents[0].claims[0];
    fs.mkdirSync(path.dirname(store));
    const anchor = { quote: { exact: claim.text, prefix: '', suffix: '' }, position: { start: claim.start, end: claim.end } };
    fs.writeFileSync(store, JSON.stringify({ version: 1, documents: { 'review.md': { claims: { [claim.id]: { anchor, text: claim.text, type: 'statistic', speaker: null, verdict: 'false', notes: [] } } } } }));
    for (const format of ['claimreview', 'webannotation']) {
      const out = run(['claims', doc, '--store', store, '--format', format]);
      assert.equal(out.status, 0, out.stderr);
      assert.doesNotMatch(out.stdout, /file:\/\//, format);
    }
    // Run from the folder the articles are in: their paths below it are their public paths.
    const withBase = run(['claims', 'review.md', '--store', store, '--format', 'claimreview', '--url-base', 'https://example.org/desk/'], undefined, dir);
    assert.equal(withBase.status, 0, withBase.stderr);
    assert.match(withBase.stdout, /"url": "https:\/\/example\.org\/desk\/review\.md/);
  });
});
