// Speakers on test/eval/data/speakers.txt: short passages written for GeoLens, one sentence per line,
// each labelled with who asserts it ("[Speaker] sentence", [author] for the article itself). Each
// passage is extracted whole, as the editor does; a sentence's speaker is that of the claim that
// overlaps it most. Odd-numbered passages are the development half; even-numbered ones the frozen
// test half, of which only the totals are reported.
import { readLabelledPassages } from '../../scripts/train-claims/data.mjs';
import { goldResolver, wrongSpeaker } from './articles.mjs';

const SPEAKERS_FILE = new URL('./data/speakers.txt', import.meta.url);
/** The second round (7 December 2026): other ways of attributing, written and committed before the rules were changed for it. */
const SECOND_ROUND_FILE = new URL('./data/speakers-2.txt', import.meta.url);
/** The third round (7 December 2026), written by a helper that had not read the rules, and committed before any rule changed for it: unnamed sources, statements on Telegram and X, "quoted by", verbs other than "said". */
const THIRD_ROUND_FILE = new URL('./data/speakers-3.txt', import.meta.url);

export function readSpeakerPassages(file = SPEAKERS_FILE) {
  return readLabelledPassages(file, (line) => {
    const m = /^\[([^\]]+)\]\s*(.+)$/.exec(line);
    return m ? { speaker: m[1].trim(), text: m[2].trim() } : undefined;
  });
}

function score(core, index, passages) {
  let sentences = 0;
  let right = 0;
  const wrong = [];
  const resolve = goldResolver(core, index);
  for (const passage of passages) {
    const claims = core.extractClaims(passage.text, index, { includeAll: true }).claims;
    for (const s of passage.sentences) {
      sentences++;
      const miss = wrongSpeaker(passage.id, s, claims, resolve);
      if (miss === undefined) right++;
      else wrong.push(miss);
    }
  }
  return { passages: passages.length, sentences, right, accuracy: sentences ? right / sentences : 0, wrong };
}

export function evalSpeakers(core, index) {
  return { ...evalSpeakerFile(core, index, SPEAKERS_FILE), second: evalSpeakerFile(core, index, SECOND_ROUND_FILE), third: evalSpeakerFile(core, index, THIRD_ROUND_FILE) };
}

function evalSpeakerFile(core, index, file) {
  const passages = readSpeakerPassages(file);
  // The test half's totals only: its wrong speakers are not written anywhere.
  const { wrong, ...test } = score(core, index, passages.filter((p) => p.half === 'test'));
  void wrong;
  return { dev: score(core, index, passages.filter((p) => p.half === 'dev')), test };
}
