import assert from 'node:assert/strict';
import { createAnchor, editedSpan, mapSpan, resolveAnchor, stringReader, type TextEdit } from '../../src/core/notes/anchor';
import { emptyStore, mergeExtraction, reanchorAfterEdits, reanchorDocument } from '../../src/core/notes/store';
import { prng } from './prng';


const WORDS = ['port', 'grain', 'tariff', 'the', 'of', 'velaria', 'ships', 'rose', 'fell', 'in', '2021', 'talks', 'minister', 'said'];
function words(rand: () => number, n: number): string {
  return Array.from({ length: n }, () => WORDS[Math.floor(rand() * WORDS.length)]).join(' ');
}

const QUOTE = 'Velaria shipped 4.2 million tonnes of grain to Ostria in 2022, a record.';

describe('anchors', () => {
  it('stores a TextQuoteSelector with ~32 characters of context and a position hint', () => {
    const text = `${'a'.repeat(50)}${QUOTE}${'b'.repeat(50)}`;
    const anchor = createAnchor(text, 50, 50 + QUOTE.length);
    assert.equal(anchor.quote.exact, QUOTE);
    assert.equal(anchor.quote.prefix, 'a'.repeat(32));
    assert.equal(anchor.quote.suffix, 'b'.repeat(32));
    assert.deepEqual(anchor.position, { start: 50, end: 50 + QUOTE.length });
  });

  it('carries a span through edits: before them it stays, after them it moves, touched it is unknown', () => {
    const edits: TextEdit[] = [{ start: 10, end: 12, length: 5 }, { start: 0, end: 0, length: 1 }];
    assert.deepEqual(mapSpan({ start: 2, end: 8 }, edits), { start: 3, end: 9 });
    assert.deepEqual(mapSpan({ start: 20, end: 30 }, edits), { start: 24, end: 34 });
    assert.equal(mapSpan({ start: 8, end: 11 }, edits), undefined);
    assert.deepEqual(mapSpan({ start: 12, end: 14 }, [{ start: 10, end: 12, length: 0 }]), { start: 10, end: 12 }, 'a deletion just before');
  });

  it('an edit-mapped hint finds the occurrence the claim was at, where a search would pick by context', () => {
    const sentence = 'The port handled 2 million containers.';
    const text = `${sentence} Other news. ${sentence} More.`;
    const second = text.lastIndexOf(sentence);
    const anchor = createAnchor(text, second, second + sentence.length);
    // Typing at the start moves both copies; the context around the second copy is edited too.
    const edited = `Breaking: ${text.replace('Other news.', 'Other news,').replace(' More.', ' Much more.')}`;
    const edits: TextEdit[] = [{ start: 0, end: 0, length: 10 }];
    const hint = mapSpan(anchor.position, edits);
    assert.deepEqual(resolveAnchor(edited, anchor, hint), { start: second + 10, end: second + 10 + sentence.length });
    // A hint where the text is not is ignored.
    assert.deepEqual(resolveAnchor(edited, anchor, { start: 0, end: sentence.length }), resolveAnchor(edited, anchor));
  });

  it('re-anchoring a document with the edits made since gives the same claims as without them', () => {
    const rand = prng(7);
    for (let round = 0; round < 50; round++) {
      const paragraphs = Array.from({ length: 6 }, (_, i) => `${words(rand, 8)} claim ${round}-${i} ${words(rand, 6)}.`);
      const text = paragraphs.join('\n\n');
      const claims = paragraphs.map((p, i) => {
        const start = text.indexOf(p);
        return { id: `c${i}`, start, end: start + p.length, text: p, type: 'statistic' as const, score: 0.9, checkWorthy: true, speaker: null, entities: [], figures: [], label: p };
      });
      const store = mergeExtraction(emptyStore(), 'a.md', text, claims);
      // A few insertions and deletions at random places, each against the text the previous left.
      let edited = text;
      const edits: TextEdit[] = [];
      for (let k = 0; k < 3; k++) {
        const start = Math.floor(rand() * edited.length);
        const end = Math.min(edited.length, start + Math.floor(rand() * 4));
        const insert = words(rand, Math.floor(rand() * 2));
        edited = edited.slice(0, start) + insert + edited.slice(end);
        edits.push({ start, end, length: insert.length });
      }
      assert.deepEqual(reanchorDocument(store, 'a.md', edited, edits), reanchorDocument(store, 'a.md', edited), `round ${round}`);
      assert.deepEqual(reanchorAfterEdits(store, 'a.md', stringReader(edited), edits), reanchorDocument(store, 'a.md', edited), `round ${round}, after edits`);
    }
  });

  it('re-anchoring after edits reads only near the edits, and the whole text only for a claim not found there or an orphan', () => {
    const rand = prng(11);
    for (let round = 0; round < 200; round++) {
      const paragraphs = Array.from({ length: 8 }, (_, i) => `${words(rand, 6)} claim ${round}-${i} ${words(rand, 5)}.`);
      let text = paragraphs.join('\n\n');
      const claimsOf = (t: string) => paragraphs.map((p, i) => ({ id: `c${i}`, start: t.indexOf(p), end: t.indexOf(p) + p.length, text: p, type: 'statistic' as const, score: 0.9, checkWorthy: true, speaker: null, entities: [], figures: [], label: p }));
      let store = mergeExtraction(emptyStore(), 'a.md', text, claimsOf(text));
      // Three rounds of edits, each re-anchored as the editor does, orphans and moved claims included:
      // a deletion can take a claim's text away and a later insertion can bring words back.
      for (let step = 0; step < 3; step++) {
        let edited = text;
        const edits: TextEdit[] = [];
        for (let k = 0; k < 1 + Math.floor(rand() * 3); k++) {
          const start = Math.floor(rand() * edited.length);
          const end = Math.min(edited.length, start + (rand() < 0.2 ? Math.floor(rand() * 80) : Math.floor(rand() * 4)));
          const insert = rand() < 0.1 ? paragraphs[Math.floor(rand() * paragraphs.length)] : words(rand, Math.floor(rand() * 2));
          edited = edited.slice(0, start) + insert + edited.slice(end);
          edits.push({ start, end, length: insert.length });
        }
        let wholeReads = 0;
        let sliced = 0;
        const reader = { length: edited.length, slice: (s: number, e: number) => { sliced += e - s; return edited.slice(s, e); }, whole: () => { wholeReads++; return edited; } };
        const fast = reanchorAfterEdits(store, 'a.md', reader, edits);
        assert.deepEqual(fast, reanchorDocument(store, 'a.md', edited, edits), `round ${round}, step ${step}`);
        const claims = Object.values(store.documents['a.md'].claims);
        const near = claims.filter((c) => c.orphaned || !mapSpan({ start: c.anchor.position.start - 32, end: c.anchor.position.end + 32 }, edits));
        if (near.length === 0) assert.equal(wholeReads + sliced, 0, 'no claim near an edit: nothing read');
        if (claims.every((c) => !c.orphaned && mapSpan(c.anchor.position, edits))) assert.equal(wholeReads, 0, 'no edit inside a claim: each is found where the edits moved it, the whole text never built');
        store = fast;
        text = edited;
      }
    }
  });

  it('a claim edited inside is looked for where it now is before the whole text is searched', () => {
    const claim = 'Velaria shiped 4.2 million tonnes of grain to Ostria in 2022.';
    const text = `${'Filler sentence about the harbour. '.repeat(40)}\n\n${claim}\n\n${'More filler about the weather. '.repeat(40)}`;
    const start = text.indexOf(claim);
    const store = mergeExtraction(emptyStore(), 'a.md', text, [{ id: 'c1', start, end: start + claim.length, text: claim, type: 'statistic', score: 0.9, checkWorthy: true, speaker: null, entities: [], figures: [], label: claim }]);
    // "shiped" corrected to "shipped"; a word typed in the filler before it.
    const at = start + claim.indexOf('shiped') + 4;
    const edits: TextEdit[] = [{ start: 10, end: 10, length: 4 }, { start: at + 4, end: at + 4, length: 1 }];
    const edited = `${text.slice(0, 10)}very${text.slice(10, at)}p${text.slice(at)}`;
    assert.deepEqual(editedSpan({ start, end: start + claim.length }, edits), { start: start + 4, end: start + 5 + claim.length });
    let wholeReads = 0;
    const reader = { ...stringReader(edited), whole: () => { wholeReads++; return edited; } };
    const after = reanchorAfterEdits(store, 'a.md', reader, edits).documents['a.md'].claims.c1;
    assert.equal(after.text, claim.replace('shiped', 'shipped'));
    assert.equal(after.anchor.position.start, start + 4);
    assert.equal(wholeReads, 0, 'found near where it was');
    assert.deepEqual(after, reanchorDocument(store, 'a.md', edited).documents['a.md'].claims.c1, 'what a search of the whole text finds');
    // Deleted outright: nothing near, the whole text is searched, and the claim is an orphan.
    const gone = text.slice(0, start) + text.slice(start + claim.length);
    const orphan = reanchorAfterEdits(store, 'a.md', { ...stringReader(gone), whole: () => { wholeReads++; return gone; } }, [{ start, end: start + claim.length, length: 0 }]).documents['a.md'].claims.c1;
    assert.equal(orphan.orphaned, true);
    assert.equal(wholeReads, 1);
  });

  it('resolves at the hint, then by exact search', () => {
    const text = `Intro. ${QUOTE} Outro.`;
    const anchor = createAnchor(text, 7, 7 + QUOTE.length);
    assert.deepEqual(resolveAnchor(text, anchor), { start: 7, end: 7 + QUOTE.length });
    const moved = `A much longer introduction was written. ${QUOTE} Outro.`;
    assert.deepEqual(resolveAnchor(moved, anchor), { start: 40, end: 40 + QUOTE.length });
  });

  it('picks the right copy of a repeated sentence by its context', () => {
    const text = `First context here. ${QUOTE} Second context follows. ${QUOTE} Third context ends.`;
    const second = text.lastIndexOf(QUOTE);
    const anchor = createAnchor(text, second, second + QUOTE.length);
    const edited = `New words at the top. ${text}`;
    assert.deepEqual(resolveAnchor(edited, anchor), { start: second + 22, end: second + 22 + QUOTE.length });
  });

  it('finds a quote with small edits inside it, and orphans one that is gone or states other figures', () => {
    const text = `Intro paragraph. ${QUOTE} Outro paragraph.`;
    const anchor = createAnchor(text, 17, 17 + QUOTE.length);
    const edited = text.replace('shipped', 'sent').replace('a record', 'a new record');
    const found = resolveAnchor(edited, anchor);
    assert.ok(found);
    assert.match(edited.slice(found.start, found.end), /^Velaria sent 4\.2 million .* a new record\.?$/);
    // The same words with another figure are another claim: its verdict does not move there.
    assert.equal(resolveAnchor(text.replace('4.2 million', '4.3 million'), anchor), null);
    assert.equal(resolveAnchor(text.replace('in 2022', 'in 2023'), anchor), null);
    assert.equal(resolveAnchor('Intro paragraph. Something else entirely. Outro paragraph.', anchor), null);
    assert.equal(resolveAnchor('', anchor), null);
  });

  it('re-anchors correctly or orphans under random edit scripts, never to a wrong place', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const rand = prng(seed);
      const before = words(rand, 20 + Math.floor(rand() * 200));
      const after = words(rand, 20 + Math.floor(rand() * 200));
      let text = `${before}. ${QUOTE} ${after}.`;
      let start = before.length + 2;
      let end = start + QUOTE.length;
      const anchor = createAnchor(text, start, end);
      let insideEdits = 0;
      const steps = 1 + Math.floor(rand() * 6);
      for (let k = 0; k < steps; k++) {
        const where = rand();
        const insert = rand() < 0.5;
        const len = 1 + Math.floor(rand() * (where < 0.2 ? 3 : 40));
        // Positions: outside before, inside, or outside after the quote.
        let at: number;
        if (where < 0.2) {
          at = start + 1 + Math.floor(rand() * (end - start - 2));
          insideEdits += len;
        } else if (where < 0.6) at = Math.floor(rand() * start);
        else at = end + Math.floor(rand() * (text.length - end));
        if (insert) {
          const piece = words(rand, 1 + Math.floor(len / 5)).slice(0, len);
          text = text.slice(0, at) + piece + text.slice(at);
          if (at <= start) { start += piece.length; end += piece.length; } else if (at < end) end += piece.length;
        } else {
          const cut = Math.min(len, (at < start ? start : text.length) - at, at >= start && at < end ? end - at - 1 : Infinity);
          if (cut <= 0) continue;
          text = text.slice(0, at) + text.slice(at + cut);
          if (at + cut <= start) { start -= cut; end -= cut; } else if (at < end) end -= cut;
        }
      }
      const found = resolveAnchor(text, anchor);
      const context = `seed ${seed}, inside edits ${insideEdits}`;
      if (insideEdits === 0) {
        assert.deepEqual(found, { start, end }, context);
      } else if (found) {
        // Wherever it lands, it lands on the quote: the spans overlap almost entirely.
        const shared = Math.min(found.end, end) - Math.max(found.start, start);
        assert.ok(shared >= 0.8 * (end - start), `${context}: ${JSON.stringify(found)} vs ${start}-${end}`);
      } else {
        // Orphaned after small edits only when they changed the quote's figures (another claim then).
        const figures = (s: string) => (s.match(/\d+(?:[.,]\d+)*/g) ?? []).join(' ');
        assert.ok(insideEdits > 3 || figures(text.slice(start, end)) !== figures(QUOTE), `${context}: small edits must not orphan`);
      }
    }
  });

  it('stays fast on a 1 MB text with no match', () => {
    const rand = prng(7);
    const big = words(rand, 180_000).slice(0, 1_000_000);
    const anchor = createAnchor(`xx ${QUOTE} yy`, 3, 3 + QUOTE.length);
    const t0 = Date.now();
    assert.equal(resolveAnchor(big, anchor), null);
    assert.ok(Date.now() - t0 < 1500, `${Date.now() - t0} ms`);
  });
});
