// Shared helpers of the evaluation: where the data is, the built core, small metrics, a tiny XML reader.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SHARED = resolve(ROOT, '../shared');
export const EVAL_DIR = join(SHARED, 'eval');

/** Read a data file as UTF-8 without a leading BOM. */
export function readText(path) {
  return readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
}

export function readJson(path) {
  return JSON.parse(readText(path));
}

// The evaluation uses the training scripts' tools (the core loader, the metrics), never the reverse.
export { loadCore } from '../../scripts/train-claims/core.mjs';

export const overlaps = (a, b) => a.start < b.end && b.start < a.end;

export { averagePrecision, prf, ratio } from '../../scripts/train-claims/metrics.mjs';

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXml(s) {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITIES[e] ?? m;
  });
}

/** Text content of an XML element body: CDATA kept verbatim, otherwise entities decoded. */
export function xmlText(body) {
  const cdata = /^\s*<!\[CDATA\[([\s\S]*?)\]\]>\s*$/.exec(body);
  return cdata ? cdata[1] : decodeXml(body);
}

/** Bodies of every `<tag …>…</tag>` (not nested in itself) inside `xml`. */
export function elements(xml, tag) {
  const re = new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, 'g');
  return [...xml.matchAll(re)].map((m) => m[1]);
}

export function element(xml, tag) {
  return elements(xml, tag)[0];
}
