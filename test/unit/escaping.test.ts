import assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { extractClaims } from '../../src/core/claims';
import { escapeMarkdown } from '../../src/core/cards/markdown';
import { exportClaims } from '../../src/core/export';
import { addNote, emptyStore, mergeExtraction } from '../../src/core/notes/store';
import { fixtureIndex } from './claims-helpers';

// VS Code renders hover cards with markdown-it, HTML off: the same renderer judges the escaping here.
const md = new MarkdownIt({ html: false, linkify: false });
const BLOCKS = /<(h[1-6]|ul|ol|li|blockquote|pre|code|table|hr)\b/;

const HOSTILE = [
  'Summary.\r# Injected heading',
  'Summary.\r- injected list item',
  'Summary.\u2028> injected quote',
  'Summary.\u2029    indented code',
  'Summary.\u0085## heading after NEL',
  'Summary.\r\n\r\n---\r\nsetext',
  'Summary.\v|a|b|\f|-|-|',
  '    starts as code',
  '1. starts as a list',
  '# starts as a heading',
];

describe('escaping untrusted text for Markdown', () => {
  it('no line break of any kind lets gazetteer or document text start a block of its own', () => {
    for (const text of HOSTILE) {
      const escaped = escapeMarkdown(text);
      assert.doesNotMatch(escaped, /[\r\n\u0085\u2028\u2029\v\f]/, JSON.stringify(text));
      const html = md.render(`**Card**: ${escaped}\n\n${escaped}`);
      assert.doesNotMatch(html, BLOCKS, `${JSON.stringify(text)} → ${html}`);
    }
  });

  it('a note with a lone carriage return stays inside its list item in the Markdown report', () => {
    const index = fixtureIndex();
    const article = 'Velaria sold 300 tanks to Ostria in 2021, Mara Kessel said.';
    const { source, claims } = extractClaims(article, index);
    let store = mergeExtraction(emptyStore(), 'a.md', article, claims, source);
    store = addNote(store, 'a.md', claims[0].id, 'First line\r# Injected heading\u2028- injected item', 'T');
    const report = exportClaims('md', [{ file: 'a.md', text: article, source, claims, stored: store.documents['a.md'] }]);
    const html = md.render(report);
    assert.doesNotMatch(html, /<h1>Injected|<li>injected item/, html);
    assert.match(html, /First line/);
  });
});
