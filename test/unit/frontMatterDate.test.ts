import { strict as assert } from 'node:assert';
import { annotate } from '../../src/core/annotation/annotate';
import { frontMatterDateEdit } from '../../src/core/text/frontMatterDate';
import { loadBundledGazetteer } from '../../src/core/gazetteer/bundled';

const index = loadBundledGazetteer;

const apply = (text: string, date: string): string => {
  const edit = frontMatterDateEdit(text, date);
  assert.ok(edit, 'an edit is offered');
  return text.slice(0, edit.start) + edit.text + text.slice(edit.end);
};

describe('dating a document from its front matter (the quick fix on "yesterday" in an undated one)', () => {
  it('opens front matter with the date when there is none', () => {
    assert.equal(apply('Talks resumed yesterday.\n', '2026-12-06'), '---\ndate: 2026-12-06\n---\n\nTalks resumed yesterday.\n');
  });

  it('adds the date as the first field of front matter that has none, keeping the rest', () => {
    assert.equal(apply('---\ntitle: Talks\n---\nTalks resumed yesterday.\n', '2026-12-06'), '---\ndate: 2026-12-06\ntitle: Talks\n---\nTalks resumed yesterday.\n');
  });

  it('gives a date field GeoLens could not read the new date, its old value kept in a comment', () => {
    assert.equal(apply('---\ntitle: Talks\ndate: last week\n---\nText.\n', '2026-12-06'), '---\ntitle: Talks\ndate: 2026-12-06 # was: last week\n---\nText.\n');
    assert.equal(frontMatterDateEdit('---\ndate: 03/01/2024\n---\nText.\n', '2026-12-06')?.replaces, '03/01/2024');
    assert.equal(apply('---\ntitle: Draft\ndate:\ntags: [a]\n---\nText.\n', '2026-12-06'), '---\ntitle: Draft\ndate: 2026-12-06\ntags: [a]\n---\nText.\n', 'an empty date line is filled in');
  });

  it('offers nothing where one line cannot be written safely: TOML, a date over several lines, a rule over prose', () => {
    for (const text of [
      '+++\ntitle = "Talks"\ndraft = true\n+++\n\nYesterday the minister said.\n',
      '---\ndate:\n  published: 03/01/2024\n  updated: 03/02/2024\n---\nText.\n',
      '---\ndate:\n  - 03/01/2024\n---\nText.\n',
      '---\ndate: >-\n  03/01/2024\n  (updated 2 April)\n---\nText.\n',
      '---\n\nIntro paragraph by the editor.\n\n...\n\nYesterday the minister said.\n',
    ]) assert.equal(frontMatterDateEdit(text, '2026-12-06'), undefined, text);
  });

  it('keeps Windows line ends and a byte-order mark', () => {
    assert.equal(apply('\uFEFFTalks resumed yesterday.\r\n', '2026-12-06'), '\uFEFF---\r\ndate: 2026-12-06\r\n---\r\n\r\nTalks resumed yesterday.\r\n');
    assert.equal(apply('---\r\ntitle: T\r\n---\r\nX\r\n', '2026-12-06'), '---\r\ndate: 2026-12-06\r\ntitle: T\r\n---\r\nX\r\n');
  });

  it('makes "yesterday" count from the document\'s date once applied', () => {
    const text = 'Talks resumed yesterday in Doha.\n';
    const before = annotate(text, index(), { today: '2026-12-06' }).find((a) => a.text === 'yesterday');
    assert.deepEqual(before?.category === 'figure' && before.value, { date: '2026-12-05', from: 'today' });
    const after = annotate(apply(text, '2026-11-20'), index(), { today: '2026-12-06' }).find((a) => a.text === 'yesterday');
    assert.deepEqual(after?.category === 'figure' && after.value, { date: '2026-11-19' });
  });
});
