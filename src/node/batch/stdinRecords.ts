/**
 * `--jsonl -`: documents as JSON Lines on standard input, one `{"file", "text"}` a line, read as a
 * stream (an archive piped in is never held whole). A line that is not such a record becomes that
 * document's error line, named by its line number.
 */
import { createInterface } from 'node:readline';
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

export async function* stdinRecords(input: Readable): AsyncGenerator<Omit<BatchJob, 'seq'>> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === '') continue;
    yield recordJob(line, lineNumber);
  }
}
