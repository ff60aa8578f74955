import { Client } from 'pg';
import { hashPassword } from '../../auth/password-hasher';
import { todayIn } from '../../common/calendar';
import { rebuildRecognitionTallies } from '../../leaderboards/recognition-tallies.service';
import { seedDemoRewards } from './demo-rewards';
import { seedDemoStories } from './demo-stories';

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

const FIRST = ['Amara', 'Ben', 'Chloe', 'Dario', 'Elif', 'Felix', 'Grace', 'Hiro', 'Isla', 'Jonah', 'Kemi', 'Liam', 'Maya', 'Nikhil', 'Olivia', 'Pablo', 'Quinn', 'Rosa', 'Samir', 'Tara', 'Umar', 'Vera', 'Wes', 'Xiomara', 'Yusuf', 'Zoe', 'Aiko', 'Bruno', 'Carmen', 'Dev', 'Esme', 'Farah', 'Gabe', 'Hana', 'Ivan', 'Jada', 'Kai', 'Lena', 'Mateo', 'Nora', 'Omar', 'Priya', 'Ravi', 'Sade', 'Tomas', 'Uma', 'Viktor', 'Wren', 'Yara', 'Zane', 'Leah', 'Noah', 'Ines', 'Theo'];
const LAST = ['Okafor', 'Novak', 'Tanaka', 'Rossi', 'Yilmaz', 'Schmidt', 'Mensah', 'Kowalski', 'Silva', 'Brennan', 'Haddad', 'Larsen', 'Patel', 'Moreau', 'Nguyen', 'Garcia', 'Kim', 'Oduya', 'Fischer', 'Costa', 'Dubois', 'Ahmed', 'Jensen', 'Reyes', 'Walsh', 'Sato', 'Ibrahim', 'Murphy', 'Alvarez', 'Chen'];

/** A small seeded generator, so every demo company is the same company. */
function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

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
}

/** About 60 people over 15 years: hires skew recent, a dozen have left, every department has a manager. */
export function demoEmployees(today: string): DemoEmployee[] {
  const random = mulberry32(2026);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  const daysAgo = (maxYears: number) => Math.floor(Math.pow(random(), 1.6) * maxYears * 365) + 14;
  const people: DemoEmployee[] = [
    { name: 'Helen Ramirez', email: 'admin@larkspur.example', jobTitle: 'People & Culture Lead', department: 'People & Culture', role: 'admin', hiredOn: addDays(today, -(12 * 365 + 40)), leftOn: null, leaveReason: null, reportsTo: null, manages: ['People & Culture'] },
    { name: 'Marcus Bell', email: 'manager@larkspur.example', jobTitle: 'Store Manager', department: "Women's Apparel", role: 'manager', hiredOn: addDays(today, -(9 * 365 + 120)), leftOn: null, leaveReason: null, reportsTo: 'admin@larkspur.example', manages: ["Women's Apparel", 'Shoes'] },
    { name: 'Sofia Lindqvist', email: 'staff@larkspur.example', jobTitle: 'Sales Associate', department: "Women's Apparel", role: 'staff', hiredOn: addDays(today, -(2 * 365 + 75)), leftOn: null, leaveReason: null, reportsTo: 'manager@larkspur.example', manages: [] },
    { name: 'Grace Okafor', email: 'grace.okafor@larkspur.example', jobTitle: 'Department Manager', department: "Men's Suits", role: 'manager', hiredOn: addDays(today, -(14 * 365 + 200)), leftOn: null, leaveReason: null, reportsTo: 'admin@larkspur.example', manages: ["Men's Suits"] },
    { name: 'Dario Rossi', email: 'dario.rossi@larkspur.example', jobTitle: 'Care Team Lead', department: 'Customer Care Phone', role: 'manager', hiredOn: addDays(today, -(6 * 365 + 30)), leftOn: null, leaveReason: null, reportsTo: 'admin@larkspur.example', manages: ['Customer Care Phone'] },
    { name: 'Hana Sato', email: 'hana.sato@larkspur.example', jobTitle: 'Digital Care Lead', department: 'Online Chat', role: 'manager', hiredOn: addDays(today, -(4 * 365 + 300)), leftOn: null, leaveReason: null, reportsTo: 'admin@larkspur.example', manages: ['Online Chat'] },
  ];
  const managerOf: Record<string, string> = {
    "Women's Apparel": 'manager@larkspur.example',
    Shoes: 'manager@larkspur.example',
    "Men's Suits": 'grace.okafor@larkspur.example',
    'Customer Care Phone': 'dario.rossi@larkspur.example',
    'Online Chat': 'hana.sato@larkspur.example',
    'People & Culture': 'admin@larkspur.example',
  };
  const sizes: Record<string, number> = { "Women's Apparel": 12, "Men's Suits": 9, Shoes: 8, 'Customer Care Phone': 13, 'Online Chat': 11, 'People & Culture': 2 };
  const used = new Set(people.map((p) => p.name));
  for (const department of DEPARTMENTS) {
    for (let i = 0; i < sizes[department]; i++) {
      let name = `${pick(FIRST)} ${pick(LAST)}`;
      while (used.has(name)) name = `${pick(FIRST)} ${pick(LAST)}`;
      used.add(name);
      const hiredOn = addDays(today, -daysAgo(15));
      people.push({
        name,
        email: `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@larkspur.example`,
        jobTitle: pick(TITLES[department]),
        department,
        role: 'staff',
        hiredOn,
        leftOn: null,
        leaveReason: null,
        reportsTo: managerOf[department],
        manages: [],
      });
    }
  }
  // A dozen leavers among the staff hired more than three months ago: mostly voluntary, some involuntary.
  const reasons = ['voluntary', 'voluntary', 'involuntary', 'voluntary', 'other', 'voluntary', 'involuntary', 'voluntary', 'voluntary', 'involuntary', 'voluntary', 'voluntary'] as const;
  const candidates = people.filter((p) => p.role === 'staff' && p.email !== 'staff@larkspur.example' && p.hiredOn < addDays(today, -90));
  for (let i = 0; i < reasons.length && candidates.length; i++) {
    const person = candidates.splice(Math.floor(random() * candidates.length), 1)[0];
    const employedDays = Math.round((Date.parse(today) - Date.parse(person.hiredOn)) / 86400_000);
    person.leftOn = addDays(person.hiredOn, 30 + Math.floor(random() * (employedDays - 37)));
    person.leaveReason = reasons[i];
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
      const result = await client.query('INSERT INTO departments (name) VALUES ($1) ON CONFLICT (name) DO UPDATE SET name = EXCLUDED.name RETURNING id', [name]);
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
    await seedDemoStories(
      client,
      people.map((p) => ({ id: ids.get(p.email)!, email: p.email, department: p.department, departmentId: departmentIds.get(p.department)!, hiredOn: p.hiredOn, leftOn: p.leftOn })),
      today,
    );
    await seedDemoRewards(client, timeZone);
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
