// The baselines the bench writes itself: a token + hash-map phrase matcher in the manner of spaCy's
// PhraseMatcher, the RegExp alternation highlight extensions build, and the one-pass floor loops.

const TOKEN = /[\p{L}\p{M}]+|\p{N}+|[^\s\p{L}\p{M}\p{N}]/gu;

/**
 * spaCy's PhraseMatcher, reduced to its algorithm: tokenise (rule-based, regex), key each token by
 * its LOWER attribute, walk a trie of hash maps from every token, keep every match (spaCy returns
 * all, overlapping ones included; callers filter). Returns [start, end] character offsets.
 */
export class SpacyLikePhraseMatcher {
  constructor(phrases) {
    this.root = new Map();
    for (const phrase of phrases) {
      const words = phrase.match(TOKEN);
      if (!words) continue;
      let node = { next: this.root, end: false };
      for (const word of words) {
        const key = word.toLowerCase();
        let child = node.next.get(key);
        if (!child) {
          child = { next: new Map(), end: false };
          node.next.set(key, child);
        }
        node = child;
      }
      node.end = true;
    }
  }

  match(text) {
    const keys = [];
    const starts = [];
    const ends = [];
    TOKEN.lastIndex = 0;
    for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
      keys.push(m[0].toLowerCase());
      starts.push(m.index);
      ends.push(m.index + m[0].length);
    }
    const found = [];
    for (let i = 0; i < keys.length; i++) {
      let node = this.root.get(keys[i]);
      let j = i + 1;
      while (node) {
        if (node.end) found.push([starts[i], ends[j - 1]]);
        if (j >= keys.length) break;
        node = node.next.get(keys[j]);
        j++;
      }
    }
    return found;
  }
}

/** One case-insensitive alternation of every alias, longest first, between `\b`s (as highlighters do). */
export function aliasRegExp(aliases) {
  const escaped = [...aliases].sort((a, b) => b.length - a.length).map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`\\b(?:${escaped.join('|')})\\b`, 'gi');
}

export function regexMatchAll(re, text) {
  re.lastIndex = 0;
  let count = 0;
  while (re.exec(text) !== null) count++;
  return count;
}

/** The floor: one pass, one charCodeAt per UTF-16 unit, nothing else. */
export function bareLoop(text) {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (h + text.charCodeAt(i)) | 0;
  return h;
}

const CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) CLASS[c] = /[A-Za-z]/.test(String.fromCharCode(c)) ? 1 : /[0-9]/.test(String.fromCharCode(c)) ? 2 : /\s/.test(String.fromCharCode(c)) ? 0 : 3;

/** A tokenising floor: one pass that classifies every unit by table and counts token starts. */
export function classifyLoop(text) {
  let tokens = 0;
  let prev = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const cls = c < 128 ? CLASS[c] : 1;
    if (cls !== prev || cls === 3) tokens += cls === 0 ? 0 : 1;
    prev = cls;
  }
  return tokens;
}
