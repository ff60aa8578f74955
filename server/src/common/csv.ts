import { stringify } from 'csv-stringify/sync';

/** Characters that make a spreadsheet read a cell as a formula (OWASP's CSV injection list). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Whether a spreadsheet would run this text as a formula (the cell was not written as text with a leading apostrophe). */
export function looksLikeFormula(value: string): boolean {
  return FORMULA_START.test(value);
}

/**
 * A text cell that a spreadsheet would run as a formula gets a leading apostrophe, which spreadsheets show as
 * text. Numbers are written as numbers (a negative number is not a formula).
 */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Undoes neutraliseFormula on import, so an exported file round-trips. */
export function restoreNeutralised(value: string): string {
  return value.length > 1 && value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}

export type CsvCell = string | number | boolean | null | undefined;

/** RFC 4180 CSV (CRLF line ends, quotes where needed) with a header row and every text cell guarded. */
export function toCsv(header: string[], rows: CsvCell[][]): string {
  const cells = rows.map((row) => row.map((cell) => (typeof cell === 'string' ? neutraliseFormula(cell) : cell === null || cell === undefined ? '' : cell)));
  return stringify([header, ...cells], { record_delimiter: 'windows', quoted_match: /[\r\n]/, cast: { boolean: (value) => (value ? 'true' : 'false') } });
}
