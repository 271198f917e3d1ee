// Readers of the public check-worthiness sets in ../shared/eval/claims, read in place, never copied
// (used by training and by `npm run eval`). Each returns `{id, text, label, group?}` rows; `group`
// is the debate for CheckThat! 2019.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const CLAIMS = join(ROOT, '../shared/eval/claims');
export const ARTICLES_FILE = join(ROOT, 'test/eval/data/articles.txt');
/** Every labelled article set, the first one first; thresholds are chosen on their development halves. */
export const ARTICLE_SETS = [ARTICLES_FILE, join(ROOT, 'test/eval/data/articles-2.txt'), join(ROOT, 'test/eval/data/articles-3.txt'), join(ROOT, 'test/eval/data/articles-4.txt')];

const readText = (path) => readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
const readJson = (path) => JSON.parse(readText(path));

/** A TSV field; the CheckThat! 2024 dev file quotes fields CSV-style (`"…""…"`). */
const unquote = (field) => (/^".*"$/s.test(field) ? field.slice(1, -1).replace(/""/g, '"') : field);

/** CheckThat! 2024 task 1 English: `Sentence_id<TAB>Text<TAB>class_label` (Yes/No). */
export function checkThat2024(split) {
  const file = join(CLAIMS, 'checkthat2024', `CT24_checkworthy_english_${split}.tsv`);
  const quoted = split === 'dev';
  return readText(file).split('\n').slice(1).map((line) => line.replace(/\r$/, '')).filter(Boolean).map((line) => {
    const fields = line.split('\t');
    const text = fields.slice(1, -1).join('\t');
    return { id: fields[0], text: quoted ? unquote(text) : text, label: fields[fields.length - 1].trim() === 'Yes' };
  });
}

/** ClaimBuster (ClaimSpotter split): `train` or `test`. */
export function claimBuster(split) {
  return readJson(join(CLAIMS, 'claimbuster', `${split}.json`)).map((r) => ({ id: String(r.sentence_id), text: r.text, label: r.label === 1 }));
}

/** CheckThat! 2019 task 1 training debates: `line<TAB>speaker<TAB>text<TAB>label`, one group per debate. */
export function checkThat2019() {
  const dir = join(CLAIMS, 'checkthat2019', 'training');
  return readdirSync(dir).filter((f) => f.endsWith('.tsv')).sort().flatMap((file) =>
    readText(join(dir, file)).split('\n').map((line) => line.replace(/\r$/, '').split('\t')).filter((f) => f.length >= 4).map((f) => ({
      id: `${file}:${f[0]}`, group: file, text: f[2], label: f[3].trim() === '1',
    })));
}

/**
 * GeoLens' own labelled articles (test/eval/data/articles.txt, see its header): their text and the
 * gold sentences with offsets. Odd-numbered articles are the development half, even-numbered the
 * frozen test half.
 */
export function readArticles(file = ARTICLES_FILE) {
  return readLabelledPassages(file, (line) => {
    const m = /^([+-])\s*(?:\[([^\]]+)\]\s*)?(.+)$/.exec(line);
    return m ? { checkWorthy: m[1] === '+', speaker: m[1] === '+' ? (m[2] ?? 'author').trim() : undefined, text: m[3].trim() } : undefined;
  });
}

/**
 * Passages written one sentence per line ("=== 01 | style" opens one, a blank line ends a
 * paragraph, "#" lines are comments; the sentences of a paragraph are joined by a space, a line
 * with no sentence's mark at its end by a line break), each sentence labelled by `readLine` (undefined: a line it
 * cannot read, an error). Each passage gets its text, its sentences with offsets into it, and its
 * half: odd-numbered passages are the development half, even-numbered the frozen test half.
 */
export function readLabelledPassages(file, readLine) {
  const passages = [];
  let current;
  let paragraph = [];
  const flush = () => {
    if (!current || paragraph.length === 0) return;
    if (current.text !== '') current.text += '\n\n';
    for (const [k, s] of paragraph.entries()) {
      // A line that ends without a sentence's mark is a headline, a byline or a caption: it stands on
      // its own line, as it does in an article (joined by a space, it ran into the sentence after it).
      if (k > 0) current.text += /[.!?:;"'”’)\]]$/.test(paragraph[k - 1].text) ? ' ' : '\n';
      s.start = current.text.length;
      current.text += s.text;
      s.end = current.text.length;
      current.sentences.push(s);
    }
    paragraph = [];
  };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('#')) continue;
    const head = /^===\s*(\d+)\s*\|\s*(.*)$/.exec(line);
    if (head) {
      flush();
      current = { id: head[1], style: head[2].trim(), text: '', sentences: [], half: Number(head[1]) % 2 === 1 ? 'dev' : 'test' };
      passages.push(current);
      continue;
    }
    if (line.trim() === '') {
      flush();
      continue;
    }
    const sentence = current ? readLine(line) : undefined;
    if (!sentence) throw new Error(`${String(file).split('/').pop()}: cannot read line "${line.slice(0, 60)}"`);
    paragraph.push(sentence);
  }
  flush();
  return passages;
}

