/**
 * geolens — the core without VS Code.
 *   geolens annotate FILE|- [--format json|text] [--cards]
 *   geolens claims FILE…|- [--format json|md|csv|claimreview|webannotation] [--store STORE] [--threshold N] [--url-base URL]
 *   geolens claims --per-line FILE|-
 *   geolens check FILE|-
 * Options of all: --gazetteer FILE (repeatable), --max-size BYTES.
 * Exit 0 on success, 2 on bad arguments, 1 on unreadable input; messages on stderr. A closed
 * output pipe (`geolens annotate big.md | head`) ends quietly with exit 0.
 */
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import path from 'node:path';
import { annotate, findDocumentDate } from './core/annotate';
import { cards } from './core/cards/cards';
import { checkFigures } from './core/checks';
import { withoutIntended } from './core/checks/intended';
import { extractClaims } from './core/claims';
import { EXPORT_FORMATS, exportClaims, isExportFormat, type ExportDocument } from './core/export';
import { publicDocumentUrl } from './core/export/publicUrl';
import type { GazetteerIndex } from './core/gazetteer/index';
import { loadLayeredGazetteer } from './core/gazetteer/layers';
import { documentOf, parseStore, type NoteStore } from './core/notes/store';
import { buildOverview, storedClaimsIn } from './core/overview';
import type { Annotation } from './core/types';
import { localToday } from './clock';

const USAGE = `Usage:
  geolens annotate FILE|- [--format json|text] [--cards]
  geolens claims FILE...|- [--format json|md|csv|claimreview|webannotation] [--store .geolens/claims.json] [--threshold N] [--url-base URL]
  geolens claims --per-line FILE|-
  geolens check FILE|-      figures that disagree with each other (exit 0 with or without findings)
Options of all:
  --gazetteer FILE   a user gazetteer (YAML) layered over the bundled one; repeatable
  --max-size BYTES   refuse a document larger than this (default ${64 * 1024 * 1024})
  --today YYYY-MM-DD what cards count "may be out of date" from, and "yesterday" or "on Tuesday"
                     in a document without a date of its own (default: today)`;

/** Per document, in UTF-8 bytes (DESIGN.md): a larger one is refused, never read whole. */
const DEFAULT_MAX_SIZE = 64 * 1024 * 1024;

class UsageError extends Error {}
class InputError extends Error {}

interface Args {
  command: string;
  files: string[];
  format: string;
  perLine: boolean;
  threshold?: number;
  store?: string;
  gazetteers: string[];
  maxSize: number;
  cards: boolean;
  urlBase?: string;
  /** ISO date: what the cards' "may be out of date" lines count from (default: the system date). */
  today: string;
}

function parseArgs(argv: string[]): Args {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h') throw new UsageError('');
  if (command !== 'annotate' && command !== 'claims' && command !== 'check') throw new UsageError(command ? `Unknown command "${command}".` : 'No command given.');
  const args: Args = { command, files: [], format: 'json', perLine: false, gazetteers: [], maxSize: DEFAULT_MAX_SIZE, cards: false, today: localToday() };
  const valueOf = (i: number, what: string): string => {
    const value = rest[i];
    if (value === undefined || value === '') throw new UsageError(`${rest[i - 1]} needs ${what}.`);
    return value;
  };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === '--gazetteer') {
      args.gazetteers.push(valueOf(++i, 'the path of a gazetteer YAML file'));
      continue;
    }
    if (arg === '--max-size') {
      const value = Number(valueOf(++i, 'a number of bytes'));
      if (!Number.isSafeInteger(value) || value < 1) throw new UsageError('--max-size needs a whole number of bytes, 1 or more.');
      args.maxSize = value;
      continue;
    }
    if (arg === '--today') {
      const value = valueOf(++i, 'a date (YYYY-MM-DD)');
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) throw new UsageError('--today needs a date written YYYY-MM-DD.');
      args.today = value;
      continue;
    }
    if (arg === '--cards') {
      args.cards = true;
      continue;
    }
    if (arg === '--url-base') {
      const value = valueOf(++i, 'an http(s) URL');
      if (!/^https?:\/\/\S+$/i.test(value)) throw new UsageError('--url-base needs an http:// or https:// URL.');
      args.urlBase = value;
      continue;
    }
    if (arg === '--format') {
      const value = rest[++i];
      if (!value) throw new UsageError('--format needs a value.');
      args.format = value;
    } else if (arg.startsWith('--format=')) args.format = arg.slice('--format='.length);
    else if (arg === '--per-line') args.perLine = true;
    else if (arg === '--store') {
      const value = rest[++i];
      if (!value) throw new UsageError('--store needs the path of a claims store (e.g. .geolens/claims.json).');
      args.store = value;
    }
    else if (arg === '--threshold') {
      const value = Number(rest[++i]);
      if (!Number.isFinite(value) || value < 0 || value > 1) throw new UsageError('--threshold needs a number from 0 to 1.');
      args.threshold = value;
    } else if (arg.startsWith('--') && arg !== '-') throw new UsageError(`Unknown option "${arg}".`);
    else args.files.push(arg);
  }
  if (args.files.length === 0) throw new UsageError('Give a file, or - for standard input.');
  const formats: readonly string[] = command === 'annotate' ? ['json', 'text'] : command === 'check' ? ['json'] : EXPORT_FORMATS;
  if (!formats.includes(args.format)) throw new UsageError(`--format for ${command} is one of ${formats.join(', ')}.`);
  if ((command === 'annotate' || command === 'check') && args.files.length > 1) throw new UsageError(`${command} reads one file.`);
  if (args.perLine && command !== 'claims') throw new UsageError('--per-line goes with claims.');
  if (args.perLine && args.files.length > 1) throw new UsageError('--per-line reads one file.');
  if (args.store && command !== 'claims') throw new UsageError('--store goes with claims.');
  if (args.cards && command !== 'annotate') throw new UsageError('--cards goes with annotate.');
  if (args.urlBase && command !== 'claims') throw new UsageError('--url-base goes with claims.');
  return args;
}

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

/** UTF-8 text with a leading BOM removed, as the offsets contract says. */
function readInput(file: string, maxSize: number): string {
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
  if (bytes.includes(0)) throw new InputError(`${file} looks binary (it contains NUL bytes); GeoLens reads UTF-8 text.`);
  return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
}

/**
 * The bundled gazetteer with the user's files layered over it, as in the editor; their problems go
 * to stderr as file:line:col: severity: message. A file that cannot be read stops the run.
 */
function loadIndex(files: readonly string[]): GazetteerIndex {
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
  for (const p of problems) process.stderr.write(`${p.file}:${p.line}:${p.column}: ${p.severity}: ${p.message}\n`);
  return index;
}

function annotationLine(a: Annotation): string {
  const what = a.category === 'figure' ? JSON.stringify(a.value) : `${a.id}${'sense' in a && a.sense ? ` ${a.sense}${a.refersTo && a.refersTo !== a.id ? `→${a.refersTo}` : ''}` : ''}`;
  return `${a.start}-${a.end}\t${a.category}/${a.kind}\t${JSON.stringify(a.text)}\t${what}`;
}

function run(argv: string[]): string {
  const args = parseArgs(argv);
  const index = loadIndex(args.gazetteers);
  if (args.command === 'annotate') {
    const file = args.files[0];
    const text = readInput(file, args.maxSize);
    const annotations = annotate(text, index, { today: args.today });
    if (args.format === 'text') return annotations.map(annotationLine).join('\n') + (annotations.length ? '\n' : '');
    const out = args.cards ? annotations.map((a) => ({ ...a, card: cards(a, { index, annotations, text, today: args.today }) })) : annotations;
    return JSON.stringify({ version: 1, file, annotations: out }) + '\n';
  }
  if (args.command === 'check') {
    const file = args.files[0];
    const text = readInput(file, args.maxSize);
    const findings = checkFigures(text, annotate(text, index, { today: args.today })).map((f) => ({
      start: f.start, end: f.end, kind: f.kind, message: f.message, related: f.related.map((r) => ({ start: r.start, end: r.end })),
    }));
    return JSON.stringify({ version: 1, file, findings }) + '\n';
  }
  if (args.perLine) {
    const text = readInput(args.files[0], args.maxSize);
    return perLineScores(text, index, args.threshold);
  }
  const store = args.store ? readStore(args.store, args.maxSize) : undefined;
  const format = isExportFormat(args.format) ? args.format : 'json';
  const documents: ExportDocument[] = args.files.map((file) => {
    const text = readInput(file, args.maxSize);
    const annotations = annotate(text, index, { today: args.today });
    const result = extractClaims(text, index, { threshold: args.threshold, file });
    const key = store ? storeKey(args.store as string, file) : file;
    const stored = store ? documentOf(store.store, key) : undefined;
    // Each claim lists the figure checks it fails (those marked as intended in the store left out).
    const findings = withoutIntended(text, checkFigures(text, annotations), stored?.intended);
    // No local paths in exports: a document's address is its public URL when --url-base gives one.
    const uri = file === '-' ? undefined : publicDocumentUrl(args.urlBase, path.relative(process.cwd(), path.resolve(file)).split(path.sep).join('/'));
    const document: ExportDocument = { file, uri, text, source: result.source, claims: result.claims, stored, findings };
    // The Markdown report writes each document out at a glance (countries, timeline, money).
    if (format === 'md') {
      document.overview = buildOverview({ text, annotations, index, documentDate: findDocumentDate(text), today: args.today, claims: storedClaimsIn(stored, text) });
    }
    return document;
  });
  return exportClaims(format, documents, { nameOf: (id) => index.get(id)?.name, kindOf: (id) => index.get(id)?.kind }) + (format === 'json' ? '\n' : '');
}

/** The store, which must parse: the CLI reads it and never writes it. */
function readStore(file: string, maxSize: number): { store: NoteStore } {
  const parsed = parseStore(readInput(file, maxSize));
  if ('error' in parsed) throw new InputError(`${file} is not a GeoLens claims store: ${parsed.error}`);
  return parsed;
}

/** Stores key documents by their path relative to the folder that holds `.geolens/`, with `/`. */
function storeKey(storeFile: string, file: string): string {
  const storeDir = path.dirname(path.resolve(storeFile));
  const root = path.basename(storeDir) === '.geolens' ? path.dirname(storeDir) : storeDir;
  return path.relative(root, path.resolve(file)).split(path.sep).join('/');
}

/** One JSON line per input line: the best score of the sentences on it (0 for empty lines). */
function perLineScores(text: string, index: GazetteerIndex, threshold?: number): string {
  const lines = text.split(/\r?\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '' && text.endsWith('\n')) lines.pop();
  const out: string[] = [];
  lines.forEach((line, i) => {
    let score = 0;
    let checkWorthy = false;
    if (line.trim() !== '') {
      const { claims } = extractClaims(line, index, { threshold, includeAll: true });
      for (const claim of claims) {
        if (claim.score > score) {
          score = claim.score;
          checkWorthy = claim.checkWorthy;
        }
      }
    }
    out.push(JSON.stringify({ line: i + 1, score: Number(score.toFixed(4)), checkWorthy }));
  });
  return out.join('\n') + (out.length ? '\n' : '');
}

function main(): void {
  // A reader that stops early (`| head`) closes the pipe: that is the end, not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  try {
    process.stdout.write(run(process.argv.slice(2)));
  } catch (error) {
    if (error instanceof UsageError) {
      if (error.message) process.stderr.write(`geolens: ${error.message}\n`);
      process.stderr.write(`${USAGE}\n`);
      process.exitCode = error.message ? 2 : 0;
    } else if (error instanceof InputError) {
      process.stderr.write(`geolens: ${error.message}\n`);
      process.exitCode = 1;
    } else {
      throw error;
    }
  }
}

main();
