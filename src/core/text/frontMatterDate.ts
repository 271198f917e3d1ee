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

/**
 * Inserts `date:` as the first field of the front matter, or opens front matter with it; an
 * existing `date:` line (one GeoLens could not read) is replaced. Line ends follow the document's.
 */
export function frontMatterDateEdit(text: string, date: string): TextEdit {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const body = text.slice(bom);
  const eol = /\r\n/.test(body.slice(0, 4096)) ? '\r\n' : '\n';
  const end = frontMatterEnd(body);
  if (end > 0) {
    const existing = /^date:[^\r\n]*/m.exec(body.slice(0, end));
    if (existing) return { start: bom + existing.index, end: bom + existing.index + existing[0].length, text: `date: ${date}` };
    const firstLineEnd = body.indexOf('\n') + 1;
    return { start: bom + firstLineEnd, end: bom + firstLineEnd, text: `date: ${date}${eol}` };
  }
  return { start: bom, end: bom, text: `---${eol}date: ${date}${eol}---${eol}${eol}` };
}
