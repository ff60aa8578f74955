import type { FastifyReply } from 'fastify';
import { stringify } from 'csv-stringify/sync';

/** Characters that make a spreadsheet read a cell as a formula (OWASP's CSV injection list). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A formula character right after a separator (a semicolon-locale spreadsheet splits "a;=1+1" into "a" and
 * "=1+1" if the cell ever loses its quotes, say after a re-save). Newlines count: they end a row.
 */
const FORMULA_AFTER_SEPARATOR = /([,;\t\r\n][ ]*)([=+\-@])/g;
const NEUTRALISED_AFTER_SEPARATOR = /([,;\t\r\n][ ]*)'([=+\-@])/g;

/** Cells that must be quoted: any separator a spreadsheet might use (comma, semicolon, tab), a quote, a newline. */
const NEEDS_QUOTES = /[,;\t"\r\n]/;

/** Whether a spreadsheet would run this text as a formula (the cell was not written as text with a leading apostrophe). */
export function looksLikeFormula(value: string): boolean {
  return FORMULA_START.test(value);
}

/**
 * A text cell that a spreadsheet would run as a formula gets a leading apostrophe, which spreadsheets show as
 * text. Numbers are written as numbers (a negative number is not a formula).
 */
export function neutraliseFormula(value: string): string {
  const inner = value.replace(FORMULA_AFTER_SEPARATOR, "$1'$2");
  return FORMULA_START.test(inner) ? `'${inner}` : inner;
}

/** Undoes neutraliseFormula on import, so an exported file round-trips. */
export function restoreNeutralised(value: string): string {
  const inner = value.replace(NEUTRALISED_AFTER_SEPARATOR, '$1$2');
  return inner.length > 1 && inner.startsWith("'") && FORMULA_START.test(inner.slice(1)) ? inner.slice(1) : inner;
}

export type CsvCell = string | number | boolean | null | undefined;

/** RFC 4180 CSV (CRLF line ends, quotes wherever any locale's separator appears) with a header row and every text cell guarded. */
export function toCsv(header: string[], rows: CsvCell[][]): string {
  const cells = rows.map((row) => row.map((cell) => (typeof cell === 'string' ? neutraliseFormula(cell) : cell === null || cell === undefined ? '' : cell)));
  return stringify([header, ...cells], { record_delimiter: 'windows', quoted_match: NEEDS_QUOTES, cast: { boolean: (value) => (value ? 'true' : 'false') } });
}

/**
 * Answers a CSV as a download: UTF-8 with a byte-order mark first, without which Excel reads UTF-8 as the local code
 * page and names like "Zoë" come out garbled. Our own import reads the mark.
 */
export function csvAttachment(reply: FastifyReply, filename: string, csv: string): string {
  void reply.header('Content-Type', 'text/csv; charset=utf-8').header('Content-Disposition', `attachment; filename="${filename}"`);
  return `\uFEFF${csv}`;
}
