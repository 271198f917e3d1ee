/**
 * The extension's worker thread (Node extension host): work that would keep the extension host
 * busy for long runs here, so typing never waits for it. Requests and answers are plain data:
 * - `parseGazetteer`: one user gazetteer file parsed (YAML is ~1 s per MB);
 * - `extractClaims`: the claims of one document, with the gazetteer layered as the editor has it
 *   (the parsed user files are sent when they change, and the layered index is kept until then);
 *   with `keep`, the document's reading is kept so that the next run re-reads only what changed.
 */
import { parentPort } from 'node:worker_threads';
import { DocumentClaimsCache, extractClaims } from '../core/claims';
import { type Entry, type GazetteerIndex, layerGazetteers, type ParsedUserGazetteer, parseUserGazetteer, type UserGazetteerFile } from '../core/gazetteer';

export type WorkerRequest =
  | { id: number; kind: 'parseGazetteer'; source: UserGazetteerFile }
  | {
      id: number;
      kind: 'extractClaims';
      text: string;
      threshold?: number;
      today?: string;
      gazetteer: { version: number; parsed?: readonly ParsedUserGazetteer[]; facts?: readonly Entry[] };
      /** The document's key when its reading should be kept for the next run on it. */
      keep?: string;
    };

export type WorkerAnswer = { id: number; result: unknown } | { id: number; error: string };

let layered: { version: number; index: GazetteerIndex } | undefined;
/** Big documents extracted one at a time: their readings, for the next run on each (a new gazetteer reads afresh). */
const kept = new DocumentClaimsCache(2);

function handle(request: WorkerRequest): unknown {
  switch (request.kind) {
    case 'parseGazetteer':
      return parseUserGazetteer(request.source);
    case 'extractClaims': {
      const { version, parsed, facts } = request.gazetteer;
      if (!layered || layered.version !== version) {
        if (!parsed) throw new Error(`the worker has no gazetteer of version ${version}`);
        layered = { version, index: layerGazetteers(parsed, facts ?? []).index };
      }
      const options = { threshold: request.threshold, today: request.today };
      if (request.keep === undefined) return extractClaims(request.text, layered.index, options);
      return kept.get(request.keep).extract(request.text, layered.index, options);
    }
  }
}

parentPort?.on('message', (request: WorkerRequest) => {
  let answer: WorkerAnswer;
  try {
    answer = { id: request.id, result: handle(request) };
  } catch (error) {
    answer = { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(answer);
});
