/**
 * RFC 4180 CSV that opens safely in a spreadsheet: fields separated by commas, records by CRLF.
 * Every text cell is quoted (quotes doubled), so a spreadsheet that splits on ";" or tabs still
 * reads one cell, never a second part that starts a formula. A text cell whose first character
 * after any spaces is a formula trigger (= + - @ tab CR, or their full-width forms ＝ ＋ － ＠) gets
 * an apostrophe in front, so no formula runs (OWASP "CSV injection"). Numbers and booleans are
 * written as they are, so they stay numbers. With `bom`, a UTF-8 byte order mark comes first:
 * Excel then reads the file as UTF-8.
 */
export type Cell = string | number | boolean | null | undefined;

const FORMULA_START = /^[\s\u00a0\u3000]*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFE63\uFE62\uFF20\u2212]/;

/** The text a spreadsheet shows for a text cell (an apostrophe before formula triggers). */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return `"${neutralise(value).replace(/"/g, '""')}"`;
}

export function toCsv(header: string[], rows: Cell[][], options: { bom?: boolean } = {}): string {
  // The header is the program's own words (plain column names): written bare, as readers expect.
  const body = [header.join(','), ...rows.map((row) => row.map(csvCell).join(','))].join('\r\n') + '\r\n';
  return options.bom ? `\uFEFF${body}` : body;
}
