import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createAnchor } from '../../src/core/notes/anchor';
import { createNodeStoreFs } from '../../src/node/nodeStoreFs';
import { addNote, claimOf, emptyStore, parseStore, serializeStore, setVerdict, STORE_VERSION, type NoteStore } from '../../src/core/notes/store';
import { isTemporaryOf, lockOf, temporaryOf } from '../../src/core/notes/storeFs';
import { StoreSession, type StoreProblem } from '../../src/core/notes/storeSession';
import { MemoryStoreFs } from './memoryStoreFs';

const FILE = '/ws/.geolens/claims.json';
const TEXT = 'Exports rose 40% in 2023 to $12 billion, the ministry said. Imports fell.';

function withClaims(store: NoteStore, key: string, ids: string[]): NoteStore {
  const claims = Object.fromEntries(ids.map((id) => [id, { anchor: createAnchor(TEXT, 0, 20), text: TEXT.slice(0, 20), type: 'statistic' as const, speaker: null, verdict: 'unverified' as const, notes: [] }]));
  return { ...store, documents: { ...store.documents, [key]: { source: { title: null, author: null, publication: null, date: null, url: null }, claims } } };
}

function session(fsys: MemoryStoreFs, problems: StoreProblem[] = [], file = FILE): StoreSession {
  // Long delays: the tests write with flush, never through the timer.
  return new StoreSession(fsys, file, { report: (p) => problems.push(p), delayMs: 3_600_000, maxDelayMs: 3_600_000, sleep: async () => { fsys.now += 50; }, now: () => fsys.now });
}

describe('claims store session: never lose a note', () => {
  it('a store caught half-written by another program is read again, merged, and neither backed up nor written over', async () => {
    const fsys = new MemoryStoreFs();
    const before = serializeStore(withClaims(emptyStore(), 'a.md', ['c1', 'c2']));
    fsys.files.set(FILE, { text: before, mtime: 0 });
    const problems: StoreProblem[] = [];
    // A sleep that yields to timers, so that a regression fails by mocha's timeout instead of spinning.
    const s = new StoreSession(fsys, FILE, { report: (p) => problems.push(p), delayMs: 3_600_000, maxDelayMs: 3_600_000, sleep: (ms) => new Promise((resolve) => setImmediate(() => { fsys.now += ms; resolve(); })), now: () => fsys.now });
    await s.load();
    s.update(setVerdict(s.store, 'a.md', 'c1', 'false'));
    // The other window's write lands in two steps: half the file, then all of it.
    const theirs = serializeStore(addNote(withClaims(emptyStore(), 'a.md', ['c1', 'c2']), 'a.md', 'c2', 'From the other window.', 'T1'));
    fsys.files.set(FILE, { text: theirs.slice(0, theirs.length >> 1), mtime: 1 });
    const read = fsys.read.bind(fsys);
    let reads = 0;
    fsys.read = async (location: string) => {
      if (++reads === 2) fsys.files.set(FILE, { text: theirs, mtime: 2 });
      return read(location);
    };
    await s.flush();
    const saved = parseStore(fsys.files.get(FILE)?.text ?? '');
    assert.ok('store' in saved);
    assert.equal(claimOf(saved.store, 'a.md', 'c1')?.verdict, 'false', 'this window\'s verdict');
    assert.equal(claimOf(saved.store, 'a.md', 'c2')?.notes[0]?.text, 'From the other window.', 'the other window\'s note');
    assert.deepEqual(problems, []);
    assert.deepEqual([...fsys.files.keys()].filter((k) => k.endsWith('.bak')), [], 'nothing copied aside');
  });

  it('a watcher that fires while another program is still writing the store waits for the whole file: no backup, no error', async () => {
    const fsys = new MemoryStoreFs();
    fsys.files.set(FILE, { text: serializeStore(withClaims(emptyStore(), 'a.md', ['c1', 'c2'])), mtime: 0 });
    const problems: StoreProblem[] = [];
    const s = new StoreSession(fsys, FILE, { report: (p) => problems.push(p), delayMs: 3_600_000, maxDelayMs: 3_600_000, sleep: (ms) => new Promise((resolve) => setImmediate(() => { fsys.now += ms; resolve(); })), now: () => fsys.now });
    await s.load();
    s.update(setVerdict(s.store, 'a.md', 'c1', 'false'));
    const theirs = serializeStore(addNote(withClaims(emptyStore(), 'a.md', ['c1', 'c2']), 'a.md', 'c2', 'Written by git checkout.', 'T1'));
    fsys.files.set(FILE, { text: theirs.slice(0, theirs.length - 7), mtime: 1 });
    const read = fsys.read.bind(fsys);
    let reads = 0;
    fsys.read = async (location: string) => {
      if (++reads === 2) fsys.files.set(FILE, { text: theirs, mtime: 2 });
      return read(location);
    };
    assert.equal(await s.refresh(), true, 'the whole file is taken in');
    assert.deepEqual(problems, []);
    assert.deepEqual([...fsys.files.keys()].filter((k) => k.endsWith('.bak')), [], 'nothing copied aside');
    assert.equal(claimOf(s.store, 'a.md', 'c2')?.notes[0]?.text, 'Written by git checkout.');
    assert.equal(claimOf(s.store, 'a.md', 'c1')?.verdict, 'false', 'this window\'s pending verdict kept');
    await s.flush();
    const saved = parseStore(fsys.files.get(FILE)?.text ?? '');
    assert.ok('store' in saved && claimOf(saved.store, 'a.md', 'c2')?.notes.length === 1 && claimOf(saved.store, 'a.md', 'c1')?.verdict === 'false');
  });

  it('a store that stays half-written is still backed up before anything is written over it', async () => {
    const fsys = new MemoryStoreFs();
    fsys.files.set(FILE, { text: serializeStore(withClaims(emptyStore(), 'a.md', ['c1'])), mtime: 0 });
    const problems: StoreProblem[] = [];
    const s = session(fsys, problems);
    await s.load();
    const broken = '{"version": 3, "documents": {"a.md": ';
    fsys.files.set(FILE, { text: broken, mtime: 1 });
    await s.refresh();
    const backups = [...fsys.files.keys()].filter((k) => k.endsWith('.bak'));
    assert.equal(backups.length, 1);
    assert.equal(fsys.files.get(backups[0])?.text, broken, 'the damaged text is kept as it was');
    assert.ok(problems.some((p) => /could not be read/.test(p.message)));
  });

  it('a store that exists but cannot be read is read-only: nothing is written over it, and Retry reads it', async () => {
    const fsys = new MemoryStoreFs();
    const onDisk = serializeStore(addNote(withClaims(emptyStore(), 'a.md', ['c1', 'c2']), 'a.md', 'c1', 'A note written last week.', 'T0'));
    fsys.files.set(FILE, { text: onDisk, mtime: 0 });
    fsys.unreadable.add(FILE);
    const problems: StoreProblem[] = [];
    const s = session(fsys, problems);
    await s.load();
    assert.equal(s.readOnly?.reason, 'unreadable');
    assert.ok(problems.some((p) => p.retry && /cannot be read/.test(p.message) && /EACCES/.test(p.message)), JSON.stringify(problems));
    // The user goes on working; the change stays in memory and is not written.
    s.update(withClaims(emptyStore(), 'b.md', ['x1']));
    await assert.rejects(s.flush(), /cannot be read/);
    assert.equal(fsys.files.get(FILE)?.text, onDisk, 'the file is untouched');
    assert.equal(fsys.writes, 0);
    assert.ok(!fsys.files.has(lockOf(FILE)), 'no lock left behind');
    // Readable again: Retry merges the file with what was done meanwhile, then saves both.
    fsys.unreadable.delete(FILE);
    assert.equal(await s.retry(), true);
    assert.equal(s.readOnly, undefined);
    await s.flush();
    const saved = parseStore(fsys.files.get(FILE)?.text ?? '');
    assert.ok('store' in saved);
    assert.equal(claimOf(saved.store, 'a.md', 'c1')?.notes[0]?.text, 'A note written last week.');
    assert.ok(claimOf(saved.store, 'b.md', 'x1'));
  });

  it('a store written by a newer GeoLens opens read-only with what it can read, and is never overwritten or backed up', async () => {
    const fsys = new MemoryStoreFs();
    const v1 = JSON.parse(serializeStore(setVerdict(withClaims(emptyStore(), 'a.md', ['c1']), 'a.md', 'c1', 'false'))) as { version: number; intended?: unknown };
    v1.version = STORE_VERSION + 1;
    v1.intended = { someFutureField: true };
    const newer = JSON.stringify(v1);
    fsys.files.set(FILE, { text: newer, mtime: 0 });
    const problems: StoreProblem[] = [];
    const s = session(fsys, problems);
    await s.load();
    assert.equal(s.readOnly?.reason, 'newer');
    assert.equal(claimOf(s.store, 'a.md', 'c1')?.verdict, 'false', 'its claims are shown');
    assert.ok(problems.some((p) => /newer GeoLens/.test(p.message) && /never overwritten/.test(p.message)), JSON.stringify(problems));
    s.update(setVerdict(s.store, 'a.md', 'c1', 'supported'));
    await assert.rejects(s.flush());
    assert.equal(fsys.files.get(FILE)?.text, newer);
    assert.deepEqual([...fsys.files.keys()].filter((k) => k.endsWith('.bak')), [], 'no backup: nothing was replaced');
  });

  it('a file of other JSON (a package.json the setting was pointed at) is never read, backed up or written over', async () => {
    const fsys = new MemoryStoreFs();
    const other = '{\n  "name": "my-site",\n  "version": "1.0.0",\n  "scripts": { "build": "vite build" }\n}\n';
    fsys.files.set(FILE, { text: other, mtime: 0 });
    const problems: StoreProblem[] = [];
    const s = session(fsys, problems);
    await s.load();
    assert.equal(s.readOnly?.reason, 'refused');
    assert.ok(problems.some((p) => /not a GeoLens claims store/.test(p.message)), JSON.stringify(problems));
    s.update(withClaims(emptyStore(), 'a.md', ['c1']));
    await assert.rejects(s.flush());
    assert.equal(fsys.files.get(FILE)?.text, other);
    assert.deepEqual([...fsys.files.keys()].filter((k) => k.includes('.corrupt-')), [], 'nothing copied aside: nothing replaced');
  });

  it('a damaged store is copied aside before it is replaced, and its message does not quote the file', async () => {
    const fsys = new MemoryStoreFs();
    const secret = 'export AWS_SECRET=hunter2 # not a claims store';
    fsys.files.set(FILE, { text: secret, mtime: 0 });
    const problems: StoreProblem[] = [];
    const s = session(fsys, problems);
    await s.load();
    const backups = [...fsys.files.keys()].filter((k) => k.includes('.corrupt-'));
    assert.equal(backups.length, 1);
    assert.equal(fsys.files.get(backups[0])?.text, secret);
    assert.ok(problems.length === 1 && problems[0].backup === backups[0]);
    assert.ok(!problems[0].message.includes('hunter2') && !problems[0].message.includes('AWS'), problems[0].message);
    s.update(withClaims(emptyStore(), 'a.md', ['c1']));
    await s.flush();
    assert.ok('store' in parseStore(fsys.files.get(FILE)?.text ?? ''));
  });

  it('two sessions on one file keep both their changes, and a note both added under the same id keeps both texts', async () => {
    const fsys = new MemoryStoreFs();
    fsys.files.set(FILE, { text: serializeStore(withClaims(emptyStore(), 'a.md', ['c1', 'c2'])), mtime: 0 });
    const one = session(fsys);
    const two = session(fsys);
    await one.load();
    await two.load();
    one.update(addNote(one.store, 'a.md', 'c1', 'From window one.', 'T1'));
    two.update(addNote(setVerdict(two.store, 'a.md', 'c2', 'disputed'), 'a.md', 'c1', 'From window two.', 'T2'));
    await Promise.all([one.flush(), two.flush()]);
    const saved = parseStore(fsys.files.get(FILE)?.text ?? '');
    assert.ok('store' in saved);
    assert.deepEqual(claimOf(saved.store, 'a.md', 'c1')?.notes.map((n) => n.text).sort(), ['From window one.', 'From window two.']);
    assert.equal(claimOf(saved.store, 'a.md', 'c2')?.verdict, 'disputed');
  });

  it('a note edited in two windows at once keeps both texts and tells the user', async () => {
    const fsys = new MemoryStoreFs();
    fsys.files.set(FILE, { text: serializeStore(addNote(withClaims(emptyStore(), 'a.md', ['c1']), 'a.md', 'c1', 'Draft.', 'T0')), mtime: 0 });
    const problemsOne: StoreProblem[] = [];
    const problemsTwo: StoreProblem[] = [];
    const one = session(fsys, problemsOne);
    const two = session(fsys, problemsTwo);
    await one.load();
    await two.load();
    const edit = (s: StoreSession, text: string, at: string) => {
      const claim = claimOf(s.store, 'a.md', 'c1');
      assert.ok(claim);
      s.update({ ...s.store, documents: { ...s.store.documents, 'a.md': { ...s.store.documents['a.md'], claims: { c1: { ...claim, notes: [{ ...claim.notes[0], text, modified: at }] } } } } });
    };
    edit(one, 'Checked against the customs data.', 'T1');
    edit(two, 'Checked against the ministry release.', 'T2');
    await one.flush();
    await two.flush();
    const saved = parseStore(fsys.files.get(FILE)?.text ?? '');
    assert.ok('store' in saved);
    assert.deepEqual(claimOf(saved.store, 'a.md', 'c1')?.notes.map((n) => n.text).sort(), ['Checked against the customs data.', 'Checked against the ministry release.']);
    assert.ok(problemsTwo.some((p) => p.severity === 'warning' && /both texts are kept/.test(p.message)), JSON.stringify(problemsTwo));
  });

  it('waits for another writer\'s lock, and removes one left by a writer that died', async () => {
    const fsys = new MemoryStoreFs();
    const lock = lockOf(FILE);
    fsys.files.set(lock, { text: 'other window', mtime: fsys.now });
    const s = session(fsys);
    await s.load();
    s.update(withClaims(emptyStore(), 'a.md', ['c1']));
    // Held and fresh: the write waits (each sleep advances the clock 50 ms), the lock turns stale at 10 s.
    await s.flush();
    assert.ok(fsys.now - 1_000_000 > 10_000, 'it waited for the lock to go stale');
    assert.ok(fsys.files.has(FILE));
    assert.ok(!fsys.files.has(lock));
  });

  it('gives up on a live lock after the wait, keeps the change pending, and writes it later', async () => {
    const fsys = new MemoryStoreFs();
    const lock = lockOf(FILE);
    let otherWriterBusy = true;
    // Another writer that keeps renewing its lock while it is busy.
    const sleep = async () => {
      fsys.now += 50;
      if (otherWriterBusy) fsys.files.set(lock, { text: 'busy', mtime: fsys.now });
    };
    const s = new StoreSession(fsys, FILE, { report: () => undefined, delayMs: 3_600_000, maxDelayMs: 3_600_000, lockWaitMs: 200, sleep, now: () => fsys.now });
    await s.load();
    fsys.files.set(lock, { text: 'busy', mtime: fsys.now });
    s.update(withClaims(emptyStore(), 'a.md', ['c1']));
    await assert.rejects(s.flush(), /another window is writing/);
    assert.ok(s.queue.pending, 'the change is still pending');
    assert.equal(fsys.files.get(lock)?.text, 'busy', 'the other writer\'s lock is left alone');
    otherWriterBusy = false;
    fsys.files.delete(lock);
    await s.flush();
    const saved = parseStore(fsys.files.get(FILE)?.text ?? '');
    assert.ok('store' in saved && claimOf(saved.store, 'a.md', 'c1'));
  });
});

describe('claims store on Node\'s fs', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'geolens-store-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('temporary names are unique, and a write leaves no temporary file or lock behind', async () => {
    const a = temporaryOf('/x/claims.json');
    const b = temporaryOf('/x/claims.json');
    assert.notEqual(a, b);
    assert.ok(isTemporaryOf('claims.json', path.basename(a)));
    const file = path.join(dir, '.geolens', 'claims.json');
    const s = new StoreSession(createNodeStoreFs(fs), file, { report: () => undefined, delayMs: 3_600_000 });
    await s.load();
    s.update(withClaims(emptyStore(), 'a.md', ['c1']));
    await s.flush();
    assert.deepEqual(fs.readdirSync(path.dirname(file)), ['claims.json']);
  });

  it('a store that is a folder (it exists but cannot be read as a file) is never replaced', async () => {
    const file = path.join(dir, 'claims.json');
    fs.mkdirSync(file);
    fs.writeFileSync(path.join(file, 'keep.txt'), 'precious');
    const problems: StoreProblem[] = [];
    const s = new StoreSession(createNodeStoreFs(fs), file, { report: (p) => problems.push(p), delayMs: 3_600_000 });
    await s.load();
    assert.equal(s.readOnly?.reason, 'unreadable');
    s.update(withClaims(emptyStore(), 'a.md', ['c1']));
    await assert.rejects(s.flush());
    assert.equal(fs.readFileSync(path.join(file, 'keep.txt'), 'utf8'), 'precious');
  });

  it('removes temporary files left by a write that never finished, not those of a write under way', async () => {
    const file = path.join(dir, 'claims.json');
    const old = `${file}.lq3x9a.tmp`;
    const fresh = `${file}.00ff00ff00ff00ff00.tmp`;
    fs.writeFileSync(old, '{');
    fs.writeFileSync(fresh, '{');
    fs.writeFileSync(path.join(dir, 'notes.tmp'), 'not ours');
    const hourAgo = new Date(Date.now() - 3_600_000);
    fs.utimesSync(old, hourAgo, hourAgo);
    const s = new StoreSession(createNodeStoreFs(fs), file, { report: () => undefined });
    await s.load();
    assert.deepEqual(fs.readdirSync(dir).sort(), ['claims.json.00ff00ff00ff00ff00.tmp', 'notes.tmp']);
  });

  it('the synchronous last write merges what another writer saved meanwhile', async () => {
    const file = path.join(dir, 'claims.json');
    const nodeFs = createNodeStoreFs(fs);
    fs.writeFileSync(file, serializeStore(withClaims(emptyStore(), 'a.md', ['c1', 'c2'])));
    const mine = new StoreSession(nodeFs, file, { report: () => undefined, delayMs: 3_600_000 });
    const other = new StoreSession(nodeFs, file, { report: () => undefined, delayMs: 3_600_000 });
    await mine.load();
    await other.load();
    other.update(addNote(other.store, 'a.md', 'c2', 'Saved by the other window.', 'T1'));
    await other.flush();
    mine.update(setVerdict(mine.store, 'a.md', 'c1', 'supported'));
    assert.equal(mine.writeSync(nodeFs.sync), true);
    const saved = parseStore(fs.readFileSync(file, 'utf8'));
    assert.ok('store' in saved);
    assert.equal(claimOf(saved.store, 'a.md', 'c1')?.verdict, 'supported');
    assert.equal(claimOf(saved.store, 'a.md', 'c2')?.notes[0]?.text, 'Saved by the other window.');
    assert.ok(!fs.existsSync(lockOf(file)));
  });

  it('two processes adding 100 notes each to different claims lose none', async function () {
    this.timeout(60_000);
    const file = path.join(dir, '.geolens', 'claims.json');
    const ids = Array.from({ length: 20 }, (_, i) => `c${i}`);
    fs.mkdirSync(path.dirname(file));
    fs.writeFileSync(file, serializeStore(withClaims(emptyStore(), 'a.md', ids)));
    const writer = path.join(__dirname, '..', 'fixtures', 'store', 'writer.ts');
    const run = (name: string, claims: string[]) =>
      new Promise<void>((resolve, reject) => {
        const child = spawn(process.execPath, ['--import', 'tsx', writer, file, name, '100', claims.join(',')], { stdio: ['ignore', 'inherit', 'inherit'] });
        child.on('error', reject);
        child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`writer ${name} exited ${code}`))));
      });
    await Promise.all([run('one', ids.slice(0, 10)), run('two', ids.slice(10))]);
    const saved = parseStore(fs.readFileSync(file, 'utf8'));
    assert.ok('store' in saved);
    const notes = Object.values(saved.store.documents['a.md'].claims).flatMap((c) => c.notes.map((n) => n.text));
    assert.equal(notes.length, 200, `${notes.length} of 200 notes kept`);
    assert.equal(new Set(notes).size, 200);
    assert.deepEqual(fs.readdirSync(path.dirname(file)), ['claims.json'], 'no temporary file or lock left');
  });
});
