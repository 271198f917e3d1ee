// Claims and speakers on articles: test/eval/data/articles.txt, original articles written for
// GeoLens in several outlets' styles, one sentence per line, each marked check-worthy ("+ [Speaker]")
// or not ("- "). Each article is extracted whole, as the editor does; a sentence is predicted
// check-worthy when a check-worthy claim overlaps it, and its speaker is that of the claim that
// overlaps it most. Odd-numbered articles are the development half; even-numbered ones the frozen
// test half, of which only the totals are reported.
import { join } from 'node:path';
import { readArticles } from '../../scripts/train-claims/data.mjs';
import { prf, ROOT } from './lib.mjs';

/** The second article set (7 December 2026): other outlets' styles, written by a helper that had not read the rules. */
export const ARTICLES_FILE_2 = join(ROOT, 'test/eval/data/articles-2.txt');
/** The third set (7 December 2026): twelve styles built on attribution (hearings, interviews, leaks, roundups), by another such helper. */
export const ARTICLES_FILE_3 = join(ROOT, 'test/eval/data/articles-3.txt');
export const ARTICLES_FILE_4 = join(ROOT, 'test/eval/data/articles-4.txt');
export const ARTICLES_FILE_5 = join(ROOT, 'test/eval/data/articles-5.txt');
export const ARTICLES_FILE_6 = join(ROOT, 'test/eval/data/articles-6.txt');
export const ARTICLES_FILE_7 = join(ROOT, 'test/eval/data/articles-7.txt');

export { readArticles };

const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, ' ').trim();

const CONNECTOR_WORDS = new Set(['of', 'for', 'the', 'and', 'on', 'in', 'de', 'du', 'des', 'la', 'le', 'el']);

/**
 * Whether a predicted speaker is the gold one: the same name, the same last word (a surname), every
 * word of the gold name in the predicted one ("Gustavo Petro" in "Gustavo Francisco Petro Urrego"),
 * an acronym of it ("OECD"), or the same gazetteer entry (`goldId`: what the gold name resolves to).
 */
export function sameSpeaker(gold, predicted, goldId) {
  if (gold.toLowerCase() === 'author') return predicted === null;
  if (predicted === null) return false;
  if (goldId !== undefined && predicted.id === goldId) return true;
  const g = fold(gold).split(/\s+/);
  const p = fold(predicted.name).split(/\s+/);
  if (g.join(' ') === p.join(' ') || g.at(-1) === p.at(-1) || p.join(' ').includes(g.join(' ')) || g.join(' ').includes(p.join(' '))) return true;
  if (g.length >= 2 && g.every((w) => p.includes(w))) return true;
  const initials = (words) => words.filter((w) => !CONNECTOR_WORDS.has(w)).map((w) => w[0]).join('');
  return (g.length === 1 && g[0].length >= 2 && initials(p) === g[0]) || (p.length === 1 && p[0].length >= 2 && initials(g) === p[0]);
}

/** The gazetteer entry of a gold speaker's name, when the whole name is one annotation (a function of the name, memoised). */
export function goldResolver(core, index) {
  const cache = new Map();
  return (name) => {
    if (!cache.has(name)) {
      const hit = core.annotate(name, index).find((a) => a.category === 'entity' && a.start === 0 && a.end === name.length && a.id !== undefined);
      cache.set(name, hit?.id);
    }
    return cache.get(name);
  };
}

/**
 * Whether the claim that overlaps a gold sentence most has its speaker: undefined if so, else a line
 * saying what it got instead. `claims` are the claims that overlap the sentence (others are ignored).
 * `resolve` gives the gazetteer id of a gold name, when there is one.
 */
export function wrongSpeaker(passageId, sentence, claims, resolve = () => undefined) {
  const overlap = (c) => Math.min(c.end, sentence.end) - Math.max(c.start, sentence.start);
  const best = claims.filter((c) => overlap(c) > 0).sort((a, b) => overlap(b) - overlap(a))[0];
  if (best && sameSpeaker(sentence.speaker, best.speaker, resolve(sentence.speaker))) return undefined;
  return `${passageId}: [${sentence.speaker}] got [${best ? (best.speaker?.name ?? 'author') : 'no claim'}] — ${sentence.text.slice(0, 80)}`;
}

function score(core, index, articles) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let speakers = 0;
  let speakersRight = 0;
  const wrongSpeakers = [];
  const resolve = goldResolver(core, index);
  for (const article of articles) {
    const claims = core.extractClaims(article.text, index, { includeAll: true }).claims;
    for (const s of article.sentences) {
      const overlapping = claims.filter((c) => c.start < s.end && s.start < c.end);
      const predicted = overlapping.some((c) => c.checkWorthy);
      if (predicted && s.checkWorthy) tp++;
      else if (predicted) fp++;
      else if (s.checkWorthy) fn++;
      if (!s.checkWorthy) continue;
      speakers++;
      const wrong = wrongSpeaker(article.id, s, overlapping, resolve);
      if (wrong === undefined) speakersRight++;
      else wrongSpeakers.push(wrong);
    }
  }
  return { articles: articles.length, sentences: articles.reduce((n, a) => n + a.sentences.length, 0), ...prf(tp, fp, fn), speakers, speakerAccuracy: speakers ? speakersRight / speakers : 0, speakersRight, wrongSpeakers };
}

export function evalArticles(core, index, file) {
  const articles = readArticles(file);
  // The test half's totals only (see the cast set): its wrong speakers are not written anywhere.
  const { wrongSpeakers, ...test } = score(core, index, articles.filter((a) => a.half === 'test'));
  void wrongSpeakers;
  return { dev: score(core, index, articles.filter((a) => a.half === 'dev')), test };
}
