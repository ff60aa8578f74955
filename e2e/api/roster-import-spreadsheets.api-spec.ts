import { createDepartment, createEmployee, signIn, SignedIn, uniqueSuffix } from '../../server/test/factories';
import { startTestApp, TestApp } from '../../server/test/test-app';

/** Roster files as HR systems and spreadsheets export them: other separators, encodings, date orders, columns and words. */
describe('roster import of spreadsheet exports', () => {
  let t: TestApp;
  let admin: SignedIn;

  beforeAll(async () => {
    t = await startTestApp();
    const department = await createDepartment(t.dataSource);
    admin = await signIn(t.http, (await createEmployee(t.dataSource, { departmentId: department.id, role: 'admin' })).email);
  });
  afterAll(() => t.close());

  const upload = (csv: string | Buffer, query: Record<string, unknown> = {}) =>
    t.http.post('/api/employees/import').query(query).set(admin.auth).set('Content-Type', 'text/csv').send(csv);
  const email = (name: string) => `${name}.${uniqueSuffix()}@sheets.test`;
  const stored = (emails: string[]) =>
    t.dataSource.query(
      `SELECT name, email, to_char(hired_on, 'YYYY-MM-DD') AS hired, to_char(left_on, 'YYYY-MM-DD') AS left_on, leave_reason AS reason
         FROM employees WHERE email = ANY($1) ORDER BY email`,
      [emails],
    );

  it('applies a semicolon-separated UTF-8 file with a byte-order mark and DD/MM/YYYY dates, commas and accents in names', async () => {
    const team = await createDepartment(t.dataSource);
    const [ana, bo] = [email('a-ana'), email('b-bo')];
    const csv = Buffer.from(
      [
        '\uFEFFname;email;department;hiredOn;leftOn;leaveReason',
        `Núñez, Ana;${ana};${team.name};03/04/2021;;`,
        `Bø Ørsted;${bo};${team.name};31/12/2019;28/02/2025;voluntary`,
      ].join('\r\n'),
      'utf8',
    );
    const dryRun = await upload(csv, { dateFormat: 'dmy' }).expect(200);
    expect(dryRun.body).toMatchObject({ valid: true, dateFormat: 'dmy', ignoredColumns: [], summary: { creates: 2, rowsWithErrors: 0 } });
    await upload(csv, { dateFormat: 'dmy', apply: true }).expect(200);
    expect(await stored([ana, bo])).toEqual([
      { name: 'Núñez, Ana', email: ana, hired: '2021-04-03', left_on: null, reason: null },
      { name: 'Bø Ørsted', email: bo, hired: '2019-12-31', left_on: '2025-02-28', reason: 'voluntary' },
    ]);
    // The same file read month first: 31/12 is no month, so those rows are errors, as any bad date is.
    const mdy = await upload(csv, { dateFormat: 'mdy' }).expect(200);
    expect(mdy.body.errors).toEqual([
      { row: 3, field: 'hiredOn', message: '"31/12/2019" is not a date written MM/DD/YYYY or YYYY-MM-DD.' },
      { row: 3, field: 'leftOn', message: '"28/02/2025" is not a date written MM/DD/YYYY or YYYY-MM-DD.' },
    ]);
  });

  it('reads a tab-separated file', async () => {
    const team = await createDepartment(t.dataSource);
    const person = email('tab');
    const csv = `name\temail\tdepartment\ttitle\thiredOn\nGrace Okafor\t${person}\t${team.name}\tLead, nights\t2022-05-06\n`;
    await upload(csv, { apply: true }).expect(200);
    expect((await t.dataSource.query('SELECT job_title FROM employees WHERE email = $1', [person]))[0].job_title).toBe('Lead, nights');
  });

  it('refuses a Windows-1252 file with a problem that says to save it as CSV UTF-8', async () => {
    // "José" with é as the single Windows-1252 byte 0xE9, as Excel's plain "CSV" writes it on Windows.
    const csv = Buffer.concat([Buffer.from('name,email,department,hiredOn\nJos'), Buffer.from([0xe9]), Buffer.from(`,${email('jose')},X,2020-01-01\n`)]);
    const response = await upload(csv).expect(400);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(response.body).toMatchObject({ code: 'roster_not_utf8', errors: [{ field: 'body' }] });
    expect(response.body.detail).toContain('CSV UTF-8');
  });

  it('refuses slash dates without a dateFormat, naming the rows and the choices, and never guesses', async () => {
    const team = await createDepartment(t.dataSource);
    const lines = ['name,email,department,hiredOn', `A,${email('a')},${team.name},2020-01-01`];
    for (let i = 0; i < 3; i++) lines.push(`P${i},${email(`p${i}`)},${team.name},0${i + 1}/02/2020`);
    const response = await upload(lines.join('\n'), { apply: true }).expect(400);
    expect(response.body).toMatchObject({ code: 'roster_date_format_needed', rows: [3, 4, 5], errors: [{ field: 'dateFormat' }], ignoredColumns: [] });
    expect(response.body.detail).toMatch(/^Rows 3, 4 and 5 write dates/);
    expect(response.body.detail).toContain('dmy for DD/MM/YYYY (day first) or mdy for MM/DD/YYYY (month first)');
    expect(Number((await t.dataSource.query('SELECT count(*) FROM employees WHERE department_id = $1', [team.id]))[0].count)).toBe(0);
    expect((await upload(lines.join('\n'), { dateFormat: 'ymd' }).expect(400)).body.errors[0].field).toBe('dateFormat');
  });

  it('ignores and lists unknown columns, and reads a column mapped onto one of ours', async () => {
    const team = await createDepartment(t.dataSource);
    const person = email('mapped');
    const csv = `Name,Work email,Department,Cost centre,Start date,Location\nAva Chen,${person},${team.name},CC-7,2023-09-01,Leeds\n`;
    // Without a mapping the required columns are missing, and the problem lists the file's columns that could be mapped.
    const missing = await upload(csv).expect(400);
    expect(missing.body).toMatchObject({ errors: [{ field: 'header' }], ignoredColumns: ['Work email', 'Cost centre', 'Start date', 'Location'] });
    expect(missing.body.detail).toContain('Missing columns: email, hiredOn.');

    const map = ['work email=email', 'Start date=hiredOn', 'No such header=title'];
    const dryRun = await upload(csv, { map }).expect(200);
    expect(dryRun.body).toMatchObject({
      valid: true,
      ignoredColumns: ['Cost centre', 'Location'],
      mappedColumns: [
        { column: 'Work email', field: 'email' },
        { column: 'Start date', field: 'hiredOn' },
      ],
      summary: { creates: 1 },
    });
    await upload(csv, { map, apply: true }).expect(200);
    expect(await stored([person])).toEqual([{ name: 'Ava Chen', email: person, hired: '2023-09-01', left_on: null, reason: null }]);
    // A mapping onto something that is not one of our columns is a 400 naming map.
    const bad = await upload(csv, { map: 'Cost centre=costCentre' }).expect(400);
    expect(bad.body.errors[0].field).toBe('map');
  });

  it('reads the words HR systems write for leave reasons as our codes and shows how it read them', async () => {
    const team = await createDepartment(t.dataSource);
    const words = ['Resigned', 'RETIREMENT', 'laid off', 'End of contract', 'Dismissed', 'involuntary', 'resigned'];
    const people = words.map((_, i) => email(`w${i}`));
    const csv = [
      'name,email,department,hiredOn,leftOn,leaveReason',
      ...words.map((word, i) => `W${i},${people[i]},${team.name},2020-01-01,2025-06-30,${word}`),
    ].join('\n');
    const dryRun = await upload(csv).expect(200);
    expect(dryRun.body.valid).toBe(true);
    expect(dryRun.body.leaveReasonWords).toEqual([
      { word: 'Resigned', reason: 'voluntary', rows: 2 },
      { word: 'RETIREMENT', reason: 'voluntary', rows: 1 },
      { word: 'laid off', reason: 'involuntary', rows: 1 },
      { word: 'End of contract', reason: 'involuntary', rows: 1 },
      { word: 'Dismissed', reason: 'involuntary', rows: 1 },
    ]);
    await upload(csv, { apply: true }).expect(200);
    expect((await stored(people)).map((p: { reason: string }) => p.reason)).toEqual([
      'voluntary',
      'voluntary',
      'involuntary',
      'involuntary',
      'involuntary',
      'involuntary',
      'voluntary',
    ]);
    const unknown = await upload(`name,email,department,hiredOn,leftOn,leaveReason\nX,${email('x')},${team.name},2020-01-01,2025-06-30,sabbatical`).expect(200);
    expect(unknown.body.errors).toEqual([{ row: 2, field: 'leaveReason', message: expect.stringContaining('"sabbatical" is neither') }]);
  });
});
