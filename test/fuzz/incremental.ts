/**
 * The contract of DocumentAnnotator: after any edits, its annotations are exactly annotate's on the
 * new text. An edit script is a document made of paragraphs that exercise every document-level fact
 * (introduced names and their later surnames, acronyms, words a context rule needs, places whose
 * region another paragraph names, a dateline) and a run of random edits: typing, deleting across
 * paragraphs, blank lines made and removed, names pasted in, several changes in one event.
 */
import assert from 'node:assert/strict';
import { annotate } from '../../src/core/annotation/annotate';
import { DocumentAnnotator, type TextChange } from '../../src/core/annotation/documentAnnotator';
import { loadBundledGazetteer } from '../../src/core/gazetteer/bundled';
import { prng } from '../unit/prng';

type Random = () => number;
const pick = <T>(r: Random, list: readonly T[]): T => list[Math.floor(r() * list.length)];
const int = (r: Random, min: number, max: number): number => min + Math.floor(r() * (max - min + 1));

const index = loadBundledGazetteer();

/** Paragraphs whose readings depend on other paragraphs. */
const PARAGRAPHS = [
  'KABUL, 5 May 2026 — The talks resumed on Tuesday.',
  '---\ndate: 2026-03-02\n---',
  'Prof. Tunji Olaopa, a former permanent secretary, said reforms were overdue.',
  'Olaopa said the plan would cost $12 billion to $14 billion by 2031.',
  'The Centers for Disease Control and Prevention (CDC) issued guidance.',
  'The CDC said 31 people were infected yesterday.',
  'Nigeria held elections in February.',
  'Buhari met governors in Abuja and the Peoples Democratic Party objected.',
  'Police in Paris, Texas, said the suspect fled toward Dallas.',
  'Paris residents were asked to stay home; Texas officials agreed.',
  'Jordan Henderson scored twice.',
  'Henderson later visited Jordan and Amman.',
  'Residents of Henderson and Reno were evacuated; Sweeney stayed in Sydney.',
  'Minister Launches Book on Tuesday.',
  'He launches rockets from the coast near Odesa.',
  'Washington and New Delhi signed the MTC 2021–2031 programme; the Kremlin objected.',
  'Exports rose 40% in 2023 to $12 billion, said Jaishankar.',
  'Democrats in the House of Representatives voted 70-29.',
  'The Republicans and Congress disagreed.',
  'Mr. Okafor, the finance minister, resigned. Okafor denied wrongdoing.',
  'Senator Mary Okafor spoke later.',
  'Holland said the Netherlands would act; Bill Holland disagreed.',
  'Charleston and Columbia reported floods across South Carolina.',
  'Kolkata and West Bengal saw protests; India’s government responded.',
  '# Antique Dealers Sell Fine China At Auction',
  'The china came from an estate sale; see https://example.org/china-sale for turkey recipes.',
];

const INSERTS = ['a', 'e', ' ', 'S', '.', ',', '\n', '\n\n', '\n \n', 'Olaopa', ' Okafor ', 'Nigeria', 'Texas', 'CDC', 'Henderson', 'launches', 'Launches', 'Paris', '5 May 2026', 'yesterday', 'Tunji Olaopa', 'Prof. Ada Olaopa, a judge,', '\r\n', '—', 'é', '😀', '2026-04-01', 'Jordan ', 'Sydney Sweeney', 'Mark Reno'];

export interface EditScript {
  text: string;
  steps: TextChange[][];
  today?: string;
}

/** A document and a run of edits, from a seed. */
export function editScriptCase(seed: number, steps = 8): EditScript {
  const r = prng(seed);
  const parts: string[] = [];
  const count = int(r, 1, 7);
  for (let k = 0; k < count; k++) parts.push(pick(r, PARAGRAPHS));
  const initial = parts.join(pick(r, ['\n\n', '\n\n', '\n', '\n\n\n', '\n  \n']));
  let text = initial;
  const script: TextChange[][] = [];
  for (let s = 0; s < steps; s++) {
    const changes: TextChange[] = [];
    const many = r() < 0.15 ? int(r, 2, 3) : 1;
    for (let c = 0; c < many; c++) {
      const length = text.length;
      const start = int(r, 0, length);
      const kind = r();
      let change: TextChange;
      if (kind < 0.45) change = { start, end: start, text: pick(r, INSERTS) };
      else if (kind < 0.7) change = { start, end: Math.min(length, start + int(r, 1, 40)), text: '' };
      else if (kind < 0.85) change = { start, end: Math.min(length, start + int(r, 0, 12)), text: pick(r, INSERTS) };
      else if (kind < 0.95) change = { start, end: start, text: `\n\n${pick(r, PARAGRAPHS)}\n\n` };
      else change = { start, end: Math.min(length, start + 3), text: text.slice(start, Math.min(length, start + 3)) };
      // A change must not split a surrogate pair: VS Code never sends one that does.
      if (splitsPair(text, change.start) || splitsPair(text, change.end)) continue;
      changes.push(change);
      text = text.slice(0, change.start) + change.text + text.slice(change.end);
    }
    script.push(changes);
  }
  return { text: initial, steps: script, today: r() < 0.5 ? '2026-12-07' : undefined };
}

function splitsPair(text: string, offset: number): boolean {
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/** Checks every step of a script: the incremental annotations equal annotate's on the text after it. */
export function incrementalProperty(script: EditScript): void {
  const options = script.today ? { today: script.today } : {};
  const annotator = new DocumentAnnotator(script.text, index, options);
  let text = script.text;
  assert.deepEqual(annotator.annotations, annotate(text, index, options), 'before any edit');
  script.steps.forEach((changes, step) => {
    for (const change of changes) text = text.slice(0, change.start) + change.text + text.slice(change.end);
    const expected = annotate(text, index, options);
    if (step % 2 === 0) annotator.update(changes);
    else {
      // The editor's way: apply, then read the stretch on screen before (if ever) the whole list.
      annotator.edit(changes);
      const start = Math.max(0, (changes[0]?.start ?? 0) - 40);
      const end = Math.min(text.length, start + 120);
      const overlapping = expected.filter((a) => a.start <= end && a.end >= start);
      assert.deepEqual(annotator.annotationsIn(start, end), overlapping, `annotations in ${start}–${end} after step ${step + 1}: ${JSON.stringify(changes)}`);
    }
    assert.equal(annotator.text, text, `text after step ${step + 1}`);
    assert.deepEqual(annotator.annotations, expected, `annotations after step ${step + 1}: ${JSON.stringify(changes)}`);
  });
}
