/**
 * `--jsonl -`: documents as JSON Lines on standard input, one `{"file", "text"}` a line, read as a
 * stream (an archive piped in is never held whole). A line that is not such a record becomes that
 * document's error line, named by its line number; so does a line over `--max-size` bytes, which is
 * skipped without being held in memory.
 */
import type { Readable } from 'node:stream';
import type { BatchJob } from './jobs';

export function recordJob(line: string, lineNumber: number): Omit<BatchJob, 'seq'> {
  const where = `stdin:${lineNumber}`;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { file: where, error: `line ${lineNumber} of standard input is not JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { file: where, error: `line ${lineNumber} of standard input is not a {"file", "text"} record.` };
  const { file, text } = value as { file?: unknown; text?: unknown };
  const name = typeof file === 'string' && file !== '' ? file : where;
  if (typeof text !== 'string') return { file: name, error: `line ${lineNumber} of standard input has no "text" string.` };
  return { file: name, text: text.replace(/^\uFEFF/, '') };
}

const NEWLINE = 0x0a;

/** The lines of a byte stream (LF or CRLF), each at most `maxBytes`; a longer one is `undefined`. */
async function* cappedLines(input: Readable, maxBytes: number): AsyncGenerator<string | undefined> {
  let parts: Buffer[] = [];
  let length = 0;
  let tooLong = false;
  const finish = (): string | undefined => {
    const line = tooLong ? undefined : Buffer.concat(parts, length).toString('utf8').replace(/\r$/, '');
    parts = [];
    length = 0;
    tooLong = false;
    return line;
  };
  for await (const chunk of input) {
    const bytes: Buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let from = 0;
    for (let at = bytes.indexOf(NEWLINE, from); at >= 0; at = bytes.indexOf(NEWLINE, from)) {
      if (!tooLong) parts.push(bytes.subarray(from, at));
      length += at - from;
      if (length > maxBytes) tooLong = true;
      yield finish();
      from = at + 1;
    }
    if (from < bytes.length) {
      length += bytes.length - from;
      if (length > maxBytes) {
        // Past the cap: what was kept is let go, and the rest of the line is only counted.
        tooLong = true;
        parts = [];
      } else parts.push(bytes.subarray(from));
    }
  }
  if (length > 0 || parts.length > 0 || tooLong) yield finish();
}

export async function* stdinRecords(input: Readable, maxBytes = Number.MAX_SAFE_INTEGER): AsyncGenerator<Omit<BatchJob, 'seq'>> {
  let lineNumber = 0;
  for await (const line of cappedLines(input, maxBytes)) {
    lineNumber++;
    if (line === undefined) {
      yield { file: `stdin:${lineNumber}`, error: `line ${lineNumber} of standard input is larger than ${maxBytes} bytes (--max-size); it was skipped.` };
      continue;
    }
    if (line.trim() === '') continue;
    yield recordJob(line, lineNumber);
  }
}
