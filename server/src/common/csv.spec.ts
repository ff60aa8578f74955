import { parse } from 'csv-parse/sync';
import { neutraliseFormula, restoreNeutralised, toCsv } from './csv';

describe('CSV', () => {
  it('writes a header row and quotes commas, quotes and newlines', () => {
    const csv = toCsv(
      ['name', 'note', 'count'],
      [
        ['Bell, Marcus', 'said "hi"', 3],
        ['Two\nlines', null, 0],
      ],
    );
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

  it('quotes any cell holding a comma, semicolon, tab, quote or newline, so no locale splits it', () => {
    const csv = toCsv(['a', 'b', 'c', 'd'], [['x;y', 'x\ty', 'plain', 'x,y']]);
    expect(csv.split('\r\n')[1]).toBe('"x;y","x\ty",plain,"x,y"');
  });

  it('neutralises a formula after any separator inside a cell, and round-trips it', () => {
    expect(neutraliseFormula('a;=1+1')).toBe("a;'=1+1");
    expect(neutraliseFormula('a, -2')).toBe("a, '-2");
    expect(neutraliseFormula('x\t@SUM(A1)')).toBe("x\t'@SUM(A1)");
    expect(neutraliseFormula('=1;=2')).toBe("'=1;'=2");
    const csv = toCsv(['a'], [['a;=1+1']]);
    expect(csv.split('\r\n')[1]).toBe(`"a;'=1+1"`);
    // A semicolon-locale spreadsheet that splits the cell sees text, not a formula, in every part.
    expect(
      parse(csv)[1][0]
        .split(';')
        .every((part: string) => !/^[=+\-@]/.test(part)),
    ).toBe(true);
    expect(restoreNeutralised(neutraliseFormula('a;=1+1'))).toBe('a;=1+1');
    expect(restoreNeutralised(neutraliseFormula('=1;=2'))).toBe('=1;=2');
  });
});
