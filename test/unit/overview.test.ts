import assert from 'node:assert/strict';
import { annotate, findDocumentDate } from '../../src/core/annotation/annotate';
import { loadBundledGazetteer } from '../../src/core/gazetteer/bundled';
import { buildOverview, buildTimeline, usdRate } from '../../src/core/overview';
import type { FigureAnnotation } from '../../src/core/types';
import { seedArticle } from './helpers';

const index = loadBundledGazetteer();
const overviewOf = (text: string, claims: Parameters<typeof buildOverview>[0]['claims'] = []) =>
  buildOverview({ text, annotations: annotate(text, index, { today: '2026-12-06' }), index, documentDate: findDocumentDate(text), today: '2026-12-06', claims });

describe('overview (the data behind the panel)', () => {
  it('counts each country by literal and metonymic mentions, a capital standing for its government included', () => {
    const text = 'India bought oil. New Delhi said it would buy more, and Indian refiners agreed. Russia and the Kremlin welcomed it.';
    const { countries, places } = overviewOf(text);
    const india = countries.find((c) => c.id === 'ind');
    assert.ok(india);
    assert.equal(india.isoNumeric, '356');
    assert.deepEqual(india.coordinates, [20, 77]);
    const at = (s: { start: number; end: number }) => text.slice(s.start, s.end);
    assert.ok(india.metonymic.map(at).includes('New Delhi'), 'New Delhi stands for the government');
    assert.ok(india.literal.map(at).includes('Indian'), 'a demonym is literal');
    assert.equal(countries[0].id, 'ind', 'the most mentioned first');
    const delhi = places.find((p) => p.id === 'new-delhi');
    assert.deepEqual(delhi?.coordinates, [28.6, 77.2]);
    assert.equal(delhi?.country, 'ind');
  });

  it('puts dates on a timeline: days as points, months and years as intervals, parts of a year approximate', () => {
    const text = '---\ndate: 2023-12-28\n---\nThey met on 26 December 2023, agreed in March 2020 on a plan for 2021–2031, and will meet at the beginning of 2024 and again on 26 December 2023.';
    const { timeline } = overviewOf(text);
    assert.equal(timeline.documentDate, '2023-12-28');
    const byLabel = new Map(timeline.items.map((item) => [item.label, item]));
    const day = byLabel.get('26 December 2023');
    assert.ok(day);
    assert.equal(day.point, true);
    assert.equal(day.marks.length, 2, 'the same day twice is one item with two marks');
    assert.deepEqual([byLabel.get('March 2020')?.start, byLabel.get('March 2020')?.end], ['2020-03-01', '2020-04-01']);
    const plan = timeline.items.find((item) => item.start === '2021-01-01');
    assert.equal(plan?.end, '2032-01-01', 'a period runs to the end of its last year');
    const early = byLabel.get('the beginning of 2024');
    assert.equal(early?.approximate, true);
    assert.deepEqual([early?.start, early?.end], ['2024-01-01', '2024-05-01'], 'January to April');
    const starts = timeline.items.map((item) => item.start);
    assert.deepEqual(starts, [...starts].sort(), 'sorted by start');
  });

  it('a treaty named with its years in its name ("MTC 2021–2031") gets its period from the gazetteer', () => {
    const { timeline } = overviewOf('India and Russia renewed the MTC 2021–2031.');
    const mtc = timeline.items.find((item) => item.fromGazetteer);
    assert.deepEqual([mtc?.label, mtc?.start, mtc?.end], ['MTC 2021–2031', '2021-01-01', '2032-01-01']);
  });

  it('"earlier this year" runs from the year\'s start to the document\'s date', () => {
    const figure: FigureAnnotation = { category: 'figure', kind: 'date', start: 0, end: 17, text: 'earlier this year', value: { date: '2023' } };
    const [item] = buildTimeline([figure], '2023-12-28').items;
    assert.deepEqual([item.start, item.end, item.approximate], ['2023-01-01', '2023-12-28', true]);
  });

  it('converts money to dollars at the year\'s average rate and relates each amount to the next smaller one', () => {
    const text = '---\ndate: 2022-06-01\n---\nTrade reached $100 billion, up from $50 billion; a deal worth €10 billion and one of between $12 billion and $14 billion. Billions of dollars more were promised, and 5 billion roubles.';
    const { money } = overviewOf(text);
    assert.equal(money.year, 2022);
    const euro = money.items.find((item) => item.currency === 'EUR');
    assert.ok(euro?.usdLow);
    assert.ok(Math.abs(euro.usdLow - 10e9 * 1.0534) < 1e3, `€10 billion at 1.0534 $/€ (G.5A 2022): ${euro.usdLow}`);
    assert.equal(euro.rate?.year, 2022);
    const labels = money.items.map((item) => item.label);
    assert.deepEqual(labels.slice(0, 2), ['$100 billion', '$50 billion'], 'largest first');
    const ratio = money.ratios.find((r) => r.larger.includes('100000000000'));
    assert.ok(ratio && Math.abs(ratio.low - 2) < 1e-9 && ratio.low === ratio.high, 'twice the next smaller');
    const range = money.items.find((item) => item.low !== item.high);
    assert.deepEqual([range?.usdLow, range?.usdHigh], [12e9, 14e9]);
    assert.ok(money.unconverted.some((item) => item.currency === 'RUB'), 'no rate for roubles: listed, not charted');
  });

  it('a rate outside the table\'s years is the nearest year\'s, and says which year was asked', () => {
    assert.deepEqual(usdRate('INR', 2023), { currency: 'INR', perUsd: 82.5708, year: 2023, source: usdRate('USD', 2023)?.source });
    const later = usdRate('INR', 2026);
    assert.equal(later?.year, 2023);
    assert.equal(later?.asked, 2026);
    assert.ok(Math.abs((usdRate('GBP', 2021)?.perUsd ?? 0) - 1 / 1.3764) < 1e-12, 'dollars-per-pound rows are turned round');
    assert.equal(usdRate('XAU', 2023), undefined);
  });

  it('lists people and organisations by mentions, unlisted names too, and counts claims by verdict', () => {
    const text = 'Jaishankar met Lavrov. Jaishankar said BRICS would grow, said trade economist Meera Vantakar.';
    const claims = [{ start: 0, end: 22, text: 'Jaishankar met Lavrov.', verdict: 'supported' as const }, { start: 23, end: 60, text: 'Jaishankar said BRICS would grow', verdict: 'unverified' as const }];
    const overview = overviewOf(text, claims);
    assert.equal(overview.people[0].name, 'Subrahmanyam Jaishankar');
    assert.equal(overview.people[0].marks.length, 2);
    assert.ok(overview.people.some((p) => p.id === undefined && /Vantakar/.test(p.name)), overview.people.map((p) => p.name).join());
    assert.ok(overview.organisations.some((o) => o.id === 'brics'));
    assert.equal(overview.claims.byVerdict.supported, 1);
    assert.equal(overview.claims.byVerdict.unverified, 1);
    assert.equal(overview.claims.byVerdict.false, 0);
  });

  it('on the seed article: India and Russia lead the map, the MTC period is a bar, the money is in dollars', function () {
    const seed = seedArticle();
    if (!seed) this.skip();
    const overview = overviewOf(seed);
    assert.deepEqual(overview.countries.slice(0, 2).map((c) => c.id).sort(), ['ind', 'rus']);
    assert.ok(overview.timeline.items.some((item) => item.start === '2021-01-01' && item.end === '2032-01-01'));
    assert.ok(overview.timeline.items.some((item) => item.label === 'December 26' && item.point));
    assert.ok(overview.timeline.items.some((item) => item.label === 'the beginning of 2024' && item.approximate));
    assert.equal(overview.timeline.documentDate, '2023-12-28');
    assert.deepEqual(overview.money.items.map((item) => item.usdHigh), [100e9, 50e9, 14e9]);
  });
});

describe('overview in the Markdown report', () => {
  it('writes an "At a glance" section per document with countries, timeline and money in dollars; other formats leave it out', async () => {
    const { formats } = await import('../../src/core/export/index');
    const text = '---\ndate: 2022-06-01\n---\nIndia and Russia traded $50 billion and €10 billion in March 2022, said <Jaishankar>.';
    const overview = overviewOf(text);
    const doc = { file: 'a.md', text, source: { title: 'Trade *news*', author: null, publication: null, date: null, url: null }, claims: [], overview };
    const md = formats.md([doc]);
    assert.match(md, /### At a glance/);
    assert.match(md, /\*\*Countries:\*\* India \(\d as a (place or people|government or actor)/);
    assert.match(md, /“March 2022” 2022-03-01 to 2022-04-01/);
    assert.match(md, /“€10 billion” = \$10\.53 billion at 0\.9493 EUR\/USD \(2022 average\)/);
    assert.match(md, /rates: Federal Reserve Board, Foreign Exchange Rates — G\.5A Annual, 2024-02-01/);
    assert.doesNotMatch(md, /<Jaishankar>/, 'document text is escaped');
    for (const format of ['json', 'csv', 'claimreview', 'webannotation'] as const) assert.doesNotMatch(formats[format]([doc]), /At a glance|"overview"/, format);
  });
});
