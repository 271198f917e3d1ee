import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_THRESHOLD, extractClaims, type Claim } from '../../src/core/claims';
import { boilerplateCue, BOILERPLATE_CUES, isHeadline } from '../../src/core/claims/boilerplate';
import { assignIds, claimId, fnv1a32, normaliseClaimText } from '../../src/core/claims/ids';
import { claimLabel } from '../../src/core/claims/label';
import { claimFeatures, scoreFeatures, scoreSentence } from '../../src/core/claims/score';
import { fixtureIndex } from './claims-helpers';

const index = fixtureIndex();
const all = (text: string): Claim[] => extractClaims(text, index, { includeAll: true }).claims;
const find = (claims: Claim[], words: string): Claim => {
  const claim = claims.find((c) => c.text.includes(words));
  assert.ok(claim, `no claim with "${words}" in:\n${claims.map((c) => c.text).join('\n')}`);
  return claim;
};
const score = (text: string): number =>
  scoreFeatures(claimFeatures({ text, annotations: [], start: 0, speaker: null, quoted: 0, heading: false }));

describe('claim candidates and scores', () => {
  it('exports one default threshold, the one trained with the model, the setting\'s default too', () => {
    const trained = JSON.parse(readFileSync(resolve(__dirname, '../../src/core/claims/threshold.json'), 'utf8'));
    assert.ok(DEFAULT_THRESHOLD > 0 && DEFAULT_THRESHOLD < 1);
    assert.equal(DEFAULT_THRESHOLD, trained.threshold);
    const manifest = JSON.parse(readFileSync(resolve(__dirname, '../../package.json'), 'utf8'));
    const setting = manifest.contributes.configuration.flatMap((c: { properties: Record<string, { default?: unknown }> }) => Object.entries(c.properties)).find(([key]: [string]) => key === 'geolens.claims.threshold');
    assert.equal(setting?.[1].default, DEFAULT_THRESHOLD);
  });

  it('scores figures, names, superlatives and causes above opinion, questions and short lines', () => {
    const checkable = [
      'Velaria exported 4.2 million tonnes of grain to Ostria in 2022, up 18% on the year before.',
      'Ostria is now the largest buyer of Velarian gas.',
      'The pipeline was delayed due to a dispute over transit fees.',
    ];
    const not = [
      'What will happen next?',
      'Click here.',
      'I think this is a wonderful moment for all of us.',
      'Thanks.',
      'Perhaps things might improve.',
    ];
    // The trained model at the default threshold, and the hand-set rule baseline at its midpoint.
    const model = (text: string): number => scoreSentence({ text, annotations: [], start: 0, speaker: null, quoted: 0, heading: false }).score;
    for (const text of checkable) assert.ok(model(text) >= DEFAULT_THRESHOLD && score(text) >= 0.5, `${text} → ${model(text)}, rules ${score(text)}`);
    for (const text of not) assert.ok(model(text) < DEFAULT_THRESHOLD && score(text) < 0.5, `${text} → ${model(text)}, rules ${score(text)}`);
  });

  it('keeps every score in [0, 1]', () => {
    for (const text of ['', '?', '1 2 3 4 5 6 7 8 9 10 billion percent largest due to will', 'a'.repeat(5000)]) {
      const s = score(text);
      assert.ok(s >= 0 && s <= 1, `${s}`);
    }
  });

  it('types claims: statistic, comparison, causal, prediction, event, quote', () => {
    const claims = all([
      'Velaria exported 4.2 million tonnes of grain to Ostria last year.',
      'Ostria is the largest buyer of Velarian timber.',
      'The bridge opening was postponed due to heavy floods.',
      'Exports to Ostria can increase to $9 billion in the next few years.',
      'Mara Kessel visited Ostria on 3 March 2023 for talks.',
      '"Our navies train together every spring," Ivo Brandt said.',
    ].join(' '));
    assert.equal(find(claims, 'exported 4.2').type, 'statistic');
    assert.equal(find(claims, 'largest buyer').type, 'comparison');
    assert.equal(find(claims, 'postponed due to').type, 'causal');
    assert.equal(find(claims, 'can increase').type, 'prediction');
    assert.equal(find(claims, 'visited Ostria').type, 'event');
    assert.equal(find(claims, 'navies train').type, 'quote');
  });

  it('lists entities by id and figures as annotations, with spans into the text', () => {
    const text = 'Intro line.\n\nMara Kessel said Velaria sold $2 billion of arms to Ostria in 2021.';
    const claim = find(all(text), '$2 billion');
    assert.equal(text.slice(claim.start, claim.end), claim.text);
    assert.deepEqual(claim.entities, ['mara-kessel', 'velaria', 'ostrava-land']);
    assert.ok(claim.figures.some((f) => f.kind === 'money'));
    assert.ok(claim.figures.every((f) => f.category === 'figure'));
  });

  it('scores a sentence the same whether or not the document has a date that "last week" is counted from', () => {
    const body = 'Mara Kessel met the envoy of Velaria last week and again on Tuesday to discuss grain.';
    const undated = extractClaims(`Intro line.\n\n${body}`, index, { includeAll: true }).claims.find((c) => c.text === body);
    const dated = extractClaims(`Ostria, December 28, 2023\n\n${body}`, index, { includeAll: true }).claims.find((c) => c.text === body);
    assert.ok(undated && dated);
    assert.ok(dated.figures.some((f) => f.text === 'last week'), 'the dated document reads "last week" as a period');
    assert.ok(!undated.figures.some((f) => f.text === 'last week'));
    assert.equal(dated.score, undated.score);
  });

  it('returns only check-worthy claims unless asked for all, with checkWorthy = score ≥ threshold', () => {
    const text = 'Velaria sold 300 tanks to Ostria in 2021. I hope so. Is it true?';
    const listed = extractClaims(text, index).claims;
    assert.ok(listed.every((c) => c.checkWorthy && c.score >= DEFAULT_THRESHOLD));
    const every = extractClaims(text, index, { includeAll: true, threshold: 0.99 }).claims;
    assert.equal(every.length, 3);
    for (const c of every) assert.equal(c.checkWorthy, c.score >= 0.99);
  });

  it('scores a question but never puts it forward: it asks, and states nothing to check', () => {
    const every = extractClaims('Velo says it sold 300 tanks to Ostria in 2021. Has Velaria given Ostria $350 billion since 2022?', index, { includeAll: true, threshold: 0 }).claims;
    assert.equal(every.length, 2);
    assert.equal(every[0].checkWorthy, true);
    assert.equal(every[1].checkWorthy, false);
    assert.ok(every[1].score > 0);
  });

  it('scores a headline but does not put it forward as a claim: the text under it says it, with its speaker', () => {
    const text = 'Ostria says oil flows to Velaria are at their highest since the restart\nVELO CITY — Oil exports from Ostria reached 230,000 barrels a day in 2025, the ministry said.';
    const every = extractClaims(text, index, { includeAll: true }).claims;
    assert.equal(every.length, 2);
    assert.equal(every[0].checkWorthy, false);
    assert.ok(every[0].score > 0);
    assert.equal(every[1].checkWorthy, true);
  });

  it('keeps ids stable when text elsewhere changes, and numbers repeats', () => {
    const body = 'Velaria sold 300 tanks to Ostria in 2021.';
    const before = all(`${body}\n\nOstria paid $4 billion for them.`);
    const after = all(`A new opening paragraph about something else entirely was added.\n\n${body}\n\nOstria paid $4 billion for them.`);
    assert.equal(find(before, '300 tanks').id, find(after, '300 tanks').id);
    assert.equal(find(before, '$4 billion').id, find(after, '$4 billion').id);
    const twice = all(`${body}\n\n${body}`);
    assert.equal(twice.length, 2);
    assert.notEqual(twice[0].id, twice[1].id);
    assert.equal(twice[1].id, `${twice[0].id}-2`);
  });

  it('does not let the threshold renumber claims', () => {
    const text = 'Hello there. Velaria sold 300 tanks. Hello there. Velaria sold 300 tanks.';
    const low = extractClaims(text, index, { threshold: 0 }).claims.filter((c) => c.text.includes('tanks')).map((c) => c.id);
    const high = extractClaims(text, index).claims.filter((c) => c.text.includes('tanks')).map((c) => c.id);
    assert.deepEqual(low, high);
  });

  it('gives short labels for the tree', () => {
    for (const c of all('Velaria exported 4.2 million tonnes of grain, timber, steel, copper and fertiliser to Ostria and twelve other neighbouring states in 2022.')) {
      assert.ok(c.label.length <= 80, c.label);
    }
    assert.equal(claimLabel('See [the report](https://x.org) on \\$5 *billion*.'), 'See the report on $5 billion.');
    assert.equal(claimLabel('word '.repeat(40)).length <= 80, true);
  });

  it('hashes with FNV-1a and normalises Markdown, quotes, dashes and case', () => {
    assert.equal(fnv1a32(''), 0x811c9dc5);
    assert.equal(fnv1a32('a'), 0xe40c292c);
    assert.equal(normaliseClaimText('Trade hit \\$50  *billion* — “a record”'), normaliseClaimText('trade hit $50 billion - "a record"'));
    assert.deepEqual(assignIds(['A b.', 'a  B.', 'c']), [claimId('a b.', 1), claimId('a b.', 2), claimId('c', 1)]);
  });
});

describe('boilerplate', () => {
  const furniture = [
    'Click the share button above to email this story to your friends.',
    'Follow us on Mastodon and subscribe to our Telegram channel.',
    'To receive our Weekly Newsletter, sign up for our mailing list.',
    'Disclaimer: The views expressed in this piece are the author\'s own.',
    'Copyright © Jane Roe, The Daily Planet, 2024',
    'Featured image is from example.org',
    'Note to readers: please share widely.',
    'Region: Asia',
    'Theme: Trade',
    'By Jane Roe',
    'The Daily Planet, May 5, 2024',
    'The original source of this article is The Daily Planet',
    'Become a Member of The Daily Planet',
    '[Comment on our articles](#)',
    'For media inquiries: press@example.org',
    'Reporting by Ana Ruiz; editing by Tom Okafor.',
    'This report is a product of the Velarian Institute\'s Maritime Programme.',
    'The authors thank reviewers in Lagos and Accra for their comments.',
    'Funding came from a private trust, which had no role in the analysis.',
    'This live blog is now closed; thank you for following.',
    'Live updates: storm reaches the coast',
    'Hello from Tbilisi, and thank you for reading.',
    'Two, to keep the northern pipeline open through the winter.',
    "Ostria's Foreign Minister Lena Varga speaks at the UN Security Council on April 25.",
    'President Tomas Arvid gestures during a news conference in Velo on Monday',
    'https://www.example.org/world/2025/10/01/ostria-talks.html?utm_source=feed&ref=home',
    'By Ana Ruiz, near Port Kira, Velo region',
    'By Tom Okafor in Velo',
    'Compiled from agency reports',
    '(Translated from the Ostrian edition of our newspaper)',
    'The Velarian embassy did not immediately respond to a request for comment.',
    'The White House declined to comment on the report.',
    'The figure could not be independently verified.',
    'The Velarian spokesman did not comment on the posts.',
    'Excerpts from "Velo Tonight", broadcast on 4 December 2026, edited for length and clarity.',
    'He said he would send documents proving it but had not done so by the time of publication.',
    'The ministry did not respond to a request to explain where the 350 billion figure comes from.',
  ];
  for (const line of furniture) {
    it(`recognises "${line}"`, () => assert.ok(boilerplateCue(line), line));
  }

  it('recognises author bios at the end only', () => {
    const bio = 'Jane Roe is a Lisbon-based energy and trade researcher.';
    assert.ok(boilerplateCue(bio, 0.95));
    assert.equal(boilerplateCue(bio, 0.1), undefined);
  });

  it('leaves ordinary news sentences alone', () => {
    for (const line of [
      'Velaria did not subscribe to the arms treaty in 2019.',
      'The ministry shared intelligence with Ostria, officials said.',
      'Ostria pledged to donate 20 ambulances to the region.',
      'By 2030 the port will handle twice as much cargo.',
      'Velaria said five jets were downed, a claim Ostria has yet to comment on.',
      'The ministry, which spent $3 billion on the port in 2025, did not respond to requests for comment.',
      'The ministry declined to comment on the report of 40 arrests.',
      'Lena Varga speaks five languages and led the 2019 talks.',
      'The minister speaks at the summit on Monday, officials said.',
    ]) assert.equal(boilerplateCue(line, 0.5), undefined, line);
  });

  it('takes a title alone on its line for furniture, but not one with a figure in it', () => {
    assert.equal(isHeadline('Velaria Opens New Deep-Water Port'), true);
    assert.equal(isHeadline('POLICY BRIEF'), true);
    assert.equal(isHeadline('Regional Briefing | Coastal Security Series'), true);
    assert.equal(isHeadline('Grain Exports Climb to $4 Billion as Harbour Reopens'), false);
    assert.equal(isHeadline('The port reopened after a storm'), false);
    assert.equal(isHeadline('The port reopened.'), false);
    const claims = extractClaims('# Velaria Opens New Deep-Water Port\n\nThe port handled 2 million tonnes of cargo in 2025, officials said.', index, { includeAll: true }).claims;
    assert.deepEqual(claims.map((c) => c.text), ['The port handled 2 million tonnes of cargo in 2025, officials said.']);
  });

  it('documents every cue', () => {
    for (const cue of BOILERPLATE_CUES) assert.ok(cue.name && cue.why.length > 10, cue.name);
  });

  it('yields no claims from a disclaimer block or a share prompt', () => {
    const text = [
      'Velaria sold 300 tanks to Ostria in 2021.',
      'Click the share button above to forward this article to 5 friends.',
      'Disclaimer: The contents are the sole responsibility of the author. The publisher will not be responsible for any of the 12 statements. We distributed 40 copies under fair use.',
    ].join('\n\n');
    const claims = all(text);
    assert.deepEqual(claims.map((c) => c.text), ['Velaria sold 300 tanks to Ostria in 2021.']);
  });
});

describe('reported questions', () => {
  it('are not put forward as claims, but a question answered in the sentence, or a request for money, is', () => {
    const worthy = (text: string): boolean[] => extractClaims(text, index, { includeAll: true }).claims.map((c) => c.checkWorthy);
    assert.deepEqual(worthy('Ana Berg, for the Velo Party, wanted to know whether the bill came to 3 billion or 37 billion pounds.'), [false]);
    assert.deepEqual(worthy('The Member for Port Kira asked whether Ostria would still receive its first boat in 2032.'), [false]);
    assert.deepEqual(worthy('Asked whether the rand had influenced the decision, the governor said inflation fell to 3.2 percent in 2025.'), [true]);
    assert.deepEqual(worthy('The minister asked the IMF for a $3 billion loan in 2025.'), [true]);
  });
});
