/**
 * End to end on the seed article (outside the repository, © its author; never copied here): extract
 * its claims with the bundled gazetteer, merge them into a store, add two notes and two verdicts,
 * and check every export format. Skipped with a message when the article or the compiled gazetteer
 * (node scripts/gazetteer/compile.mjs) is absent.
 */
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import type { ExtractResult } from '../../src/core/claims';
import type { ClaimReview } from '../../src/core/export/claimReview';
import { CSV_HEADER } from '../../src/core/export/claimsTable';
import { neutralise } from '../../src/core/export/csv';
import { EXPORT_FORMATS, formats, type ExportDocument, type ExportOptions } from '../../src/core/export/index';
import { documentsFromStore, importClaimsJson, type ClaimsJson } from '../../src/core/export/json';
import type { AnnotationCollection, TextPositionSelector, TextQuoteSelector } from '../../src/core/export/webAnnotation';
import type { GazetteerIndex } from '../../src/core/gazetteer/gazetteerIndex';
import { addNote, emptyStore, mergeExtraction, serializeStore, setVerdict, type NoteStore } from '../../src/core/notes/store';
import { seedArticle, SEED_MISSING } from './claims-helpers';

const KEY = 'corpus/seed-article.md';
const NOW = '2024-01-10T08:00:00.000Z';

describe('export of the seed article, end to end', function () {
  let text: string;
  let index: GazetteerIndex;
  let result: ExtractResult;
  let store: NoteStore;
  let documents: ExportDocument[];
  let options: ExportOptions;
  let falseId: string;
  let supportedId: string;

  before(async function () {
    const seed = seedArticle();
    if (!seed) {
      console.warn(SEED_MISSING);
      this.skip();
    }
    text = (seed ?? '').replace(/^\uFEFF/, '');
    try {
      index = (await import('../../src/core/gazetteer/bundled')).loadBundledGazetteer();
    } catch (e) {
      console.warn(`bundled gazetteer not compiled (node scripts/gazetteer/compile.mjs): ${String(e)}; skipping`);
      this.skip();
    }
    const { extractClaims } = await import('../../src/core/claims');
    result = extractClaims(text, index);
    assert.ok(result.claims.length >= 4, `only ${result.claims.length} claims`);
    store = mergeExtraction(emptyStore(), KEY, text, result.claims, result.source);
    // A figure claim with a speaker, and a claim with Markdown escapes when there is one.
    const first = result.claims.find((c) => c.speaker !== null && c.figures.length > 0) ?? result.claims[0];
    const second = result.claims.find((c) => c.id !== first.id && c.text.includes('\\$')) ?? result.claims.find((c) => c.id !== first.id);
    assert.ok(second);
    falseId = first.id;
    supportedId = second.id;
    store = setVerdict(store, KEY, falseId, 'false');
    store = addNote(store, KEY, falseId, 'Customs data give a lower total; see "table 3", row 2.\nSecond line.', '2024-01-05T10:00:00.000Z');
    store = setVerdict(store, KEY, supportedId, 'supported');
    store = addNote(store, KEY, supportedId, '=1+1 is not a formula here, and neither is -this.', '2024-01-06T11:00:00.000Z');
    documents = [{ file: KEY, uri: 'file:///shared/corpus/seed-article.md', text, source: result.source, claims: result.claims, stored: store.documents[KEY] }];
    options = { now: NOW, nameOf: (id) => index.get(id)?.name, kindOf: (id) => index.get(id)?.kind };
  });

  it('Markdown: summary counts, source note, speakers, verdicts and notes', () => {
    const md = formats.md(documents, options);
    const n = result.claims.length;
    assert.ok(md.includes(`| **All documents** | ${n} | ${n - 2} | 1 | 0 | 1 | 0 |`), md.slice(0, 800));
    assert.ok(md.includes('- Author: Ahmed Adel'));
    assert.ok(md.includes('- Publication: Global Research'));
    assert.ok(md.includes('- Date: 2023-12-28'));
    assert.equal((md.match(/^ {3}- Verdict: \*\*/gm) ?? []).length, n);
    assert.ok(md.includes('Verdict: **False**') && md.includes('Verdict: **Supported**'));
    assert.ok(md.includes('   - Note (2024-01-05): Customs data give a lower total; see "table 3", row 2.\\\n     Second line.'));
    assert.ok(md.includes('Jaishankar'), 'speakers are named');
    assert.ok(!/<[a-z]/i.test(md), 'no raw HTML');
  });

  it('CSV: one row per claim, read back field for field', () => {
    const records = parse(formats.csv(documents, { bom: true }), { columns: true, bom: true }) as Record<string, string>[];
    assert.equal(records.length, result.claims.length);
    assert.deepEqual(Object.keys(records[0]), CSV_HEADER);
    result.claims.forEach((claim, i) => {
      const row = records[i];
      assert.equal(row.claim_id, claim.id);
      assert.equal(row.text, neutralise(claim.text));
      assert.equal(Number(row.start), claim.start);
      assert.equal(Number(row.end), claim.end);
      assert.equal(Number(row.score), Number(claim.score.toFixed(4)));
      assert.equal(row.speaker, neutralise(claim.speaker?.name ?? ''));
      assert.equal(row.entities, claim.entities.join('; '));
      assert.equal(row.author, 'Ahmed Adel');
    });
    const flagged = records.find((r) => r.claim_id === supportedId);
    assert.equal(flagged?.verdict, 'supported');
    assert.equal(flagged?.notes, "'=1+1 is not a formula here, and neither is -this.");
  });

  it('JSON: the CLI schema plus verdicts and notes, and back into a store unchanged', () => {
    const data = JSON.parse(formats.json(documents, options)) as ClaimsJson;
    assert.equal(data.version, 1);
    const [doc] = data.documents;
    assert.equal(doc.file, KEY);
    assert.equal(doc.source.author, 'Ahmed Adel');
    for (const claim of doc.claims) {
      assert.equal(text.slice(claim.start, claim.end), claim.text);
      assert.deepEqual(Object.keys(claim), ['id', 'start', 'end', 'text', 'type', 'score', 'checkWorthy', 'speaker', 'entities', 'figures', 'verdict', 'notes']);
    }
    assert.equal(doc.claims.find((c) => c.id === falseId)?.verdict, 'false');
    const back = importClaimsJson(formats.json(documents), emptyStore(), { texts: { [KEY]: text } });
    assert.equal(serializeStore(back), serializeStore(store));
    const fromStore = importClaimsJson(formats.json(documentsFromStore(store, { [KEY]: text })), emptyStore(), { texts: { [KEY]: text } });
    assert.equal(serializeStore(fromStore), serializeStore(store));
  });

  it('ClaimReview: the two verdicts, with the fields Google requires', () => {
    const reviews = JSON.parse(formats.claimreview(documents, options)) as ClaimReview[];
    assert.equal(reviews.length, 2);
    for (const review of reviews) {
      assert.equal(review['@context'], 'https://schema.org');
      assert.equal(review['@type'], 'ClaimReview');
      assert.ok(review.claimReviewed.length > 0);
      assert.doesNotMatch(review.claimReviewed, /\\\$/, 'Markdown escapes removed');
      assert.ok(review.reviewRating.alternateName);
      assert.doesNotThrow(() => new URL(review.url));
      assert.ok(review.author.name);
      assert.equal(review.itemReviewed['@type'], 'Claim');
      assert.ok(review.itemReviewed.author?.name);
      assert.equal(review.itemReviewed.appearance?.author?.name, 'Ahmed Adel');
      assert.equal(review.itemReviewed.appearance?.publisher?.name, 'Global Research');
    }
    assert.deepEqual(reviews.map((r) => r.reviewRating.alternateName).sort(), ['False', 'True']);
    assert.deepEqual(reviews.map((r) => r.datePublished).sort(), ['2024-01-05', '2024-01-06']);
  });

  it('Web Annotation: every annotation complete, selectors matching the text', () => {
    const collection = JSON.parse(formats.webannotation(documents, options)) as AnnotationCollection;
    const items = collection.first.items;
    assert.equal(items.length, result.claims.length + 2);
    assert.equal(collection.total, items.length);
    assert.equal(new Set(items.map((a) => a.id)).size, items.length);
    for (const a of items) {
      assert.equal(a['@context'], 'http://www.w3.org/ns/anno.jsonld');
      assert.equal(a.type, 'Annotation');
      assert.match(a.id, /^urn:geolens:/);
      assert.equal(a.target.source, 'file:///shared/corpus/seed-article.md');
      const quote = a.target.selector.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
      const position = a.target.selector.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector');
      assert.ok(quote && position);
      const points = Array.from(text);
      assert.equal(points.slice(position.start, position.end).join(''), quote.exact);
      if (points.length === text.length) assert.equal(text.slice(position.start, position.end), quote.exact);
    }
    assert.deepEqual(items.map((a) => a.motivation).filter((m) => m !== 'highlighting').sort(), ['assessing', 'assessing', 'commenting', 'commenting']);
  });

  it('every format is deterministic given now', () => {
    for (const format of EXPORT_FORMATS) assert.equal(formats[format](documents, options), formats[format](documents, options), format);
  });
});
