/** Gazetteer and document text is untrusted: every character Markdown gives meaning to is escaped. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~&"'=:]/g, (ch) => (ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : ch === '&' ? '&amp;' : `\\${ch}`)).replace(/\s*\n\s*/g, ' ');
}

/** A link only for http(s) URLs, with the URL's own parentheses and spaces encoded. */
export function safeLink(title: string, url: string | undefined): string {
  if (!url || !/^https?:\/\/[^\s]+$/.test(url)) return escapeMarkdown(title);
  const encoded = url.replace(/[()<>\s]/g, (ch) => encodeURIComponent(ch));
  return `[${escapeMarkdown(title)}](${encoded})`;
}
