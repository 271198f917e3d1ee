/**
 * Text with every lone surrogate (half of an emoji cut off, bytes decoded badly) replaced by U+FFFD,
 * as `String.prototype.toWellFormed` does: `encodeURIComponent` throws on a lone surrogate.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

/** `encodeURIComponent` that never throws. */
export function encodeComponent(text: string): string {
  return encodeURIComponent(wellFormed(text));
}
