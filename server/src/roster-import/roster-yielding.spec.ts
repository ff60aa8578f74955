import { PARSE_CHUNK_CHARS, parseRosterCsv, parseRosterCsvYielding, RosterFileError } from './roster-csv';
import { PLAN_CHUNK_ROWS, planRoster, planRosterYielding } from './roster-plan';
import { RosterContext } from './roster-plan.types';

const HEADER = 'name,email,department,role,title,managerEmail,hiredOn,leftOn,leaveReason';
const context: RosterContext = { today: '2026-06-01', actorId: 'admin', createDepartments: false, departments: [{ id: 'd1', name: 'Shoes' }], employees: [] };

function bigFile(rows: number): string {
  const lines = [HEADER];
  for (let i = 0; i < rows; i++) lines.push(`"Person, ${i}",p${i}@x.test,${i % 97 ? 'Shoes' : 'Hats'},staff,Fitter,p0@x.test,2020-01-0${1 + (i % 9)},,`);
  return lines.join('\r\n');
}

describe('roster import in chunks that yield', () => {
  it('parses and plans exactly as the one-go version does, on a file many chunks long', async () => {
    const text = bigFile(8 * PLAN_CHUNK_ROWS + 7);
    expect(text.length).toBeGreaterThan(2 * PARSE_CHUNK_CHARS);
    const file = await parseRosterCsvYielding(text);
    expect(file).toEqual(parseRosterCsv(text));
    const plan = await planRosterYielding(file, context);
    expect(plan).toEqual(planRoster(file, context));
    expect(plan.summary.rows).toBe(8 * PLAN_CHUNK_ROWS + 7);
    expect(plan.errors.filter((e) => e.field === 'department').length).toBeGreaterThan(0);
  });

  it('lets other work run between chunks: a timer set before the plan fires before it finishes', async () => {
    const file = parseRosterCsv(bigFile(4 * PLAN_CHUNK_ROWS));
    const order: string[] = [];
    setImmediate(() => order.push('other work'));
    const planned = planRosterYielding(file, context).then(() => order.push('plan done'));
    await planned;
    expect(order).toEqual(['other work', 'plan done']);
  });

  it('refuses an unreadable file the same way', async () => {
    await expect(parseRosterCsvYielding(`${HEADER}\n"unclosed,a@x.test,Shoes,,,,2020-01-01,,`)).rejects.toThrow(RosterFileError);
    await expect(parseRosterCsvYielding('')).rejects.toThrow('empty');
    await expect(parseRosterCsvYielding('\u0000')).rejects.toThrow('not a text CSV');
  });
});
