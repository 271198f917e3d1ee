// Metonymy: GeoLens' `sense` of the one marked location in each ReLocaR sentence.
import { join } from 'node:path';
import { decodeXml, EVAL_DIR, overlaps, ratio, readText } from './lib.mjs';

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
