/**
 * Counts per 32-bit hash, in typed arrays (open addressing). A Map keyed by the tokeniser's hashes
 * boxed every hash outside the small-integer range (half of them) on each look-up, which made the
 * document's word counts the slowest part of reading a paragraph.
 */
export class HashCounts {
  private keys = new Int32Array(1024);
  private counts = new Int32Array(1024);
  /** 1 where a slot holds a key (its count may have fallen to 0: the key is then absent). */
  private used = new Uint8Array(1024);
  private occupied = 0;

  has(hash: number): boolean {
    const slot = this.find(hash);
    return slot >= 0 && this.counts[slot] > 0;
  }

  /** Counts `hash` up or down by one; true when that made it present or absent. */
  change(hash: number, by: 1 | -1): boolean {
    let slot = this.find(hash);
    if (slot < 0) {
      if (by < 0) return false;
      if ((this.occupied + 1) * 2 > this.keys.length) this.grow();
      slot = this.insert(hash);
    }
    const before = this.counts[slot];
    const after = Math.max(0, before + by);
    this.counts[slot] = after;
    return (before === 0) !== (after === 0);
  }

  private find(hash: number): number {
    const mask = this.keys.length - 1;
    for (let slot = mix(hash) & mask; ; slot = (slot + 1) & mask) {
      if (this.used[slot] === 0) return -1;
      if (this.keys[slot] === hash) return slot;
    }
  }

  private insert(hash: number): number {
    const mask = this.keys.length - 1;
    let slot = mix(hash) & mask;
    while (this.used[slot] !== 0) slot = (slot + 1) & mask;
    this.used[slot] = 1;
    this.keys[slot] = hash;
    this.counts[slot] = 0;
    this.occupied++;
    return slot;
  }

  /** Twice the room, keeping only the keys counted above zero. */
  private grow(): void {
    const { keys, counts, used } = this;
    let live = 0;
    for (let i = 0; i < keys.length; i++) if (used[i] !== 0 && counts[i] > 0) live++;
    let size = keys.length;
    while ((live + 1) * 4 > size) size *= 2;
    this.keys = new Int32Array(size);
    this.counts = new Int32Array(size);
    this.used = new Uint8Array(size);
    this.occupied = 0;
    for (let i = 0; i < keys.length; i++) {
      if (used[i] === 0 || counts[i] === 0) continue;
      this.counts[this.insert(keys[i])] = counts[i];
    }
  }
}

/** The tokeniser's hashes are FNV-like: their low bits are mixed again before they pick a slot. */
function mix(hash: number): number {
  const h = Math.imul(hash ^ (hash >>> 16), 0x45d9f3b);
  return h ^ (h >>> 16);
}
