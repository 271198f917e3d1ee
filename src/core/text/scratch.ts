/**
 * Working arrays that a pass over one paragraph needs for the length of one call, reused from call
 * to call: annotate reads a document a paragraph at a time, and a fresh typed array per paragraph
 * (each with a backing store of its own) cost more than the work done with it. A slot lends one
 * array at a time: a caller takes one slot per array it holds at once, and keeps none past its call
 * (annotate is synchronous, so no other call can take the slot meanwhile).
 */
export class ScratchBytes {
  private buffer = new Uint8Array(256);

  /** A zeroed array of `length`, valid until this slot's next `take`. */
  take(length: number): Uint8Array {
    if (length > this.buffer.length) this.buffer = new Uint8Array(Math.max(length, this.buffer.length * 2));
    const view = this.buffer.subarray(0, length);
    view.fill(0);
    return view;
  }
}

export class ScratchInts {
  private buffer = new Int32Array(256);

  /** An array of `length` filled with `value`, valid until this slot's next `take`. */
  take(length: number, value = 0): Int32Array {
    if (length > this.buffer.length) this.buffer = new Int32Array(Math.max(length, this.buffer.length * 2));
    const view = this.buffer.subarray(0, length);
    view.fill(value);
    return view;
  }
}
