import assert from 'node:assert/strict';
import { parseDate } from '../../src/core/text/writtenDate';
import { extractSource } from '../../src/core/claims/source';
import { findDocumentDate } from '../../src/core/annotation/documentDate';

describe('document source', () => {
  it('reads YAML front matter (title, author list, source, date, url)', () => {
    const text = '---\ntitle: "Ports: a survey"\nauthor: [Jane Roe, John Poe]\nsource: The Daily Planet\ndate: 2024-05-05\nurl: https://example.org/ports\n---\n# Another heading\n\nBody.';
    assert.deepEqual(extractSource(text), {
      title: 'Ports: a survey', author: 'Jane Roe, John Poe', publication: 'The Daily Planet', date: '2024-05-05', url: 'https://example.org/ports',
    });
  });

  it('accepts "publication:" and a full timestamp', () => {
    const s = extractSource('---\npublication: Harbour Weekly\ndate: "2021-03-04T10:00:00Z"\n---\nText.');
    assert.equal(s.publication, 'Harbour Weekly');
    assert.equal(s.date, '2021-03-04');
  });

  it('reads header lines: first line as title, "By [X](#)", "Publication, Month D, YYYY", a URL line', () => {
    const text = 'Ports Expand as Trade Grows to \\$9 Billion\n\nBy [Jane Roe](#)\n\nThe Daily Planet, March 4, 2021\n\nhttps://example.org/a\n\nThe port of Velo handled 2 million containers.';
    assert.deepEqual(extractSource(text), {
      title: 'Ports Expand as Trade Grows to $9 Billion', author: 'Jane Roe', publication: 'The Daily Planet', date: '2021-03-04', url: 'https://example.org/a',
    });
  });

  it('prefers a Markdown heading as title and reads footers', () => {
    const text = 'Intro kicker\n# The Real Title\n\nBody text.\n\nThe original source of this article is Harbour Weekly\nCopyright © [Jane Roe](#), Harbour Weekly, 2022';
    const s = extractSource(text);
    assert.equal(s.title, 'The Real Title');
    assert.equal(s.publication, 'Harbour Weekly');
    assert.equal(s.author, 'Jane Roe');
  });

  it('gives the document\'s date, the one its figures are read with, and takes it from the caller when given', () => {
    const text = 'Velaria Times, March 4, 2026\n\nOSTRIA CITY — Talks resumed on Monday after the vote of February 2, 2026.';
    assert.equal(extractSource(text).date, findDocumentDate(text) ?? null);
    assert.equal(extractSource('The ferry sank on 3 March 2026 off the northern cape, and divers reached the wreck two days later.').date, null, 'an event in the story dates the event, not the article');
    assert.equal(extractSource(text, { documentDate: null }).date, null);
    assert.equal(extractSource(text, { documentDate: '2026-03-05' }).date, '2026-03-05');
    assert.equal(extractSource(text).publication, 'Velaria Times');
  });

  it('says null for what the text does not tell', () => {
    assert.deepEqual(extractSource(''), { title: null, author: null, publication: null, date: null, url: null });
    assert.equal(extractSource('Just one sentence of prose that is the whole text.').author, null);
  });

  it('survives broken front matter', () => {
    assert.equal(extractSource('---\ntitle: [unclosed\n---\n# Fallback\n').title, 'Fallback');
  });

  it('parses header dates to ISO 8601 at the precision written', () => {
    assert.equal(parseDate('December 28, 2023'), '2023-12-28');
    assert.equal(parseDate('Dec. 5, 2021'), '2021-12-05');
    assert.equal(parseDate('5th of September 2021'), '2021-09-05');
    assert.equal(parseDate('Sept 2020'), '2020-09');
    assert.equal(parseDate('February 30, 2020'), null);
    assert.equal(parseDate('no date'), null);
  });
});
