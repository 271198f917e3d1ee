/**
 * Reading the documents and gazetteers the CLI is given, in the main thread or a batch worker:
 * capped by size before anything is read whole, UTF-8 with a leading BOM removed (the offsets
 * contract), binary refused. Problems the user can fix are `InputError`s with a readable message.
 */
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { type GazetteerIndex, loadLayeredGazetteer } from '../core/gazetteer';

export class InputError extends Error {}

/**
 * Reads at most `max` bytes from a file descriptor: a device or a pipe ("/dev/zero", stdin) has no
 * size to check first, so reading stops at the cap instead of filling memory.
 */
function readCapped(fd: number, max: number, name: string): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  const chunk = Buffer.alloc(1 << 20);
  for (;;) {
    let read: number;
    try {
      read = readSync(fd, chunk, 0, chunk.length, null);
    } catch (error) {
      // A pipe with nothing yet (non-blocking stdin): try again.
      if ((error as { code?: string }).code === 'EAGAIN') continue;
      throw error;
    }
    if (read === 0) break;
    total += read;
    if (total > max) throw new InputError(`${name} is larger than ${max} bytes (--max-size); GeoLens reads documents up to that size.`);
    chunks.push(Buffer.from(chunk.subarray(0, read)));
  }
  return Buffer.concat(chunks, total);
}

/** A document's text: `-` is standard input. */
export function readDocument(file: string, maxSize: number): string {
  const name = file === '-' ? 'standard input' : file;
  let bytes: Buffer;
  let fd: number | undefined;
  try {
    fd = file === '-' ? 0 : openSync(file, 'r');
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new InputError(`${file} is a folder; give a file.`);
    if (stat.isFile() && stat.size > maxSize) throw new InputError(`${name} has ${stat.size} bytes, over --max-size ${maxSize}.`);
    bytes = readCapped(fd, maxSize, name);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`Cannot read ${name}: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    if (fd !== undefined && fd !== 0) closeSync(fd);
  }
  return decodeDocument(bytes, file);
}

/** UTF-8 text of a document's bytes; NUL bytes mean it is not text. */
export function decodeDocument(bytes: Uint8Array, file: string): string {
  if (bytes.includes(0)) throw new InputError(`${file} looks binary (it contains NUL bytes); GeoLens reads UTF-8 text.`);
  return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
}

/** What loading the gazetteers found wrong in the user's files, as `file:line:col: severity: message`. */
export type ProblemSink = (line: string) => void;

/**
 * The bundled gazetteer with the user's files layered over it, as in the editor. A file that cannot
 * be read stops the run; problems inside one go to `report`.
 */
export function loadIndex(files: readonly string[], report: ProblemSink): GazetteerIndex {
  const sources = files.map((file) => {
    let text: string;
    try {
      text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    } catch (error) {
      throw new InputError(`Cannot read the gazetteer ${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
    return { file, text };
  });
  const { index, problems } = loadLayeredGazetteer(sources);
  for (const p of problems) report(`${p.file}:${p.line}:${p.column}: ${p.severity}: ${p.message}\n`);
  return index;
}
