import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import YAML from 'yaml';
import { annotate } from '../../src/core/annotation/annotate';
import { cards } from '../../src/core/cards';
import { loadBundledGazetteer } from '../../src/core/gazetteer/bundled';

const ROOT = resolve(__dirname, '../..');

// Members invented for this test, in the data set's own shape.
const LEGISLATORS = `
- id: { bioguide: X000001 }
  name: { first: Katherine, last: Velo, official_full: Katherine A. Velo }
  terms:
  - { type: rep, start: '2019-01-03', end: '2021-01-03', state: OR, district: 2, party: Democrat }
  - { type: sen, start: '2021-01-03', end: '2027-01-03', state: OR, class: 2, party: Democrat }
- id: { bioguide: X000002 }
  name: { first: Robert, last: Ostrander, suffix: Jr., official_full: Robert Ostrander Jr. }
  terms:
  - { type: rep, start: '2023-01-03', end: '2025-01-03', state: TX, district: 7, party: Republican }
  - { type: rep, start: '2025-01-03', end: '2027-01-03', state: TX, district: 7, party: Republican }
- id: { bioguide: X000003 }
  name: { first: James, last: Quill, official_full: James Quill }
  terms:
  - { type: sen, start: '2025-01-21', end: '2026-11-03', state: FL, class: 3, party: Republican }
- id: { bioguide: X000004 }
  name: { first: Subrahmanyam, last: Jaishankar, official_full: Subrahmanyam Jaishankar }
  terms:
  - { type: rep, start: '2025-01-03', end: '2027-01-03', state: NY, district: 3, party: Democrat }
`;
const COMMITTEES = `
- { type: senate, name: Committee on Armed Services, thomas_id: SSAS }
`;
const MEMBERSHIP = `
SSAS:
- { name: Katherine Velo, party: majority, rank: 1, title: Chairman, bioguide: X000001 }
SSAS01:
- { name: James Quill, party: majority, rank: 1, title: Chairman, bioguide: X000003 }
`;

describe('importing the US Congress (scripts/gazetteer/congress.mjs)', () => {
  let dir: string;
  let entries: { id: string; name: string; aliases?: string[]; summary: string; facts: Record<string, string> }[];

  before(function () {
    this.timeout(60_000);
    dir = mkdtempSync(join(tmpdir(), 'geolens-congress-'));
    const repo = join(dir, 'repo');
    execFileSync('git', ['init', '-q', repo]);
    writeFileSync(join(repo, 'legislators-current.yaml'), LEGISLATORS);
    writeFileSync(join(repo, 'committees-current.yaml'), COMMITTEES);
    writeFileSync(join(repo, 'committee-membership-current.yaml'), MEMBERSHIP);
    const git = (...args: string[]): void => void execFileSync('git', ['-C', repo, '-c', 'user.name=t', '-c', 'user.email=t@t', ...args]);
    git('add', '.');
    git('commit', '-q', '-m', 'data', '--date', '2026-06-15T12:00:00Z');
    const out = join(dir, 'us-congress.yaml');
    execFileSync(process.execPath, [join(ROOT, 'scripts/gazetteer/congress.mjs'), '--repo', repo, '--out', out], { cwd: ROOT });
    entries = YAML.parse(readFileSync(out, 'utf8')).entries;
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a senator with party, state, unbroken service, term end, the committee she chairs, and her short name', () => {
    const velo = entries.find((e) => e.name === 'Katherine Velo');
    assert.ok(velo);
    assert.equal(velo.facts.office, 'United States Senator');
    assert.equal(velo.facts.state, 'Oregon');
    // Her House term before does not count as Senate service.
    assert.equal(velo.facts.since, '2021-01-03');
    assert.equal(velo.facts.termEnds, '2027-01-03');
    assert.equal(velo.facts.committees, 'Chairman of the Senate Committee on Armed Services');
    assert.deepEqual(velo.aliases, ['Katherine A. Velo', 'Kathy Velo']);
    assert.match(velo.summary, /^Democratic United States Senator for Oregon since 3 January 2021; Chairman of the Senate Committee on Armed Services\. .*election of November 2026/);
  });

  it('gives no short form to a "Jr.", says when an appointed term has ended, skips subcommittees and people the gazetteer has', () => {
    const ostrander = entries.find((e) => e.name === 'Robert Ostrander Jr.');
    assert.ok(ostrander);
    assert.ok(!(ostrander.aliases ?? []).includes('Bob Ostrander'));
    assert.equal(ostrander.facts.district, '7th');
    assert.equal(ostrander.facts.since, '2023-01-03');
    const quill = entries.find((e) => e.name === 'James Quill');
    assert.ok(quill);
    assert.match(quill.facts.succession, /ended on 3 November 2026/);
    assert.equal(quill.facts.committees, undefined);
    assert.ok(!entries.some((e) => e.name === 'Subrahmanyam Jaishankar'), 'a person the gazetteer already has is that entry\'s');
  });
});

describe('the bundled US Congress', () => {
  const index = loadBundledGazetteer();
  it('knows sitting senators by the name the press uses, with the committee they chair', () => {
    const text = 'Sen. Jim Risch and Sen. Roger Wicker met the delegation.';
    const annotations = annotate(text, index);
    const wicker = annotations.find((a) => a.text === 'Roger Wicker');
    const risch = annotations.find((a) => a.text === 'Jim Risch');
    assert.equal(risch?.category === 'entity' ? risch.id : undefined, 'james-risch');
    assert.ok(wicker);
    assert.match(cards(wicker, { index, text, annotations }), /Chairman of the Senate Committee on Armed Services/);
  });
});
