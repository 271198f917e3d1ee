/**
 * geolens — the core without VS Code.
 *   geolens annotate FILE|- [--format json|text]
 *   geolens claims FILE…|- [--format json|md|csv|claimreview|webannotation] [--store STORE] [--threshold N]
 *   geolens claims --per-line FILE|-
 * Exit 0 on success, 2 on bad arguments, 1 on unreadable input; messages on stderr.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { annotate } from './core/annotate';
import { extractClaims } from './core/claims';
import { EXPORT_FORMATS, exportClaims, isExportFormat, type ExportDocument } from './core/export';
import { documentOf, parseStore, type NoteStore } from './core/notes/store';
import { loadBundledGazetteer } from './core/gazetteer/bundled';
import type { Annotation } from './core/types';

const USAGE = `Usage:
  geolens annotate FILE|- [--format json|text]
  geolens claims FILE...|- [--format json|md|csv|claimreview|webannotation] [--store .geolens/claims.json] [--threshold N]
  geolens claims --per-line FILE|-`;

class UsageError extends Error {}
class InputError extends Error {}

interface Args {
  command: string;
  files: string[];
  format: string;
  perLine: boolean;
  threshold?: number;
  store?: string;
}

function parseArgs(argv: string[]): Args {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h') throw new UsageError('');
  if (command !== 'annotate' && command !== 'claims') throw new UsageError(command ? `Unknown command "${command}".` : 'No command given.');
  const args: Args = { command, files: [], format: 'json', perLine: false };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
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
  const formats: readonly string[] = command === 'annotate' ? ['json', 'text'] : EXPORT_FORMATS;
  if (!formats.includes(args.format)) throw new UsageError(`--format for ${command} is one of ${formats.join(', ')}.`);
  if (command === 'annotate' && args.files.length > 1) throw new UsageError('annotate reads one file.');
  if (args.perLine && args.files.length > 1) throw new UsageError('--per-line reads one file.');
  if (args.store && command !== 'claims') throw new UsageError('--store goes with claims.');
  return args;
}

/** UTF-8 text with a leading BOM removed, as the offsets contract says. */
function readInput(file: string): string {
  let bytes: Buffer;
  try {
    bytes = file === '-' ? readFileSync(0) : readFileSync(file);
  } catch (error) {
    throw new InputError(`Cannot read ${file === '-' ? 'standard input' : file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (bytes.includes(0)) throw new InputError(`${file} looks binary (it contains NUL bytes); GeoLens reads UTF-8 text.`);
  return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
}

function annotationLine(a: Annotation): string {
  const what = a.category === 'figure' ? JSON.stringify(a.value) : `${a.id}${'sense' in a && a.sense ? ` ${a.sense}${a.refersTo && a.refersTo !== a.id ? `→${a.refersTo}` : ''}` : ''}`;
  return `${a.start}-${a.end}\t${a.category}/${a.kind}\t${JSON.stringify(a.text)}\t${what}`;
}

function run(argv: string[]): string {
  const args = parseArgs(argv);
  const index = loadBundledGazetteer();
  if (args.command === 'annotate') {
    const file = args.files[0];
    const annotations = annotate(readInput(file), index);
    if (args.format === 'text') return annotations.map(annotationLine).join('\n') + (annotations.length ? '\n' : '');
    return JSON.stringify({ version: 1, file, annotations }) + '\n';
  }
  if (args.perLine) {
    const text = readInput(args.files[0]);
    return perLineScores(text, index, args.threshold);
  }
  const store = args.store ? readStore(args.store) : undefined;
  const documents: ExportDocument[] = args.files.map((file) => {
    const text = readInput(file);
    const result = extractClaims(text, index, { threshold: args.threshold, file });
    const key = store ? storeKey(args.store as string, file) : file;
    return { file, uri: file === '-' ? undefined : pathToFileURL(path.resolve(file)).href, text, source: result.source, claims: result.claims, stored: store ? documentOf(store.store, key) : undefined };
  });
  const format = isExportFormat(args.format) ? args.format : 'json';
  return exportClaims(format, documents, { nameOf: (id) => index.get(id)?.name, kindOf: (id) => index.get(id)?.kind }) + (format === 'json' ? '\n' : '');
}

/** The store, which must parse: the CLI reads it and never writes it. */
function readStore(file: string): { store: NoteStore } {
  const parsed = parseStore(readInput(file));
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
function perLineScores(text: string, index: ReturnType<typeof loadBundledGazetteer>, threshold?: number): string {
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
