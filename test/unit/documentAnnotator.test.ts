import assert from 'node:assert/strict';
import { annotate } from '../../src/core/annotation/annotate';
import { DocumentAnnotator, type TextChange } from '../../src/core/annotation/documentAnnotator';
import { loadBundledGazetteer } from '../../src/core/gazetteer/bundled';
import { splitBlocks } from '../../src/core/text/blocks';
import { editScriptCase, incrementalProperty } from '../fuzz/incremental';

const index = loadBundledGazetteer();
const entities = (annotator: DocumentAnnotator): string[] => annotator.annotations.filter((a) => a.category === 'entity').map((a) => `${a.text}:${a.kind}`);

/** Applies one change, and checks the result against a full annotate of the new text. */
function edit(annotator: DocumentAnnotator, change: TextChange): void {
  annotator.update([change]);
  assert.deepEqual(annotator.annotations, annotate(annotator.text, index));
}

describe('paragraphs (text/blocks)', () => {
  it('splits at blank and whitespace-only lines, keeping each paragraph\'s last line break', () => {
    const text = 'One\ntwo\n\nThree\n \t\nFour';
    assert.deepEqual(splitBlocks(text).map((b) => text.slice(b.start, b.end)), ['One\ntwo\n', 'Three\n', 'Four']);
  });

  it('gives the same paragraphs for a stretch that starts and ends paragraphs as for the whole text', () => {
    const text = '\n\nA\r\n\r\nB\nC\n\n\nD\n';
    const whole = splitBlocks(text);
    assert.deepEqual(splitBlocks(text, whole[1].start, whole[2].end), whole.slice(1, 3));
  });
});

describe('DocumentAnnotator: an edit re-reads what it changed, and gives what annotate gives', () => {
  it('typing in one paragraph of fifty reads that paragraph again, and no other', () => {
    const paragraphs = Array.from({ length: 50 }, (_, i) => `Paragraph ${i}: India and Russia signed an agreement worth $${i + 1} billion.`);
    const annotator = new DocumentAnnotator(paragraphs.join('\n\n'), index);
    const at = annotator.text.indexOf('Paragraph 20') + 'Paragraph 20'.length;
    edit(annotator, { start: at, end: at, text: 'x' });
    assert.deepEqual(annotator.lastUpdate, { paragraphs: 50, firstPasses: 1, secondPasses: 1 });
  });

  it('a name introduced in one paragraph links its later bare surname, and stops when the introduction goes', () => {
    const annotator = new DocumentAnnotator('Prof. Tunji Olaopa, a former permanent secretary, spoke first.\n\nOlaopa said reforms were overdue.', index);
    const later = () => annotator.annotations.find((a) => a.text === 'Olaopa');
    assert.equal(later()?.category === 'entity' && 'name' in later()! ? (later() as { name: string }).name : undefined, 'Tunji Olaopa');
    const start = annotator.text.indexOf('Prof. Tunji Olaopa');
    edit(annotator, { start, end: start + 'Prof. Tunji Olaopa'.length, text: 'The professor' });
    assert.equal(later(), undefined);
  });

  it('a word in another paragraph that a context rule needs is read when it is typed and when it goes', () => {
    // "RSF" is the Rapid Support Forces only where the document speaks of Sudan.
    const annotator = new DocumentAnnotator('The RSF attacked the town.\n\nThe talks ended.', index);
    assert.deepEqual(entities(annotator), []);
    const at = annotator.text.indexOf('The talks');
    edit(annotator, { start: at, end: at, text: 'Darfur burned. ' });
    assert.ok(entities(annotator).includes('RSF:organisation'), `${entities(annotator)}`);
    edit(annotator, { start: at, end: at + 'Darfur burned. '.length, text: '' });
    assert.deepEqual(entities(annotator), []);
  });

  it('a person named in another paragraph stops a town of the same name, and gives it back when removed', () => {
    const annotator = new DocumentAnnotator('Flooding hit Reno yesterday.\n\nThe team won.', index);
    assert.deepEqual(entities(annotator), ['Reno:place']);
    const at = annotator.text.indexOf('The team');
    edit(annotator, { start: at, end: at, text: 'Mark Reno scored. ' });
    assert.ok(!entities(annotator).includes('Reno:place'), `${entities(annotator)}`);
    edit(annotator, { start: at, end: at + 'Mark Reno scored. '.length, text: '' });
    assert.deepEqual(entities(annotator), ['Reno:place']);
  });

  it('a dateline typed at the top dates the year-less dates of every paragraph', () => {
    const annotator = new DocumentAnnotator('Talks.\n\nThey met on 3 March.', index);
    edit(annotator, { start: 0, end: 0, text: 'KABUL, 5 May 2025 — ' });
    const march = annotator.annotations.find((a) => a.text === '3 March');
    assert.equal(march?.category === 'figure' && 'date' in march.value ? march.value.date : undefined, '2025-03-03');
  });

  it('joining two paragraphs (deleting the blank line) reads them as one', () => {
    const annotator = new DocumentAnnotator('Police in Paris,\n\nTexas, said so.', index);
    const blank = annotator.text.indexOf('\n\n');
    edit(annotator, { start: blank, end: blank + 2, text: ' ' });
    assert.equal(annotator.lastUpdate.paragraphs, 1);
  });

  it('several changes in one event apply in order, and an edit outside the text changes nothing', () => {
    const annotator = new DocumentAnnotator('India and Russia.\n\nChina and Japan.', index);
    const result = annotator.update([
      { start: 19, end: 24, text: 'Brazil' },
      { start: 0, end: 5, text: 'Nepal' },
    ]);
    assert.equal(result, annotator.annotations);
    assert.equal(annotator.text, 'Nepal and Russia.\n\nBrazil and Japan.');
    assert.deepEqual(annotator.annotations, annotate(annotator.text, index));
    assert.throws(() => annotator.update([{ start: 5, end: 500, text: '' }]), RangeError);
    assert.equal(annotator.text, 'Nepal and Russia.\n\nBrazil and Japan.');
  });

  it('edit then annotationsIn gives the stretch\'s annotations, shares the objects of unmoved paragraphs, and leaves the rest uncopied', () => {
    const paragraphs = Array.from({ length: 40 }, (_, i) => `Paragraph ${i}: India and Russia signed an agreement worth $${i + 1} billion.`);
    const annotator = new DocumentAnnotator(paragraphs.join('\n\n'), index);
    const before = annotator.annotations;
    const at = annotator.text.indexOf('Paragraph 30') + 'Paragraph 30'.length;
    annotator.edit([{ start: at, end: at, text: 'x' }]);
    assert.deepEqual(annotator.lastUpdate, { paragraphs: 40, firstPasses: 1, secondPasses: 1 });
    const start = annotator.text.indexOf('Paragraph 29');
    const end = annotator.text.indexOf('Paragraph 32');
    const expected = annotate(annotator.text, index);
    const stretch = annotator.annotationsIn(start, end);
    assert.deepEqual(stretch, expected.filter((a) => a.start <= end && a.end >= start));
    assert.ok(stretch.some((a) => a.text === '$31 billion'));
    // A paragraph before the edit did not move: its objects are the previous result's.
    const early = annotator.annotationsIn(0, 60);
    assert.ok(early.length > 0 && early.every((a) => before.includes(a)));
    // The whole list, when asked for, is still annotate's.
    assert.deepEqual(annotator.annotations, expected);
    assert.deepEqual(annotator.annotationsIn(0, annotator.text.length), expected);
  });
});

describe('DocumentAnnotator.deferred: a first reading in slices', () => {
  const paragraphs = Array.from({ length: 60 }, (_, i) => `${i === 0 ? 'Prof. Tunji Olaopa' : 'Olaopa'} met envoys from Nepal in Kathmandu on ${(i % 27) + 1} March; trade rose ${i}%.`);
  const text = paragraphs.join('\n\n');

  it('goes on a slice at a time and ends with what annotate gives', () => {
    const annotator = DocumentAnnotator.deferred(text, index);
    assert.equal(annotator.isReading, true);
    let slices = 1;
    while (!annotator.readFor(0)) slices++;
    assert.ok(slices >= 8, `${slices} slices`);
    assert.equal(annotator.isReading, false);
    assert.deepEqual(annotator.annotations, annotate(text, index));
  });

  it('is finished at once by whatever asks for results, an edit included', () => {
    const asked = DocumentAnnotator.deferred(text, index);
    asked.readFor(0);
    assert.deepEqual(asked.annotationsIn(0, 200), annotate(text, index).filter((a) => a.start <= 200));
    assert.equal(asked.isReading, false);
    const edited = DocumentAnnotator.deferred(text, index);
    edited.readFor(0);
    edited.edit([{ start: 0, end: 'Prof. Tunji Olaopa'.length, text: 'The professor' }]);
    assert.equal(edited.isReading, false);
    assert.deepEqual(edited.annotations, annotate(edited.text, index));
  });
});

describe('DocumentAnnotator against annotate on random edit scripts (the bounded run; npm run fuzz runs more)', function () {
  this.timeout(600_000);
  it('5,000 scripts of 8 edits each: every step equals annotate on the new text', () => {
    for (let seed = 1; seed <= 5000; seed++) {
      const script = editScriptCase(seed);
      try {
        incrementalProperty(script);
      } catch (error) {
        throw new Error(`seed ${seed} (replay: npm run fuzz -- --seed ${seed}): ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  });
});
