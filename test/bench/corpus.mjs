// Bench inputs: article-like documents of a given size, an alias-dense worst case, and gazetteers
// of 1k / 10k / 100k aliases made from the bundled one. Everything is deterministic (seeded PRNG).
// The seed article is read from ../shared/corpus at run time and never copied into the repo.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Mulberry32: small, fast, deterministic. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle(list, random) {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** The real article text the documents are made of, and where it came from. */
export function loadSources(root) {
  const files = [];
  const seed = path.resolve(root, '..', 'shared', 'corpus', 'seed-article.md');
  const notes = [];
  if (existsSync(seed)) files.push(seed);
  else notes.push(`seed article absent (${seed}): documents are made of samples/*.md only`);
  const samples = path.join(root, 'samples');
  for (const name of readdirSync(samples).sort()) if (name.endsWith('.md')) files.push(path.join(samples, name));
  const paragraphs = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    for (const paragraph of text.split(/\n\s*\n/)) if (paragraph.trim().length > 0) paragraphs.push(paragraph);
  }
  return { files: files.map((f) => path.relative(root, f)), paragraphs, notes };
}

/** Shifts every digit by k (mod 10): the same prose with different figures. */
function varyDigits(paragraph, k) {
  if (k === 0) return paragraph;
  return paragraph.replace(/[0-9]/g, (d) => String.fromCharCode(48 + ((d.charCodeAt(0) - 48 + k) % 10)));
}

/**
 * About `bytes` bytes (UTF-8) of article text: the paragraphs repeated, each round shuffled and with
 * its digits shifted, cut at a paragraph boundary at or after the target.
 */
export function articleDocument(paragraphs, bytes, seed = 1) {
  const random = rng(seed);
  const parts = [];
  let size = 0;
  for (let round = 0; size < bytes; round++) {
    for (const paragraph of round === 0 ? paragraphs : shuffle(paragraphs, random)) {
      const text = varyDigits(paragraph, round % 10);
      parts.push(text);
      size += Buffer.byteLength(text) + 2;
      if (size >= bytes) break;
    }
  }
  return parts.join('\n\n');
}

/** Alias-dense text: every phrase is a gazetteer alias, separated by commas, "and", dashes. */
export function aliasDenseDocument(aliases, bytes, seed = 2) {
  const random = rng(seed);
  const separators = [', ', ' and ', ' – ', '; ', ' with ', '. ', '\n'];
  const parts = [];
  let size = 0;
  while (size < bytes) {
    const alias = aliases[Math.floor(random() * aliases.length)];
    const sep = separators[Math.floor(random() * separators.length)];
    parts.push(alias, sep);
    size += Buffer.byteLength(alias) + Buffer.byteLength(sep);
  }
  return parts.join('');
}

const PREFIXES = ['North', 'South', 'East', 'West', 'New', 'Upper', 'Lower', 'Greater', 'Port', 'Saint', 'Fort', 'Lake', 'Mount', 'Old', 'Little', 'Central'];
const SUFFIXES = ['Province', 'District', 'Region', 'Bay', 'Islands', 'Valley', 'City', 'County', 'Airport', 'Corps', 'Institute', 'Council', 'Forum', 'Pact', 'Accord', 'Fund'];

/**
 * Gazetteer entries with about `target` aliases. Below the bundled size: a random subset of the real
 * entries. Above it: all real entries plus generated places named after real names ("North Abuja",
 * "Kazakhstan Forum", "Upper Shanghai Cooperation Organisation"), so the trie grows the way a big
 * real gazetteer would (many phrases sharing first tokens).
 */
export function scaledEntries(realEntries, realAliasCount, target, seed = 3) {
  const random = rng(seed);
  const surfacesOf = (e) => 1 + e.aliases.length + e.demonyms.length;
  if (target <= realAliasCount) {
    const out = [];
    let count = 0;
    for (const entry of shuffle(realEntries, random)) {
      if (count >= target) break;
      out.push(entry);
      count += surfacesOf(entry);
    }
    return out;
  }
  const names = [];
  for (const entry of realEntries) {
    names.push(entry.name);
    for (const alias of entry.aliases) if (/^[\p{L}\p{N} .'-]+$/u.test(alias.text) && /^[A-Z]/.test(alias.text)) names.push(alias.text);
  }
  const out = [...realEntries];
  const seen = new Set();
  let n = 0;
  const needed = target - realAliasCount;
  while (n < needed) {
    const name = names[Math.floor(random() * names.length)];
    const prefix = random() < 0.5;
    const word = prefix ? PREFIXES[Math.floor(random() * PREFIXES.length)] : SUFFIXES[Math.floor(random() * SUFFIXES.length)];
    const variant = prefix ? `${word} ${name}` : `${name} ${word}`;
    if (seen.has(variant)) continue;
    seen.add(variant);
    out.push({ id: `bench-${n}`, kind: 'place', name: variant, aliases: [], demonyms: [], metonyms: [], facts: {}, related: [], sources: [], file: 'bench', line: n + 1 });
    n++;
  }
  return out;
}
