/**
 * Finds every phrase of a dictionary in a token stream in one pass: a trie keyed by the tokens'
 * vocabulary ids (see text/tokenize), walked from each token. The root is an array indexed by id,
 * so a token that starts no phrase — most of them — costs one array read; deeper transitions are
 * hash maps. Cost is linear in the number of tokens times the length of the longest phrase that
 * starts there, which is one or two for prose, and does not grow with the dictionary.
 */
import { VOCABULARY, vocabularyId, type Tokens } from '../text/tokenize';

export interface PhraseHit<T> {
  /** Token indexes, end exclusive. */
  firstToken: number;
  endToken: number;
  payloads: T[];
}

interface TrieNode<T> {
  next: Map<number, TrieNode<T>> | undefined;
  payloads: T[] | undefined;
}

export class PhraseMatcher<T> {
  /** Root transitions by vocabulary id (null: none). */
  private readonly root: (TrieNode<T> | null)[] = [];
  private phraseCount = 0;

  get size(): number {
    return this.phraseCount;
  }

  add(tokens: readonly string[], payload: T): void {
    if (tokens.length === 0) return;
    const first = vocabularyId(tokens[0]);
    while (this.root.length <= first) this.root.push(null);
    let node = this.root[first];
    if (!node) {
      node = { next: undefined, payloads: undefined };
      this.root[first] = node;
    }
    for (let k = 1; k < tokens.length; k++) {
      const id = vocabularyId(tokens[k]);
      node.next ??= new Map();
      let child = node.next.get(id);
      if (!child) {
        child = { next: undefined, payloads: undefined };
        node.next.set(id, child);
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
    const { count } = tokens;
    // Tokens made by another copy of the tokeniser carry other ids: look their norms up here.
    const ids = tokens.vocabulary === VOCABULARY ? tokens.ids : Int32Array.from(tokens.norms, (norm) => vocabularyId(norm));
    const root = this.root;
    const rootSize = root.length;
    for (let i = 0; i < count; i++) {
      const id = ids[i];
      if (id < 0 || id >= rootSize) continue;
      let node: TrieNode<T> | null | undefined = root[id];
      let j = i + 1;
      while (node) {
        const payloads = node.payloads;
        if (payloads) {
          const accepted = acceptedPayloads(payloads, accept, i);
          if (accepted) hits.push({ firstToken: i, endToken: j, payloads: accepted });
        }
        if (!node.next || j >= count) break;
        const nextId = ids[j];
        node = nextId < 0 ? undefined : node.next.get(nextId);
        j++;
      }
    }
    return hits;
  }
}

/** The accepted payloads, or undefined when none is; the list itself when all are (the common case). */
function acceptedPayloads<T>(payloads: T[], accept: (payload: T, firstToken: number) => boolean, first: number): T[] | undefined {
  if (payloads.length === 1) return accept(payloads[0], first) ? payloads : undefined;
  const accepted = payloads.filter((payload) => accept(payload, first));
  return accepted.length > 0 ? accepted : undefined;
}
