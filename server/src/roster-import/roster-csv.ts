import { parse as parseStreaming } from 'csv-parse';
import { parse } from 'csv-parse/sync';
import { yieldToEventLoop } from '../common/yield-to-event-loop';
import { looksLikeFormula, restoreNeutralised, toCsv } from '../common/csv';
import { stripBidiControls } from '../common/transforms';
import { detectDelimiter } from './roster-formats';

/** The roster file's columns, in the order export writes them. */
export const ROSTER_COLUMNS = ['name', 'email', 'department', 'role', 'title', 'managerEmail', 'hiredOn', 'leftOn', 'leaveReason', 'employeeNumber'] as const;
export type RosterColumn = (typeof ROSTER_COLUMNS)[number];
export const REQUIRED_ROSTER_COLUMNS: RosterColumn[] = ['name', 'email', 'department', 'hiredOn'];
export const MAX_ROSTER_ROWS = 20_000;

/** One data row as written: trimmed text per column; `row` is its row number in a spreadsheet (the header is row 1). */
export interface RosterCsvRow {
  row: number;
  values: Partial<Record<RosterColumn, string>>;
  /** Set when the row has a different number of fields than the header. */
  shapeError?: string;
  /**
   * Columns whose cell, as written, a spreadsheet would run as a formula (`=cmd|' /C calc'!A0`). They are refused:
   * text that really starts with = + - @ is written with a leading apostrophe, as our export writes it.
   */
  formulaColumns?: RosterColumn[];
}

export interface ParsedRoster {
  columns: RosterColumn[];
  rows: RosterCsvRow[];
  /** Header cells that name none of our columns (and were not mapped onto one): their cells are not read. */
  ignoredColumns: string[];
  /** Header cells read as one of our columns because the request mapped them so. */
  mappedColumns: { column: string; field: RosterColumn }[];
}

/** Their header -> our column, as the request maps it. */
export type RosterColumnMapping = ReadonlyMap<string, RosterColumn>;

/** A problem with the file as a whole: it is not a CSV we can read. `field` is "body" or the header. */
export class RosterFileError extends Error {
  constructor(
    message: string,
    readonly field = 'body',
    /** With a missing column: the header cells the file has that could be mapped onto it. */
    readonly ignoredColumns?: string[],
  ) {
    super(message);
  }
}

/** How a header cell is compared with a mapping's: case, spaces around and runs of spaces do not matter. */
export const headerKey = (header: string) => header.trim().replace(/\s+/g, ' ').toLowerCase();

/** "Manager email", "manager_email" and "ManagerEmail" all name the managerEmail column. */
function columnOf(header: string): RosterColumn | undefined {
  const key = header.toLowerCase().replace(/[^a-z]/g, '');
  const aliases: Record<string, RosterColumn> = { jobtitle: 'title', manager: 'managerEmail', hiredate: 'hiredOn', leavedate: 'leftOn', reason: 'leaveReason' };
  return ROSTER_COLUMNS.find((c) => c.toLowerCase() === key) ?? aliases[key];
}

/**
 * Reads a roster CSV (optional BOM; separated by commas, semicolons or tabs, as the header row shows; RFC 4180
 * quoting). Throws RosterFileError for an unreadable file.
 */
export function parseRosterCsv(text: string, mapping: RosterColumnMapping = new Map()): ParsedRoster {
  if (text.includes('\u0000')) throw new RosterFileError('The file is not a text CSV file.');
  let records: string[][];
  try {
    records = parse(text, csvOptions(text));
  } catch (error) {
    throw new RosterFileError(`The file is not a readable CSV file: ${(error as Error).message}`);
  }
  return toRoster(records, mapping);
}

const csvOptions = (text: string) => ({ bom: true, delimiter: detectDelimiter(text), relax_column_count: true, skip_empty_lines: false, trim: true });
/** How much of the file the parser reads before the event loop gets a turn (about 500 roster rows). */
export const PARSE_CHUNK_CHARS = 64 * 1024;

/** The same as parseRosterCsv, reading the file in chunks with a turn for the event loop between them. */
export async function parseRosterCsvYielding(text: string, mapping: RosterColumnMapping = new Map()): Promise<ParsedRoster> {
  if (text.includes('\u0000')) throw new RosterFileError('The file is not a text CSV file.');
  const records: string[][] = [];
  const parser = parseStreaming(csvOptions(text));
  let failure: Error | undefined;
  parser.on('readable', () => {
    for (let record = parser.read(); record !== null; record = parser.read()) records.push(record);
  });
  parser.on('error', (error) => (failure ??= error));
  const ended = new Promise<void>((resolve) => parser.on('end', resolve).on('error', () => resolve()));
  for (let offset = 0; offset < text.length && !failure; offset += PARSE_CHUNK_CHARS) {
    parser.write(text.slice(offset, offset + PARSE_CHUNK_CHARS));
    await yieldToEventLoop();
  }
  if (!failure) parser.end();
  await ended;
  if (failure) throw new RosterFileError(`The file is not a readable CSV file: ${failure.message}`);
  await yieldToEventLoop();
  return toRoster(records, mapping);
}

function toRoster(records: string[][], mapping: RosterColumnMapping): ParsedRoster {
  if (!records.length) throw new RosterFileError('The file is empty: it needs a header row and one row per person.');
  const [header, ...data] = records;
  // Our column for each header cell, or undefined for a cell that is ignored (an unknown column, or a blank one).
  const read: (RosterColumn | undefined)[] = [];
  const ignoredColumns: string[] = [];
  const mappedColumns: ParsedRoster['mappedColumns'] = [];
  for (const name of header) {
    const mapped = mapping.get(headerKey(name));
    const column = mapped ?? columnOf(name);
    if (mapped) mappedColumns.push({ column: name, field: mapped });
    else if (!column && name !== '') ignoredColumns.push(name.slice(0, 60));
    if (column && read.includes(column)) throw new RosterFileError(`The column ${column} appears twice.`, 'header');
    read.push(column);
  }
  const columns = read.filter((c): c is RosterColumn => !!c);
  const missing = REQUIRED_ROSTER_COLUMNS.filter((c) => !columns.includes(c));
  if (missing.length) {
    const mappable = ignoredColumns.length ? ` Map one of the file's other columns (${ignoredColumns.join(', ')}) onto it, or add it.` : '';
    throw new RosterFileError(`Missing column${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}.${mappable}`, 'header', ignoredColumns);
  }
  const rows: RosterCsvRow[] = [];
  data.forEach((fields, index) => {
    if (fields.every((f) => f === '')) return;
    const values: RosterCsvRow['values'] = {};
    const formulaColumns: RosterColumn[] = [];
    read.forEach((column, i) => {
      if (!column) return;
      // Bidi formatting controls go, as in every free-text field of the API (see stripBidiControls).
      values[column] = stripBidiControls(restoreNeutralised(fields[i] ?? ''));
      if (looksLikeFormula(fields[i] ?? '')) formulaColumns.push(column);
    });
    rows.push({
      row: index + 2,
      values,
      shapeError: fields.length !== header.length ? `The row has ${fields.length} fields; the header has ${header.length}.` : undefined,
      ...(formulaColumns.length ? { formulaColumns } : {}),
    });
  });
  if (!rows.length) throw new RosterFileError('The file has a header but no people.');
  if (rows.length > MAX_ROSTER_ROWS)
    throw new RosterFileError(`A file holds at most ${MAX_ROSTER_ROWS.toLocaleString('en')} people; this one has ${rows.length}.`);
  return { columns, rows, ignoredColumns, mappedColumns };
}

export interface RosterExportRow {
  name: string;
  email: string;
  department: string;
  role: string;
  title: string;
  managerEmail: string | null;
  hiredOn: string;
  leftOn: string | null;
  leaveReason: string | null;
  employeeNumber: string | null;
}

/** The export: the same columns the import reads, so a file round-trips. */
export function writeRosterCsv(rows: RosterExportRow[]): string {
  return toCsv(
    [...ROSTER_COLUMNS],
    rows.map((r) => ROSTER_COLUMNS.map((c) => r[c])),
  );
}
