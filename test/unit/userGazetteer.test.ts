// Writing the user's gazetteer file (.geolens/gazetteer/custom.yaml) for "Add Selection to
// Gazetteer": a new file gets a header comment; an existing one keeps every line and comment, and
// the new entry lands after the last one, at the list's own indentation.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { loadGazetteerSource } from '../../src/core/gazetteer/load';
import { appendEntry, GazetteerFileError, nameFromSelection, slugify, sourceFromDocument, uniqueId, USER_GAZETTEER_HEADER, type NewEntry } from '../../src/core/gazetteer/userFile';
import { ROOT } from './helpers';

const entry: NewEntry = {
  id: 'quuxistan',
  kind: 'country',
  name: 'Quuxistan',
  summary: 'A country made up for tests: "quoted", with a colon.',
  sources: [{ title: 'Seen in article.md; added with GeoLens', date: '2026-02-03' }],
};

function load(text: string) {
  const result = loadGazetteerSource({ file: 'custom.yaml', text });
  assert.deepEqual(result.problems, [], text);
  return result.entries;
}

function schemaValid(text: string): boolean {
  const ajv = new Ajv({ strict: false, allowUnionTypes: true });
  return ajv.validate(JSON.parse(readFileSync(path.join(ROOT, 'media/gazetteer.schema.json'), 'utf8')), parse(text)) as boolean;
}

describe('user gazetteer file', () => {
  it('creates a new file with the header comment and a well-formed entry', () => {
    const { text, line } = appendEntry(undefined, entry);
    assert.ok(text.startsWith(USER_GAZETTEER_HEADER));
    const [loaded] = load(text);
    assert.equal(loaded.id, 'quuxistan');
    assert.equal(loaded.summary, entry.summary);
    assert.deepEqual(loaded.sources, entry.sources);
    assert.equal(text.split('\n')[line - 1], '  - id: quuxistan');
    assert.match(text, /date: "2026-02-03"/, 'dates stay text for YAML 1.1 readers');
    assert.ok(schemaValid(text));
  });

  it('appends after the last entry, keeping comments, quoting and the list indentation', () => {
    const existing = [
      '# My entries',
      'entries:',
      '    # people',
      '    - id: zorb-person   # inline comment',
      "      kind: person",
      "      name: 'Zorb Person'",
      '      sources: [{ title: "notes" }]',
      '',
      '    # - id: commented-out',
      '',
    ].join('\n');
    const { text, line } = appendEntry(existing, entry);
    assert.ok(text.startsWith(existing.split('\n').slice(0, 8).join('\n')), text);
    assert.ok(text.includes('    # - id: commented-out'));
    assert.equal(text.split('\n')[line - 1], '    - id: quuxistan');
    assert.deepEqual(load(text).map((e) => e.id), ['zorb-person', 'quuxistan']);
    assert.ok(schemaValid(text));
  });

  it('adds to a file without a final line break, a bare list, or keys after the list', () => {
    const noBreak = 'entries:\n  - { id: a, kind: place, name: A, sources: [{ title: t }] }';
    assert.deepEqual(load(appendEntry(noBreak, entry).text).map((e) => e.id), ['a', 'quuxistan']);
    const bare = '- id: a\n  kind: place\n  name: A\n  sources: [{ title: t }]\n';
    const fromBare = appendEntry(bare, entry).text;
    assert.ok(fromBare.startsWith(bare));
    assert.deepEqual(load(fromBare).map((e) => e.id), ['a', 'quuxistan']);
    const after = 'entries:\n  - id: a\n    kind: place\n    name: A\n    sources: [{ title: t }]\nnotes: kept\n';
    const text = appendEntry(after, entry).text;
    assert.ok(text.endsWith('notes: kept\n'));
    assert.deepEqual(load(text).map((e) => e.id), ['a', 'quuxistan']);
  });

  it('starts the list in a file of comments, an empty list or a flow list', () => {
    for (const existing of ['# only a comment\n', 'entries: []\n', 'entries:\n', 'entries: [{ id: a, kind: place, name: A, sources: [{ title: t }] }]\n']) {
      const { text, line } = appendEntry(existing, entry);
      const ids = load(text).map((e) => e.id);
      assert.equal(ids[ids.length - 1], 'quuxistan', text);
      assert.match(text.split('\n')[line - 1], /id: quuxistan/, text);
      if (existing.startsWith('#')) assert.ok(text.startsWith(existing));
    }
  });

  it('keeps the comment on an empty "entries:" line, the file\'s line ends and its byte-order mark', () => {
    for (const [existing, comment] of [['# Desk B\nentries: []   # none yet, see the style guide\nnotes: kept\n', '# none yet, see the style guide'], ['entries:   # fill in later (bob)\n', '# fill in later (bob)']]) {
      const { text } = appendEntry(existing, entry);
      assert.ok(text.split('\n')[existing.startsWith('#') ? 1 : 0].endsWith(comment), text);
      assert.deepEqual(load(text).map((e) => e.id), ['quuxistan'], text);
      if (existing.includes('notes: kept')) assert.match(text, /\nnotes: kept\n$/);
    }
    const windows = '\uFEFF# Desk B\r\nentries:\r\n  - { id: a, kind: place, name: A, sources: [{ title: t }] }\r\n';
    const { text } = appendEntry(windows, entry);
    assert.ok(text.startsWith('\uFEFF# Desk B\r\n'));
    assert.equal(text.replace(/\r\n/g, '').includes('\n'), false, 'every line ends in CR LF');
    assert.deepEqual(load(text.replace(/^\uFEFF/, '')).map((e) => e.id), ['a', 'quuxistan']);
  });

  it('adds after an entry with an anchor whose name has a hyphen', () => {
    const existing = 'entries:\n  - &lavrov-entry\n    id: lavrov\n    kind: person\n    name: Sergey Lavrov\n    sources: [{ title: t }]\n';
    const { text } = appendEntry(existing, entry);
    assert.ok(text.startsWith(existing), text);
    assert.deepEqual(load(text).map((e) => e.id), ['lavrov', 'quuxistan']);
  });

  it('refuses a file with YAML errors, a duplicate id or a bad id', () => {
    assert.throws(() => appendEntry('entries:\n  - id: a\n   kind: [\n', entry), (e: unknown) => e instanceof GazetteerFileError && e.line !== undefined);
    assert.throws(() => appendEntry('entries:\n  - { id: quuxistan, kind: place, name: Q, sources: [{ title: t }] }\n', entry), /already has an entry/);
    assert.throws(() => appendEntry(undefined, { ...entry, id: 'Not An Id' }), /not a valid id/);
    assert.throws(() => appendEntry('entries: 5\n', entry), /not a list/);
  });

  it('makes ids, names and sources from a selection and its document', () => {
    assert.equal(slugify('Sergey Lavrov'), 'sergey-lavrov');
    assert.equal(slugify("Côte d'Ivoire"), 'cote-d-ivoire');
    assert.equal(slugify('  MTC 2021–2031 '), 'mtc-2021-2031');
    assert.equal(slugify('Москва'), '');
    assert.equal(uniqueId('india', (id) => id === 'india' || id === 'india-2'), 'india-3');
    assert.equal(nameFromSelection('  **Denis\n  Manturov**  '), 'Denis Manturov');
    assert.equal(nameFromSelection('Rs\\. 5 crore'), 'Rs. 5 crore');
    const article = '---\ntitle: India and Russia\nsource: The Daily\nurl: https://example.org/a\n---\n\nText.';
    assert.deepEqual(sourceFromDocument('news/a.md', article, '2026-02-03'), { title: 'Seen in "India and Russia" (The Daily, news/a.md); added with GeoLens', url: 'https://example.org/a', date: '2026-02-03' });
    assert.deepEqual(sourceFromDocument('notes.txt', '', '2026-02-03'), { title: 'Seen in notes.txt; added with GeoLens', date: '2026-02-03' });
    assert.deepEqual(sourceFromDocument(undefined, '', '2026-02-03'), { title: 'Added with GeoLens', date: '2026-02-03' });
  });
});
