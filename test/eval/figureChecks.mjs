// Figure checks on test/eval/data/figure-checks.txt (passages written for GeoLens, each with one
// planted inconsistency or none; see the file's header): recall of the planted ones by kind, and
// false alarms (a finding in a clean passage, or of another kind). Odd-numbered passages are the
// development half; even-numbered the frozen test half, of which only totals are reported.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readArticles } from '../../scripts/train-claims/data.mjs';
import { element, elements, EVAL_DIR, ROOT, xmlText } from './lib.mjs';

export const FIGURE_CHECKS_FILE = join(ROOT, 'test/eval/data/figure-checks.txt');

export function readPassages(file = FIGURE_CHECKS_FILE) {
  return readFileSync(file, 'utf8').split(/^=== /m).slice(1).map((chunk) => {
    const [head, ...lines] = chunk.replace(/\n+$/, '').split('\n');
    const [id, kind, label] = head.split('|').map((x) => x.trim());
    let text = lines.filter((l) => !l.startsWith('#')).join('\n');
    const date = /^date: (\d{4}-\d{2}-\d{2})\n/.exec(text);
    if (date) text = `---\ndate: ${date[1]}\n---\n\n${text.slice(date[0].length)}`;
    return { id, kind, error: label === 'error', text, half: Number(id) % 2 === 1 ? 'dev' : 'test' };
  });
}

function score(core, index, passages) {
  let planted = 0;
  let found = 0;
  let falseAlarms = 0;
  const byKind = {};
  const misses = [];
  for (const p of passages) {
    const findings = core.checkFigures(p.text, core.annotate(p.text, index));
    const k = (byKind[p.kind] ??= { planted: 0, found: 0, falseAlarms: 0 });
    if (p.error) {
      planted++;
      k.planted++;
      if (findings.some((f) => f.kind === p.kind)) {
        found++;
        k.found++;
      } else misses.push(`${p.id} ${p.kind}: ${p.text.slice(0, 70)}`);
    }
    const wrong = findings.filter((f) => !p.error || f.kind !== p.kind).length;
    falseAlarms += wrong;
    k.falseAlarms += wrong;
    if (wrong > 0) misses.push(`${p.id} false alarm: ${findings.map((f) => f.message).join(' | ')}`);
  }
  return { passages: passages.length, planted, found, recall: planted ? found / planted : null, falseAlarms, byKind, misses };
}

export function evalFigureChecks(core, index) {
  const passages = readPassages();
  const { misses, byKind, ...test } = score(core, index, passages.filter((p) => p.half === 'test'));
  void misses;
  void byKind;
  return { dev: score(core, index, passages.filter((p) => p.half === 'dev')), test };
}

/** Findings per article in real news, which is taken to have no planted errors: false alarms. */
function alarms(core, index, texts) {
  let findings = 0;
  for (const text of texts) findings += core.checkFigures(text, core.annotate(text, index)).length;
  return { articles: texts.length, findings };
}

/**
 * False alarms on news: GeoWebNews dev and GeoLens' own articles (the checks were adjusted on them),
 * and LGL, TR-News and GeoVirus, which no check rule was written or adjusted on.
 */
export function evalFigureCheckAlarms(core, index) {
  const gwn = join(EVAL_DIR, 'entities/geowebnews-dev');
  const corpora = join(EVAL_DIR, 'entities/geoparsing-corpora');
  const texts = (file) => elements(readFileSync(join(corpora, file), 'utf8'), 'article').map((a) => xmlText(element(a, 'text') ?? ''));
  return {
    tuned: alarms(core, index, [
      ...readdirSync(gwn).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(gwn, f), 'utf8')),
      ...readArticles().map((a) => a.text),
    ]),
    unseen: alarms(core, index, ['lgl.xml', 'TR-News.xml', 'GeoVirus.xml'].flatMap(texts)),
  };
}
