import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT } from './helpers';

const CLI = path.join(ROOT, 'src', 'cli.ts');
// tsx's require hook (not its --import loader): Node passes it on to worker threads, which a batch
// starts from this same file.
const TSX_CJS = path.join(ROOT, 'node_modules/tsx/dist/cjs/index.cjs');
const run = (args: string[], input?: string, cwd = ROOT) => spawnSync(process.execPath, ['--require', TSX_CJS, CLI, ...args], { cwd, input, encoding: 'utf8', maxBuffer: 1 << 28 });

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

  describe('batches (--jsonl, --jobs)', () => {
    let corpus: string;
    before(() => {
      corpus = path.join(dir, 'corpus');
      fs.mkdirSync(path.join(corpus, 'b', '.hidden'), { recursive: true });
      fs.writeFileSync(path.join(corpus, 'Z.md'), 'India paid $5 billion for the S-400 in 2018, officials said.\n');
      fs.writeFileSync(path.join(corpus, 'a.txt'), 'The envoys met on Wednesday, 12 March 2024, in Geneva.\n');
      fs.writeFileSync(path.join(corpus, 'b', 'c.markdown'), 'Russia and China signed the deal in Moscow.\n');
      fs.writeFileSync(path.join(corpus, 'b', 'skip.json'), '{"not": "an article"}');
      fs.writeFileSync(path.join(corpus, 'b', '.hidden', 'd.md'), 'Hidden folders are not read.\n');
    });
    const lines = (stdout: string) => stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { version: number; file: string; error?: string; annotations?: unknown[]; findings?: unknown[]; claims?: unknown[]; source?: unknown });

    it('reads folders recursively in code-unit order, globs, and files; every line is the single-file object', () => {
      const out = run(['annotate', '--jsonl', corpus, path.join(dir, 'corpus', 'b', '*.markdown'), path.join(corpus, 'Z.md'), '--jobs', '2']);
      assert.equal(out.status, 0, out.stderr);
      const files = lines(out.stdout).map((l) => path.relative(corpus, l.file));
      assert.deepEqual(files, ['Z.md', 'a.txt', path.join('b', 'c.markdown'), path.join('b', 'c.markdown'), 'Z.md'], 'upper case sorts before lower case; .json and hidden folders left out');
      const single = run(['annotate', path.join(corpus, 'Z.md')]);
      assert.equal(out.stdout.split('\n')[0], single.stdout.trimEnd(), 'a batch line is exactly the single-file output');
    });

    it('gives the same lines in the same order with one job and with several', () => {
      const many = path.join(dir, 'many');
      fs.mkdirSync(many);
      for (let i = 0; i < 40; i++) fs.writeFileSync(path.join(many, `${String(i).padStart(2, '0')}.md`), `Article ${i}: India bought ${i + 1} million barrels from Russia in 2023, the ministry said.\n\nExports rose ${i}% to $${i + 2} billion.\n`);
      for (const command of ['annotate', 'claims', 'check']) {
        const one = run([command, '--jsonl', many, '--jobs', '1']);
        const three = run([command, '--jsonl', many, '--jobs', '3']);
        assert.equal(one.status, 0, one.stderr);
        assert.equal(three.stdout, one.stdout, command);
        assert.equal(lines(one.stdout).length, 40);
      }
      const claims = lines(run(['claims', '--jsonl', path.join(many, '07.md')]).stdout)[0];
      assert.deepEqual(Object.keys(claims), ['version', 'file', 'source', 'claims']);
    });

    it('a document that fails gets an error line, the others go on, and the exit code is 1', () => {
      const big = path.join(dir, 'big.md');
      fs.writeFileSync(big, 'India and Russia. '.repeat(200));
      const out = run(['check', '--jsonl', path.join(corpus, 'a.txt'), path.join(dir, 'missing.md'), big, path.join(dir, 'nothing-*.md'), path.join(corpus, 'Z.md'), '--max-size', '1000', '--jobs', '2']);
      assert.equal(out.status, 1);
      const result = lines(out.stdout);
      assert.deepEqual(result.map((l) => (l.error ? 'error' : 'ok')), ['ok', 'error', 'error', 'error', 'ok']);
      assert.match(result[1].error ?? '', /Cannot read .*missing\.md/);
      assert.match(result[2].error ?? '', /over --max-size 1000/);
      assert.match(result[3].error ?? '', /No \.md, \.markdown, \.txt file matches/);
      assert.equal((result[0].findings ?? []).length, 1, 'the weekday that does not match its date');
      assert.match(out.stderr, /3 documents could not be read/);
    });

    it('--jsonl - reads {"file", "text"} records from standard input, a bad line becoming an error line', () => {
      const input = [
        JSON.stringify({ file: 'one.md', text: '\uFEFFIndia paid $5 billion in 2023.' }),
        'not json',
        '',
        JSON.stringify({ file: 'two.md', text: 7 }),
        JSON.stringify({ text: 'Russia and China.' }),
      ].join('\n');
      const out = run(['annotate', '--jsonl', '-', '--jobs', '2'], input);
      assert.equal(out.status, 1);
      const result = lines(out.stdout);
      assert.deepEqual(result.map((l) => l.file), ['one.md', 'stdin:2', 'two.md', 'stdin:5']);
      assert.equal(result[0].annotations?.length, 3);
      assert.deepEqual((result[0].annotations?.[0] as { start: number }).start, 0, 'a BOM is not counted');
      assert.match(result[1].error ?? '', /not JSON/);
      assert.match(result[2].error ?? '', /no "text" string/);
      assert.ok(result[3].annotations);
    });

    it('a stdin record over --max-size is skipped with an error line, the next one is read; CRLF lines too', () => {
      const big = JSON.stringify({ file: 'big.md', text: 'India and Russia. '.repeat(200) });
      const input = [JSON.stringify({ file: 'a.md', text: 'India paid $5 billion.' }), big, JSON.stringify({ file: 'c.md', text: 'Russia and China.' })].join('\r\n');
      const out = run(['annotate', '--jsonl', '-', '--max-size', '1000', '--jobs', '1'], input);
      assert.equal(out.status, 1);
      const result = lines(out.stdout);
      assert.deepEqual(result.map((l) => l.file), ['a.md', 'stdin:2', 'c.md']);
      assert.match(result[1].error ?? '', /larger than 1000 bytes/);
      assert.equal(result[2].annotations?.length, 2);
    });

    it('refuses what does not go together (exit 2), and stops with exit 1 when a gazetteer cannot be read', () => {
      assert.equal(run(['annotate', path.join(corpus, 'Z.md'), '--jobs', '2']).status, 2, '--jobs without --jsonl');
      assert.equal(run(['claims', '--jsonl', corpus, '--format', 'md']).status, 2);
      assert.equal(run(['claims', '--jsonl', corpus, '--store', 'x.json']).status, 2);
      assert.equal(run(['annotate', '--jsonl', '-', corpus]).status, 2);
      assert.equal(run(['annotate', '--jsonl', corpus, '--jobs', '0']).status, 2);
      assert.equal(run(['annotate', path.join(corpus, 'Z.md'), path.join(corpus, 'a.txt')]).status, 2, 'several files need --jsonl');
      const broken = run(['annotate', '--jsonl', corpus, '--jobs', '2', '--gazetteer', path.join(dir, 'no-such.yaml')]);
      assert.equal(broken.status, 1);
      assert.match(broken.stderr, /Cannot read the gazetteer/);
      assert.equal(broken.stdout, '');
    });
  });
});
