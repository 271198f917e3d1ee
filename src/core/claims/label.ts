/** Short labels for the claims tree: the claim's words without Markdown, cut at a word. */
import { replaceMarkdownLinks } from '../text/markdownLinks';

export const LABEL_MAX = 80;

export function claimLabel(text: string, max = LABEL_MAX): string {
  const plain = replaceMarkdownLinks(text)
    .replace(/\\([\\`*_{}[\]()#+\-.!$])/g, '$1')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (plain.length <= max) return plain;
  const cut = plain.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  // Cut at a word when one ends in the last third; a single huge token is cut where it is.
  const head = space > max * 0.66 ? cut.slice(0, space) : cut;
  return `${head.replace(/[\s,;:.–—-]+$/, '')}…`;
}
