import { strict as assert } from 'node:assert';
import { recogniseFigures } from '../../src/core/figures';
import type { FigureAnnotation, FigureKind, FigureValue } from '../../src/core/types';

type Tuple = [FigureKind, string, FigureValue];

/** The figures of `text` as [kind, text, value], after checking the contract every list must keep. */
function figs(text: string, documentDate?: string): Tuple[] {
  const out = recogniseFigures(text, documentDate ? { documentDate } : {});
  assertWellFormed(text, out);
  return out.map((a) => [a.kind, a.text, a.value]);
}

function one(text: string, documentDate?: string): Tuple {
  const all = figs(text, documentDate);
  assert.equal(all.length, 1, `expected one figure in ${JSON.stringify(text)}, got ${JSON.stringify(all)}`);
  return all[0] as Tuple;
}

export function assertWellFormed(text: string, out: readonly FigureAnnotation[]): void {
  let last = -1;
  for (const a of out) {
    assert.equal(a.category, 'figure');
    assert.ok(a.start >= 0 && a.start < a.end && a.end <= text.length, `bad span ${a.start}-${a.end}`);
    assert.ok(a.start >= last, 'sorted by start and non-overlapping');
    assert.equal(a.text, text.slice(a.start, a.end));
    last = a.end;
  }
}

const usd = (amount: number): FigureValue => ({ amount, currency: 'USD' });

describe('figures: money', () => {
  it('reads a dollar amount with a scale word', () => {
    assert.deepEqual(one('Trade reached $50 billion.'), ['money', '$50 billion', usd(5e10)]);
    assert.deepEqual(one('a $1.2 trillion economy'), ['money', '$1.2 trillion', usd(1.2e12)]);
    assert.deepEqual(one('fined $300,000 for'), ['money', '$300,000', usd(300000)]);
  });

  it('starts the span of a Markdown-escaped dollar at the backslash', () => {
    const text = 'Trade Explodes to \\$50 Billion';
    const [a] = recogniseFigures(text);
    assert.ok(a);
    assert.equal(a.start, text.indexOf('\\'));
    assert.equal(a.text, '\\$50 Billion');
    assert.deepEqual(a.value, usd(5e10));
  });

  it('reads qualified symbols, codes and other currencies', () => {
    assert.deepEqual(one('a US$ 100 bn fund'), ['money', 'US$ 100 bn', usd(1e11)]);
    assert.deepEqual(one('€3.2bn'), ['money', '€3.2bn', { amount: 3.2e9, currency: 'EUR' }]);
    assert.deepEqual(one('£40m'), ['money', '£40m', { amount: 4e7, currency: 'GBP' }]);
    assert.deepEqual(one('¥300 billion'), ['money', '¥300 billion', { amount: 3e11, currency: 'JPY' }]);
    assert.deepEqual(one('₹500 crore'), ['money', '₹500 crore', { amount: 5e9, currency: 'INR' }]);
    assert.deepEqual(one('USD 5 million'), ['money', 'USD 5 million', usd(5e6)]);
    assert.deepEqual(one('HK$10.05 billion'), ['money', 'HK$10.05 billion', { amount: 1.005e10, currency: 'HKD' }]);
  });

  it('reads Indian scales: lakh, crore, lakh crore', () => {
    assert.deepEqual(one('Rs 2.5 lakh crore'), ['money', 'Rs 2.5 lakh crore', { amount: 2.5e12, currency: 'INR' }]);
    assert.deepEqual(one('35 lakh rupees'), ['money', '35 lakh rupees', { amount: 3.5e6, currency: 'INR' }]);
    assert.deepEqual(one('12,34,567.89 rupees'), ['money', '12,34,567.89 rupees', { amount: 1234567.89, currency: 'INR' }]);
    assert.deepEqual(one('Rs. 500'), ['money', 'Rs. 500', { amount: 500, currency: 'INR' }]);
  });

  it('reads currency words after the amount', () => {
    assert.deepEqual(one('5 million dollars'), ['money', '5 million dollars', usd(5e6)]);
    assert.deepEqual(one('5 billion roubles'), ['money', '5 billion roubles', { amount: 5e9, currency: 'RUB' }]);
    assert.deepEqual(one('3 trillion rubles'), ['money', '3 trillion rubles', { amount: 3e12, currency: 'RUB' }]);
    assert.deepEqual(one('10 billion yuan'), ['money', '10 billion yuan', { amount: 1e10, currency: 'CNY' }]);
    assert.deepEqual(one('500 rupees'), ['money', '500 rupees', { amount: 500, currency: 'INR' }]);
    assert.deepEqual(one('125 million Australian dollars'), ['money', '125 million Australian dollars', { amount: 1.25e8, currency: 'AUD' }]);
    assert.deepEqual(one('50 million USD'), ['money', '50 million USD', usd(5e7)]);
    assert.deepEqual(one('50 cents a barrel'), ['money', '50 cents', usd(0.5)]);
  });

  it('reads spelled-out amounts', () => {
    assert.deepEqual(one('five million yen'), ['money', 'five million yen', { amount: 5e6, currency: 'JPY' }]);
    assert.deepEqual(one('a million dollars'), ['money', 'a million dollars', usd(1e6)]);
    assert.deepEqual(one('half a million dollars'), ['money', 'half a million dollars', usd(5e5)]);
    assert.deepEqual(one('three thousand dollars'), ['money', 'three thousand dollars', usd(3000)]);
  });

  it('marks unquantified money as approximate', () => {
    for (const [text, currency] of [
      ['billions of dollars', 'USD'], ['millions of euros', 'EUR'], ['trillions of dollars', 'USD'],
      ['hundreds of millions of dollars', 'USD'], ['tens of billions of US dollars', 'USD'], ['billions of rupees', 'INR'],
    ] as const) {
      assert.deepEqual(one(`that ${text} are stuck`), ['money', text, { currency, approximate: true }]);
    }
    assert.deepEqual(figs('billions of people'), []);
  });

  it('tolerates no-break, thin and narrow spaces and a line break between number and scale', () => {
    assert.deepEqual(one('$50\u00a0billion'), ['money', '$50\u00a0billion', usd(5e10)]);
    assert.deepEqual(one('$50\u202fbillion'), ['money', '$50\u202fbillion', usd(5e10)]);
    assert.deepEqual(one('50\u2009billion dollars'), ['money', '50\u2009billion dollars', usd(5e10)]);
    assert.deepEqual(one('$50\nbillion'), ['money', '$50\nbillion', usd(5e10)]);
    // a blank line ends the paragraph, and the figure with it
    assert.deepEqual(figs('$50\n\nbillion'), [['money', '$50', usd(50)]]);
  });

  it('keeps offsets in UTF-16 code units and quotes outside the span', () => {
    const text = '🌍 “$5 billion”';
    const [a] = recogniseFigures(text);
    assert.ok(a);
    assert.equal(a.start, 4);
    assert.equal(a.text, '$5 billion');
  });

  it('reads hyphenated adjectives', () => {
    assert.deepEqual(one('a $50-billion deal'), ['money', '$50-billion', usd(5e10)]);
    assert.deepEqual(one('a 12-cent dividend'), ['money', '12-cent', usd(0.12)]);
  });

  it('does not read the lower-case word "us" before a spaced dollar as a qualifier', () => {
    assert.deepEqual(one('it cost us $5 billion'), ['money', '$5 billion', usd(5e9)]);
    assert.deepEqual(one('the US $5 billion loan'), ['money', 'US $5 billion', usd(5e9)]);
  });
});

describe('figures: ranges', () => {
  const range = (min: number, max: number): FigureValue => ({ min, max, currency: 'USD' });

  it('reads money ranges in every written form', () => {
    for (const text of [
      'between $12 billion and $14 billion', '$12-14 billion', '$12–14 billion', 'from $12 billion to $14 billion',
      '$12 billion to $14 billion', '$12bn-$14bn', '12-14 billion dollars', 'between 12 and 14 billion dollars',
    ]) {
      assert.deepEqual(one(`trade of ${text} a year`), ['money', text, range(1.2e10, 1.4e10)], text);
    }
  });

  it('never makes a year the low end of a money range', () => {
    const kinds = (text: string) => figs(text).map(([kind, span]) => [kind, span]);
    assert.deepEqual(kinds('Shipments grew 35% in 2024 to $9 billion.'), [['percent', '35%'], ['date', '2024'], ['money', '$9 billion']]);
    assert.deepEqual(kinds('Aid went from $4 billion in 2019 to $7 billion in 2022.'), [['money', '$4 billion'], ['date', '2019'], ['money', '$7 billion'], ['date', '2022']]);
    // A year-sized number before an amount written the same way is still a range.
    assert.deepEqual(kinds('a haul of 2000-3000 tonnes'), [['quantity', '2000-3000 tonnes']]);
  });

  it('keeps the scale of each half when they differ', () => {
    assert.deepEqual(one('$500,000 to $1 million'), ['money', '$500,000 to $1 million', range(5e5, 1e6)]);
  });

  it('reads a change as two amounts, not a range', () => {
    assert.deepEqual(figs('can increase from the present $50 billion to $100 billion'), [
      ['money', '$50 billion', usd(5e10)], ['money', '$100 billion', usd(1e11)],
    ]);
    assert.deepEqual(figs('revenue rose from $5 billion to $7 billion'), [
      ['money', '$5 billion', usd(5e9)], ['money', '$7 billion', usd(7e9)],
    ]);
    assert.deepEqual(figs('cut by $2bn to $10bn'), [['money', '$2bn', usd(2e9)], ['money', '$10bn', usd(1e10)]]);
    assert.deepEqual(one('estimates ranging from $5 billion to $7 billion'), ['money', 'from $5 billion to $7 billion', range(5e9, 7e9)]);
  });

  it('reads percentage and quantity ranges', () => {
    assert.deepEqual(one('5-7%'), ['percent', '5-7%', { min: 5, max: 7, unit: '%' }]);
    assert.deepEqual(one('5%–7%'), ['percent', '5%–7%', { min: 5, max: 7, unit: '%' }]);
    assert.deepEqual(one('between 5 and 7 per cent'), ['percent', 'between 5 and 7 per cent', { min: 5, max: 7, unit: '%' }]);
    assert.deepEqual(one('1-1.5 million barrels per day'), ['quantity', '1-1.5 million barrels per day', { min: 1e6, max: 1.5e6, unit: 'bbl/d' }]);
    assert.deepEqual(one('between 300 and 400 km'), ['quantity', 'between 300 and 400 km', { min: 300, max: 400, unit: 'km' }]);
  });

  it('ignores ranges of bare numbers and mismatched halves', () => {
    assert.deepEqual(figs('pages 5-7'), []);
    assert.deepEqual(figs('between 5 and 7 of them'), []);
    assert.deepEqual(figs('$5 billion to €4 billion'), [
      ['money', '$5 billion', usd(5e9)], ['money', '€4 billion', { amount: 4e9, currency: 'EUR' }],
    ]);
  });
});

describe('figures: percentages', () => {
  it('reads the sign and the words', () => {
    for (const text of ['40%', '40 %', '40 percent', '40 per cent', '40-percent']) {
      assert.deepEqual(one(`a share of ${text} of it`), ['percent', text, { amount: 40, unit: '%' }], text);
    }
    assert.deepEqual(one('twenty percent'), ['percent', 'twenty percent', { amount: 20, unit: '%' }]);
    assert.deepEqual(one('one hundred percent'), ['percent', 'one hundred percent', { amount: 100, unit: '%' }]);
  });

  it('reads negative percentages', () => {
    assert.deepEqual(one('growth of -5%'), ['percent', '-5%', { amount: -5, unit: '%' }]);
    assert.deepEqual(one('minus five percent'), ['percent', 'minus five percent', { amount: -5, unit: '%' }]);
  });

  it('reads percentage points and basis points as quantities (PercentValue.unit is only %)', () => {
    assert.deepEqual(one('4.5 percentage points'), ['quantity', '4.5 percentage points', { amount: 4.5, unit: 'pp' }]);
    assert.deepEqual(one('50 basis points'), ['quantity', '50 basis points', { amount: 50, unit: 'bp' }]);
  });

  it('ignores URL escapes', () => {
    assert.deepEqual(figs('see https://example.com/q?x=30%25%2020% and 5%'), [['percent', '5%', { amount: 5, unit: '%' }]]);
    assert.deepEqual(figs('a%2D9114'), []);
  });
});

describe('figures: quantities', () => {
  const q = (amount: number, unit: string): FigureValue => ({ amount, unit });

  it('reads oil, gas, energy, mass, distance and area', () => {
    const cases: [string, number, string][] = [
      ['1.5 million barrels per day', 1.5e6, 'bbl/d'], ['1.5 million bpd', 1.5e6, 'bbl/d'], ['1.5m b/d', 1.5e6, 'bbl/d'],
      ['300,000 barrels a day', 3e5, 'bbl/d'], ['2 million tonnes', 2e6, 't'], ['2 million metric tons', 2e6, 't'],
      ['300 km', 300, 'km'], ['17,000 square kilometres', 17000, 'km2'], ['1,200 MW', 1200, 'MW'], ['3 GW', 3, 'GW'],
      ['50 bcm', 5e10, 'm3'], ['50 billion cubic metres', 5e10, 'm3'], ['400 tanks', 400, 'tanks'], ['10,000 troops', 1e4, 'troops'],
    ];
    for (const [text, amount, unit] of cases) assert.deepEqual(one(`a total of ${text} now`), ['quantity', text, q(amount, unit)], text);
  });

  it('does not read model numbers, counts of other things or lower-case unit symbols', () => {
    assert.deepEqual(figs('T-90 tanks, Su-30 MKI jets, S-400 systems and AK-203 rifles'), []);
    assert.deepEqual(figs('the COVID-19 pandemic, the G20 and F-35s'), []);
    assert.deepEqual(figs('read in 51 languages during a five-day visit'), []);
    assert.deepEqual(figs('a 5 mw plant'), []);
    assert.deepEqual(figs('5m'), []);
  });
});

describe('figures: qualifiers', () => {
  it('keeps "more than", "up to", "about" and their kin in the span and as value.bound', () => {
    assert.deepEqual(one('More than 90 percent of the grain'), ['percent', 'More than 90 percent', { amount: 90, unit: '%', bound: 'lower' }]);
    assert.deepEqual(one('loans of up to $5 billion'), ['money', 'up to $5 billion', { amount: 5e9, currency: 'USD', bound: 'upper' }]);
    assert.deepEqual(one('roughly 40% of trade'), ['percent', 'roughly 40%', { amount: 40, unit: '%', bound: 'approx' }]);
    assert.deepEqual(one('at least 2 million tonnes'), ['quantity', 'at least 2 million tonnes', { amount: 2e6, unit: 't', bound: 'lower' }]);
    assert.deepEqual(one('fewer than 400 tanks'), ['quantity', 'fewer than 400 tanks', { amount: 400, unit: 'tanks', bound: 'upper' }]);
  });

  it('takes no qualifier from inside a word, across a line, or onto a date', () => {
    assert.deepEqual(one('the roundabout 300 km'), ['quantity', '300 km', { amount: 300, unit: 'km' }]);
    assert.deepEqual(one('more than\n$5 billion'), ['money', '$5 billion', { amount: 5e9, currency: 'USD' }]);
    assert.deepEqual(one('signed around 2023'), ['date', '2023', { date: '2023' }]);
  });
});

describe('figures: counted people', () => {
  it('reads the dead, the held, the displaced and the seats won as quantities with the noun as unit', () => {
    assert.deepEqual(one('at least 14 civilians died'), ['quantity', 'at least 14 civilians', { amount: 14, unit: 'civilians', bound: 'lower' }]);
    assert.deepEqual(one('the bloc won 312 seats'), ['quantity', '312 seats', { amount: 312, unit: 'seats' }]);
    assert.deepEqual(one('home to 1.4 billion people'), ['quantity', '1.4 billion people', { amount: 1.4e9, unit: 'people' }]);
    assert.deepEqual(one('40 hostages were freed'), ['quantity', '40 hostages', { amount: 40, unit: 'hostages' }]);
  });
});

describe('figures: vote tallies', () => {
  it('reads a vote\'s count for and against as a quantity with a tally and no unit', () => {
    assert.deepEqual(one('The assembly voted 88-12 to ratify it.'), ['quantity', '88-12', { tally: [88, 12] }]);
    assert.deepEqual(one('It passed by a vote of 120 to 15.'), ['quantity', '120 to 15', { tally: [120, 15] }]);
    assert.deepEqual(one('The motion was carried by 141 votes to 5.'), ['quantity', '141 votes to 5', { tally: [141, 5] }]);
  });

  it('needs a word of voting before it', () => {
    assert.deepEqual(figs('The home side won 3-1 on Sunday.'), []);
    assert.deepEqual(one('prices rose 5-7% last year'), ['percent', '5-7%', { min: 5, max: 7, unit: '%' }]);
  });
});

describe('figures: dates', () => {
  const d = (date: string): FigureValue => ({ date });

  it('reads full dates in both orders', () => {
    assert.deepEqual(one('Global Research, December 28, 2023'), ['date', 'December 28, 2023', d('2023-12-28')]);
    assert.deepEqual(one('on 28 December 2023.'), ['date', '28 December 2023', d('2023-12-28')]);
    assert.deepEqual(one('on the 28th of December 2023.'), ['date', 'the 28th of December 2023', d('2023-12-28')]);
    assert.deepEqual(one('Dec. 28th, 2023'), ['date', 'Dec. 28th, 2023', d('2023-12-28')]);
    assert.deepEqual(one('on 2023-12-26'), ['date', '2023-12-26', d('2023-12-26')]);
  });

  it('takes a missing year from the document date, else writes --MM-DD', () => {
    assert.deepEqual(one('in Moscow on December 26 as part', '2023-12-28'), ['date', 'December 26', d('2023-12-26')]);
    assert.deepEqual(one('in Moscow on December 26 as part', '2023'), ['date', 'December 26', d('2023-12-26')]);
    assert.deepEqual(one('in Moscow on December 26 as part'), ['date', 'December 26', d('--12-26')]);
    assert.deepEqual(one('Dec. 26'), ['date', 'Dec. 26', d('--12-26')]);
  });

  it('reads months with years', () => {
    assert.deepEqual(one('a draft in March 2020, but'), ['date', 'March 2020', d('2020-03')]);
    assert.deepEqual(one('signed in December 2021 the'), ['date', 'December 2021', d('2021-12')]);
  });

  it('reads slashed dates only when the order is certain', () => {
    assert.deepEqual(one('26/12/2023'), ['date', '26/12/2023', d('2023-12-26')]);
    assert.deepEqual(one('12/26/2023'), ['date', '12/26/2023', d('2023-12-26')]);
    assert.deepEqual(figs('05/06/2023'), []);
  });

  it('reads a bare year only in a temporal context', () => {
    for (const [text, span] of [
      ['in 2024', '2024'], ['by 2030', '2030'], ['since 2014', '2014'], ['until 2030', '2030'], ['early 2024', 'early 2024'],
      ['mid-2024', 'mid-2024'], ['late 2024', 'late 2024'], ['at the beginning of 2024', 'the beginning of 2024'],
      ['by the end of 2025', 'the end of 2025'], ['in the first half of 2024', 'the first half of 2024'],
    ] as const) {
      const year = span.slice(-4);
      assert.deepEqual(one(`it happened ${text}.`), ['date', span, d(year)], text);
    }
    assert.deepEqual(figs('Copyright © Global Research, 2023'), []);
    assert.deepEqual(figs('the 2024 election'), []);
    assert.deepEqual(figs('Resolution 1701 and 2334 votes'), []);
    assert.deepEqual(figs('by 1500 units'), []);
  });

  it('reads years and months named relative to the document date', () => {
    const on = '2023-12-28';
    assert.deepEqual(figs('Trade exceeded $50 billion this year, he said', on)[1], ['date', 'this year', d('2023')]);
    assert.deepEqual(one('the IAF admitted earlier this year that', on), ['date', 'earlier this year', d('2023')]);
    assert.deepEqual(one('Last year the talks stalled', on), ['date', 'Last year', d('2022')]);
    assert.deepEqual(one('a summit early next year', on), ['date', 'early next year', d('2024')]);
    assert.deepEqual(one('by the end of this year', on), ['date', 'the end of this year', d('2023')]);
    assert.deepEqual(one("this year's budget", on), ['date', 'this year', d('2023')]);
    assert.deepEqual(one('prices rose last month', on), ['date', 'last month', d('2023-11')]);
    assert.deepEqual(one('talks resume next month', on), ['date', 'next month', d('2024-01')]);
    assert.deepEqual(one('last month', '2024-01-03'), ['date', 'last month', d('2023-12')]);
  });

  it('reads a month named without a number in a temporal context', () => {
    const on = '2023-12-28';
    assert.deepEqual(one('talks in March were', on), ['date', 'March', d('2023-03')]);
    assert.deepEqual(one('talks in March were'), ['date', 'March', d('--03')]);
    assert.deepEqual(one('since August, the', on), ['date', 'August', d('2023-08')]);
    assert.deepEqual(one('in early December', on), ['date', 'early December', d('2023-12')]);
    assert.deepEqual(one('in mid-November', on), ['date', 'mid-November', d('2023-11')]);
    assert.deepEqual(one('by the end of June', on), ['date', 'the end of June', d('2023-06')]);
    assert.deepEqual(one('last March', on), ['date', 'last March', d('2023-03')]);
    assert.deepEqual(one('last December', '2024-02-01'), ['date', 'last December', d('2023-12')]);
    assert.deepEqual(one('next March', on), ['date', 'next March', d('2024-03')]);
    assert.deepEqual(figs('last March'), [], '"last" needs the document date');
    // a number after the month is read with it
    assert.deepEqual(one('in March 2020', on), ['date', 'March 2020', d('2020-03')]);
    assert.deepEqual(one('on March 3', on), ['date', 'March 3', d('2023-03-03')]);
  });

  it('reads weekdays and day words from the document date: before it, unless the clause looks ahead', () => {
    const on = '2023-12-28'; // a Thursday
    assert.deepEqual(one('Jaishankar met Lavrov on Tuesday.', on), ['date', 'Tuesday', d('2023-12-26')]);
    assert.deepEqual(one('On Tuesday, the ministry said', on), ['date', 'Tuesday', d('2023-12-26')]);
    assert.deepEqual(one("Tuesday's meeting", on), ['date', 'Tuesday', d('2023-12-26')]);
    assert.deepEqual(one('on Thursday', on), ['date', 'Thursday', d('2023-12-28')]);
    assert.deepEqual(one('The talks will resume on Monday.', on), ['date', 'Monday', d('2024-01-01')]);
    assert.deepEqual(one('the summit is due on Saturday', on), ['date', 'Saturday', d('2023-12-30')]);
    assert.deepEqual(one("they're set to meet on Saturday", on), ['date', 'Saturday', d('2023-12-30')]);
    assert.deepEqual(one('a vigil was planned for Tuesday evening', on), ['date', 'Tuesday', d('2024-01-02')]);
    // "due to", "as expected", "bail was set" tell of the past
    assert.deepEqual(one('Due to rain, the talks on Tuesday were cut short.', on), ['date', 'Tuesday', d('2023-12-26')]);
    assert.deepEqual(one('A judge set bail Tuesday.', on), ['date', 'Tuesday', d('2023-12-26')]);
    assert.deepEqual(one('As expected, they met on Tuesday.', on), ['date', 'Tuesday', d('2023-12-26')]);
    assert.deepEqual(one('since last Friday', on), ['date', 'last Friday', d('2023-12-22')]);
    assert.deepEqual(one('last Thursday', on), ['date', 'last Thursday', d('2023-12-21')]);
    assert.deepEqual(one('next Thursday', on), ['date', 'next Thursday', d('2024-01-04')]);
    assert.deepEqual(one('He said yesterday that', on), ['date', 'yesterday', d('2023-12-27')]);
    assert.deepEqual(one('Talks resume tomorrow.', '2023-12-31'), ['date', 'tomorrow', d('2024-01-01')]);
  });

  it('counts weekdays and day words across months, years and leap days as the calendar does', () => {
    const day = 86_400_000;
    const iso = (time: number): string => new Date(time).toISOString().slice(0, 10);
    for (let time = Date.UTC(2023, 10, 20); time < Date.UTC(2025, 2, 10); time += day) {
      const on = iso(time);
      const weekday = new Date(time).getUTCDay() || 7;
      for (const [name, n] of [['Monday', 1], ['Thursday', 4], ['Sunday', 7]] as const) {
        const back = (weekday - n + 7) % 7;
        assert.deepEqual(one(`They met on ${name}.`, on)[2], d(iso(time - back * day)), `${name} before ${on}`);
        const ahead = (n - weekday + 7) % 7;
        assert.deepEqual(one(`They will meet on ${name}.`, on)[2], d(iso(time + ahead * day)), `${name} after ${on}`);
      }
      assert.deepEqual(one('It fell yesterday.', on)[2], d(iso(time - day)), on);
      assert.deepEqual(one('It opens tomorrow.', on)[2], d(iso(time + day)), on);
    }
  });

  it('reads "last week", "this week" and "next week" as Monday-to-Sunday periods', () => {
    const p = (start: string, end: string): FigureValue => ({ start, end });
    assert.deepEqual(one('He visited last week.', '2023-12-28'), ['period', 'last week', p('2023-12-18', '2023-12-24')]);
    assert.deepEqual(one('talks earlier this week', '2023-12-28'), ['period', 'earlier this week', p('2023-12-25', '2023-12-31')]);
    assert.deepEqual(one("next week's summit", '2023-12-31'), ['period', 'next week', p('2024-01-01', '2024-01-07')]);
    assert.deepEqual(one('last week', '2024-01-01'), ['period', 'last week', p('2023-12-25', '2023-12-31')]);
    assert.deepEqual(figs('last week', '2023-12'), [], 'a week needs the day');
    assert.deepEqual(figs('in the last week of the year', '2023-12-28'), []);
  });

  it('leaves weekdays alone without the document\'s day, in event names and in lower case', () => {
    assert.deepEqual(figs('on Tuesday', '2023-12'), []);
    assert.deepEqual(figs('on Tuesday yesterday'), []);
    for (const text of ['Super Tuesday primaries', 'Black Friday sales', 'on tuesday', 'today']) assert.deepEqual(figs(text, '2023-12-28'), [], text);
  });

  it('does not take a month name for a date without a cue, nor May the name', () => {
    const on = '2023-12-28';
    assert.deepEqual(figs('the March on Washington', on), []);
    assert.deepEqual(figs('in march', on), []);
    assert.deepEqual(figs('the deal negotiated by May said', on), []);
    assert.deepEqual(figs('after May resigned', on), []);
    assert.deepEqual(figs("in May's government", on), []);
    assert.deepEqual(figs('a song written by June', on), []);
    assert.deepEqual(figs('in June Carter\'s song, in March Madness', on), []);
    assert.deepEqual(one('elections in May', on), ['date', 'May', d('2023-05')]);
  });

  it('leaves relative dates alone without a document date, and "the last year" always', () => {
    assert.deepEqual(figs('Trade grew this year and last month'), []);
    assert.deepEqual(figs('trade grew last month', '2023'), [], 'a year alone says no month');
    assert.deepEqual(figs('in the last week of the year', '2023-12-28'), []);
    assert.deepEqual(figs('over the last year', '2023-12-28'), []);
    assert.deepEqual(figs('this yearly review, next years', '2023-12-28'), []);
  });

  it('reads "from 28 October to 2 November" as one period, in the document\'s year or none', () => {
    const periods = (text: string, documentDate?: string): [string, FigureValue][] => recogniseFigures(text, documentDate ? { documentDate } : {}).map((f) => [f.text, f.value]);
    assert.deepEqual(periods('The strike ran from 28 October to 2 November.'), [['from 28 October to 2 November', { start: '--10-28', end: '--11-02' }]]);
    assert.deepEqual(periods('The strike ran from 28 October to 2 November.', '2026-11-18'), [['from 28 October to 2 November', { start: '2026-10-28', end: '2026-11-02' }]]);
    assert.deepEqual(periods('Between 3 March and 5 April talks stalled.'), [['Between 3 March and 5 April', { start: '--03-03', end: '--04-05' }]]);
    // No "from": two dates; across the new year without a year written: two dates, not a guess.
    assert.deepEqual(periods('On 28 October to 2 November nothing.').map(([t]) => t), ['28 October', '2 November']);
    assert.deepEqual(periods('It ran from 28 December to 3 January.').map(([t]) => t), ['28 December', '3 January']);
  });

  it('counts from the caller\'s today in an undated document, and says so; never fills a written date\'s year from it', () => {
    const today = (text: string): [string, FigureValue][] => recogniseFigures(text, { today: '2026-12-06' }).map((f) => [f.text, f.value]);
    // 6 December 2026 is a Sunday.
    assert.deepEqual(today('Talks resumed yesterday; on Tuesday the envoys met and will meet again next Friday.'), [
      ['yesterday', { date: '2026-12-05', from: 'today' }],
      ['Tuesday', { date: '2026-12-01', from: 'today' }],
      ['next Friday', { date: '2026-12-11', from: 'today' }],
    ]);
    assert.deepEqual(today('Exports rose last year and fell last month; Last March the deal was signed.'), [
      ['last year', { date: '2025', from: 'today' }],
      ['last month', { date: '2026-11', from: 'today' }],
      ['Last March', { date: '2026-03', from: 'today' }],
    ]);
    assert.deepEqual(today('this week'), [['this week', { start: '2026-11-30', end: '2026-12-06', from: 'today' }]]);
    assert.deepEqual(today('The summit is on December 26.'), [['December 26', { date: '--12-26' }]], 'a written date without its year gets none from today');
    // The document's own date always wins over today, and nothing says "from today" then.
    assert.deepEqual(recogniseFigures('yesterday', { documentDate: '2023-12-28', today: '2026-12-06' }).map((f) => f.value), [{ date: '2023-12-27' }]);
    assert.deepEqual(figs('on Tuesday yesterday'), [], 'without today either, nothing to count from');
    assert.deepEqual(recogniseFigures('yesterday', { today: '2026-12' }), [], 'today must be a full day');
  });

  it('does not take "may" or "march" for months unless capitalised', () => {
    assert.deepEqual(figs('they may 5 times march 10 km'), [['quantity', '10 km', { amount: 10, unit: 'km' }]]);
    assert.deepEqual(one('on May 5'), ['date', 'May 5', d('--05-05')]);
  });
});

describe('figures: periods', () => {
  const p = (start: string, end: string): FigureValue => ({ start, end });
  const d = (date: string): FigureValue => ({ date });

  it('reads year spans', () => {
    for (const text of ['2021–2031', '2021-2031', '2021—2031', '2021 to 2031', 'from 2021 to 2031', '2021–31']) {
      assert.deepEqual(one(`for ${text}, which`), ['period', text, p('2021', '2031')], text);
    }
    assert.deepEqual(one('between 2014 and 2022'), ['period', 'between 2014 and 2022', p('2014', '2022')]);
    assert.deepEqual(one('the 2021/22 budget'), ['period', '2021/22', p('2021', '2022')]);
    assert.deepEqual(one('in the 1990s'), ['period', '1990s', p('1990', '1999')]);
    assert.deepEqual(one('from March 2020 to December 2021'), ['period', 'from March 2020 to December 2021', p('2020-03', '2021-12')]);
  });

  it('reads days of one month', () => {
    assert.deepEqual(one('talks on November 18–19 in Delhi', '2023-12-28'), ['period', 'November 18–19', p('2023-11-18', '2023-11-19')]);
    assert.deepEqual(one('talks on November 18–19 in Delhi'), ['period', 'November 18–19', p('--11-18', '--11-19')]);
    assert.deepEqual(one('on Nov. 18 – 20, 2023 in'), ['period', 'Nov. 18 – 20, 2023', p('2023-11-18', '2023-11-20')]);
    assert.deepEqual(one('held 18–19 November 2023'), ['period', '18–19 November 2023', p('2023-11-18', '2023-11-19')]);
    assert.deepEqual(one('from 13 to 21 January 1942'), ['period', 'from 13 to 21 January 1942', p('1942-01-13', '1942-01-21')]);
    assert.deepEqual(one('between 14 and 15 of March, 1939'), ['period', 'between 14 and 15 of March, 1939', p('1939-03-14', '1939-03-15')]);
    // the second day must come later, and a third number makes a code, not two days
    assert.deepEqual(figs('on November 19–18'), [['date', 'November 19', d('--11-19')]]);
    assert.deepEqual(figs('on Dec 18-19-20'), [['date', 'Dec 18', d('--12-18')]]);
    assert.deepEqual(figs('March 3 and 4'), [['date', 'March 3', d('--03-03')]], '"and" only after "between"');
  });

  it('reads periods across months and years', () => {
    assert.deepEqual(one('Nov 18-Dec 19, 2015'), ['period', 'Nov 18-Dec 19, 2015', p('2015-11-18', '2015-12-19')]);
    assert.deepEqual(one('from September 25 to October 2, 1977'), ['period', 'from September 25 to October 2, 1977', p('1977-09-25', '1977-10-02')]);
    assert.deepEqual(one('Dec 28–Jan 3, 2024'), ['period', 'Dec 28–Jan 3, 2024', p('2023-12-28', '2024-01-03')]);
    assert.deepEqual(one('in Jan–Feb 2017'), ['period', 'Jan–Feb 2017', p('2017-01', '2017-02')]);
    assert.deepEqual(one('from March to May 2023'), ['period', 'from March to May 2023', p('2023-03', '2023-05')]);
    assert.deepEqual(one('between March and May 2023'), ['period', 'between March and May 2023', p('2023-03', '2023-05')]);
    assert.deepEqual(one('over Nov.–Feb. 2017'), ['period', 'Nov.–Feb. 2017', p('2016-11', '2017-02')]);
    assert.deepEqual(one('March to May 2023'), ['date', 'May 2023', d('2023-05')], '"to" only after "from"');
  });

  it('reads periods between month names', () => {
    assert.deepEqual(one('from March to May', '2023-12-28'), ['period', 'from March to May', p('2023-03', '2023-05')]);
    assert.deepEqual(one('between March and May'), ['period', 'between March and May', p('--03', '--05')]);
    assert.deepEqual(one('from November to February', '2023-12-28'), ['period', 'from November to February', p('2023-11', '2024-02')]);
    assert.deepEqual(one('from May to July', '2023-12-28'), ['period', 'from May to July', p('2023-05', '2023-07')]);
    assert.deepEqual(one('from March to May 2023'), ['period', 'from March to May 2023', p('2023-03', '2023-05')]);
  });

  it('reads centuries', () => {
    assert.deepEqual(one('in the 21st century'), ['period', '21st century', p('2000', '2099')]);
    assert.deepEqual(one('19th-century treaties'), ['period', '19th-century', p('1800', '1899')]);
    assert.deepEqual(one('the mid-20th century'), ['period', 'mid-20th century', p('1900', '1999')]);
    assert.deepEqual(one('the early 5th century'), ['period', 'early 5th century', p('0400', '0499')]);
    assert.deepEqual(figs('the 4th Infantry, the 30th centurion'), []);
  });

  it('ignores phone numbers and other digit chains', () => {
    assert.deepEqual(figs('Tel: +86 138-2010-2015'), []);
    assert.deepEqual(figs('call 555-1234'), []);
  });
});

describe('figures: boundaries', () => {
  it('returns nothing for empty text and bare numbers', () => {
    assert.deepEqual(recogniseFigures(''), []);
    assert.deepEqual(figs('There were 51 of them, 7 in all, 3.5 on average.'), []);
  });

  it('skips URLs', () => {
    assert.deepEqual(figs('[report](https://example.com/2023/12/26/trade-50-billion?share=40%)'), []);
    assert.deepEqual(figs('www.example.com/$50'), []);
  });

  it('sorts, never overlaps, and lets the longest match win', () => {
    const text = 'In 2024, between $12 billion and $14 billion (5-7%) moved; since 2014 $3bn.';
    assert.deepEqual(figs(text).map((f) => f[1]), ['2024', 'between $12 billion and $14 billion', '5-7%', '2014', '$3bn']);
  });
});
