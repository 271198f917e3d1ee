/**
 * A document's paragraphs: maximal runs of lines none of which is blank (empty or whitespace only).
 * Annotation reads each paragraph on its own, so an edit re-reads only the paragraphs it touches.
 *
 * A paragraph runs from the start of its first line to the start of the blank line after it (its
 * last line break included) or to the end of the text. Splitting a stretch of text that starts at a
 * paragraph's start and ends at a paragraph's end gives the same paragraphs as splitting the whole
 * text: the incremental annotator relies on that.
 */
export interface Block {
  start: number;
  /** Exclusive. */
  end: number;
}

/** Whether text[from, to) holds only whitespace (a blank line's content, its line break excluded). */
function blank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // Space, tab, CR, vertical tab, form feed; anything else (letters, digits, U+00A0) counts as content.
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d && c !== 0x0b && c !== 0x0c) return false;
  }
  return true;
}

/** The paragraphs of text[from, to), in order; `from` must start a line. */
export function splitBlocks(text: string, from = 0, to = text.length): Block[] {
  const blocks: Block[] = [];
  let open = -1;
  let lineStart = from;
  while (lineStart < to) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 || newline >= to ? to : newline;
    const next = lineEnd < to ? lineEnd + 1 : to;
    if (blank(text, lineStart, lineEnd)) {
      if (open >= 0) blocks.push({ start: open, end: lineStart });
      open = -1;
    } else if (open < 0) open = lineStart;
    lineStart = next;
  }
  if (open >= 0) blocks.push({ start: open, end: to });
  return blocks;
}
