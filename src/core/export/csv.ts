/**
 * RFC 4180 CSV that opens safely in a spreadsheet: fields separated by commas, records by CRLF;
 * a field holding a comma, a double quote, CR or LF is quoted, with its quotes doubled. Text cells
 * that start with a formula trigger (= + - @ tab CR) are prefixed with an apostrophe so no formula
 * runs (OWASP "CSV injection"); numbers and booleans are written as they are, so they stay numbers.
 * With `bom`, a UTF-8 byte order mark comes first: Excel then reads the file as UTF-8.
 */
export type Cell = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

/** The text a spreadsheet shows for a text cell (an apostrophe before formula triggers). */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = neutralise(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: string[], rows: Cell[][], options: { bom?: boolean } = {}): string {
  const body = [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
  return options.bom ? `\uFEFF${body}` : body;
}
