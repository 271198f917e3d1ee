/**
 * The one character classification of the core: what a code point is, as the Unicode properties
 * the tokeniser, the figure recogniser and the claims model's features ask about. Each BMP code unit
 * is looked up once with the Unicode regular expressions and kept in a table (a code point above
 * U+FFFF in a small map), so every module reads the same answer at the cost of an array load.
 */

/** `\p{L}`: a letter. */
export const LETTER = 1;
/** `\p{M}`: a combining mark. */
export const MARK = 2;
/** `\p{N}`: a number (digits, "²", "½", other scripts' digits). */
export const NUMBER = 4;
/** A script written without spaces between words (Han, Kana, Thai, Lao, Khmer, Myanmar, Tibetan). */
export const UNSPACED = 8;
/** `\s`: white space as a JavaScript regular expression sees it (line breaks included). */
export const WHITE_SPACE = 16;
/** `\p{Pd}` or `\p{Cf}`: a dash or an invisible format character (joiners, soft hyphen). */
export const DASH_OR_FORMAT = 32;
const KNOWN = 128;

const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}]/u;
const PROPERTIES: readonly (readonly [RegExp, number])[] = [
  [/\p{L}/u, LETTER],
  [/\p{M}/u, MARK],
  [/\p{N}/u, NUMBER],
  [UNSPACED_SCRIPT, UNSPACED],
  [/\s/u, WHITE_SPACE],
  [/[\p{Pd}\p{Cf}]/u, DASH_OR_FORMAT],
];

function flagsOf(ch: string): number {
  let flags = KNOWN;
  for (const [property, flag] of PROPERTIES) if (property.test(ch)) flags |= flag;
  return flags;
}

const BMP = new Uint8Array(0x10000);
const ASTRAL = new Map<number, number>();

/** The flags of a code point (a lone surrogate is a code point of its own here, with no flags); 0 for NaN. */
export function charFlags(codePoint: number): number {
  // NaN (a read past the end) and anything outside Unicode: no flags.
  if (!(codePoint >= 0 && codePoint <= 0x10ffff)) return 0;
  if (codePoint < 0x10000) {
    let flags = BMP[codePoint];
    if (flags === 0) BMP[codePoint] = flags = flagsOf(String.fromCharCode(codePoint));
    return flags;
  }
  let flags = ASTRAL.get(codePoint);
  if (flags === undefined) {
    flags = flagsOf(String.fromCodePoint(codePoint));
    if (ASTRAL.size < 65536) ASTRAL.set(codePoint, flags);
  }
  return flags;
}
