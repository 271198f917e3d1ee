import assert from 'node:assert/strict';
import { annotate } from '../../src/core/annotation/annotate';
import { cards } from '../../src/core/cards/cards';
import { loadLayeredGazetteer } from '../../src/core/gazetteer/layers';
import { loadGazetteerSource } from '../../src/core/gazetteer/load';

const FILE = 'file:///ws/.geolens/gazetteer/custom.yaml';

describe('user gazetteers: noise refused, bad entries left out, and cards that say where their text came from', () => {
  it('refuses one-letter, stop-word and punctuation aliases unless exact case and two characters', () => {
    const text = [
      'entries:',
      '  - id: noisy',
      '    kind: organisation',
      '    name: Noisy Org',
      '    aliases: [a, I, the, ".", "--", { text: US, case: exact }, { text: "Of", case: exact }, { text: X, case: exact }, NOrg]',
      '    sources: [{ title: t, url: "https://example.org/noisy" }]',
    ].join('\n');
    const { entries, problems } = loadGazetteerSource({ file: FILE, text });
    const messages = problems.filter((p) => p.severity === 'error').map((p) => p.message);
    for (const alias of ['"a"', '"I"', '"the"', '"."', '"--"', '"X"']) assert.ok(messages.some((m) => m.includes(`Alias ${alias}`)), `${alias}: ${messages.join(' | ')}`);
    // An entry with a refused alias is left out whole, as the message says.
    assert.deepEqual(entries, []);
    assert.ok(problems.some((p) => /Entry "noisy" is left out/.test(p.message)));
  });

  it('an entry with a type error is left out with its diagnostic; its good neighbours load', () => {
    const text = [
      'entries:',
      '  - id: bad-facts',
      '    kind: person',
      '    name: Bad Facts',
      '    facts: { office: { nested: true } }',
      '    sources: [{ title: t, url: "https://example.org/bad" }]',
      '  - id: bad-aliases',
      '    kind: person',
      '    name: Bad Aliases',
      '    aliases: { not: a list }',
      '    sources: [{ title: t, url: "https://example.org/bad" }]',
      '  - id: good-one',
      '    kind: person',
      '    name: Quillon Varga',
      '    sources: [{ title: t, url: "https://example.org/good" }]',
    ].join('\n');
    const { entries, problems } = loadGazetteerSource({ file: FILE, text });
    assert.deepEqual(entries.map((e) => e.id), ['good-one']);
    assert.ok(problems.some((p) => p.severity === 'error' && p.line === 5 && /facts\.office/.test(p.message)), JSON.stringify(problems));
    assert.ok(problems.some((p) => p.severity === 'error' && p.line === 10), JSON.stringify(problems));
  });

  it('an entry from a workspace file, even one overriding a bundled entry, says so on its card', () => {
    const text = [
      'entries:',
      '  - id: ind',
      '    kind: country',
      '    name: India',
      '    summary: A summary written in this newsroom.',
      '    sources: [{ title: Desk notes, url: "https://example.org/desk" }]',
    ].join('\n');
    const { index, problems } = loadLayeredGazetteer([{ file: FILE, label: '.geolens/gazetteer/custom.yaml', text }]);
    assert.deepEqual(problems.filter((p) => p.severity === 'error'), []);
    const [india] = annotate('India said so.', index);
    const card = cards(india, { index });
    assert.match(card, /A summary written in this newsroom\./);
    assert.match(card, /From \.geolens\/gazetteer\/custom\.yaml, not the bundled gazetteer/);
    // The bundled card has no such line.
    const bundled = loadLayeredGazetteer([]);
    assert.doesNotMatch(cards(annotate('India said so.', bundled.index)[0], { index: bundled.index }), /not the bundled gazetteer/);
  });
});
