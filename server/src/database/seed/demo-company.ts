import { Client } from 'pg';
import { hashPassword } from '../../auth/password-hasher';
import { addDays, todayIn } from '../../common/calendar';
import { rebuildRecognitionTallies } from '../../leaderboards/recognition-tallies.service';
import { seedDemoKudos } from './demo-kudos';
import { seedDemoPoints } from './demo-points';
import { seedDemoRewards } from './demo-rewards';
import { seedDemoStories, seedEarlyRecognitionStories } from './demo-stories';
import { mulberry32 } from './seeded-random';

/** Everyone in the demo company who is still employed can sign in with this password. */
export const DEMO_PASSWORD = 'heroics-demo';

export const DEMO_SIGN_INS = [
  { role: 'admin', email: 'admin@larkspur.example', name: 'Helen Ramirez' },
  { role: 'manager', email: 'manager@larkspur.example', name: 'Marcus Bell' },
  { role: 'staff', email: 'staff@larkspur.example', name: 'Sofia Lindqvist' },
] as const;

const DEPARTMENTS = ["Women's Apparel", "Men's Suits", 'Shoes', 'Customer Care Phone', 'Online Chat', 'People & Culture'];

const TITLES: Record<string, string[]> = {
  "Women's Apparel": ['Sales Associate', 'Senior Sales Associate', 'Personal Stylist', 'Visual Merchandiser'],
  "Men's Suits": ['Sales Associate', 'Tailor', 'Senior Tailor', 'Personal Shopper'],
  Shoes: ['Sales Associate', 'Shoe Fitter', 'Stock Associate'],
  'Customer Care Phone': ['Customer Care Agent', 'Senior Care Agent', 'Escalations Specialist'],
  'Online Chat': ['Chat Agent', 'Senior Chat Agent', 'Social Care Specialist'],
  'People & Culture': ['People Partner', 'Recruiter'],
};

const FIRST = [
  'Amara',
  'Ben',
  'Chloe',
  'Dario',
  'Elif',
  'Felix',
  'Grace',
  'Hiro',
  'Isla',
  'Jonah',
  'Kemi',
  'Liam',
  'Maya',
  'Nikhil',
  'Olivia',
  'Pablo',
  'Quinn',
  'Rosa',
  'Samir',
  'Tara',
  'Umar',
  'Vera',
  'Wes',
  'Xiomara',
  'Yusuf',
  'Zoe',
  'Aiko',
  'Bruno',
  'Carmen',
  'Dev',
  'Esme',
  'Farah',
  'Gabe',
  'Hana',
  'Ivan',
  'Jada',
  'Kai',
  'Lena',
  'Mateo',
  'Nora',
  'Omar',
  'Priya',
  'Ravi',
  'Sade',
  'Tomas',
  'Uma',
  'Viktor',
  'Wren',
  'Yara',
  'Zane',
  'Leah',
  'Noah',
  'Ines',
  'Theo',
];
const LAST = [
  'Okafor',
  'Novak',
  'Tanaka',
  'Rossi',
  'Yilmaz',
  'Schmidt',
  'Mensah',
  'Kowalski',
  'Silva',
  'Brennan',
  'Haddad',
  'Larsen',
  'Patel',
  'Moreau',
  'Nguyen',
  'Garcia',
  'Kim',
  'Oduya',
  'Fischer',
  'Costa',
  'Dubois',
  'Ahmed',
  'Jensen',
  'Reyes',
  'Walsh',
  'Sato',
  'Ibrahim',
  'Murphy',
  'Alvarez',
  'Chen',
];

interface DemoEmployee {
  name: string;
  email: string;
  jobTitle: string;
  department: string;
  role: 'staff' | 'manager' | 'admin';
  hiredOn: string;
  leftOn: string | null;
  leaveReason: 'voluntary' | 'involuntary' | 'other' | null;
  reportsTo: string | null;
  manages: string[];
  /** The day of the hero story that recognises this person in their first months (the built-in relationship). */
  earlyRecognitionOn: string | null;
}

/**
 * The relationship the demo company builds in, so the recognition-and-retention report can be checked against it:
 * each generated person is recognised in their first months with probability RECOGNISED_SHARE (a hero story dated
 * 10–160 days after hire), and time to leaving is drawn from an exponential distribution with a yearly leaving rate
 * of 0.10 for those people and 0.30 for everyone else. So recognised people stay longer: their expected 12-month
 * retention is about e^−0.10 ≈ 90% against e^−0.30 ≈ 74%, and their median tenure about 6.9 years against 2.3.
 * (Recent stories in demo-stories.ts recognise people at random and blur this a little for the last 18 months.)
 */
export const DEMO_RETENTION_MODEL = { recognisedShare: 0.45, yearlyLeavingRateRecognised: 0.1, yearlyLeavingRateNotRecognised: 0.3 } as const;

/**
 * About 330 people hired over 15 years (a few hundred still employed, the rest leavers), the six named people
 * who sign in or manage a department, and every department with a manager.
 */
export function demoEmployees(today: string): DemoEmployee[] {
  const random = mulberry32(2026);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  const named = (p: Omit<DemoEmployee, 'leftOn' | 'leaveReason' | 'earlyRecognitionOn'>): DemoEmployee => ({
    ...p,
    leftOn: null,
    leaveReason: null,
    earlyRecognitionOn: null,
  });
  const people: DemoEmployee[] = [
    named({
      name: 'Helen Ramirez',
      email: 'admin@larkspur.example',
      jobTitle: 'People & Culture Lead',
      department: 'People & Culture',
      role: 'admin',
      hiredOn: addDays(today, -(12 * 365 + 40)),
      reportsTo: null,
      manages: ['People & Culture'],
    }),
    named({
      name: 'Marcus Bell',
      email: 'manager@larkspur.example',
      jobTitle: 'Store Manager',
      department: "Women's Apparel",
      role: 'manager',
      hiredOn: addDays(today, -(9 * 365 + 120)),
      reportsTo: 'admin@larkspur.example',
      manages: ["Women's Apparel", 'Shoes'],
    }),
    named({
      name: 'Sofia Lindqvist',
      email: 'staff@larkspur.example',
      jobTitle: 'Sales Associate',
      department: "Women's Apparel",
      role: 'staff',
      hiredOn: addDays(today, -(2 * 365 + 75)),
      reportsTo: 'manager@larkspur.example',
      manages: [],
    }),
    named({
      name: 'Grace Okafor',
      email: 'grace.okafor@larkspur.example',
      jobTitle: 'Department Manager',
      department: "Men's Suits",
      role: 'manager',
      hiredOn: addDays(today, -(14 * 365 + 200)),
      reportsTo: 'admin@larkspur.example',
      manages: ["Men's Suits"],
    }),
    named({
      name: 'Dario Rossi',
      email: 'dario.rossi@larkspur.example',
      jobTitle: 'Care Team Lead',
      department: 'Customer Care Phone',
      role: 'manager',
      hiredOn: addDays(today, -(6 * 365 + 30)),
      reportsTo: 'admin@larkspur.example',
      manages: ['Customer Care Phone'],
    }),
    named({
      name: 'Hana Sato',
      email: 'hana.sato@larkspur.example',
      jobTitle: 'Digital Care Lead',
      department: 'Online Chat',
      role: 'manager',
      hiredOn: addDays(today, -(4 * 365 + 300)),
      reportsTo: 'admin@larkspur.example',
      manages: ['Online Chat'],
    }),
  ];
  const managerOf: Record<string, string> = {
    "Women's Apparel": 'manager@larkspur.example',
    Shoes: 'manager@larkspur.example',
    "Men's Suits": 'grace.okafor@larkspur.example',
    'Customer Care Phone': 'dario.rossi@larkspur.example',
    'Online Chat': 'hana.sato@larkspur.example',
    'People & Culture': 'admin@larkspur.example',
  };
  // Hires over fifteen years, per department.
  const hires: Record<string, number> = {
    "Women's Apparel": 70,
    "Men's Suits": 50,
    Shoes: 45,
    'Customer Care Phone': 75,
    'Online Chat': 62,
    'People & Culture': 18,
  };
  const reasons = ['voluntary', 'voluntary', 'voluntary', 'voluntary', 'voluntary', 'voluntary', 'involuntary', 'involuntary', 'involuntary', 'other'] as const;
  const used = new Set(people.map((p) => p.name));
  const model = DEMO_RETENTION_MODEL;
  for (const department of DEPARTMENTS) {
    for (let i = 0; i < hires[department]; i++) {
      let name = `${pick(FIRST)} ${pick(LAST)}`;
      while (used.has(name)) name = `${pick(FIRST)} ${pick(LAST)}`;
      used.add(name);
      // Slightly more hiring in recent years; the oldest hire is fifteen years ago.
      const hiredOn = addDays(today, -(Math.floor(Math.pow(random(), 1.15) * 15 * 365) + 7));
      const recognised = random() < model.recognisedShare;
      const rate = recognised ? model.yearlyLeavingRateRecognised : model.yearlyLeavingRateNotRecognised;
      const staysDays = Math.max(1, Math.round((-Math.log(1 - random()) / rate) * 365.25));
      const leftOn = addDays(hiredOn, staysDays) < today ? addDays(hiredOn, staysDays) : null;
      const recognisedOn = addDays(hiredOn, 10 + Math.floor(random() * 150));
      people.push({
        name,
        email: `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@larkspur.example`,
        jobTitle: pick(TITLES[department]),
        department,
        role: 'staff',
        hiredOn,
        leftOn,
        leaveReason: leftOn ? pick([...reasons]) : null,
        reportsTo: managerOf[department],
        manages: [],
        // Recognised within the first months, while still employed and not in the future.
        earlyRecognitionOn: recognised && recognisedOn < today && (!leftOn || recognisedOn < leftOn) ? recognisedOn : null,
      });
    }
  }
  return people;
}

/** Loads the demo company into an empty database; returns false (and changes nothing) when there is data already. */
export async function seedDemoCompany(databaseUrl: string, timeZone = 'UTC'): Promise<boolean> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query('LOCK TABLE employees IN EXCLUSIVE MODE');
    const { rows } = await client.query('SELECT EXISTS (SELECT 1 FROM employees) AS populated');
    if (rows[0].populated) {
      await client.query('ROLLBACK');
      return false;
    }
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const departmentIds = new Map<string, string>();
    for (const name of DEPARTMENTS) {
      const result = await client.query('INSERT INTO departments (name) VALUES ($1) ON CONFLICT (name) DO UPDATE SET name = EXCLUDED.name RETURNING id', [
        name,
      ]);
      departmentIds.set(name, result.rows[0].id);
    }
    const today = todayIn(timeZone);
    const people = demoEmployees(today);
    const ids = new Map<string, string>();
    for (const p of people) {
      const result = await client.query(
        `INSERT INTO employees (name, email, job_title, department_id, role, hired_on, left_on, leave_reason, password_hash)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
        [p.name, p.email, p.jobTitle, departmentIds.get(p.department), p.role, p.hiredOn, p.leftOn, p.leaveReason, passwordHash],
      );
      ids.set(p.email, result.rows[0].id);
    }
    for (const p of people) {
      if (p.reportsTo) await client.query('UPDATE employees SET manager_id = $2 WHERE id = $1', [ids.get(p.email), ids.get(p.reportsTo)]);
      for (const department of p.manages) {
        await client.query('INSERT INTO department_managers (department_id, employee_id) VALUES ($1, $2)', [departmentIds.get(department), ids.get(p.email)]);
      }
    }
    const seeded = people.map((p) => ({
      id: ids.get(p.email)!,
      email: p.email,
      department: p.department,
      departmentId: departmentIds.get(p.department)!,
      hiredOn: p.hiredOn,
      leftOn: p.leftOn,
    }));
    await seedDemoStories(client, seeded, today);
    await seedEarlyRecognitionStories(
      client,
      people.flatMap((p, i) => (p.earlyRecognitionOn ? [{ ...seeded[i], occurredOn: p.earlyRecognitionOn }] : [])),
    );
    await seedDemoRewards(client, timeZone);
    await seedDemoPoints(client);
    await seedDemoKudos(client);
    await rebuildRecognitionTallies((sql, params) => client.query(sql, params), timeZone);
    await client.query('COMMIT');
    return true;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
