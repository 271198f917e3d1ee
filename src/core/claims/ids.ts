/**
 * Claim ids that survive edits elsewhere in the document: a hash of the claim's normalised text
 * plus its occurrence number among claims with the same text. Offsets are left out on purpose, so
 * typing above a claim does not change its id; rewording the claim itself does (the notes store
 * then re-finds it by its anchor).
 */

/** Case, whitespace, Markdown escapes/emphasis and quote/dash styles do not change the id. */
export function normaliseClaimText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\\([\\`*_{}[\]()#+\-.!$])/g, '$1')
    .replace(/[*_`]/g, '')
    .replace(/[\u2018\u2019\u201B\u2032`]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u00AB\u00BB]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** FNV-1a, 32 bits: small, fast and good enough to tell a document's claims apart. */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** "c" + 8 hex digits, with "-2", "-3"… for repeats of the same text. */
export function claimId(normalisedText: string, occurrence: number): string {
  const base = `c${fnv1a32(normalisedText).toString(16).padStart(8, '0')}`;
  return occurrence > 1 ? `${base}-${occurrence}` : base;
}

/** Assigns ids in document order, counting repeats of the same normalised text. */
export function assignIds(texts: readonly string[], normalise: (text: string) => string = normaliseClaimText): string[] {
  const seen = new Map<string, number>();
  return texts.map((text) => {
    const key = normalise(text);
    const occurrence = (seen.get(key) ?? 0) + 1;
    seen.set(key, occurrence);
    return claimId(key, occurrence);
  });
}
