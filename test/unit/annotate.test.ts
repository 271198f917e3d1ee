import assert from 'node:assert/strict';
import { annotate, findDocumentDate } from '../../src/core/annotation/annotate';
import { cards } from '../../src/core/cards/cards';
import { escapeMarkdown } from '../../src/core/cards/markdown';
import type { Annotation } from '../../src/core/types';
import { loadBundledGazetteer } from '../../src/core/gazetteer/bundled';
import { miniIndex } from './helpers';

const index = miniIndex();

function brief(annotations: Annotation[]): string[] {
  return annotations.map((a) => `${a.category}:${a.kind}:${a.text}`);
}

describe('annotate', () => {
  it('returns entities, treaties and figures sorted by start with exact offsets', () => {
    const text = 'India and Russia signed the MTC 2021–2031 in December 2021; trade is \\$50 billion.';
    const annotations = annotate(text, index);
    assert.deepEqual(brief(annotations), [
      'entity:country:India',
      'entity:country:Russia',
      'treaty:treaty:MTC 2021–2031',
      'figure:date:December 2021',
      'figure:money:\\$50 billion',
    ]);
    for (const a of annotations) assert.equal(text.slice(a.start, a.end), a.text);
    for (let i = 1; i < annotations.length; i++) assert.ok(annotations[i].start >= annotations[i - 1].end);
  });

  it('follows the contract: ids and names on entities, sense on countries and places, values on figures', () => {
    const [india, washington] = annotate('India said so. Washington is forced to act.', index).filter((a) => a.category === 'entity');
    assert.equal(india.category === 'entity' && india.id, 'ind');
    assert.equal(india.category === 'entity' && india.name, 'India');
    assert.ok(washington.category === 'entity');
    assert.equal(washington.id, 'washington-dc');
    assert.equal(washington.sense, 'metonymic');
    assert.equal(washington.refersTo, 'usa');
    const [money] = annotate('about \\$50 billion', index);
    assert.ok(money.category === 'figure');
    assert.equal(money.text, 'about \\$50 billion');
    assert.deepEqual(money.value, { amount: 5e10, currency: 'USD', bound: 'approx' });
  });

  it('lets a treaty name win over the period inside it', () => {
    assert.deepEqual(brief(annotate('under MTC 2021-2031 rules', index)), ['treaty:treaty:MTC 2021-2031']);
  });

  it('fills a missing year from the document date', () => {
    const text = 'Global Research, December 28, 2023\n\nHe spoke in Moscow on December 26.';
    assert.equal(findDocumentDate(text), '2023-12-28');
    const date = annotate(text, index).find((a) => a.text === 'December 26');
    assert.ok(date && date.category === 'figure');
    assert.deepEqual(date.value, { date: '2023-12-26' });
  });

  it('reads the document date from front matter', () => {
    assert.equal(findDocumentDate('---\ntitle: x\ndate: 2024-02-14\n---\n# x'), '2024-02-14');
  });

  it('takes the document date from a dateline or a date line, never from an event in the story', () => {
    assert.equal(findDocumentDate('Velaria Times, March 4, 2026\n\nShips left the port.'), '2026-03-04');
    assert.equal(findDocumentDate('OSTRIA CITY, 9 April 2026 — Talks resumed on Monday.'), '2026-04-09');
    assert.equal(findDocumentDate('Updated 2 June 2025\n\nThe ferry sank.'), '2025-06-02');
    const story = 'The ferry sank on 3 March 2026 off the northern cape. Yesterday, divers found the wreck.';
    assert.equal(findDocumentDate(story), undefined);
    const yesterday = annotate(story, index).find((a) => a.text === 'Yesterday');
    assert.equal(yesterday, undefined, 'no date to count "yesterday" from: not the ferry\'s');
  });

  it('takes the date in the address of the page a pasted article came from, when it gives no date of its own', () => {
    assert.equal(findDocumentDate('https://news.example.org/world/2025/11/19/talks-fail/\n\nTalks failed on Tuesday.'), '2025-11-19');
    assert.equal(findDocumentDate('https://www.example.in/world/2025/Sep/28/sanctions-return\n\nSanctions returned.'), '2025-09-28');
    assert.equal(findDocumentDate('---\nurl: https://example.com/2024-05-05-story\n---\nBody.'), '2024-05-05');
    // Its own date wins; an address cited in the story, or no such day, gives none.
    assert.equal(findDocumentDate('https://example.com/2025/11/19/x\nVelaria Times, March 4, 2026\n\nShips left.'), '2026-03-04');
    assert.equal(findDocumentDate('The ferry sank off the northern cape and divers searched the wreck for days, the coastguard said.\nSee https://example.com/2025/11/19/x for more.'), undefined);
    assert.equal(findDocumentDate('https://example.com/2025/02/31/x\n\nBody.'), undefined);
  });

  it('reads the date fields publishing tools write, at the precision written, and keeps story dates out', () => {
    assert.equal(findDocumentDate('---\ntitle: x\npublished: 2024-05-05\n---\nBody.'), '2024-05-05');
    assert.equal(findDocumentDate('---\ndatePublished: "May 5, 2024"\n---\nBody.'), '2024-05-05');
    assert.equal(findDocumentDate('---\ndate: 2024-05\n---\nBody.'), '2024-05', 'a month is a date too: "December 26" gets its year from it');
    assert.equal(findDocumentDate('---\ntags: [unclosed\ndate: 2024-05-05\n---\nBody.'), '2024-05-05', 'a broken field elsewhere does not hide the date');
    assert.equal(findDocumentDate('Story by Ana Lind | Published 2 June 2025\n\nThe ferry sank.'), '2025-06-02');
    // Dates that only look like a dateline: a range of event days, a line of a chronology after the
    // story has begun, "published" inside a sentence.
    assert.equal(findDocumentDate('Harbour Days 2026 12/05/2026 - 14/05/2026. Three days of talks on shipping.'), undefined);
    const chronology = 'The canal treaty has a long history, and the towns along its banks have argued about it for more than a century.\n\nMarch 3, 1901 - The first commission meets in Velo.';
    assert.equal(findDocumentDate(chronology), undefined);
    assert.equal(findDocumentDate('The court heard that the memoir was published on January 28, 2016 and sold out in a week.'), undefined);
    assert.equal(findDocumentDate('Ferry Strike Ends\n\nMarch 3, 2026 - The strike ended after nine days.'), '2026-03-03', 'a dateline under a title is still one');
    const longTitle = '# The ferry strike and the future of the northern ports: what the talks in Velo decided at last\n\nVelaria Times, December 28, 2025\n\nThe strike ended.';
    assert.equal(findDocumentDate(longTitle), '2025-12-28', 'a title is no prose, however long');
    assert.equal(findDocumentDate('---\ndate: 2023\n---\nBody.'), '2023', 'a year alone');
  });

  it('handles empty, huge and odd input', () => {
    assert.deepEqual(annotate('', index), []);
    const big = 'India and Russia traded \\$50 billion in 2023. '.repeat(110_000);
    assert.ok(big.length > 5_000_000);
    const annotations = annotate(big, index);
    assert.ok(annotations.length >= 330_000);
    const odd = '\uFFFD\u0000\u200B India\u00A0and\u202FRussia \uD800 lone surrogate 🇮🇳';
    assert.deepEqual(annotate(odd, index).map((a) => a.text), ['India', 'Russia']);
  });
});

describe('cards', () => {
  const text = 'Trade was \\$50 billion.\n\nIt can reach \\$100 billion under the MTC 2021–2031. Washington is forced to act.';
  const annotations = annotate(text, index);
  const find = (t: string) => {
    const a = annotations.find((x) => x.text === t);
    assert.ok(a, t);
    return a;
  };

  it('describes a treaty: parties, signed, what it covers, related, sources, as-of', () => {
    const card = cards(find('MTC 2021–2031'), { index, annotations, text });
    assert.match(card, /\*\*Parties:\*\* India, Russia/);
    assert.match(card, /\*\*Signed:\*\* 6 December 2021/);
    assert.match(card, /\*\*Covers:\*\* licensed production, joint development/);
    assert.match(card, /\*\*Related:\*\* Su-30MKI/);
    assert.match(card, /Sources: \[Official statement\]\(https:\/\/example\.org\/mtc\) \(2021-12-06\)/);
    assert.match(card, /As of January 2026/);
  });

  it('writes out ISO dates inside a fact, and leaves periods and fiscal years alone', () => {
    const entry = index.get('mtc-2021-2031');
    assert.ok(entry);
    const saved = entry.facts;
    try {
      entry.facts = { ...saved, signed: '2021-12-06 (in New Delhi)', dates: ['1998-05-11 and 1998-05-13', 'fiscal 2023-24', 'period 2021-2031', 'since 2020-03'] };
      const card = cards(find('MTC 2021–2031'), { index, annotations, text });
      assert.match(card, /\*\*Signed:\*\* 6 December 2021 \\\(in New Delhi\\\)/);
      assert.match(card, /11 May 1998 and 13 May 1998, fiscal 2023-24, period 2021-2031, since March 2020/);
    } finally {
      entry.facts = saved;
    }
  });

  it('escapes gazetteer text so it cannot inject links or HTML', () => {
    const card = cards(find('MTC 2021–2031'), { index, annotations, text });
    assert.ok(!card.includes('<b>'), card);
    assert.ok(!/\]\(javascript:/.test(card), card);
    assert.equal(escapeMarkdown('[x](javascript:alert(1)) <img>'), '\\[x\\]\\(javascript:alert\\(1\\)\\) &lt;img&gt;');
    assert.equal(escapeMarkdown('# not a heading'), '\\# not a heading');
  });

  it('explains a metonym', () => {
    const card = cards(find('Washington'), { index, annotations, text });
    assert.match(card, /stands for the government of United States/);
  });

  it('reads "Brussels" as the EU where the document names the EU, and as Belgium where it names only Belgium', () => {
    const bundled = loadBundledGazetteer();
    const refersTo = (doc: string): { target: string | undefined; card: string } => {
      const all = annotate(doc, bundled);
      const brussels = all.find((a) => a.text === 'Brussels');
      assert.ok(brussels && brussels.category === 'entity' && 'sense' in brussels && brussels.sense === 'metonymic', doc);
      return { target: 'refersTo' in brussels ? brussels.refersTo : undefined, card: cards(brussels, { index: bundled, annotations: all, text: doc }) };
    };
    const eu = refersTo('EU ministers met in Luxembourg. Brussels said it would not pay for the pipeline.');
    assert.equal(eu.target, 'eu');
    assert.match(eu.card, /stands for the institutions of the European Union/);
    assert.equal(refersTo('Belgian officials met in Antwerp. Brussels said it would not pay for the pipeline.').target, 'bel');
    assert.equal(refersTo('Brussels said it would not pay for the pipeline.').target, 'bel');
  });

  it('reads a region\'s everyday demonym whole ("West African" is not Africa) and "Gazans" as the Gaza Strip\'s people', () => {
    const bundled = loadBundledGazetteer();
    const names = (doc: string): string[] => annotate(doc, bundled).filter((a) => a.category === 'entity').map((a) => `${a.text}=${'id' in a ? a.id : ''}:${'sense' in a ? a.sense : ''}`);
    assert.deepEqual(names('The landlocked West African nation depends on fuel convoys.'), ['West African=western-africa:literal']);
    assert.deepEqual(names('Gazans said a pause would help.'), ['Gazans=gaza-strip:literal']);
    assert.deepEqual(names('Southeast Asian ministers met the East African Community.'), ['Southeast Asian=southeast-asia:literal', 'East African Community=eac:']);
    // A leader's surname alone, once the document has written the rest of the name (and not before:
    // "Marcos" is a given name too).
    assert.deepEqual(names('President Lee Jae-myung spoke. President Lee has stressed the point.').filter((n) => n.startsWith('Lee')), ['Lee Jae-myung=lee-jae-myung:', 'Lee=lee-jae-myung:']);
    assert.deepEqual(names('Ferdinand Marcos Jr. spoke. Marcos said the troops stayed.').filter((n) => n.startsWith('Marcos')), ['Marcos=ferdinand-marcos-jr:']);
    assert.deepEqual(names('Marcos Rojo scored twice. Lee Kang-in passed.').filter((n) => /^(?:Marcos|Lee)/.test(n)), []);
    // Two listed people share the surname and a word of their names ("Kim Jong Un", "Kim Yo Jong"): "Kim" alone is neither.
    assert.deepEqual(names('Kim Yo Jong told officials. Kim said the talks were over.').filter((n) => n.startsWith('Kim=')), []);
    // Both Koreas' people are "Korean" in the Factbook: the compass word says which.
    assert.deepEqual(names('North Korean troops crossed; South Korean officials met.'), ['North Korean=prk:literal', 'South Korean=kor:literal']);
    // A party name two countries share is the one of the country the story is about.
    assert.deepEqual(names('In Bangladesh, Jamaat-e-Islami claimed 68 seats.').filter((n) => n.startsWith('Jamaat')), ['Jamaat-e-Islami=bgd-bangladesh-jamaat-i-islami:']);
    assert.deepEqual(names('In Pakistan, Jamaat-e-Islami protested.').filter((n) => n.startsWith('Jamaat')), ['Jamaat-e-Islami=pak-jamaat-e-islami:']);
    // "Arab" is the Arab world's people; the longer names that hold the word keep their own entries.
    assert.deepEqual(names('An Arab intervention failed; the United Arab Emirates and the Arab League met.'), ['Arab=arab-world:literal', 'United Arab Emirates=are:literal', 'Arab League=arab-league:']);
  });

  it('"the Diet" and "Congress" are the chamber of the country the document is about', () => {
    const bundled = loadBundledGazetteer();
    const ids = (doc: string): string[] => annotate(doc, bundled).flatMap((a) => (a.category === 'entity' && 'id' in a && a.id && /diet|congress|kokkai/i.test(a.text) ? [`${a.text}=${a.id}`] : []));
    assert.deepEqual(ids('Takaichi told the Diet in Tokyo that Japan would respond.'), ['Diet=jpn-kokkai']);
    assert.deepEqual(ids('The reform needs Congress, officials in Buenos Aires said.'), ['Congress=arg-national-congress']);
    assert.deepEqual(ids('The reform needs Congress, officials in Washington said.'), ['Congress=usa-congress']);
  });

  it("says which date a relative date was counted from", () => {
    const dated = 'Moscow, December 28, 2023\n\nTrade grew this year. It fell in March 2020.';
    const all = annotate(dated, index);
    const relative = all.find((a) => a.text === 'this year');
    assert.ok(relative);
    const card = cards(relative, { index, annotations: all, text: dated });
    assert.match(card, /\*\*Value:\*\* 2023/);
    assert.match(card, /Counted from the document's date, 28 December 2023\./);
    const written = all.find((a) => a.text === 'March 2020');
    assert.ok(written);
    assert.doesNotMatch(cards(written, { index, annotations: all, text: dated }), /Counted from/);
    // a caller that has the document's date already passes it (or null for none) instead of the text being searched again
    assert.match(cards(relative, { index, annotations: all, text: dated, documentDate: '2023-12-28' }), /Counted from the document's date, 28 December 2023\./);
    assert.doesNotMatch(cards(relative, { index, annotations: all, text: dated, documentDate: null }), /Counted from the document's date/);
    // a day or a month without its year takes the document's, and says so
    const undated = 'Moscow, December 28, 2023\n\nTalks on December 26 followed a visit in March.';
    // a caller that has looked for the document's date and found none says so with null: annotate does not look again
    const december = (options: Parameters<typeof annotate>[2]) => {
      const figure = annotate(undated, index, options).find((a) => a.text === 'December 26');
      return figure?.category === 'figure' ? figure.value : undefined;
    };
    assert.deepEqual(december({}), { date: '2023-12-26' });
    assert.deepEqual(december({ documentDate: null }), { date: '--12-26' });
    const more = annotate(undated, index);
    for (const [span, value] of [['December 26', '26 December 2023'], ['March', 'March 2023']]) {
      const figure = more.find((a) => a.text === span);
      assert.ok(figure, span);
      const card = cards(figure, { index, annotations: more, text: undated });
      assert.match(card, new RegExp(`\\*\\*Value:\\*\\* ${value}`), card);
      assert.match(card, /Counted from the document's date, 28 December 2023\./, card);
    }
    // with no date in the document, a month stays without a year
    const bare = 'A visit in March.';
    const month = annotate(bare, index).find((a) => a.text === 'March');
    assert.ok(month);
    assert.match(cards(month, { index, annotations: [month], text: bare }), /\*\*Value:\*\* March$/);
  });

  it('says when a date is counted from today because the document has none, and points to the fix', () => {
    const text = 'Talks resumed yesterday in Doha.';
    const all = annotate(text, index, { today: '2026-12-06' });
    const yesterday = all.find((a) => a.text === 'yesterday');
    assert.ok(yesterday);
    const card = cards(yesterday, { index, annotations: all, text, today: '2026-12-06' });
    assert.match(card, /\*\*Value:\*\* 5 December 2026/);
    assert.match(card, /Counted from today: this document has no date of its own\. A date in its front matter \(`date: YYYY-MM-DD`, a quick fix here adds it\)/);
    assert.match(card, /A Saturday\./);
    const dated = annotate(`---\ndate: 2026-11-20\n---\n${text}`, index, { today: '2026-12-06' }).find((a) => a.text === 'yesterday');
    assert.ok(dated);
    assert.doesNotMatch(cards(dated, { index, text: `---\ndate: 2026-11-20\n---\n${text}` }), /Counted from today/);
  });

  it("gives a day's weekday and its distance from the document's date", () => {
    const text = 'Moscow, December 28, 2023\n\nThey met on December 26 and first on 5 March 2020; the next round is on 4 January 2024.';
    const all = annotate(text, index);
    const card = (span: string): string => {
      const figure = all.find((a) => a.text === span);
      assert.ok(figure, span);
      return cards(figure, { index, annotations: all, text });
    };
    assert.match(card('December 28, 2023'), /A Thursday: the document's date\./);
    assert.match(card('December 26'), /Counted from the document's date, 28 December 2023\.\n\nA Tuesday, 2 days before it\./);
    assert.match(card('5 March 2020'), /A Thursday, about 4 years before the document's date \\\(28 December 2023\\\)\./);
    assert.match(card('4 January 2024'), /A Thursday, 7 days after the document's date/);
    // a month: how far it lies, in months or years
    const months = 'Moscow, December 28, 2023\n\nSigned in December 2021, drafted in March 2020, due in June 2024.';
    const byMonth = annotate(months, index);
    const monthCard = (span: string): string => cards(byMonth.find((a) => a.text === span) as Annotation, { index, annotations: byMonth, text: months });
    assert.match(monthCard('December 2021'), /2 years before the document's date/);
    assert.match(monthCard('March 2020'), /About 4 years before the document's date/);
    assert.match(monthCard('June 2024'), /6 months after the document's date/);
    // a period: whether the document's date falls before, within or after it
    const spans = 'Moscow, December 28, 2023\n\nThe 2014-2018 deal, the 2021–2031 programme, talks from March to May 2024, and last week.';
    const bySpan = annotate(spans, index);
    const spanCard = (span: string): string => cards(bySpan.find((a) => a.text === span) as Annotation, { index, annotations: bySpan, text: spans });
    assert.match(spanCard('2014-2018'), /It ended before the document's date \\\(28 December 2023\\\)\./);
    assert.match(spanCard('2021–2031'), /The document's date \\\(28 December 2023\\\) falls within it\./);
    assert.match(spanCard('from March to May 2024'), /It begins after the document's date/);
    assert.match(spanCard('last week'), /Counted from the document's date, 28 December 2023\.\n\nIt ended before that date\./);
    const undated = 'They met on 5 March 2020.';
    const only = annotate(undated, index).find((a) => a.text === '5 March 2020');
    assert.ok(only);
    // its own first full date is the dateline a document without another has
    assert.match(cards(only, { index, annotations: [only], text: undated }), /A Thursday: the document's date\.$/);
    // and without the document's text, only the weekday
    assert.match(cards(only, { index, annotations: [only] }), /\*\*Value:\*\* 5 March 2020\n\nA Thursday\.$/);
  });

  it('relates a figure to the others of the same unit', () => {
    const card = cards(find('\\$100 billion'), { index, annotations, text });
    assert.match(card, /\*\*Value:\*\* USD 100 billion/);
    assert.match(card, /= 2\.0 × the \\\$50 billion in paragraph 1/);
    const back = cards(find('\\$50 billion'), { index, annotations, text });
    assert.match(back, /= 0\.50 × the \\\$100 billion in paragraph 2/);
  });
});
