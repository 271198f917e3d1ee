/**
 * One batch job, wherever it runs (the main thread with `--jobs 1`, else a worker): read the
 * document unless its text came with it, work out its result, and give back the output line. A
 * document that fails gives an error line instead; the batch goes on.
 */
import type { GazetteerIndex } from '../../core/gazetteer';
import { readDocument } from '../readDocument';
import { documentResult, type BatchCommand, type DocumentOptions } from './documentResult';

export interface BatchConfig {
  command: BatchCommand;
  gazetteers: string[];
  maxSize: number;
  options: DocumentOptions;
}

/** A document to work on: its path (read where the job runs), or its text from a stdin record. */
export interface BatchJob {
  seq: number;
  file: string;
  text?: string;
  /** Set when the input named no readable document: the job only reports it. */
  error?: string;
}

export interface BatchOutcome {
  seq: number;
  /** The JSON line, without its newline. */
  line: string;
  failed: boolean;
}

export function errorLine(file: string, message: string): string {
  return JSON.stringify({ version: 1, file, error: message });
}

export function runJob(job: BatchJob, index: GazetteerIndex, config: BatchConfig): BatchOutcome {
  if (job.error !== undefined) return { seq: job.seq, line: errorLine(job.file, job.error), failed: true };
  try {
    // A record's text came within --max-size: stdinRecords skips longer lines.
    const text = job.text ?? readDocument(job.file, config.maxSize);
    return { seq: job.seq, line: JSON.stringify(documentResult(config.command, job.file, text, index, config.options)), failed: false };
  } catch (error) {
    // An unexpected failure on one document is reported on its line too: one bad article must not
    // cost the rest of an archive.
    return { seq: job.seq, line: errorLine(job.file, error instanceof Error ? error.message : String(error)), failed: true };
  }
}
