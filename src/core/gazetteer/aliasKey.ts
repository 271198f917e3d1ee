import { tokenize } from '../text/tokenize';

/** The key two surface forms share when the matcher cannot tell them apart. */
export function aliasKey(text: string): string {
  return tokenize(text).norms.join(' ');
}
