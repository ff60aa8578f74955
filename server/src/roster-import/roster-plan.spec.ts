import { parseRosterCsv, RosterFileError, writeRosterCsv } from './roster-csv';
import { planRoster } from './roster-plan';
import { RosterContext, RosterEmployee } from './roster-plan.types';

const HEADER = 'name,email,department,role,title,managerEmail,hiredOn,leftOn,leaveReason';
const existing = (overrides: Partial<RosterEmployee>): RosterEmployee => ({
  id: 'e0',
  email: 'someone@x.test',
  name: 'Someone',
  jobTitle: 'Associate',
  departmentId: 'd1',
  role: 'staff',
  managerId: null,
  hiredOn: '2020-01-01',
  leftOn: null,
  leaveReason: null,
  employeeNumber: null,
  leavingOn: null,
  leavingReason: null,
  ...overrides,
});
const context = (overrides: Partial<RosterContext> = {}): RosterContext => ({
  today: '2026-11-23',
  actorId: 'admin',
  createDepartments: false,
  departments: [{ id: 'd1', name: 'Shoes' }],
  employees: [
    existing({ id: 'm1', email: 'boss@x.test', name: 'Boss', role: 'manager' }),
    existing({ id: 'e1', email: 'ann@x.test', name: 'Ann', managerId: 'm1' }),
    existing({ id: 'e2', email: 'gone@x.test', name: 'Gone', leftOn: '2024-01-01', leaveReason: 'voluntary' }),
    existing({ id: 'admin', email: 'admin@x.test', name: 'Admin', role: 'admin' }),
  ],
  ...overrides,
});
const plan = (lines: string[], ctx = context()) => planRoster(parseRosterCsv([HEADER, ...lines].join('\n')), ctx);

describe('roster CSV', () => {
  it('reads quoted fields, a BOM, header aliases, and restores neutralised formulas', () => {
    const file = parseRosterCsv(
      '\ufeffName,E-mail,Department,Manager email,Hired on\r\n"Bell, Marcus",m@x.test,Shoes,,2020-01-01\r\n"\'=Odd",o@x.test,Shoes,,2020-01-01\r\n',
    );
    expect(file.columns).toEqual(['name', 'email', 'department', 'managerEmail', 'hiredOn']);
    expect(file.rows.map((r) => r.values.name)).toEqual(['Bell, Marcus', '=Odd']);
    expect(file.rows.map((r) => r.row)).toEqual([2, 3]);
  });

  it('refuses files it cannot read as a whole, naming the problem', () => {
    expect(() => parseRosterCsv('')).toThrow(RosterFileError);
    expect(() => parseRosterCsv(HEADER)).toThrow('no people');
    expect(() => parseRosterCsv('name,email\nA,a@x.test')).toThrow('Missing columns: department, hiredOn');
    // An unknown column is not refused: it is ignored and listed (roster-formats.spec.ts).
    expect(parseRosterCsv('name,email,department,hiredOn,shoe size\nA,a@x.test,Shoes,2020-01-01,9').ignoredColumns).toEqual(['shoe size']);
    expect(() => parseRosterCsv('\u0089PNG\r\n\u001a\n\u0000\u0000')).toThrow('not a text CSV');
    expect(() => parseRosterCsv(`${HEADER}\n"unterminated,a@x.test`)).toThrow('not a readable CSV');
  });

  it('writes what it reads', () => {
    const csv = writeRosterCsv([
      {
        name: '=Odd, "Name"',
        email: 'o@x.test',
        department: 'Shoes',
        role: 'staff',
        title: '',
        managerEmail: null,
        hiredOn: '2020-01-01',
        leftOn: null,
        leaveReason: null,
        employeeNumber: 'E-1',
      },
    ]);
    expect(csv.split('\r\n')[0]).toBe(`${HEADER},employeeNumber`);
    expect(parseRosterCsv(csv).rows[0].values).toMatchObject({ name: '=Odd, "Name"', email: 'o@x.test', leftOn: '' });
  });
});

describe('roster plan', () => {
  it('creates, updates, records departures and leaves unchanged rows alone', () => {
    const result = plan([
      'New Person,new@x.test,Shoes,,Fitter,boss@x.test,2026-01-05,,',
      'Ann,ANN@x.test,Shoes,staff,Senior,boss@x.test,2020-01-01,,',
      'Boss,boss@x.test,Shoes,manager,Associate,,2020-01-01,2026-11-01,involuntary',
      'Gone,gone@x.test,Shoes,staff,Associate,,2020-01-01,2024-01-01,voluntary',
      'Former,former@x.test,Shoes,staff,,,2010-01-01,2015-06-30,other',
    ]);
    // Boss leaves, and Ann (active) reports to Boss: that is an error.
    expect(result.errors).toEqual(
      [
        { row: 3, field: 'managerEmail', message: expect.stringContaining('has left') },
        { row: 2, field: 'managerEmail', message: expect.stringContaining('has left') },
      ].sort((a, b) => a.row - b.row),
    );
    const fixed = plan([
      'New Person,new@x.test,Shoes,,Fitter,boss@x.test,2026-01-05,,',
      'Ann,ANN@x.test,Shoes,staff,Senior,,2020-01-01,,',
      'Boss,boss@x.test,Shoes,manager,Associate,,2020-01-01,2026-11-01,involuntary',
      'Gone,gone@x.test,Shoes,staff,Associate,,2020-01-01,2024-01-01,voluntary',
      'Former,former@x.test,Shoes,staff,,boss@x.test,2010-01-01,2015-06-30,other',
    ]);
    expect(fixed.errors).toEqual([{ row: 2, field: 'managerEmail', message: expect.stringContaining('has left') }]);
    const ok = plan([
      'New Person,new@x.test,Shoes,,Fitter,ann@x.test,2026-01-05,,',
      'Ann,ANN@x.test,Shoes,staff,Senior,,2020-01-01,,',
      'Boss,boss@x.test,Shoes,manager,Associate,,2020-01-01,2026-11-01,involuntary',
      'Gone,gone@x.test,Shoes,staff,Associate,,2020-01-01,2024-01-01,voluntary',
      'Former,former@x.test,Shoes,staff,,boss@x.test,2010-01-01,2015-06-30,other',
    ]);
    expect(ok.errors).toEqual([]);
    expect(ok.rows.map((r) => [r.row, r.action, r.changes])).toEqual([
      [2, 'create', []],
      [3, 'update', ['title', 'managerEmail']],
      [4, 'depart', ['leftOn', 'leaveReason']],
      [5, 'unchanged', []],
      [6, 'create', []],
    ]);
    expect(ok.summary).toEqual({ rows: 5, creates: 2, updates: 1, departures: 1, unchanged: 1, rowsWithErrors: 0 });
  });

  it('names the row and field of every error', () => {
    const result = plan([
      ',not-an-email,Shoes,boss,,,2023-02-29,,',
      'Dup,new@x.test,Shoes,,,,2020-01-01,,',
      'Dup again,NEW@x.test,Shoes,,,,2020-01-01,,',
      'Nowhere,n@x.test,Atlantis,,,,2020-01-01,,',
      'Early,e@x.test,Shoes,,,,2020-01-10,2020-01-09,voluntary',
      'Future,f@x.test,Shoes,,,,2999-01-01,,',
      'No reason,r@x.test,Shoes,,,,2020-01-01,2021-01-01,',
      'Stray reason,s@x.test,Shoes,,,,2020-01-01,,voluntary',
      'Ghost boss,g@x.test,Shoes,,,ghost@x.test,2020-01-01,,',
      'Me,me@x.test,Shoes,,,me@x.test,2020-01-01,,',
      'Gone,gone@x.test,Shoes,staff,Associate,,2020-01-01,,',
      'Admin,admin@x.test,Shoes,staff,,,2020-01-01,,',
      'Short,short@x.test',
    ]);
    expect(result.errors.map((e) => `${e.row}:${e.field}`)).toEqual([
      '2:name',
      '2:email',
      '2:role',
      '2:hiredOn',
      '4:email',
      '5:department',
      '6:leftOn',
      '7:hiredOn',
      '8:leaveReason',
      '9:leaveReason',
      '10:managerEmail',
      '11:managerEmail',
      '12:leftOn',
      '13:role',
      '14:row',
      '14:department',
      '14:hiredOn',
    ]);
    expect(result.errors.find((e) => e.row === 4)!.message).toContain('also on row 3');
    expect(result.summary.rowsWithErrors).toBe(12);
  });

  it('refuses cells a spreadsheet would run as formulas, and accepts them written as text with an apostrophe', () => {
    const result = plan([
      `"=cmd|' /C calc'!A0",f1@x.test,Shoes,,,,2020-01-01,,`,
      'Plus,f2@x.test,Shoes,,+SUM(1),,2020-01-01,,',
      '@At,f3@x.test,Shoes,,,,2020-01-01,,',
      'Minus,f4@x.test,Shoes,,-2+3,,2020-01-01,,',
      `"'=Odd",f5@x.test,Shoes,,"'@handle",,2020-01-01,,`,
    ]);
    expect(result.errors.map((e) => `${e.row}:${e.field}`)).toEqual(['2:name', '3:title', '4:name', '5:title']);
    expect(result.errors[0].message).toContain('formula');
    expect(result.rows[4]).toMatchObject({ action: 'create', target: { name: '=Odd', jobTitle: '@handle' } });
  });

  it('creates unknown departments only when asked, once per name whatever the case', () => {
    const lines = ['A,a@x.test,Online Chat,,,,2020-01-01,,', 'B,b@x.test,online chat,,,,2020-01-01,,'];
    expect(plan(lines).errors.map((e) => e.field)).toEqual(['department', 'department']);
    const created = plan(lines, context({ createDepartments: true }));
    expect(created.errors).toEqual([]);
    expect(created.newDepartments).toEqual(['Online Chat']);
  });

  it('leaves fields whose column is missing as they are', () => {
    const file = parseRosterCsv('name,email,department,hiredOn\nAnn,ann@x.test,Shoes,2020-01-01');
    const result = planRoster(file, context());
    expect(result.rows[0]).toMatchObject({ action: 'unchanged', target: { jobTitle: 'Associate', managerEmail: undefined, role: 'staff' } });
  });

  it('keeps a reporting line to someone who had already left, so an export imports unchanged', () => {
    const ctx = context();
    ctx.employees[1].managerId = 'e2';
    expect(plan(['Ann,ann@x.test,Shoes,staff,Associate,gone@x.test,2020-01-01,,'], ctx).rows[0].action).toBe('unchanged');
    expect(plan(['New,new@x.test,Shoes,staff,,gone@x.test,2020-01-01,,'], ctx).errors[0].field).toBe('managerEmail');
  });
});

describe('roster plan: employee numbers and leaving dates', () => {
  const NUMBERED = 'name,email,department,hiredOn,employeeNumber,leftOn,leaveReason';
  const numbered = (lines: string[], ctx: RosterContext) => planRoster(parseRosterCsv([NUMBERED, ...lines].join('\n')), ctx);
  const roster = context({
    employees: [
      existing({ id: 'e1', email: 'ann@x.test', name: 'Ann', employeeNumber: 'E-1' }),
      existing({ id: 'e2', email: 'bob@x.test', name: 'Bob', employeeNumber: 'E-2' }),
      existing({ id: 'e3', email: 'cy@x.test', name: 'Cy', leavingOn: '2026-12-31', leavingReason: 'voluntary' }),
    ],
  });

  it('finds a person by employee number first: a new email is an update of that person, not a new person and a departure', () => {
    const result = numbered(['Ann,ann.new@x.test,Shoes,2020-01-01,E-1,,'], roster);
    expect(result.errors).toEqual([]);
    expect(result.rows[0]).toMatchObject({
      action: 'update',
      existingId: 'e1',
      changes: ['email'],
      target: { email: 'ann.new@x.test', employeeNumber: 'E-1' },
    });
    expect(result.summary).toMatchObject({ creates: 0, updates: 1, departures: 0 });
  });

  it('matches by email when the number is new, refuses an email of someone else and a number twice in the file', () => {
    expect(numbered(['Cy,cy@x.test,Shoes,2020-01-01,E-3,2026-12-31,voluntary'], roster).rows[0]).toMatchObject({
      action: 'update',
      existingId: 'e3',
      changes: ['employeeNumber'],
    });
    const clash = numbered(['Ann,bob@x.test,Shoes,2020-01-01,E-1,,', 'Ann,ann2@x.test,Shoes,2020-01-01,E-1,,'], roster);
    expect(clash.errors.map((e) => [e.row, e.field])).toEqual([
      [2, 'email'],
      [3, 'employeeNumber'],
    ]);
  });

  it('takes a last day up to a year ahead as a leaving date (a departure to come), and refuses one further out', () => {
    const ahead = numbered(['Bob,bob@x.test,Shoes,2020-01-01,E-2,2027-01-15,voluntary'], roster);
    expect(ahead.errors).toEqual([]);
    expect(ahead.rows[0]).toMatchObject({ action: 'depart', target: { leftOn: '2027-01-15', leaveReason: 'voluntary' } });
    const far = numbered(['Bob,bob@x.test,Shoes,2020-01-01,E-2,2028-01-15,voluntary'], roster);
    expect(far.errors).toEqual([{ row: 2, field: 'leftOn', message: 'leftOn can be at most 366 days ahead.' }]);
  });

  it('leaves a leaving date as it is when the file repeats it, and does not call it off from a file', () => {
    expect(numbered(['Cy,cy@x.test,Shoes,2020-01-01,,2026-12-31,voluntary'], roster).rows[0].action).toBe('unchanged');
    expect(numbered(['Cy,cy@x.test,Shoes,2020-01-01,,,'], roster).errors.map((e) => e.field)).toEqual(['leftOn']);
  });
});
