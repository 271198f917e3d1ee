/**
 * Finds every phrase of a dictionary in a token stream in one pass: a trie keyed by normalised
 * tokens (hash-map transitions), walked from each token. Cost is linear in the number of tokens
 * times the length of the longest phrase that starts there, which is one or two for prose.
 */
import type { Tokens } from '../text/tokenize';

export interface PhraseHit<T> {
  /** Token indexes, end exclusive. */
  firstToken: number;
  endToken: number;
  payloads: T[];
}

interface TrieNode<T> {
  next: Map<string, TrieNode<T>> | undefined;
  payloads: T[] | undefined;
}

export class PhraseMatcher<T> {
  private readonly root: TrieNode<T> = { next: new Map(), payloads: undefined };
  private phraseCount = 0;

  get size(): number {
    return this.phraseCount;
  }

  add(tokens: readonly string[], payload: T): void {
    if (tokens.length === 0) return;
    let node = this.root;
    for (const token of tokens) {
      node.next ??= new Map();
      let child = node.next.get(token);
      if (!child) {
        child = { next: undefined, payloads: undefined };
        node.next.set(token, child);
      }
      node = child;
    }
    if (!node.payloads) {
      node.payloads = [];
      this.phraseCount++;
    }
    node.payloads.push(payload);
  }

  /**
   * Every phrase occurrence, with its payloads; `accept` filters payloads of one occurrence (case
   * rules) so that a rejected longer phrase does not hide an accepted shorter one.
   */
  findAll(tokens: Tokens, accept: (payload: T, firstToken: number) => boolean): PhraseHit<T>[] {
    const hits: PhraseHit<T>[] = [];
    const { count, norms } = tokens;
    const rootNext = this.root.next as Map<string, TrieNode<T>>;
    for (let i = 0; i < count; i++) {
      let node = rootNext.get(norms[i]);
      let j = i + 1;
      while (node) {
        if (node.payloads) {
          const accepted = node.payloads.filter((payload) => accept(payload, i));
          if (accepted.length > 0) hits.push({ firstToken: i, endToken: j, payloads: accepted });
        }
        if (!node.next || j >= count) break;
        node = node.next.get(norms[j]);
        j++;
      }
    }
    return hits;
  }
}
