/**
 * The edit that gives a document its own date in front matter (`date: 2026-12-06`): the quick fix
 * offered on "yesterday" or "on Tuesday" in a document that has none, so that such dates count from
 * the day the piece was written instead of from today.
 */
import { frontMatterEnd } from './sentences';

export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** The edit, and the value of a `date:` field it replaces (kept in a comment after the new one). */
export interface FrontMatterDateEdit extends TextEdit {
  replaces?: string;
}

/**
 * Inserts `date:` as the first field of the front matter, or opens front matter with it; an
 * existing one-line `date:` (one GeoLens could not read) gets the new date, its old value kept in a
 * comment after it. Line ends follow the document's. Undefined where no line can be written safely:
 * TOML front matter, a `date:` whose value runs over several lines (a block, a list, a mapping),
 * and a block between `---` lines that is not YAML (a horizontal rule over prose).
 */
export function frontMatterDateEdit(text: string, date: string): FrontMatterDateEdit | undefined {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const body = text.slice(bom);
  const eol = /\r\n/.test(body.slice(0, 4096)) ? '\r\n' : '\n';
  if (/^\+\+\+[ \t]*\r?\n/.test(body)) return undefined;
  const end = frontMatterEnd(body);
  if (end > 0) {
    const block = body.slice(0, end);
    if (!yamlLike(block)) return undefined;
    const existing = /^date:([^\r\n]*)/m.exec(block);
    if (existing) {
      const value = existing[1].trim();
      const indentedNext = /^\r?\n[ \t]+\S/.test(block.slice(existing.index + existing[0].length));
      if (/^[|>&!]/.test(value) || indentedNext) return undefined;
      // "date:" left empty in a template: filled in, nothing to keep.
      if (value === '') return { start: bom + existing.index, end: bom + existing.index + existing[0].length, text: `date: ${date}` };
      return { start: bom + existing.index, end: bom + existing.index + existing[0].length, text: `date: ${date} # was: ${value}`, replaces: value };
    }
    const firstLineEnd = body.indexOf('\n') + 1;
    return { start: bom + firstLineEnd, end: bom + firstLineEnd, text: `date: ${date}${eol}` };
  }
  return { start: bom, end: bom, text: `---${eol}date: ${date}${eol}---${eol}${eol}` };
}

/** Whether the lines between the markers read as YAML: keys, list items, comments, indented lines. */
function yamlLike(block: string): boolean {
  const lines = block.split(/\r?\n/).slice(1);
  return lines.every((line) => line.trim() === '' || /^(?:---|\.\.\.)[ \t]*$/.test(line) || /^(?:[ \t]+\S|#|-(?:[ \t]|$)|["']?[\p{L}_$][\p{L}\p{N}_$ .-]*["']?[ \t]*:(?:[ \t]|$))/u.test(line));
}
