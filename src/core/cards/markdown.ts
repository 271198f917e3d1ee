/**
 * Gazetteer and document text is untrusted: characters that would make links, images, HTML, code,
 * emphasis, tables or block structure are escaped, so the text renders as the words it is.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s*\n\s*/g, ' ')
    .replace(/[\\`*_[\]()|~!$]/g, (ch) => `\\${ch}`)
    .replace(/[<>&]/g, (ch) => (ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : '&amp;'))
    .replace(/^(\s*)([#+\-=]|\d+[.)])/, (_m, space: string, marker: string) => `${space}\\${marker}`);
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
