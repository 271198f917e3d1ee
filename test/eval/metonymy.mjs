// Metonymy: GeoLens' `sense` of the one marked location in each ReLocaR sentence.
import { join } from 'node:path';
import { decodeXml, EVAL_DIR, overlaps, ratio, readText, ROOT } from './lib.mjs';

const RELOCAR = join(EVAL_DIR, 'metonymy/ReLocaR_Train.xml');

/** `{text, start, end, metonymic}` per sample, the `<loc>` tag removed. */
function readSamples() {
  const samples = [];
  for (const [, body] of readText(RELOCAR).matchAll(/<sample[^>]*>([\s\S]*?)<\/sample>/g)) {
    const m = /^([\s\S]*?)<loc reading="(lit|met)">([\s\S]*?)<\/loc>([\s\S]*)$/.exec(body.trim());
    if (!m) continue;
    const before = decodeXml(m[1]);
    const loc = decodeXml(m[3]);
    samples.push({ text: before + loc + decodeXml(m[4]), start: before.length, end: before.length + loc.length, metonymic: m[2] === 'met' });
  }
  return samples;
}

export function evalMetonymy(core, index) {
  const samples = readSamples();
  let covered = 0;
  let right = 0;
  let rightCovered = 0;
  // Every fifth sample: the held-out fifth of issue #14's split.
  let fifth = 0;
  let rightFifth = 0;
  for (const [i, s] of samples.entries()) {
    const hit = core.annotate(s.text, index).find((a) => a.category === 'entity' && a.sense && overlaps(a, s));
    // Not annotated: GeoLens has said nothing figurative about it, so it counts as literal.
    const metonymic = hit?.sense === 'metonymic';
    if (hit) covered++;
    if (i % 5 === 4) fifth++;
    if (metonymic === s.metonymic) {
      right++;
      if (hit) rightCovered++;
      if (i % 5 === 4) rightFifth++;
    }
  }
  return {
    samples: samples.length,
    metonymic: samples.filter((s) => s.metonymic).length,
    accuracy: ratio(right, samples.length),
    coverage: ratio(covered, samples.length),
    accuracyCovered: ratio(rightCovered, covered),
    accuracyFifth: ratio(rightFifth, fifth),
    accuracyFourFifths: ratio(right - rightFifth, samples.length - fifth),
  };
}

export const SENSE_FILE_1 = 'sense-1.txt';

/**
 * GeoLens' own sense set (test/eval/data/sense-1.txt): one sentence a line, each place name marked
 * `[[name|lit]]` or `[[name|met]]`; odd lines are the development half, even lines the frozen test
 * half. Returns `{text, mentions: [{start, end, metonymic}], half}` per line.
 */
export function readSenseSet(file = SENSE_FILE_1) {
  const lines = readText(join(ROOT, 'test/eval/data', file)).split('\n').filter((l) => l.trim() && !l.startsWith('#'));
  return lines.map((line, i) => {
    const mentions = [];
    let text = '';
    let from = 0;
    for (const m of line.matchAll(/\[\[([^\]|]+)\|(lit|met)\]\]/g)) {
      text += line.slice(from, m.index);
      mentions.push({ start: text.length, end: text.length + m[1].length, metonymic: m[2] === 'met' });
      text += m[1];
      from = m.index + m[0].length;
    }
    text += line.slice(from);
    return { text, mentions, half: i % 2 === 0 ? 'dev' : 'test' };
  });
}

/**
 * Sense accuracy on the sense set, per half: a mention GeoLens does not annotate, or annotates
 * without a sense, counts as literal (as for ReLocaR); `found` counts the mentions it annotates.
 */
export function evalSenseSet(core, index, file = SENSE_FILE_1) {
  const halves = { dev: newHalf(), test: newHalf() };
  for (const line of readSenseSet(file)) {
    const half = halves[line.half];
    const annotations = core.annotate(line.text, index).filter((a) => a.category === 'entity');
    for (const m of line.mentions) {
      const hit = annotations.find((a) => overlaps(a, m));
      const metonymic = hit?.sense === 'metonymic';
      half.mentions++;
      if (m.metonymic) half.metonymicGold++;
      if (hit) half.found++;
      if (metonymic === m.metonymic) half.right++;
      else half.wrong.push(`${m.metonymic ? 'met' : 'lit'} read ${hit ? hit.sense ?? 'without a sense' : 'unannotated'}: ${line.text.slice(0, m.start)}[${line.text.slice(m.start, m.end)}]${line.text.slice(m.end)}`);
      if (metonymic && m.metonymic) half.metonymicRight++;
      if (metonymic) half.metonymicPredicted++;
    }
  }
  for (const half of Object.values(halves)) {
    half.accuracy = ratio(half.right, half.mentions);
    half.coverage = ratio(half.found, half.mentions);
    half.metonymicRecall = ratio(half.metonymicRight, half.metonymicGold);
    half.metonymicPrecision = ratio(half.metonymicRight, half.metonymicPredicted);
  }
  delete halves.test.wrong;
  return halves;
}

function newHalf() {
  return { mentions: 0, found: 0, right: 0, metonymicGold: 0, metonymicPredicted: 0, metonymicRight: 0, wrong: [] };
}
