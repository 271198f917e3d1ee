/**
 * Exports of claims with their verdicts and notes, for the CLI and the VS Code commands alike:
 * `formats[format](documents, options)` → the file's text. Pure: no VS Code, no Node APIs.
 *
 * Building the documents:
 * - CLI (`claims FILE… --store .geolens/claims.json --format F`): per file, extract claims and pass
 *   `{ file: storeKey, text, source, claims, stored: store.documents[storeKey] }`.
 * - VS Code, from the store: `documentsFromStore(store, textsOfOpenDocuments, uriOf)`; or, for
 *   documents that are open, extract and pass the claims with `stored` as the CLI does (then score,
 *   entities and figures are known too).
 */
import { exportCsv, exportMarkdown } from './claimsTable';
import { claimReviewJson, type Reviewer } from './claimReview';
import { claimsToJson, type ExportDocument } from './json';
import { webAnnotationJson } from './webAnnotation';

export type ExportFormat = 'md' | 'csv' | 'json' | 'claimreview' | 'webannotation';

export interface ExportOptions {
  /** ISO 8601 "now", for deterministic output (review dates, annotation times). Default: the clock. */
  now?: string;
  /** Entity id → name (Markdown report); e.g. `(id) => index.get(id)?.name`. */
  nameOf?: (id: string) => string | undefined;
  /** Entity id → gazetteer kind (ClaimReview: organisations speak as Organization). */
  kindOf?: (id: string) => string | undefined;
  /** What a speaker the gazetteer knows is, for the Markdown report. */
  describe?: (id: string) => string | undefined;
  /** Who reviewed and annotated (ClaimReview `author`, Web Annotation `creator`). Default "GeoLens user". */
  reviewer?: Reviewer;
  /** JSON formats: indent. Default: `json` on one line (as the CLI prints it), the JSON-LD formats indented. */
  pretty?: boolean;
  /** CSV: start with a UTF-8 byte order mark (for Excel; leave off for pipes). */
  bom?: boolean;
}

export type Exporter = (documents: readonly ExportDocument[], options?: ExportOptions) => string;

export const formats: Readonly<Record<ExportFormat, Exporter>> = {
  md: (documents, options = {}) => exportMarkdown(documents, { nameOf: options.nameOf, describe: options.describe }),
  csv: (documents, options = {}) => exportCsv(documents, { bom: options.bom }),
  json: (documents, options = {}) => claimsToJson(documents, { pretty: options.pretty }),
  claimreview: (documents, options = {}) => claimReviewJson(documents, options),
  webannotation: (documents, options = {}) => webAnnotationJson(documents, options),
};

/** For save dialogs and the CLI's help: file extension, media type, a label. */
export const FORMAT_INFO: Readonly<Record<ExportFormat, { extension: string; mediaType: string; label: string }>> = {
  md: { extension: 'md', mediaType: 'text/markdown', label: 'Markdown report' },
  csv: { extension: 'csv', mediaType: 'text/csv', label: 'CSV (spreadsheet)' },
  json: { extension: 'json', mediaType: 'application/json', label: 'GeoLens claims JSON' },
  claimreview: { extension: 'jsonld', mediaType: 'application/ld+json', label: 'ClaimReview (schema.org JSON-LD)' },
  webannotation: { extension: 'jsonld', mediaType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"', label: 'W3C Web Annotations (JSON-LD)' },
};

export const EXPORT_FORMATS = Object.keys(formats) as ExportFormat[];

export function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(formats, value);
}

/** Renders documents in a format. */
export function exportClaims(format: ExportFormat, documents: readonly ExportDocument[], options: ExportOptions = {}): string {
  return formats[format](documents, options);
}
