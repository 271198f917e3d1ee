import { strict as assert } from 'node:assert';
import { annotate } from '../../src/core/annotation/annotate';
import { checkFigures, type Finding } from '../../src/core/checks';
import { markOf, withoutIntended } from '../../src/core/checks/intended';
import { extractClaims } from '../../src/core/claims';
import { exportClaims } from '../../src/core/export';
import { loadBundledGazetteer } from '../../src/core/gazetteer/bundled';
import { mergeStores } from '../../src/core/notes/merge';
import { emptyStore, markIntended, mergeExtraction, parseStore, renameDocument, serializeStore, setVerdict, unmarkIntended } from '../../src/core/notes/store';

const index = loadBundledGazetteer();
const check = (text: string): Finding[] => checkFigures(text, annotate(text, index));
const kinds = (text: string): string[] => check(text).map((f) => `${f.kind}:${text.slice(f.start, f.end)}`);

describe('figure checks', () => {
  it('weekday: a weekday written with a date that falls on another day', () => {
    const text = 'The envoys met on Wednesday, 12 March 2024, in Geneva.';
    const [finding] = check(text);
    assert.equal(finding.kind, 'weekday');
    assert.equal(text.slice(finding.start, finding.end), 'Wednesday');
    assert.equal(text.slice(finding.related[0].start, finding.related[0].end), '12 March 2024');
    assert.match(finding.message, /12 March 2024 was a Tuesday, not a Wednesday/);
    assert.deepEqual(kinds('Parliament voted on 26 December 2023, a Monday.'), ['weekday:Monday']);
    assert.deepEqual(kinds('The envoys met on Tuesday, 12 March 2024, in Geneva.'), []);
    assert.deepEqual(kinds('They arrived on Monday and signed on 4 July 2026.'), [], 'two days, not one');
  });

  it('change: a stated percentage or multiple against the figures it links', () => {
    assert.deepEqual(kinds('Exports rose 25% last year, from $8 billion to $12 billion.'), ['change:25%']);
    const [fell] = check('Shipments fell 30% to 14 million tonnes, down from 16 million tonnes.');
    assert.equal(fell.stated, '−30 %');
    assert.equal(fell.computed, '−13 %');
    assert.deepEqual(kinds('Trade doubled from $3 billion in 2019 to $4.5 billion in 2023.'), ['change:doubled']);
    assert.deepEqual(kinds('Trade doubled from $3 billion in 2019 to $6 billion in 2023.'), []);
    assert.deepEqual(kinds('Arrivals grew nearly 40 percent, from 1.1 million to 1.5 million.'), [], 'approximate wording and rounding');
    assert.deepEqual(kinds('Output more than doubled, from 2 million to 5.5 million barrels.'), [], '"more than doubled" says only roughly');
    assert.deepEqual(kinds('Sales rose 5% in the week from 10 to 12 June.'), [], 'day numbers are no quantities');
  });

  it('repeat: one measure, one year, two values, in two sentences', () => {
    const text = 'Trade between India and Russia reached $65 billion in 2023. Officials cited the $50 billion trade between India and Russia in 2023.';
    const [finding] = check(text);
    assert.equal(finding.kind, 'repeat');
    assert.equal(text.slice(finding.start, finding.end), '$50 billion');
    assert.equal(text.slice(finding.related[0].start, finding.related[0].end), '$65 billion');
    assert.deepEqual(kinds('Egypt\'s gas exports were $8.4 billion in 2022. Egypt\'s gas imports were $2.1 billion in 2022.'), [], 'exports are not imports');
    assert.deepEqual(kinds('Turkey\'s exports to Germany were $21 billion in 2023, and its exports to Iraq $13 billion in 2023.'), [], 'one sentence compares');
    assert.deepEqual(kinds('Brazil sold 73 million tonnes of soybeans to China in 2023. Brazil sold 54 million tonnes of soybeans to China in 2022.'), [], 'another year');
  });

  it('sum: shares of one whole over 100 %, counts over the total stated', () => {
    assert.deepEqual(kinds('Oil made up 45% of exports, gas 35% and coal 30%.'), ['sum:30%']);
    assert.deepEqual(kinds('In the poll, 52% backed the plan, 41% opposed it and 12% were undecided.'), ['sum:12%']);
    assert.deepEqual(kinds('Of the 120 seats, the ruling party won 64, the opposition 51 and independents 9.'), ['sum:9']);
    assert.deepEqual(kinds('Of the 120 seats, the ruling party won 64, the opposition 47 and independents 9.'), []);
    assert.deepEqual(kinds('About 60% of the aid went to Gaza, nearly 25% to the West Bank and roughly 16% to Lebanon.'), [], 'rounded parts');
    assert.deepEqual(kinds('Turnout was 68% in the north and 71% in the south.'), [], 'not parts of a whole');
    assert.deepEqual(kinds('Asia had 64 percent of the new capacity, up from 58 percent last year.'), [], 'a share and its previous value');
    assert.deepEqual(kinds('Taiwan makes 60% of the world\'s chips and more than 90% of the most advanced ones.'), [], 'two wholes');
  });

  it('span: a stated duration against its dates, "N years ago" against the document\'s date', () => {
    assert.deepEqual(kinds('The president began a five-day visit that ran from 10 to 12 June.'), ['span:five-day']);
    assert.deepEqual(kinds('The president began a three-day visit that ran from 10 to 12 June.'), []);
    assert.deepEqual(kinds('They agreed a ten-year programme for 2021–2026.'), ['span:ten-year']);
    assert.deepEqual(kinds('They agreed a ten-year programme for 2021–2031.'), []);
    assert.deepEqual(kinds('---\ndate: 2026-05-10\n---\n\nThe treaty, signed 30 years ago in 1999, still holds.'), ['span:30 years ago']);
    assert.deepEqual(kinds('---\ndate: 2026-05-10\n---\n\nThe treaty, signed 27 years ago in 1999, still holds.'), []);
    assert.deepEqual(kinds('The treaty, signed 30 years ago in 1999, still holds.'), [], 'no document date: nothing to count from');
  });

  it('runs only the kinds asked for, and finds nothing in text without figures', () => {
    const text = 'The envoys met on Wednesday, 12 March 2024. Oil made up 45% of exports, gas 35% and coal 30%.';
    assert.deepEqual(checkFigures(text, annotate(text, index), { kinds: ['sum'] }).map((f) => f.kind), ['sum']);
    assert.deepEqual(check('No figures here at all.'), []);
    assert.deepEqual(check(''), []);
  });
});

describe('figure checks marked as intended', () => {
  it('a mark hides its finding while the sentence stays, and lapses when the sentence is rewritten', () => {
    const text = 'Intro line.\n\nThe envoys met on Wednesday, 12 March 2024, in Geneva.';
    const findings = check(text);
    assert.equal(findings.length, 1);
    const mark = markOf(text, findings[0]);
    assert.deepEqual(mark, { kind: 'weekday', exact: 'Wednesday', sentence: 'the envoys met on wednesday, 12 march 2024, in geneva.' });
    assert.deepEqual(withoutIntended(text, findings, [mark]), []);
    const edited = `More text above.\n\n${text}`;
    assert.deepEqual(withoutIntended(edited, check(edited), [mark]), [], 'other edits keep it');
    const rewritten = 'Intro line.\n\nThe envoys met again on Wednesday, 12 March 2024, in Geneva.';
    assert.equal(withoutIntended(rewritten, check(rewritten), [mark]).length, 1, 'a rewritten sentence is checked again');
  });

  it('the claims store keeps marks (format 3), reads format 2 without them, and merges both sides\' marks', () => {
    const mark = { kind: 'sum', exact: '30%', sentence: 'oil made up 45% of exports, gas 35% and coal 30%.' };
    const other = { kind: 'weekday', exact: 'Wednesday', sentence: 'they met on wednesday, 12 march 2024.' };
    const store = markIntended(emptyStore(), 'a.md', mark);
    assert.equal(markIntended(store, 'a.md', mark), store, 'marking twice changes nothing');
    const json = JSON.parse(serializeStore(store));
    assert.equal(json.version, 3);
    assert.deepEqual(json.documents['a.md'].intended, [mark]);
    const back = parseStore(serializeStore(store));
    assert.ok('store' in back && back.store.documents['a.md'].intended?.length === 1);
    const v2 = parseStore('{"version":2,"documents":{"a.md":{"source":{},"claims":{}}}}');
    assert.ok('store' in v2 && v2.store.documents['a.md'].intended === undefined);
    assert.ok('error' in parseStore('{"version":3,"documents":{"a.md":{"claims":{},"intended":[{"kind":"sum"}]}}}'));
    // Extraction, renaming and a concurrent edit keep the user's marks.
    assert.deepEqual(mergeExtraction(store, 'a.md', 'Oil made up 45% of exports.', []).documents['a.md'].intended, [mark]);
    assert.deepEqual(renameDocument(store, 'a.md', 'b.md').documents['b.md'].intended, [mark]);
    const ours = markIntended(store, 'a.md', other);
    const theirs = unmarkIntended(store, 'a.md', mark);
    assert.deepEqual(mergeStores(store, ours, theirs).store.documents['a.md'].intended, [other], 'ours added one, theirs took one back');
    assert.equal(unmarkIntended(store, 'a.md', mark).documents['a.md'].intended, undefined);
  });
});

describe('figure checks in claim exports', () => {
  it('each claim lists the checks it fails in JSON and in the Markdown report; a marked one is left out', () => {
    const text = 'Exports rose 25% last year, from $8 billion to $12 billion, the ministry said.\n\nThe port handled 2 million containers in 2024.';
    const result = extractClaims(text, index);
    const findings = check(text);
    const doc = { file: 'a.md', text, source: result.source, claims: result.claims, findings };
    const json = JSON.parse(exportClaims('json', [doc])) as { documents: { claims: { text: string; checks?: { kind: string; message: string }[] }[] }[] };
    const [rose, port] = json.documents[0].claims;
    assert.deepEqual(rose.checks, [{ kind: 'change', message: '+25 % stated, but $8 billion to $12 billion is +50 %.' }]);
    assert.equal(port.checks, undefined, 'no key when a claim fails none');
    const csv = exportClaims('csv', [doc]);
    assert.match(csv.split(/\r?\n/)[0], /,notes,checks$/);
    assert.match(csv, /change: \+25 % stated, but \$8 billion to \$12 billion is \+50 %\./);
    assert.match(exportClaims('md', [doc]), /- Check \(change\): \\\+25 % stated, but \\\$8 billion to \\\$12 billion is \+50 %\./);
    const marked = withoutIntended(text, findings, [markOf(text, findings[0])]);
    const quiet = JSON.parse(exportClaims('json', [{ ...doc, findings: marked }])) as typeof json;
    assert.equal(quiet.documents[0].claims[0].checks, undefined);
  });

  it('ClaimReview lists them as negativeNotes and Web Annotation as questioning bodies', () => {
    const text = 'Exports rose 25% last year, from $8 billion to $12 billion, the ministry said.\n\nThe port handled 2 million containers in 2024.';
    const result = extractClaims(text, index);
    let store = mergeExtraction(emptyStore(), 'a.md', text, result.claims, result.source);
    for (const claim of result.claims) store = setVerdict(store, 'a.md', claim.id, 'disputed');
    const doc = { file: 'a.md', text, source: result.source, claims: result.claims, stored: store.documents['a.md'], findings: check(text) };
    const message = '+25 % stated, but $8 billion to $12 billion is +50 %.';
    const now = { now: '2026-12-06T00:00:00.000Z' };
    const reviews = JSON.parse(exportClaims('claimreview', [doc], now)) as { claimReviewed: string; negativeNotes?: unknown; reviewRating: { alternateName: string } }[];
    assert.equal(reviews.length, 2);
    assert.deepEqual(reviews[0].negativeNotes, { '@type': 'ItemList', itemListElement: [{ '@type': 'ListItem', position: 1, name: `Figure check (change): ${message}` }] });
    assert.equal(reviews[0].reviewRating.alternateName, 'Disputed', 'the rating stays the reviewer\'s');
    assert.equal(reviews[1].negativeNotes, undefined);
    const collection = JSON.parse(exportClaims('webannotation', [doc], now)) as { first: { items: { body: { value: string; purpose: string }[] }[] } };
    const [rose, port] = collection.first.items;
    assert.deepEqual(rose.body.map((b) => [b.purpose, b.value]), [['tagging', 'statistic'], ['assessing', 'Disputed'], ['questioning', `Figure check (change): ${message}`]]);
    assert.ok(port.body.every((b) => b.purpose !== 'questioning'));
    const marked = withoutIntended(text, doc.findings, [markOf(text, doc.findings[0])]);
    const quiet = JSON.parse(exportClaims('claimreview', [{ ...doc, findings: marked }], now)) as typeof reviews;
    assert.equal(quiet[0].negativeNotes, undefined, 'a check marked as intended is left out');
  });
});
