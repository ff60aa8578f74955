import { parse } from 'csv-parse/sync';
import { neutraliseFormula, restoreNeutralised, toCsv } from './csv';

describe('CSV', () => {
  it('writes a header row and quotes commas, quotes and newlines', () => {
    const csv = toCsv(['name', 'note', 'count'], [
      ['Bell, Marcus', 'said "hi"', 3],
      ['Two\nlines', null, 0],
    ]);
    expect(csv).toBe('name,note,count\r\n"Bell, Marcus","said ""hi""",3\r\n"Two\nlines",,0\r\n');
    expect(parse(csv)).toEqual([
      ['name', 'note', 'count'],
      ['Bell, Marcus', 'said "hi"', '3'],
      ['Two\nlines', '', '0'],
    ]);
  });

  it('neutralises text cells that a spreadsheet would run as a formula, but not numbers', () => {
    const csv = toCsv(['a', 'b', 'c', 'd', 'e'], [['=SUM(A1)', '+1', '-2', '@cmd', -5]]);
    expect(parse(csv)[1]).toEqual(["'=SUM(A1)", "'+1", "'-2", "'@cmd", '-5']);
    expect(neutraliseFormula('\tx')).toBe("'\tx");
    expect(neutraliseFormula('Plain')).toBe('Plain');
  });

  it('restores neutralised cells on the way back in, and leaves other apostrophes alone', () => {
    expect(restoreNeutralised("'=SUM(A1)")).toBe('=SUM(A1)');
    expect(restoreNeutralised("'Tis")).toBe("'Tis");
    expect(restoreNeutralised("'")).toBe("'");
  });
});
