import { LEAVE_REASONS, LeaveReason } from '../employees/employee.entity';

/*
 * The ways HR systems and spreadsheets write a roster that the import accepts: the text encoding, the field
 * separator, the date order and the words for why someone left. Pure functions, used by roster-csv and roster-plan.
 */

/** Thrown for a file that is not UTF-8 text (Excel's plain "CSV" on Windows saves Windows-1252). */
export class RosterEncodingError extends Error {
  constructor() {
    super(
      'The file is not UTF-8 text (it looks like a Windows-1252 or other older encoding, which Excel writes for plain "CSV"). ' +
        'Save it again as "CSV UTF-8 (comma delimited)" (Excel) or with the character set "Unicode (UTF-8)" (LibreOffice, Numbers), then choose it again.',
    );
  }
}

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The file's bytes as text; a byte sequence that is not UTF-8 refuses the file instead of becoming U+FFFD. */
export function decodeRosterFile(body: Buffer | string): string {
  if (typeof body === 'string') return body;
  try {
    return UTF8.decode(body);
  } catch {
    throw new RosterEncodingError();
  }
}

export const ROSTER_DELIMITERS = [',', ';', '\t'] as const;
export type RosterDelimiter = (typeof ROSTER_DELIMITERS)[number];

/**
 * The separator the header row uses: whichever of comma, semicolon and tab it has most of outside quotes (Excel
 * writes semicolons where the decimal mark is a comma, and HR systems often export tab-separated text). Only the
 * header is read, so a comma inside a semicolon file's names ("Okafor, Grace") stays part of the name.
 */
export function detectDelimiter(text: string): RosterDelimiter {
  const counts: Record<RosterDelimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const char of text.startsWith('\uFEFF') ? text.slice(1) : text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char in counts) counts[char as RosterDelimiter]++;
  }
  return ROSTER_DELIMITERS.reduce((best, delimiter) => (counts[delimiter] > counts[best] ? delimiter : best), ',');
}

export const DATE_FORMATS = ['iso', 'dmy', 'mdy'] as const;
export type RosterDateFormat = (typeof DATE_FORMATS)[number];
/** How each format is written, for messages. */
export const DATE_FORMAT_PATTERN: Record<RosterDateFormat, string> = { iso: 'YYYY-MM-DD', dmy: 'DD/MM/YYYY', mdy: 'MM/DD/YYYY' };

/** 31/12/2024, 12/31/2024, 1.2.2024, 01-02-2024: day and month in an order the text alone does not tell. */
const NUMERIC_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/** Whether a cell is written day and month first (needs a dateFormat choice), as opposed to ISO or not a date at all. */
export function isDayMonthDate(text: string): boolean {
  return NUMERIC_DATE.test(text.trim());
}

/**
 * Rows whose hiredOn or leftOn is written with day and month in an order the text does not tell (03/04/2024): with
 * the dateFormat left at iso, the file is refused naming them rather than read one way or the other by guess.
 */
export function dayMonthDateRows(rows: { row: number; values: { hiredOn?: string; leftOn?: string } }[]): number[] {
  return rows.filter(({ values }) => isDayMonthDate(values.hiredOn ?? '') || isDayMonthDate(values.leftOn ?? '')).map((r) => r.row);
}

/** The row error for a date cell that is not a day under the format chosen. */
export function notADate(text: string, format: RosterDateFormat): string {
  return `"${text}" is not a date written ${DATE_FORMAT_PATTERN[format]}${format === 'iso' ? '' : ' or YYYY-MM-DD'}.`;
}

/**
 * The cell as YYYY-MM-DD, by the format chosen for the import; ISO dates are read under every format. The result is
 * only rearranged, not checked: the caller checks it is a real calendar day. Text in neither form comes back as it is.
 */
export function toIsoDate(text: string, format: RosterDateFormat): string {
  const match = format === 'iso' ? null : NUMERIC_DATE.exec(text.trim());
  if (!match) return text;
  const [, first, second, year] = match;
  const [day, month] = format === 'dmy' ? [first, second] : [second, first];
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** Words HR systems write for why someone left, by the reason code they mean (compared lower-case, spaces and dashes alike). */
const LEAVE_REASON_WORDS: Record<LeaveReason, string[]> = {
  voluntary: [
    'resigned',
    'resignation',
    'resign',
    'quit',
    'retired',
    'retirement',
    'retire',
    'left voluntarily',
    'voluntary resignation',
    'voluntary leave',
    'voluntary termination',
    'new job',
    'personal reasons',
    'relocation',
    'relocated',
  ],
  involuntary: [
    'terminated',
    'termination',
    'dismissed',
    'dismissal',
    'fired',
    'laid off',
    'layoff',
    'lay off',
    'redundancy',
    'redundant',
    'made redundant',
    'let go',
    'end of contract',
    'contract ended',
    'contract end',
    'contract expired',
    'end of fixed term',
    'involuntary termination',
    'gross misconduct',
    'misconduct',
  ],
  other: ['deceased', 'death', 'passed away', 'mutual agreement', 'transfer', 'transferred', 'unknown'],
};

const normaliseWord = (text: string) =>
  text
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
    .replace(/[.!]+$/, '')
    .trim();

const REASON_BY_WORD = new Map<string, LeaveReason>([
  ...LEAVE_REASONS.map((reason) => [reason, reason] as [string, LeaveReason]),
  ...Object.entries(LEAVE_REASON_WORDS).flatMap(([reason, words]) =>
    words.map((word) => [normaliseWord(word), reason as LeaveReason] as [string, LeaveReason]),
  ),
]);

/** The reason code a leaveReason cell means ("Resigned" -> voluntary, "laid-off" -> involuntary), or undefined. */
export function leaveReasonOf(text: string): LeaveReason | undefined {
  return REASON_BY_WORD.get(normaliseWord(text));
}

/** The row error for a leaveReason that is neither a code nor a word we know. */
export function unknownLeaveReason(text: string): string {
  return `leaveReason must be one of ${LEAVE_REASONS.join(', ')}, or a word such as resigned, retired, terminated, laid off, end of contract; "${text.slice(0, 40)}" is neither.`;
}

export interface LeaveReasonWord {
  word: string;
  reason: LeaveReason;
  rows: number;
}

/** The words a file used for reason codes (not the codes themselves), as first written, with how many rows use each. */
export class LeaveReasonTally {
  private readonly words = new Map<string, LeaveReasonWord>();

  count(text: string, reason: LeaveReason): void {
    const key = text.toLowerCase();
    if (key === reason) return;
    const seen = this.words.get(key) ?? { word: text, reason, rows: 0 };
    this.words.set(key, { ...seen, rows: seen.rows + 1 });
  }

  list(): LeaveReasonWord[] {
    return [...this.words.values()];
  }
}
