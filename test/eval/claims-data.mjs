// Readers of the public check-worthiness sets in ../shared/eval/claims (shared by the evaluation and
// scripts/train-claims). Each returns `{text, label, group}` rows; `group` is the debate for CheckThat! 2019.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { EVAL_DIR, readJson, readText } from './lib.mjs';

const CLAIMS = join(EVAL_DIR, 'claims');

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
