/**
 * Markdown links and images (`[label](url)`, `![alt](src)`) in one expression shared by everything
 * that reduces Markdown to its words. It cannot backtrack across the text: the label stops at any
 * bracket or line break and the destination at any parenthesis or line break, and both are bounded,
 * so 400 KB of unclosed "[" or "[a](" costs one short scan per bracket instead of one to the end of
 * the text (which made Extract Claims quadratic).
 */
const LINK_SOURCE = String.raw`!?\[([^[\]\n]{0,1000})\]\([^()\n]{0,2000}\)`;

/** A fresh global expression (a shared /g expression would carry `lastIndex` between callers). */
export function markdownLinkPattern(): RegExp {
  return new RegExp(LINK_SOURCE, 'g');
}

/** The text with each link replaced by its label (or by `replacement`, "$1" being the label). */
export function replaceMarkdownLinks(text: string, replacement = '$1'): string {
  return text.indexOf('](') < 0 ? text : text.replace(markdownLinkPattern(), replacement);
}

/** How many links the text holds. */
export function countMarkdownLinks(text: string): number {
  return text.indexOf('](') < 0 ? 0 : (text.match(markdownLinkPattern()) ?? []).length;
}
