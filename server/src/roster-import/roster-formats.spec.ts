import { dayMonthDateRows, decodeRosterFile, detectDelimiter, isDayMonthDate, leaveReasonOf, RosterEncodingError, toIsoDate } from './roster-formats';
import { parseRosterCsv } from './roster-csv';
import { planRoster } from './roster-plan';
import { RosterContext } from './roster-plan.types';

const context: RosterContext = { today: '2026-06-01', actorId: 'admin', createDepartments: false, departments: [{ id: 'd1', name: 'Shoes' }], employees: [] };

describe('the file as spreadsheets write it', () => {
  it('reads UTF-8 bytes, a byte-order mark kept for the parser, and refuses Windows-1252 bytes', () => {
    expect(decodeRosterFile(Buffer.from('\uFEFFname;José', 'utf8'))).toBe('\uFEFFname;José');
    // "José" as Excel's plain CSV on Windows writes it: é is the single byte 0xE9, not UTF-8.
    expect(() => decodeRosterFile(Buffer.from([0x4a, 0x6f, 0x73, 0xe9]))).toThrow(RosterEncodingError);
    expect(() => decodeRosterFile(Buffer.from([0x4a, 0x6f, 0x73, 0xe9]))).toThrow('CSV UTF-8');
  });

  it('takes the separator the header uses most, outside quotes', () => {
    expect(detectDelimiter('name,email,department')).toBe(',');
    expect(detectDelimiter('\uFEFFname;email;department\nOkafor, Grace;g@x.test;Shoes')).toBe(';');
    expect(detectDelimiter('name\temail\t"Dept, main"\r\nA\tb\tc')).toBe('\t');
    expect(detectDelimiter('"Name, full";email;department')).toBe(';');
    expect(detectDelimiter('name')).toBe(',');
  });

  it('reads a semicolon file with commas in its names, and a tab file, as the comma file', () => {
    const comma = parseRosterCsv('name,email,department,hiredOn\n"Okafor, Grace",g@x.test,Shoes,2024-01-02');
    const semicolon = parseRosterCsv('\uFEFFname;email;department;hiredOn\r\nOkafor, Grace;g@x.test;Shoes;2024-01-02\r\n');
    const tab = parseRosterCsv('name\temail\tdepartment\thiredOn\nOkafor, Grace\tg@x.test\tShoes\t2024-01-02');
    expect(semicolon).toEqual(comma);
    expect(tab).toEqual(comma);
    expect(comma.rows[0].values.name).toBe('Okafor, Grace');
  });

  it('ignores and lists unknown columns, reads mapped ones as ours, and names what could be mapped onto a missing column', () => {
    const text = 'Name;Email;Cost centre;Department;Start date;Location\nAva;a@x.test;CC-1;Shoes;2024-01-02;Leeds';
    expect(() => parseRosterCsv(text)).toThrow("Missing column: hiredOn. Map one of the file's other columns (Cost centre, Start date, Location) onto it");
    const file = parseRosterCsv(text, new Map([['start date', 'hiredOn']]));
    expect(file.columns).toEqual(['name', 'email', 'department', 'hiredOn']);
    expect(file.ignoredColumns).toEqual(['Cost centre', 'Location']);
    expect(file.mappedColumns).toEqual([{ column: 'Start date', field: 'hiredOn' }]);
    expect(file.rows[0]).toEqual({ row: 2, values: { name: 'Ava', email: 'a@x.test', department: 'Shoes', hiredOn: '2024-01-02' } });
    expect(() => parseRosterCsv(text, new Map([['cost centre', 'department']]))).toThrow('The column department appears twice.');
  });

  it('reads day-first and month-first dates only by the format chosen, ISO under every format', () => {
    expect(toIsoDate('03/04/2024', 'dmy')).toBe('2024-04-03');
    expect(toIsoDate('03/04/2024', 'mdy')).toBe('2024-03-04');
    expect(toIsoDate('3.4.2024', 'dmy')).toBe('2024-04-03');
    expect(toIsoDate('2024-04-03', 'dmy')).toBe('2024-04-03');
    expect(toIsoDate('03/04/2024', 'iso')).toBe('03/04/2024');
    expect(toIsoDate('03/04/24', 'dmy')).toBe('03/04/24');
    expect(isDayMonthDate('31/12/2024')).toBe(true);
    expect(isDayMonthDate('2024-12-31')).toBe(false);
    expect(isDayMonthDate('')).toBe(false);
  });

  it('names the rows whose dates need a choice, and checks the chosen reading is a real day', () => {
    const file = parseRosterCsv(
      'name,email,department,hiredOn,leftOn,leaveReason\nA,a@x.test,Shoes,2024-01-02,,\nB,b@x.test,Shoes,02/01/2024,,\nC,c@x.test,Shoes,2020-01-01,31/01/2025,quit',
    );
    expect(dayMonthDateRows(file.rows)).toEqual([3, 4]);
    const dmy = planRoster(file, { ...context, dateFormat: 'dmy' });
    expect(dmy.errors).toEqual([]);
    expect(dmy.rows.map((r) => [r.target.hiredOn, r.target.leftOn])).toEqual([
      ['2024-01-02', null],
      ['2024-01-02', null],
      ['2020-01-01', '2025-01-31'],
    ]);
    const mdy = planRoster(file, { ...context, dateFormat: 'mdy' });
    expect(mdy.errors).toEqual([{ row: 4, field: 'leftOn', message: '"31/01/2025" is not a date written MM/DD/YYYY or YYYY-MM-DD.' }]);
  });

  it('reads the words HR systems write for why someone left as our reason codes, and lists them', () => {
    expect(leaveReasonOf('Resigned')).toBe('voluntary');
    expect(leaveReasonOf('RETIREMENT')).toBe('voluntary');
    expect(leaveReasonOf('Laid-off')).toBe('involuntary');
    expect(leaveReasonOf('end of  contract')).toBe('involuntary');
    expect(leaveReasonOf('Dismissed.')).toBe('involuntary');
    expect(leaveReasonOf('involuntary')).toBe('involuntary');
    expect(leaveReasonOf('Other')).toBe('other');
    expect(leaveReasonOf('went to the moon')).toBeUndefined();
    const file = parseRosterCsv(
      'name,email,department,hiredOn,leftOn,leaveReason\nA,a@x.test,Shoes,2020-01-01,2025-01-01,Resigned\nB,b@x.test,Shoes,2020-01-01,2025-01-01,resigned\nC,c@x.test,Shoes,2020-01-01,2025-01-01,Redundancy\nD,d@x.test,Shoes,2020-01-01,2025-01-01,voluntary\nE,e@x.test,Shoes,2020-01-01,2025-01-01,moon',
    );
    const plan = planRoster(file, context);
    expect(plan.rows.map((r) => r.target.leaveReason)).toEqual(['voluntary', 'voluntary', 'involuntary', 'voluntary', null]);
    expect(plan.leaveReasonWords).toEqual([
      { word: 'Resigned', reason: 'voluntary', rows: 2 },
      { word: 'Redundancy', reason: 'involuntary', rows: 1 },
    ]);
    expect(plan.errors).toEqual([{ row: 6, field: 'leaveReason', message: expect.stringContaining('"moon" is neither') }]);
  });
});
