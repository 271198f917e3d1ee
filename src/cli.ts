/**
 * geolens — the core without VS Code.
 *   geolens annotate FILE|- [--format json|text] [--cards]
 *   geolens claims FILE…|- [--format json|md|csv|claimreview|webannotation] [--store STORE] [--threshold N] [--url-base URL]
 *   geolens claims --per-line FILE|-
 *   geolens check FILE|-
 *   geolens annotate|claims|check --jsonl FILE|FOLDER|GLOB…|- [--jobs N]
 * Options of all: --gazetteer FILE (repeatable), --max-size BYTES.
 * Exit 0 on success, 2 on bad arguments, 1 on unreadable input; messages on stderr. A closed
 * output pipe (`geolens annotate big.md | head`) ends quietly with exit 0.
 */
import os from 'node:os';
import path from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { annotate } from './core/annotation';
import { describeEntity } from './core/cards';
import { checkFigures, withoutIntended } from './core/checks';
import { extractClaims } from './core/claims';
import { EXPORT_FORMATS, exportClaims, type ExportDocument, isExportFormat, publicDocumentUrl } from './core/export';
import type { GazetteerIndex } from './core/gazetteer';
import { documentOf, parseStore, type NoteStore } from './core/notes';
import { bundledPlacesProblem } from './core/places';
import { buildOverview, storedClaimsIn } from './core/overview';
import type { Annotation } from './core/types';
import { localToday } from './clock';
import { annotateResult, checkResult, readDocumentText } from './node/batch/documentResult';
import { expandInputs } from './node/batch/inputs';
import type { BatchJob } from './node/batch/jobs';
import { BatchStartError, runBatch } from './node/batch/runBatch';
import { stdinRecords } from './node/batch/stdinRecords';
import { serveBatchWorker } from './node/batch/worker';
import { InputError, loadIndex as loadLayeredIndex, readDocument } from './node/readDocument';

const USAGE = `Usage:
  geolens annotate FILE|- [--format json|text] [--cards]
  geolens claims FILE...|- [--format json|md|csv|claimreview|webannotation] [--store .geolens/claims.json] [--threshold N] [--url-base URL]
  geolens claims --per-line FILE|-
  geolens check FILE|-      figures that disagree with each other (exit 0 with or without findings)
  geolens annotate|claims|check --jsonl FILE|FOLDER|'GLOB'...|- [--jobs N]
                     one JSON line per document, in input order; folders and globs give their
                     .md, .markdown and .txt files; - reads {"file", "text"} lines from stdin;
                     --jobs: worker threads (default: the number of cores)
Options of all:
  --gazetteer FILE   a user gazetteer (YAML) layered over the bundled one; repeatable
  --max-size BYTES   refuse a document larger than this (default ${64 * 1024 * 1024})
  --today YYYY-MM-DD what cards count "may be out of date" from, and "yesterday" or "on Tuesday"
                     in a document without a date of its own (default: today)`;

/** Per document, in UTF-8 bytes (DESIGN.md): a larger one is refused, never read whole. */
const DEFAULT_MAX_SIZE = 64 * 1024 * 1024;

class UsageError extends Error {}

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
  /** One JSON line per document (a batch). */
  jsonl: boolean;
  /** Worker threads for a batch. */
  jobs: number;
}

function parseArgs(argv: string[]): Args {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h') throw new UsageError('');
  if (command !== 'annotate' && command !== 'claims' && command !== 'check') throw new UsageError(command ? `Unknown command "${command}".` : 'No command given.');
  const args: Args = { command, files: [], format: 'json', perLine: false, gazetteers: [], maxSize: DEFAULT_MAX_SIZE, cards: false, today: localToday(), jsonl: false, jobs: 0 };
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
    if (arg === '--jsonl') {
      args.jsonl = true;
      continue;
    }
    if (arg === '--jobs') {
      const value = Number(valueOf(++i, 'a number of worker threads'));
      if (!Number.isSafeInteger(value) || value < 1 || value > 256) throw new UsageError('--jobs needs a whole number from 1 to 256.');
      args.jobs = value;
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
  if (args.jsonl) {
    if (args.format !== 'json') throw new UsageError('--jsonl writes JSON lines; leave out --format.');
    if (args.perLine || args.store || args.urlBase) throw new UsageError('--jsonl does not go with --per-line, --store or --url-base.');
    if (args.files.includes('-') && args.files.length > 1) throw new UsageError('--jsonl - reads records from standard input only; give files or -, not both.');
    if (args.jobs === 0) args.jobs = Math.max(1, os.availableParallelism());
    return args;
  }
  if (args.jobs > 0) throw new UsageError('--jobs goes with --jsonl.');
  if ((command === 'annotate' || command === 'check') && args.files.length > 1) throw new UsageError(`${command} reads one file (or several with --jsonl).`);
  if (args.perLine && command !== 'claims') throw new UsageError('--per-line goes with claims.');
  if (args.perLine && args.files.length > 1) throw new UsageError('--per-line reads one file.');
  if (args.store && command !== 'claims') throw new UsageError('--store goes with claims.');
  if (args.cards && command !== 'annotate') throw new UsageError('--cards goes with annotate.');
  if (args.urlBase && command !== 'claims') throw new UsageError('--url-base goes with claims.');
  return args;
}

/** The bundled gazetteer layered with the user's, their problems on stderr. */
function loadIndex(files: readonly string[]): GazetteerIndex {
  return loadLayeredIndex(files, (line) => process.stderr.write(line));
}

function annotationLine(a: Annotation): string {
  const what = a.category === 'figure' ? JSON.stringify(a.value) : `${a.id}${'sense' in a && a.sense ? ` ${a.sense}${a.refersTo && a.refersTo !== a.id ? `→${a.refersTo}` : ''}` : ''}`;
  return `${a.start}-${a.end}\t${a.category}/${a.kind}\t${JSON.stringify(a.text)}\t${what}`;
}

function run(args: Args): string {
  const index = loadIndex(args.gazetteers);
  if (args.command === 'annotate') {
    const file = args.files[0];
    const text = readDocument(file, args.maxSize);
    if (args.format === 'text') {
      const annotations = annotate(text, index, { today: args.today });
      return annotations.map(annotationLine).join('\n') + (annotations.length ? '\n' : '');
    }
    return JSON.stringify(annotateResult(file, text, index, { today: args.today, cards: args.cards })) + '\n';
  }
  if (args.command === 'check') {
    const file = args.files[0];
    return JSON.stringify(checkResult(file, readDocument(file, args.maxSize), index, { today: args.today })) + '\n';
  }
  if (args.perLine) {
    const text = readDocument(args.files[0], args.maxSize);
    return perLineScores(text, index, args.threshold);
  }
  const store = args.store ? readStore(args.store, args.maxSize) : undefined;
  const format = isExportFormat(args.format) ? args.format : 'json';
  const documents: ExportDocument[] = args.files.map((file) => {
    const { text, annotations, documentDate } = readDocumentText(readDocument(file, args.maxSize), index, args.today);
    const result = extractClaims(text, index, { threshold: args.threshold, file, annotations, documentDate });
    const key = store ? storeKey(args.store as string, file) : file;
    const stored = store ? documentOf(store.store, key) : undefined;
    // Each claim lists the figure checks it fails (those marked as intended in the store left out).
    const findings = withoutIntended(text, checkFigures(text, annotations, { documentDate }), stored?.intended);
    // No local paths in exports: a document's address is its public URL when --url-base gives one.
    const uri = file === '-' ? undefined : publicDocumentUrl(args.urlBase, path.relative(process.cwd(), path.resolve(file)).split(path.sep).join('/'));
    const document: ExportDocument = { file, uri, text, source: result.source, claims: result.claims, stored, findings };
    // The Markdown report writes each document out at a glance (countries, timeline, money).
    if (format === 'md') {
      document.overview = buildOverview({ text, annotations, index, documentDate: documentDate ?? undefined, today: args.today, claims: storedClaimsIn(stored, text) });
    }
    return document;
  });
  return exportClaims(format, documents, { nameOf: (id) => index.get(id)?.name, kindOf: (id) => index.get(id)?.kind, describe: (id) => describeEntity(id, index) }) + (format === 'json' ? '\n' : '');
}

/** The store, which must parse: the CLI reads it and never writes it. */
function readStore(file: string, maxSize: number): { store: NoteStore } {
  const parsed = parseStore(readDocument(file, maxSize));
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

/** Writes a line, resolving when stdout can take more (a slow reader slows the batch, not memory). */
function writeLine(line: string): Promise<void> {
  return new Promise((resolve) => {
    if (process.stdout.write(line)) resolve();
    else process.stdout.once('drain', resolve);
  });
}

async function* fileJobs(files: readonly string[]): AsyncGenerator<Omit<BatchJob, 'seq'>> {
  yield* expandInputs(files);
}

/** A batch: exit 1 at the end when a document failed (its line says why), 0 otherwise. */
async function runJsonl(args: Args): Promise<void> {
  const inputs = args.files[0] === '-' ? stdinRecords(process.stdin, args.maxSize) : fileJobs(args.files);
  const { failed } = await runBatch(inputs, {
    config: { command: args.command as 'annotate' | 'claims' | 'check', gazetteers: args.gazetteers, maxSize: args.maxSize, options: { today: args.today, cards: args.cards, threshold: args.threshold } },
    jobs: args.jobs,
    workerScript: __filename,
    write: writeLine,
    report: (line) => process.stderr.write(line),
  });
  if (failed > 0) {
    process.stderr.write(`geolens: ${failed} document${failed === 1 ? '' : 's'} could not be read (see the error lines).\n`);
    process.exitCode = 1;
  }
}

async function main(): Promise<void> {
  // A reader that stops early (`| head`) closes the pipe: that is the end, not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  try {
    const args = parseArgs(process.argv.slice(2));
    if (args.jsonl) await runJsonl(args);
    else process.stdout.write(run(args));
    // A broken installation without its places layer: the output lacks towns and regions; say why.
    const placesProblem = bundledPlacesProblem();
    if (placesProblem !== undefined) process.stderr.write(`geolens: warning: no towns or regions in this output: ${placesProblem}\n`);
  } catch (error) {
    if (error instanceof UsageError) {
      if (error.message) process.stderr.write(`geolens: ${error.message}\n`);
      process.stderr.write(`${USAGE}\n`);
      process.exitCode = error.message ? 2 : 0;
    } else if (error instanceof InputError || error instanceof BatchStartError) {
      process.stderr.write(`geolens: ${error.message}\n`);
      process.exitCode = 1;
    } else {
      throw error;
    }
  }
}

// The same file serves a batch's worker threads (one bundle to ship).
if (isMainThread) void main();
else serveBatchWorker();
