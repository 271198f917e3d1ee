/**
 * geolens — the core without VS Code.
 *   geolens annotate FILE|- [--format json|text]
 *   geolens claims FILE…|- [--format json|md|csv] [--threshold N]
 *   geolens claims --per-line FILE|-
 * Exit 0 on success, 2 on bad arguments, 1 on unreadable input; messages on stderr.
 */
import { readFileSync } from 'node:fs';
import { annotate } from './core/annotate';
import { extractClaims } from './core/claims';
import { claimsToCsv, claimsToMarkdown, type ClaimsDocument } from './core/export/claimsTable';
import { loadBundledGazetteer } from './core/gazetteer/bundled';
import type { Annotation } from './core/types';

const USAGE = `Usage:
  geolens annotate FILE|- [--format json|text]
  geolens claims FILE...|- [--format json|md|csv] [--threshold N]
  geolens claims --per-line FILE|-`;

class UsageError extends Error {}
class InputError extends Error {}

interface Args {
  command: string;
  files: string[];
  format: string;
  perLine: boolean;
  threshold?: number;
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
    else if (arg === '--threshold') {
      const value = Number(rest[++i]);
      if (!Number.isFinite(value) || value < 0 || value > 1) throw new UsageError('--threshold needs a number from 0 to 1.');
      args.threshold = value;
    } else if (arg.startsWith('--') && arg !== '-') throw new UsageError(`Unknown option "${arg}".`);
    else args.files.push(arg);
  }
  if (args.files.length === 0) throw new UsageError('Give a file, or - for standard input.');
  const formats = command === 'annotate' ? ['json', 'text'] : ['json', 'md', 'csv'];
  if (!formats.includes(args.format)) throw new UsageError(`--format for ${command} is one of ${formats.join(', ')}.`);
  if (command === 'annotate' && args.files.length > 1) throw new UsageError('annotate reads one file.');
  if (args.perLine && args.files.length > 1) throw new UsageError('--per-line reads one file.');
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
  const documents: ClaimsDocument[] = args.files.map((file) => {
    const result = extractClaims(readInput(file), index, { threshold: args.threshold, file });
    return { file, source: result.source, claims: result.claims };
  });
  if (args.format === 'md') return claimsToMarkdown(documents, (id) => index.get(id)?.name ?? id);
  if (args.format === 'csv') return claimsToCsv(documents);
  return JSON.stringify({ version: 1, documents: documents.map(({ file, source, claims }) => ({ file, source, claims: claims.map(({ label: _label, ...claim }) => claim) })) }) + '\n';
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
