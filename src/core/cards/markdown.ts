/**
 * Gazetteer and document text is untrusted: characters that would make links, images, HTML, code,
 * emphasis, tables or block structure are escaped, so the text renders as the words it is. The result
 * is one line: every line break a Markdown renderer or an editor may honour (LF, CR alone, CR LF,
 * NEL, LS, PS, vertical tab, form feed) becomes a space, so no text can start a block of its own, and
 * a block marker or indentation at its start is neutralised for where it starts a line.
 */
const LINE_BREAK = /[\r\n\u0085\u2028\u2029\v\f]/;

export function escapeMarkdown(text: string): string {
  return text
    // Each run of white space is matched once (a pattern like /\s*\n\s*/ rescans long runs of spaces).
    .replace(/[\s\u0085]+/g, (run) => (LINE_BREAK.test(run) ? ' ' : run))
    .replace(/^[ \t]+/, '')
    .replace(/[\\`*_[\]()|~!$]/g, (ch) => `\\${ch}`)
    .replace(/[<>&]/g, (ch) => (ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : '&amp;'))
    .replace(/^[#+\-=]/, (marker) => `\\${marker}`)
    // "1." would open an ordered list; CommonMark escapes punctuation, not digits: "1\.".
    .replace(/^(\d+)([.)])/, (_m, digits: string, mark: string) => `${digits}\\${mark}`);
}

/** The lines of a multi-line text (a note), split at every kind of line break. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|[\r\n\u0085\u2028\u2029]/);
}

/** Markdown source as a reader sees it: `\$50` → `$50`. */
export function stripMarkdownEscapes(text: string): string {
  return text.replace(/\\([\\`*_{}[\]()#+\-.!$|~<>"'])/g, '$1');
}

/** A link only for http(s) URLs, with the URL's own parentheses and spaces encoded. */
export function safeLink(title: string, url: string | undefined): string {
  if (!url || !/^https?:\/\/[^\s]+$/.test(url)) return escapeMarkdown(title);
  const encoded = url.replace(/[()<>\s]/g, (ch) => encodeURIComponent(ch));
  return `[${escapeMarkdown(title)}](${encoded})`;
}
