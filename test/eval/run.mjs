// `npm run eval`: scores the built core (dist/core.js) on the public labelled sets in ../shared/eval
// and prints one table; the numbers also go to test-results/eval.json for tracking.
// Nothing is copied from ../shared: the data is read where it is, each run.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ARTICLES_FILE_2, ARTICLES_FILE_3, ARTICLES_FILE_4, ARTICLES_FILE_5, ARTICLES_FILE_6, ARTICLES_FILE_7, evalArticles } from './articles.mjs';
import { evalSpeakers } from './speakers.mjs';
import { CAST_FILE_2, CAST_FILE_3, CAST_FILE_4, CAST_FILE_5, evalCast } from './cast.mjs';
import { evalClaims } from './claims.mjs';
import { unseenClaims } from '../../scripts/train-claims/protocol.mjs';
import { evalEntities } from './entities.mjs';
import { evalFigures } from './figures.mjs';
import { evalFigureCheckAlarms, evalFigureChecks } from './figureChecks.mjs';
import { EVAL_DIR, loadCore, ROOT } from './lib.mjs';
import { evalMetonymy, evalSenseSet } from './metonymy.mjs';

const OUT = join(ROOT, 'test-results/eval.json');

if (!existsSync(EVAL_DIR)) {
  console.log(`No evaluation data: ${EVAL_DIR} (the ../shared/eval folder beside the repository) is missing; nothing scored.`);
  process.exit(0);
}
if (!existsSync(join(ROOT, 'dist/core.js'))) {
  console.log('dist/core.js is missing: building it (npm run build)…');
  execFileSync(process.execPath, ['esbuild.mjs', '--production'], { cwd: ROOT, stdio: 'inherit' });
}

const began = Date.now();
const core = loadCore();
const index = core.loadBundledGazetteer();
const timed = (fn) => {
  const t = Date.now();
  const result = fn();
  return { ...result, seconds: (Date.now() - t) / 1000 };
};
const entities = timed(() => evalEntities(core, index));
const cast = evalCast(core, index);
const cast2 = evalCast(core, index, CAST_FILE_2);
const cast3 = evalCast(core, index, CAST_FILE_3);
const cast4 = evalCast(core, index, CAST_FILE_4);
const cast5 = evalCast(core, index, CAST_FILE_5);
const metonymy = timed(() => evalMetonymy(core, index));
// GeoLens' own sense set (8 December 2026), written by a helper that had not read the rules.
const senseSet = evalSenseSet(core, index);
const figures = evalFigures(core);
const checks = { planted: evalFigureChecks(core, index), alarms: evalFigureCheckAlarms(core, index) };
const claims = evalClaims(core, index);
const articles = evalArticles(core, index);
// The second set (7 December 2026), written by a helper that had not read the rules; the claims model's threshold is chosen on the first set's dev half only.
const articles2 = evalArticles(core, index, ARTICLES_FILE_2);
const articles3 = evalArticles(core, index, ARTICLES_FILE_3);
const articles4 = evalArticles(core, index, ARTICLES_FILE_4);
// The fifth (8 December 2026): wire, sanctions, briefings, debates, summits, markets, rights reports,
// investigations, social media, obituaries, translated regional press, climate talks.
const articles5 = evalArticles(core, index, ARTICLES_FILE_5);
// The sixth (8 December 2026): features, press conferences, campaigns, compliance, UN updates, nuclear,
// rulings, front-line dispatches, think-tank events, committee hearings, wire digests, state media.
const articles6 = evalArticles(core, index, ARTICLES_FILE_6);
// The seventh (8 December 2026, end of day): local papers, maritime incidents, migration, tech
// controls, arms deals, food, health in war, sanctions evasion, profiles, communiqués, fact-checks, radio.
const articles7 = evalArticles(core, index, ARTICLES_FILE_7);
const speakerSet = evalSpeakers(core, index);
const unseen = unseenClaims(core, index);

const pct = (x) => (x === null || x === undefined ? '—' : `${(100 * x).toFixed(1)}%`);
const num = (x) => x.toFixed(3);
const rows = [];
const row = (task, set, metric, value, note = '') => rows.push([task, set, metric, value, note]);

const g = entities.geowebnews;
row('entities', 'GeoWebNews dev', 'country-name recall', pct(g.countryRecall), `${g.counts.namedFound}/${g.counts.named} country names, capitals, demonyms`);
row('entities', 'GeoWebNews dev', 'precision (country/place)', pct(g.precision), `${g.counts.correct}/${g.counts.predicted} on a toponym, not Homonym/Language`);
row('entities', 'GeoWebNews dev', 'precision, labelled text', pct(g.bodyPrecision), `${g.counts.bodyCorrect}/${g.counts.bodyPredicted} after each file's "TITLE: … LINK:" header, which has no labels`);
row('entities', 'GeoWebNews dev', 'sense accuracy', pct(g.senseAccuracy), `${g.counts.senseRight}/${g.counts.senses} Literal/Metonymic spans found`);
row('entities', 'GeoWebNews dev', 'recall, all toponyms', pct(g.toponymRecall), `${g.counts.toponymsFound}/${g.counts.toponyms}`);
// Issue #18's protocol: the world places layer's rules were tuned on the even-numbered GeoWebNews
// files and LGL only; the odd-numbered files, TR-News and GeoVirus are reported as unseen by them
// (the country rules before them were written looking at all of GeoWebNews dev).
for (const [half, label] of [['even', 'GeoWebNews even (tuned on)'], ['odd', 'GeoWebNews odd (unseen by place rules)']]) {
  const h = g[half];
  row('places', label, 'recall, all toponyms', pct(h.toponymRecall), `${h.counts.toponymsFound}/${h.counts.toponyms}`);
  row('places', label, 'precision, labelled text', pct(h.bodyPrecision), `${h.counts.bodyCorrect}/${h.counts.bodyPredicted} country/place annotations on a toponym`);
  row('places', label, 'which one ≤ 161 km', pct(h.whichOne), `${h.counts.near}/${h.counts.located} found gold places (not countries) with a point`);
}
for (const [key, name] of [['lgl', 'LGL (tuned on)'], ['trnews', 'TR-News (unseen)'], ['geovirus', 'GeoVirus (unseen)']]) {
  const c = entities[key];
  row('places', name, 'recall, all toponyms', pct(c.toponymRecall), `${c.found}/${c.toponyms}${c.unaligned ? `, ${c.unaligned} unaligned` : ''}`);
  row('places', name, 'precision (lower bound)', pct(c.precision), `${c.counts.correct}/${c.counts.predicted} on a gold toponym; the corpus does not label every place`);
  row('places', name, 'which one ≤ 161 km', pct(c.whichOne), `${c.counts.near}/${c.counts.located} found gold places (not countries)`);
}
for (const [set, half] of [[cast, 'dev'], [cast, 'test'], [cast2, 'dev'], [cast2, 'test'], [cast3, 'dev'], [cast3, 'test'], [cast4, 'dev'], [cast4, 'test'], [cast5, 'dev'], [cast5, 'test']]) {
  const c = set[half];
  const name = set === cast ? 'GeoLens cast' : set === cast2 ? 'GeoLens cast set 2' : set === cast3 ? 'GeoLens cast set 3' : set === cast4 ? 'GeoLens cast set 4' : 'GeoLens cast set 5';
  const label = half === 'dev' ? `${name}, dev half` : `${name}, test half (frozen, unseen)`;
  row('entities', label, 'recall / precision', `${pct(c.recall)} / ${pct(c.precision)}`, `${c.counts.found}/${c.counts.gold} mentions found, ${c.counts.correct}/${c.counts.predicted} annotations right (span and kind)`);
  row('entities', label, 'unlisted names R / P', `${pct(c.unlistedRecall)} / ${pct(c.unlistedPrecision)}`, `${c.counts.unlistedFound}/${c.counts.unlistedGold} found, ${c.counts.unlistedCorrect}/${c.counts.unlistedPredicted} right`);
}
row('metonymy', 'ReLocaR train', 'sense accuracy', pct(metonymy.accuracy), `${metonymy.samples} samples, ${metonymy.metonymic} metonymic; unannotated = literal`);
row('metonymy', 'ReLocaR train', 'coverage', pct(metonymy.coverage), `accuracy on the annotated: ${pct(metonymy.accuracyCovered)}`);
// The split of issue #14, reported honestly: the sense rules were written looking at all of
// ReLocaR train and GeoWebNews dev, so neither part is unseen yet.
row('metonymy', 'ReLocaR: 4/5 | every 5th', 'sense accuracy', `${pct(metonymy.accuracyFourFifths)} | ${pct(metonymy.accuracyFifth)}`, 'not unseen: the rules were tuned on all samples');
row('metonymy', 'GeoWebNews: even | odd files', 'sense accuracy', `${pct(g.senseAccuracyEven)} | ${pct(g.senseAccuracyOdd)}`, 'not unseen: the rules were tuned on all files');
for (const half of ['dev', 'test']) {
  const s = senseSet[half];
  const label = half === 'dev' ? 'GeoLens sense set, dev half' : 'GeoLens sense set, test half (frozen, unseen)';
  row('metonymy', label, 'sense accuracy', pct(s.accuracy), `${s.right}/${s.mentions} place names; metonymic R / P ${pct(s.metonymicRecall)} / ${pct(s.metonymicPrecision)}; ${pct(s.coverage)} annotated`);
}
for (const f of figures) {
  const of = f.cases === f.casesInFile ? `${f.cases} cases` : `${f.cases} date cases of ${f.casesInFile}`;
  const published = f.published ? `; Recognizers-Text 1.3.1: ${f.published[0]}/${f.published[1]}` : '';
  row('figures', f.name, 'exact span / + value', `${f.spanPass} / ${f.valuePass}`, `of ${of}${published}`);
}
for (const half of ['dev', 'test']) {
  const c = checks.planted[half];
  const label = half === 'dev' ? 'GeoLens figure checks, dev half' : 'GeoLens figure checks, test half (frozen, unseen)';
  row('checks', label, 'planted found / false alarms', `${c.found}/${c.planted} / ${c.falseAlarms}`, `${c.passages} passages, ${c.planted} with one planted inconsistency`);
}
const perArticle = (a) => `${a.findings} in ${a.articles} articles`;
row('checks', 'GeoWebNews dev + GeoLens articles', 'false alarms', perArticle(checks.alarms.tuned), 'rules adjusted on these');
row('checks', 'LGL + TR-News + GeoVirus (unseen)', 'false alarms', perArticle(checks.alarms.unseen), 'goal: at most 1 in 20 articles');
for (const c of claims) {
  row('claims', c.name, 'P / R / F1 (positive)', `${num(c.precision ?? 0)} / ${num(c.recall ?? 0)} / ${num(c.f1)}`, `${c.positives}/${c.sentences} positive`);
  row('claims', c.name, c.name.includes('2019') ? 'MAP (per debate)' : 'AP of scores', num(c.map), c.name.includes('2019') ? 'best at CheckThat! 2019: 0.166 (test)' : '');
}
for (const [set, name] of [[articles, 'GeoLens articles'], [articles2, 'GeoLens articles set 2'], [articles3, 'GeoLens articles set 3'], [articles4, 'GeoLens articles set 4'], [articles5, 'GeoLens articles set 5'], [articles6, 'GeoLens articles set 6'], [articles7, 'GeoLens articles set 7']]) for (const half of ['dev', 'test']) {
  const a = set[half];
  const label = half === 'dev' ? `${name}, dev half` : `${name}, test half (frozen, unseen)`;
  row('claims', label, 'P / R / F1 (positive)', `${num(a.precision ?? 0)} / ${num(a.recall ?? 0)} / ${num(a.f1)}`, `${a.articles} articles, ${a.sentences} sentences`);
  row('claims', label, 'speaker accuracy', pct(a.speakerAccuracy), `${a.speakersRight}/${a.speakers} check-worthy sentences`);
}
for (const [set, name] of [[speakerSet, 'GeoLens speakers set'], [speakerSet.second, 'GeoLens speakers set 2'], [speakerSet.third, 'GeoLens speakers set 3']]) {
  for (const half of ['dev', 'test']) {
    const s = set[half];
    const label = half === 'dev' ? `${name}, dev half` : `${name}, test half (frozen, unseen)`;
    row('claims', label, 'speaker accuracy', pct(s.accuracy), `${s.right}/${s.sentences} sentences in ${s.passages} passages, every sentence`);
  }
}

const header = ['task', 'set', 'metric', 'value', 'notes'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
// A task or set repeated from the row above is left blank.
rows.forEach((r, i) => {
  const sameTask = i > 0 && rows[i - 1][0] === r[0];
  const sameSet = sameTask && rows[i - 1][1] === r[1];
  console.log(line([sameTask ? '' : r[0], sameSet ? '' : r[1], ...r.slice(2)]));
});

// Scores on data nothing was tuned on, beside the shipped model's score on the same sentences.
console.log(`\nUnseen: each set scored by a model trained without its data set (scripts/train-claims/protocol.mjs),
beside the shipped model, which was trained on all of them. Sentences shared between sets (after
normalising) never count twice: a held-out set's sentences are removed from its model's training data.`);
const unseenRows = unseen.results.map((r) => [
  r.name,
  r.name.includes('2019') ? 'MAP (per debate)' : 'F1 (positive)',
  num(r.name.includes('2019') ? r.tuned.map : r.tuned.f1),
  num(r.name.includes('2019') ? r.unseen.map : r.unseen.f1),
  `${r.name.includes('2019') ? r.left : `${r.left}; P ${num(r.unseen.precision ?? 0)} R ${num(r.unseen.recall ?? 0)} at ${r.threshold}, the best mean F1 over the article sets' dev halves and the other project's set, unseen`}; calibration unseen: Brier ${num(r.unseen.brier)}, ECE ${num(r.unseen.ece)}${r.plattCalibration ? ` (Platt-scaled on those dev halves: ${num(r.plattCalibration.brier)}, ${num(r.plattCalibration.ece)})` : ''}`,
]);
const unseenHeader = ['set', 'metric', 'shipped (trained on it)', 'unseen', 'notes'];
const unseenWidths = unseenHeader.map((h, i) => Math.max(h.length, ...unseenRows.map((r) => r[i].length)));
const unseenLine = (cells) => cells.map((c, i) => c.padEnd(unseenWidths[i])).join('  ').trimEnd();
console.log(unseenLine(unseenHeader));
console.log(unseenWidths.map((w) => '-'.repeat(w)).join('  '));
for (const r of unseenRows) console.log(unseenLine(r));
console.log(`shared sentences: ${unseen.overlaps.filter((o) => o.sentences > 0).map((o) => `${o.a} ∩ ${o.b} ${o.sentences}${o.disagree ? ` (${o.disagree} labelled differently)` : ''}`).join('; ')}`);

const seconds = (Date.now() - began) / 1000;
mkdirSync(join(ROOT, 'test-results'), { recursive: true });
writeFileSync(OUT, JSON.stringify({ date: new Date().toISOString(), seconds, entities, cast, cast2, cast3, cast4, cast5, metonymy, senseSet, figures, checks, claims, articles, articles2, articles3, articles4, articles5, articles6, articles7, speakers: speakerSet, unseen }, null, 2) + '\n');
console.log(`\n${seconds.toFixed(1)} s; details in ${relative(ROOT, OUT)}`);
