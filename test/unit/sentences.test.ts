import assert from 'node:assert/strict';
import { splitSentences } from '../../src/core/text/sentences';
import { seedArticle, SEED_MISSING } from './claims-helpers';

const texts = (text: string): string[] => splitSentences(text).map((s) => s.text);

describe('splitSentences', () => {
  it('does not end a sentence inside a web address ("…/story.html?utm_source=…")', () => {
    assert.deepEqual(texts('https://example.org/a/story.html?utm_source=feed&x=1\n\nThe talks failed. Did they?'), [
      'https://example.org/a/story.html?utm_source=feed&x=1',
      'The talks failed.',
      'Did they?',
    ]);
  });

  it('with a memo, segments only the blocks it has not seen, and gives the same sentences', () => {
    const remembered = new Map<string, readonly { start: number; end: number }[]>();
    let made = 0;
    const memo = (key: string, make: () => readonly { start: number; end: number }[]) => {
      let spans = remembered.get(key);
      if (!spans) {
        made++;
        spans = make();
        remembered.set(key, spans);
      }
      return spans;
    };
    const text = '# Ports\n\nThe port of Velo handled 2 million containers. Dr. Lind said so.\n\n> Exports rose 4%.\n> Imports fell.\n\n- One item. Two sentences.\n';
    assert.deepEqual(splitSentences(text, memo), splitSentences(text));
    assert.equal(made, 4);
    const edited = text.replace('handled 2 million', 'handled 3 million');
    assert.deepEqual(splitSentences(edited, memo), splitSentences(edited));
    assert.equal(made, 5, 'only the edited block segmented again');
    const moved = `A new first paragraph.\n\n${edited}`;
    assert.deepEqual(splitSentences(moved, memo), splitSentences(moved), 'blocks that moved keep their sentences, at their new offsets');
    assert.equal(made, 6);
  });

  it('keeps titles, initials and initialisms inside their sentence', () => {
    assert.deepEqual(texts('Mr. Okafor met Dr. L. Ferreira in the U.S. capital. They spoke briefly.'), [
      'Mr. Okafor met Dr. L. Ferreira in the U.S. capital.',
      'They spoke briefly.',
    ]);
    assert.deepEqual(texts('Gen. V. K. Rao signed it. The U.S. Navy and the U.K. agreed.'), ['Gen. V. K. Rao signed it.', 'The U.S. Navy and the U.K. agreed.']);
    assert.deepEqual(texts('The vote failed. Sens. Dora Penn and Elias Rook joined the majority. Reps. Ann Ode agreed.'), ['The vote failed.', 'Sens. Dora Penn and Elias Rook joined the majority.', 'Reps. Ann Ode agreed.']);
  });

  it('a headline or label on the first line of pasted copy is a heading of its own; a wrapped sentence stays whole', () => {
    const blocks = (text: string) => splitSentences(text).map((s) => `${s.blockKind}: ${s.text}`);
    assert.deepEqual(blocks('Ostria warns agency chief over inspections\nThe minister said 400 kg of uranium remain under rubble.'), [
      'heading: Ostria warns agency chief over inspections',
      'paragraph: The minister said 400 kg of uranium remain under rubble.',
    ]);
    assert.deepEqual(blocks('Velara\nThe blockade has cut fuel supplies by 70%, officials said.'), ['heading: Velara', 'paragraph: The blockade has cut fuel supplies by 70%, officials said.']);
    // Wrapped prose: the first line stops on "the", on a comma, or runs long in sentence case.
    assert.deepEqual(blocks('Talks resumed on Monday in the\nCapital of Ostria.'), ['paragraph: Talks resumed on Monday in the\nCapital of Ostria.']);
    assert.deepEqual(blocks('After two days of talks in Geneva,\nThe delegations agreed.'), ['paragraph: After two days of talks in Geneva,\nThe delegations agreed.']);
    assert.deepEqual(blocks('Exports to the region rose sharply in the second quarter of this year\naccording to the ministry.'), ['paragraph: Exports to the region rose sharply in the second quarter of this year\naccording to the ministry.']);
    // The document's first line, unpunctuated, before a line that opens a sentence: a headline in sentence case too.
    assert.deepEqual(blocks('Nuclear arsenals set to grow again as era of cuts ends, institute says\nThe long decline in arsenals is over.'), [
      'heading: Nuclear arsenals set to grow again as era of cuts ends, institute says',
      'paragraph: The long decline in arsenals is over.',
    ]);
    // Not a paragraph's first line later in the document.
    assert.deepEqual(blocks('Talks ended.\n\nExports to the region rose sharply in the second quarter of this year\nAccording to the ministry.'), ['paragraph: Talks ended.', 'paragraph: Exports to the region rose sharply in the second quarter of this year\nAccording to the ministry.']);
    // Only a paragraph's first line: the second line of a paragraph never becomes a heading.
    assert.equal(blocks('Talks resumed on Monday.\nOstria agreed\nThe delegations left.').length, 2);
    // A long headline in sentence case before a dateline is a heading too.
    assert.deepEqual(blocks('Ostria says oil flows to Velo are at their highest since the pipeline restarted\nVELO CITY — Exports reached 230,000 barrels a day, the minister said.'), [
      'heading: Ostria says oil flows to Velo are at their highest since the pipeline restarted',
      'paragraph: VELO CITY — Exports reached 230,000 barrels a day, the minister said.',
    ]);
    // Except a short byline under a long headline in sentence case, when a sentence opens after it.
    assert.deepEqual(blocks('Talks ended.\n\nOstrian press review: sanctions, the oil firms and the budget\nCompiled by our Velo desk\nThe daily Kurier reported that exports fell.').slice(1), [
      'paragraph: Ostrian press review: sanctions, the oil firms and the budget',
      'heading: Compiled by our Velo desk',
      'paragraph: The daily Kurier reported that exports fell.',
    ]);
  });

  it('keeps abbreviations before numbers ("No.", "Rs.", "Dec.", "approx.")', () => {
    assert.deepEqual(texts('Order No. 42 cost Rs. 500 on Dec. 26 at approx. 10 a.m. Nobody paid.'), [
      'Order No. 42 cost Rs. 500 on Dec. 26 at approx. 10 a.m.',
      'Nobody paid.',
    ]);
  });

  it('still splits after an initialism that ends a sentence', () => {
    assert.deepEqual(texts('The talks were held in the U.S. The next round follows.'), ['The talks were held in the U.S.', 'The next round follows.']);
  });

  it('treats a single newline as a space and a blank line as a hard end', () => {
    assert.deepEqual(texts('Exports rose by a third\nlast year.\n\nA new heading without a stop\n\nImports fell.'), [
      'Exports rose by a third\nlast year.',
      'A new heading without a stop',
      'Imports fell.',
    ]);
  });

  it('re-joins a paragraph broken in mid-sentence (next part starts in lower case)', () => {
    assert.deepEqual(texts('The minister stressed the value of the partnership\n\nwith its neighbour, aides said.'), [
      'The minister stressed the value of the partnership\n\nwith its neighbour, aides said.',
    ]);
  });

  it('handles Markdown headings, list items, rules, links, escapes and code', () => {
    const text = '# Ports expand\n\n- First item has no stop\n- Second item. It has two sentences\n\n*\n\nSee [the report](https://example.org/a.b) on \\$5 billion.\n\n```\nnot. prose.\n```\n';
    const sentences = splitSentences(text);
    assert.deepEqual(sentences.map((s) => [s.blockKind, s.text]), [
      ['heading', 'Ports expand'],
      ['list', 'First item has no stop'],
      ['list', 'Second item.'],
      ['list', 'It has two sentences'],
      ['paragraph', 'See [the report](https://example.org/a.b) on \\$5 billion.'],
    ]);
    for (const s of sentences) assert.equal(text.slice(s.start, s.end), s.text);
  });

  it('keeps a closing quote and its attribution with the quoted sentence', () => {
    assert.deepEqual(texts('"Trade will grow. It will double," the envoy said. Others disagreed.'), [
      '"Trade will grow.',
      'It will double," the envoy said.',
      'Others disagreed.',
    ]);
  });

  it('skips YAML front matter', () => {
    assert.deepEqual(texts('---\ntitle: A. B.\n---\nBody text here.'), ['Body text here.']);
  });

  it('gives spans that slice back to the text on the seed article', function () {
    const seed = seedArticle();
    if (!seed) this.skip();
    const sentences = splitSentences(seed ?? '');
    assert.ok(sentences.length > 40, `${sentences.length} sentences`);
    for (const s of sentences) assert.equal((seed ?? '').slice(s.start, s.end), s.text);
    // No sentence starts with a lone initial or ends at a title.
    for (const s of sentences) assert.doesNotMatch(s.text, /(?:^|\s)(?:Mr|Dr|S)\.$/, s.text);
  });
});

if (!seedArticle()) console.warn(SEED_MISSING);

describe('a document\'s first line alone before its body', () => {
  it('is its headline, in sentence case too, unless it carries a figure or the body goes on in lower case', () => {
    const kinds = (text: string): string[] => splitSentences(text).map((s) => s.blockKind ?? 'paragraph');
    assert.deepEqual(kinds('Velaria and Ostria agree to open first border crossing as leaders meet in Lenn\n\nVELO - The two presidents met on Saturday.'), ['heading', 'paragraph']);
    // A headline with a figure is a claim to check.
    assert.deepEqual(kinds('Grain exports climb to $4 billion as the port reopens\n\nVELO - The port reopened on Monday.'), ['paragraph', 'paragraph']);
  });
});
