// Inputs of the editor bench, made at run time in a temporary folder: article documents of a given
// size (the paragraphs of samples/*.md and, when present, ../shared/corpus/seed-article.md, repeated
// and reshuffled by test/bench/corpus.mjs), and a workspace of small articles (variants of the sample)
// for the claims view. The seed article is someone else's text: it only ever lands in the temp folder.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { articleDocument, loadSources } from '../corpus.mjs';

/** Writes `count` files of about `bytes` bytes each to `folder`; returns their paths. */
export async function writeSizedDocuments(root, folder, { label, bytes, count }) {
  const { paragraphs } = loadSources(root);
  await mkdir(folder, { recursive: true });
  const files = [];
  for (let i = 0; i < count; i++) {
    const file = path.join(folder, `article-${label.replace(/\s+/g, '').toLowerCase()}-${i + 1}.md`);
    await writeFile(file, `${articleDocument(paragraphs, bytes, 100 + i)}\n`);
    files.push(file);
  }
  return files;
}

function shiftDigits(text, k) {
  return k === 0 ? text : text.replace(/[0-9]/g, (d) => String.fromCharCode(48 + ((d.charCodeAt(0) - 48 + k) % 10)));
}

/**
 * `count` small articles in `folder` (100 a sub-folder): the first sample with its own title, date
 * and URL, digits shifted (other figures) and its body paragraphs rotated (other order).
 */
export async function writeSmallArticles(root, folder, count) {
  const samples = (await readdir(path.join(root, 'samples'))).filter((name) => name.endsWith('.md')).sort();
  const text = (await readFile(path.join(root, 'samples', samples[0]), 'utf8')).replace(/^\uFEFF/, '');
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  const frontMatter = match ? match[1] : '';
  const body = match ? text.slice(match[0].length) : text;
  const paragraphs = body.split(/\n\s*\n/).filter((p) => p.trim().length > 0);
  const heading = paragraphs[0]?.startsWith('#') ? paragraphs.shift() : undefined;
  for (let i = 0; i < count; i++) {
    const dir = path.join(folder, `batch-${String(Math.floor(i / 100)).padStart(2, '0')}`);
    await mkdir(dir, { recursive: true });
    const rotate = i % paragraphs.length;
    const rotated = [...paragraphs.slice(rotate), ...paragraphs.slice(0, rotate)].map((p) => shiftDigits(p, i % 10));
    const day = String((i % 28) + 1).padStart(2, '0');
    const month = String((Math.floor(i / 28) % 12) + 1).padStart(2, '0');
    const front = frontMatter
      .replace(/^title: "?(.*?)"?$/m, (_m, title) => `title: "${title} (${i + 1})"`)
      .replace(/^date: .*$/m, `date: 2024-${month}-${day}`)
      .replace(/^url: (.*)$/m, (_m, url) => `url: ${url}-${i + 1}`);
    const parts = [front ? `---\n${front}\n---` : '', heading ? `${heading} (${i + 1})` : '', ...rotated].filter(Boolean);
    await writeFile(path.join(dir, `article-${String(i + 1).padStart(4, '0')}.md`), `${parts.join('\n\n')}\n`);
  }
}
