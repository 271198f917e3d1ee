import assert from 'node:assert/strict';
import { loadGazetteerSource } from '../../src/core/gazetteer/load';
import { mergeLayers } from '../../src/core/gazetteer/merge';
import { validateEntries } from '../../src/core/gazetteer/validate';
import { compileSources } from '../../src/core/gazetteer/compileSources';
import { GazetteerIndex } from '../../src/core/gazetteer/gazetteerIndex';

function load(text: string) {
  return loadGazetteerSource({ file: 'user.yaml', text });
}

describe('gazetteer loader', () => {
  it('reads entries with aliases, facts and sources', () => {
    const { entries, problems } = load(`entries:
  - id: eaeu
    kind: bloc
    name: Eurasian Economic Union
    aliases: [EAEU, { text: EEU, case: exact }]
    facts: { members: [rus, kaz], founded: 2015-01-01 }
    sources: [{ title: Treaty text, url: "https://example.org/eaeu" }]
`);
    assert.deepEqual(problems, []);
    assert.equal(entries.length, 1);
    assert.equal(entries[0].name, 'Eurasian Economic Union');
    assert.deepEqual(entries[0].aliases.map((a) => a.text), ['EAEU', 'EEU']);
    assert.deepEqual(entries[0].facts.members, ['rus', 'kaz']);
    assert.equal(entries[0].facts.founded, '2015-01-01', 'dates stay as written');
    assert.equal(entries[0].line, 2);
  });

  it('reports each problem at file:line:column and keeps the good entries', () => {
    const { entries, problems } = load(`entries:
  - id: good
    kind: country
    name: Good
    sources: [{ title: A }]
  - id: bad
    kind: planet
    name: Bad
    sources: [{ title: A }]
  - id: nosource
    kind: place
    name: Nowhere
  - id: Upper Case
    kind: place
    name: X
    sources: [{ title: A }]
`);
    assert.deepEqual(entries.map((e) => e.id), ['good', 'nosource']);
    const messages = problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.message}`);
    assert.ok(messages.some((m) => m.startsWith('user.yaml:7:11 Unknown kind "planet"')), messages.join('\n'));
    assert.ok(messages.some((m) => /^user\.yaml:10:\d+ Add at least one source/.test(m)), messages.join('\n'));
    assert.ok(messages.some((m) => /^user\.yaml:13:\d+ Id "Upper Case" must be lower-case/.test(m)), messages.join('\n'));
  });

  it('reports wrong types with what was found', () => {
    const { problems } = load(`entries:
  - id: x
    kind: place
    name: [not, text]
    sources: [{ title: A }]
`);
    assert.match(problems[0].message, /"name" must be text, not a list/);
    assert.equal(problems[0].line, 4);
  });

  it('turns malformed YAML into a message with a position, never an exception', () => {
    const { entries, problems } = load('entries:\n  - id: x\n    name: "unclosed\n');
    assert.equal(entries.length, 0);
    assert.ok(problems.length > 0);
    assert.match(problems[0].message, /YAML syntax/);
    assert.ok(problems[0].line >= 1);
  });

  it('reads coordinates on countries and places, and reports any other shape where it is', () => {
    const { entries, problems } = load(`entries:
  - id: dili
    kind: place
    name: Dili
    coordinates: [-8.55, 125.58]
    sources: [{ title: A }]
  - id: nowhere
    kind: place
    name: Nowhere
    coordinates: [95, 10]
    sources: [{ title: A }]
  - id: flat
    kind: place
    name: Flat
    coordinates: "28 36 N, 77 12 E"
    sources: [{ title: A }]
  - id: club
    kind: organisation
    name: Club
    coordinates: [1, 2]
    sources: [{ title: A }]
`);
    // An entry with an error is left out (as with any other field); a warning keeps it, without the field.
    assert.deepEqual(entries.map((e) => [e.id, e.coordinates]), [['dili', [-8.55, 125.58]], ['club', undefined]]);
    const about = problems.filter((p) => p.message.includes('"coordinates"')).map((p) => [p.line, p.severity, p.message.slice(0, 30)]);
    assert.deepEqual(about, [
      [10, 'error', '"coordinates" must be [latitud'],
      [15, 'error', '"coordinates" must be [latitud'],
      [20, 'warning', '"coordinates" go with kind: co'],
    ]);
  });

  it('rejects binary input with a clear message', () => {
    const { problems } = load('\u0000\u0001\u0002binary');
    assert.match(problems[0].message, /binary/);
  });

  it('accepts an empty file and a top-level list', () => {
    assert.deepEqual(load('').entries, []);
    assert.equal(load('- { id: a, kind: place, name: A, sources: [{ title: T }] }').entries.length, 1);
  });

  it('flags a shared alias without a rule, and accepts one with priority or context', () => {
    const clash = load(`entries:
  - { id: a, kind: country, name: Jordan, sources: [{ title: T }] }
  - { id: b, kind: person, name: Michael Jordan, aliases: [Jordan], sources: [{ title: T }] }
`).entries;
    const problems = validateEntries(clash);
    assert.equal(problems.length, 1);
    assert.match(problems[0].message, /Alias "Jordan" is shared by "a" .* and "b"/);
    const ruled = load(`entries:
  - { id: a, kind: country, name: Jordan, aliases: [{ text: Jordan, priority: 2 }], sources: [{ title: T }] }
  - { id: b, kind: person, name: Michael Jordan, aliases: [Jordan], sources: [{ title: T }] }
`).entries;
    assert.deepEqual(validateEntries(ruled), []);
  });

  it('flags duplicate ids and dangling references', () => {
    const { entries } = load(`entries:
  - { id: a, kind: country, name: A, metonyms: [nowhere], sources: [{ title: T }] }
  - { id: a, kind: country, name: B, sources: [{ title: T }] }
`);
    const messages = validateEntries(entries).map((p) => p.message);
    assert.ok(messages.some((m) => m.startsWith('Duplicate id "a"')));
    assert.ok(messages.some((m) => m.includes('"metonyms" names "nowhere"')));
  });
});

describe('gazetteer layers', () => {
  it('lets a user entry extend, override or disable a bundled one by id', () => {
    const bundled = load(`entries:
  - { id: a, kind: country, name: A, aliases: [Alpha], summary: old, sources: [{ title: T }] }
  - { id: b, kind: country, name: B, sources: [{ title: T }] }
`).entries;
    const user = load(`entries:
  - { id: a, kind: country, name: A, aliases: [Ay], summary: new, sources: [] }
  - { id: b, disabled: true }
`).entries;
    const merged = mergeLayers([bundled, user]);
    assert.deepEqual(merged.map((e) => e.id), ['a']);
    assert.equal(merged[0].summary, 'new');
    assert.deepEqual(merged[0].aliases.map((a) => a.text).sort(), ['Alpha', 'Ay']);
    assert.equal(merged[0].sources.length, 1, 'sources kept from the bundled entry');
  });

  it('compiles curated entries over generated ones', () => {
    const { compiled, problems } = compileSources([
      { file: 'src/gazetteer/generated/c.yaml', text: 'entries:\n  - { id: ind, kind: country, name: India, sources: [{ title: G }] }\n' },
      { file: 'src/gazetteer/curated/c.yaml', text: 'entries:\n  - { id: ind, kind: country, name: India, aliases: [Bharat], sources: [{ title: C }] }\n' },
    ]);
    assert.deepEqual(problems, []);
    assert.equal(compiled.entries.length, 1);
    assert.deepEqual(compiled.entries[0].aliases.map((a) => a.text), ['Bharat']);
    // The generated entry's facts stay, and so does their source, after the curated one's.
    assert.deepEqual(compiled.entries[0].sources.map((source) => source.title), ['C', 'G']);
    assert.ok(new GazetteerIndex(compiled.entries).aliases().includes('Bharat'));
  });
});
