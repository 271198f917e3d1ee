/**
 * Finds the phrases of a dictionary in a token stream in one pass, leftmost-longest: a trie keyed
 * by the tokens' vocabulary ids (see text/tokenize), walked from each token. The root is an array indexed by id,
 * so a token that starts no phrase — most of them — costs one array read. Cost is linear in the
 * number of tokens times the length of the longest phrase that starts there, which is one or two
 * for prose, and does not grow with the dictionary.
 *
 * The trie lives in flat integer arrays (per node: its payload range and its edge range), so it can
 * be written at build time and read back at activation without creating one object per node.
 * Payloads are numbers; the caller maps them to what they stand for.
 */
import { idAt, isAsciiLowerOf, UNKNOWN_ID, VOCABULARY, vocabularyHash, vocabularyId, vocabularyNorm, type Tokens } from '../text/tokenize';

/** The trie as JSON data. Vocabulary ids are per process, so edges name their token by norm. */
export interface SerializedTrie {
  /** The norms of the trie's tokens; `edgeTokens` refers to them by position. */
  norms: string[];
  /** Node n's payloads are `payloads[payloadStarts[n] … payloadStarts[n + 1])`; node 0 is the root. */
  payloadStarts: number[];
  payloads: number[];
  /** Node n's edges are `[edgeStarts[n], edgeStarts[n + 1])` in the two arrays below. */
  edgeStarts: number[];
  edgeTokens: number[];
  edgeTargets: number[];
}

/** The trie while phrases are added. */
interface BuildNode {
  next: Map<number, BuildNode> | undefined;
  payloads: number[] | undefined;
}

/**
 * The edge filter has at least this many slots per edge, so that few other (node, word) pairs share
 * a slot with one (about one in sixteen), however large the gazetteer.
 */
const EDGE_FILTER_SLOTS_PER_EDGE = 16;
const EDGE_FILTER_MIN_SLOTS = 1 << 16;

/** The edge filter's slot for a word's hash at a node (the root, node 0, uses the hash itself). */
function edgeSlot(hash: number, node: number, mask: number): number {
  return (hash ^ Math.imul(node, 0x9e3779b1)) & mask;
}

interface RootSlots {
  mask: number;
  hashes: Int32Array;
  nodes: Int32Array;
  norms: string[];
}

/** The trie as matched: `edgeIds` are this process's vocabulary ids. */
interface FlatTrie {
  payloadStarts: Int32Array;
  payloads: Int32Array;
  edgeStarts: Int32Array;
  edgeIds: Int32Array;
  edgeTargets: Int32Array;
  /** The root's child by vocabulary id, -1 for none. */
  rootChild: Int32Array;
  /**
   * 1 at `edgeSlot(hash, node)` when the node has an edge for a word with that hash: most words are
   * passed over on this — at the root and after a name's first word ("the", "New") — without their
   * id ever being looked up.
   */
  edgeFilter: Uint8Array;
  edgeFilterMask: number;
  /**
   * The root's children by the text of their word (open addressing on its hash): a word the
   * tokeniser has not looked up yet (UNKNOWN_ID) is compared with the few first words of names
   * here instead of being looked up in the whole vocabulary.
   */
  rootSlots: RootSlots;
  /** Each node's payloads as an array, made the first time the node matches. */
  payloadLists: (readonly number[] | undefined)[];
}

export class PhraseMatcher {
  private building: BuildNode | undefined = { next: undefined, payloads: undefined };
  private flat: FlatTrie | undefined;
  /** Makes `flat` from serialised data on first use (see `fromSerialized`). */
  private pending: (() => FlatTrie) | undefined;
  private phraseCount = 0;

  get size(): number {
    return this.phraseCount;
  }

  add(tokens: readonly string[], payload: number): void {
    if (tokens.length === 0) return;
    if (!this.building) throw new Error('This phrase matcher was read back from JSON and cannot take new phrases.');
    this.flat = undefined;
    let node = this.building;
    for (const token of tokens) {
      const id = vocabularyId(token);
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

  /** The trie as JSON data, to be read back by `fromSerialized`. */
  serialize(): SerializedTrie {
    const flat = this.compiled();
    // Norms in vocabulary-id order: a fresh process interns them in that order again, so its ids
    // keep the order of positions and the edges (sorted by id here) need no sorting on load.
    const distinct = [...new Set(flat.edgeIds)].sort((a, b) => a - b);
    const norms = distinct.map((id) => vocabularyNorm(id));
    const positions = new Map<number, number>(distinct.map((id, position) => [id, position]));
    const edgeTokens = Array.from(flat.edgeIds, (id) => positions.get(id) ?? -1);
    return {
      norms,
      payloadStarts: [...flat.payloadStarts],
      payloads: [...flat.payloads],
      edgeStarts: [...flat.edgeStarts],
      edgeTokens,
      edgeTargets: [...flat.edgeTargets],
    };
  }

  /**
   * A matcher from `serialize`'s output. It matches as the original did, and takes no new phrases.
   * Its norms are interned now, in their order (so the edges stay sorted); the flat arrays and the
   * root's lookup tables are made on the first match, not while the extension activates.
   */
  static fromSerialized(data: SerializedTrie): PhraseMatcher {
    const matcher = new PhraseMatcher();
    matcher.building = undefined;
    const ids = data.norms.map((norm) => vocabularyId(norm));
    let sorted = true;
    for (let k = 1; k < ids.length && sorted; k++) sorted = ids[k - 1] < ids[k];
    const { payloadStarts } = data;
    for (let n = 0; n + 1 < payloadStarts.length; n++) if (payloadStarts[n + 1] > payloadStarts[n]) matcher.phraseCount++;
    matcher.pending = () => {
      const edgeIds = new Int32Array(data.edgeTokens.length);
      for (let e = 0; e < edgeIds.length; e++) edgeIds[e] = ids[data.edgeTokens[e]];
      return withRoot(
        {
          payloadStarts: Int32Array.from(payloadStarts),
          payloads: Int32Array.from(data.payloads),
          edgeStarts: Int32Array.from(data.edgeStarts),
          edgeIds,
          edgeTargets: Int32Array.from(data.edgeTargets),
        },
        // When this process's ids keep the order of the norms, the edges are sorted already (see serialize).
        sorted,
      );
    };
    return matcher;
  }

  /**
   * Leftmost-longest matching in one pass: from each token that is not inside the previous match,
   * the longest phrase with payloads that `accept` lets through (so that a rejected longer phrase
   * does not hide an accepted shorter one), handed to `visit` with its first and end token.
   */
  findLongest(tokens: Tokens, accept: (payload: number, firstToken: number) => boolean, visit: (firstToken: number, endToken: number, payloads: readonly number[]) => void): void {
    const { count, hashes } = tokens;
    const foreign = tokens.vocabulary === VOCABULARY ? undefined : Int32Array.from(tokens.norms, (norm) => vocabularyId(norm));
    const trie = this.compiled();
    const { edgeFilter, edgeFilterMask, payloadStarts, edgeStarts, edgeIds, edgeTargets } = trie;
    for (let i = 0; i < count; i++) {
      if (edgeFilter[hashes[i] & edgeFilterMask] === 0) continue;
      let node = rootNode(trie, tokens, i, foreign);
      let j = i + 1;
      let bestEnd = -1;
      let best: readonly number[] | undefined;
      while (node >= 0) {
        if (payloadStarts[node + 1] > payloadStarts[node]) {
          const accepted = acceptedPayloads(payloadList(trie, node), accept, i);
          if (accepted) {
            bestEnd = j;
            best = accepted;
          }
        }
        const edgeEnd = edgeStarts[node + 1];
        if (j >= count || edgeStarts[node] === edgeEnd) break;
        if (edgeFilter[edgeSlot(hashes[j], node, edgeFilterMask)] === 0) break;
        const nextId = foreign ? foreign[j] : idAt(tokens, j);
        const e = findEdge(edgeIds, edgeStarts[node], edgeEnd, nextId);
        node = e < 0 ? -1 : edgeTargets[e];
        j++;
      }
      if (best) {
        visit(i, bestEnd, best);
        i = bestEnd - 1;
      }
    }
  }

  private compiled(): FlatTrie {
    if (!this.flat) {
      this.flat = this.pending ? this.pending() : withRoot(flatten(this.building ?? { next: undefined, payloads: undefined }));
      this.pending = undefined;
    }
    return this.flat;
  }
}

/** Numbers the nodes breadth-first (the root is 0) and lays them out in flat arrays. */
function flatten(root: BuildNode): Omit<FlatTrie, 'rootChild' | 'edgeFilter' | 'edgeFilterMask' | 'rootSlots' | 'payloadLists'> {
  const order: BuildNode[] = [root];
  const payloadStarts: number[] = [];
  const payloads: number[] = [];
  const edgeStarts: number[] = [];
  const edgeIds: number[] = [];
  const edgeTargets: number[] = [];
  for (let n = 0; n < order.length; n++) {
    const node = order[n];
    payloadStarts.push(payloads.length);
    payloads.push(...(node.payloads ?? []));
    edgeStarts.push(edgeIds.length);
    for (const [id, child] of node.next ?? []) {
      edgeIds.push(id);
      edgeTargets.push(order.length);
      order.push(child);
    }
  }
  payloadStarts.push(payloads.length);
  edgeStarts.push(edgeIds.length);
  return {
    payloadStarts: Int32Array.from(payloadStarts),
    payloads: Int32Array.from(payloads),
    edgeStarts: Int32Array.from(edgeStarts),
    edgeIds: Int32Array.from(edgeIds),
    edgeTargets: Int32Array.from(edgeTargets),
  };
}

/**
 * The edge with token `id` among the edges [from, to), which are sorted by token (see `withRoot`):
 * a few are scanned, more ("the" → Kremlin, Quad, White House…) are bisected. -1 when none.
 */
function findEdge(edgeIds: Int32Array, from: number, to: number, id: number): number {
  if (to - from <= 8) {
    for (let e = from; e < to; e++) if (edgeIds[e] === id) return e;
    return -1;
  }
  let lo = from;
  let hi = to - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = edgeIds[mid];
    if (at === id) return mid;
    if (at < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * Sorts each node's edges by token id (ids are this process's, so this happens on load). The root
 * is left as it is: it is read through `rootChild`.
 */
function sortEdges(edgeStarts: Int32Array, edgeIds: Int32Array, edgeTargets: Int32Array): void {
  for (let n = 1; n + 1 < edgeStarts.length; n++) {
    const from = edgeStarts[n];
    const to = edgeStarts[n + 1];
    if (to - from < 2) continue;
    const order = Array.from({ length: to - from }, (_, k) => from + k).sort((a, b) => edgeIds[a] - edgeIds[b]);
    const ids = order.map((e) => edgeIds[e]);
    const targets = order.map((e) => edgeTargets[e]);
    edgeIds.set(ids, from);
    edgeTargets.set(targets, from);
  }
}

/** Adds the root's table of children by vocabulary id (the one lookup most tokens need) and the edge filter. */
function withRoot(trie: Omit<FlatTrie, 'rootChild' | 'edgeFilter' | 'edgeFilterMask' | 'rootSlots' | 'payloadLists'>, edgesSorted = false): FlatTrie {
  const { edgeStarts, edgeIds, edgeTargets } = trie;
  if (!edgesSorted) sortEdges(edgeStarts, edgeIds, edgeTargets);
  let maxId = -1;
  for (let e = edgeStarts[0]; e < edgeStarts[1]; e++) maxId = Math.max(maxId, edgeIds[e]);
  const rootChild = new Int32Array(maxId + 1).fill(-1);
  for (let e = edgeStarts[0]; e < edgeStarts[1]; e++) rootChild[edgeIds[e]] = edgeTargets[e];
  let slots = EDGE_FILTER_MIN_SLOTS;
  while (slots < edgeIds.length * EDGE_FILTER_SLOTS_PER_EDGE) slots *= 2;
  const edgeFilter = new Uint8Array(slots);
  const edgeFilterMask = slots - 1;
  for (let node = 0; node + 1 < edgeStarts.length; node++) {
    for (let e = edgeStarts[node]; e < edgeStarts[node + 1]; e++) edgeFilter[edgeSlot(vocabularyHash(edgeIds[e]), node, edgeFilterMask)] = 1;
  }
  return { ...trie, rootChild, edgeFilter, edgeFilterMask, rootSlots: rootSlotsOf(edgeStarts, edgeIds, edgeTargets), payloadLists: [] };
}

function rootSlotsOf(edgeStarts: Int32Array, edgeIds: Int32Array, edgeTargets: Int32Array): RootSlots {
  let size = 64;
  while (size < (edgeStarts[1] - edgeStarts[0]) * 2) size *= 2;
  const slots: RootSlots = { mask: size - 1, hashes: new Int32Array(size), nodes: new Int32Array(size).fill(-1), norms: new Array<string>(size).fill('') };
  for (let e = edgeStarts[0]; e < edgeStarts[1]; e++) {
    const hash = vocabularyHash(edgeIds[e]);
    let slot = hash & slots.mask;
    while (slots.nodes[slot] >= 0) slot = (slot + 1) & slots.mask;
    slots.hashes[slot] = hash;
    slots.nodes[slot] = edgeTargets[e];
    slots.norms[slot] = vocabularyNorm(edgeIds[e]);
  }
  return slots;
}

/** The root's child for token `i`, or -1. */
function rootNode(trie: FlatTrie, tokens: Tokens, i: number, foreign: Int32Array | undefined): number {
  const id = foreign ? foreign[i] : tokens.ids[i];
  if (id !== UNKNOWN_ID || foreign) return id >= 0 && id < trie.rootChild.length ? trie.rootChild[id] : -1;
  // A word of ASCII letters or digits not looked up yet: compared, lower-cased, with the root's words.
  const { text } = tokens;
  const start = tokens.starts[i];
  const end = tokens.ends[i];
  const hash = tokens.hashes[i];
  const { mask, hashes, nodes, norms } = trie.rootSlots;
  for (let slot = hash & mask; nodes[slot] >= 0; slot = (slot + 1) & mask) {
    if (hashes[slot] === hash && isAsciiLowerOf(text, start, end, norms[slot])) return nodes[slot];
  }
  return -1;
}

function payloadList(trie: FlatTrie, node: number): readonly number[] {
  let list = trie.payloadLists[node];
  if (!list) {
    list = Array.from(trie.payloads.subarray(trie.payloadStarts[node], trie.payloadStarts[node + 1]));
    trie.payloadLists[node] = list;
  }
  return list;
}

/** The accepted payloads, or undefined when none is; the list itself when all are (the common case). */
function acceptedPayloads(payloads: readonly number[], accept: (payload: number, first: number) => boolean, first: number): readonly number[] | undefined {
  if (payloads.length === 1) return accept(payloads[0], first) ? payloads : undefined;
  const accepted = payloads.filter((payload) => accept(payload, first));
  return accepted.length > 0 ? accepted : undefined;
}
