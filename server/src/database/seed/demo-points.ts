import { Client } from 'pg';
import sharp from 'sharp';
import { mulberry32 } from './seeded-random';

interface DemoItem {
  title: string;
  description: string;
  category: 'gift_card' | 'charity_donation' | 'time_off' | 'company_swag' | 'experience' | 'custom';
  cost: number;
  stock?: number;
  yearlyLimit?: number;
  charities?: string[];
  department?: string;
  retired?: boolean;
}

/** About fifteen things to spend points on, across every category; one retired, one for a single department. */
const ITEMS: DemoItem[] = [
  {
    title: 'Bookshop gift card, 25 €',
    description: 'A code for any bookshop in the Paper Lantern group, in store or online.',
    category: 'gift_card',
    cost: 250,
  },
  { title: 'Coffee gift card, 10 €', description: 'Ten euros at the café on the ground floor or any of its branches.', category: 'gift_card', cost: 100 },
  { title: 'Cinema gift card, two tickets', description: 'Two tickets for any film at the Odeon, any day.', category: 'gift_card', cost: 300 },
  {
    title: 'Department store gift card, 50 €',
    description: 'Spend it anywhere in the store, our own shelves included.',
    category: 'gift_card',
    cost: 500,
    yearlyLimit: 2,
  },
  {
    title: 'Donate 20 € to a charity',
    description: 'We give twenty euros in your name to the charity you choose.',
    category: 'charity_donation',
    cost: 200,
    charities: ['City Food Bank', 'Sea Rescue', 'Reading Buddies'],
  },
  {
    title: 'Plant ten trees',
    description: 'Ten trees planted through a reforestation partner, with a certificate.',
    category: 'charity_donation',
    cost: 150,
    charities: ['Forest Again', 'Green Belt Trust'],
  },
  { title: 'An afternoon off', description: 'Four hours off, booked with your manager like any other leave.', category: 'time_off', cost: 400, yearlyLimit: 4 },
  { title: 'A whole day off', description: 'One extra day of leave this year.', category: 'time_off', cost: 750, yearlyLimit: 2 },
  { title: 'Larkspur hoodie', description: 'The navy one, embroidered. Tell us your size in the note.', category: 'company_swag', cost: 200, stock: 25 },
  { title: 'Insulated bottle', description: 'Keeps tea hot through a whole shift.', category: 'company_swag', cost: 80, stock: 60 },
  { title: 'Tote bag', description: 'Canvas, with the heroics star.', category: 'company_swag', cost: 40, stock: 3 },
  { title: 'Lunch with the CEO', description: 'An hour, your questions, her treat.', category: 'experience', cost: 600, stock: 4, yearlyLimit: 1 },
  { title: 'Cooking class for two', description: 'An evening at the Salt & Ember kitchen school.', category: 'experience', cost: 900, stock: 6 },
  {
    title: 'Front-row seat at the all-hands',
    description: 'And you pick the first question.',
    category: 'experience',
    cost: 120,
    department: 'Customer Care Phone',
  },
  { title: 'Old-logo mug', description: 'The mug with the logo from before the rebrand.', category: 'company_swag', cost: 60, stock: 0, retired: true },
];

const COLOURS: Record<DemoItem['category'], string> = {
  gift_card: '#b4542a',
  charity_donation: '#2f7d5b',
  time_off: '#2f5d9e',
  company_swag: '#7a4fa0',
  experience: '#a0712f',
  custom: '#555c66',
};

/** A plain tile in the category's colour, made by sharp like an uploaded picture would be. */
async function tile(colour: string): Promise<{ bytes: Buffer; width: number; height: number }> {
  const bytes = await sharp({ create: { width: 480, height: 320, channels: 3, background: colour } })
    .webp({ quality: 80 })
    .toBuffer();
  return { bytes, width: 480, height: 320 };
}

/**
 * Points for the demo company: every reward's points in the ledger, the catalogue, and some redemptions by the
 * people with the biggest balances (fulfilled, waiting in the queue, one declined with its points returned).
 * Balances are then the sum of each person's ledger, as `npm run points:check` verifies.
 */
export async function seedDemoPoints(client: Client): Promise<void> {
  const random = mulberry32(2020);
  await client.query(
    `INSERT INTO points_entries (employee_id, kind, points, reward_id, received_on, created_at)
     SELECT recipient_id, 'reward', points, id, awarded_on, created_at FROM rewards WHERE revoked_at IS NULL AND points > 0`,
  );
  const items: { id: string; item: DemoItem }[] = [];
  for (const item of ITEMS) {
    const image = await tile(COLOURS[item.category]);
    const { rows: img } = await client.query(
      `INSERT INTO catalogue_images (content_type, bytes, width, height) VALUES ('image/webp', $1, $2, $3) RETURNING id`,
      [image.bytes, image.width, image.height],
    );
    const { rows } = await client.query(
      `INSERT INTO catalogue_items (title, description, category, cost, stock, yearly_limit, department_ids, charities, image_id, retired_at)
       VALUES ($1, $2, $3, $4, $5, $6, COALESCE((SELECT array_agg(id) FROM departments WHERE name = $7), '{}'), $8::varchar[], $9, CASE WHEN $10 THEN now() - interval '30 days' END)
       RETURNING id`,
      [
        item.title,
        item.description,
        item.category,
        item.cost,
        item.stock ?? null,
        item.yearlyLimit ?? null,
        item.department ?? null,
        item.charities ?? [],
        img[0].id,
        item.retired ?? false,
      ],
    );
    items.push({ id: rows[0].id, item });
  }
  const { rows: admins } = await client.query<{ id: string }>(`SELECT id FROM employees WHERE role = 'admin' AND left_on IS NULL ORDER BY email LIMIT 1`);
  const { rows: people } = await client.query<{ id: string; departmentId: string; balance: number; firstReward: Date }>(
    `SELECT e.id, e.department_id AS "departmentId", sum(p.points)::int AS balance, min(p.created_at) AS "firstReward"
       FROM points_entries p JOIN employees e ON e.id = p.employee_id
      WHERE e.left_on IS NULL AND e.email <> 'staff@larkspur.example'
      GROUP BY e.id ORDER BY sum(p.points) DESC, e.id LIMIT 8`,
  );
  const live = items.filter((i) => !i.item.retired && !i.item.department && (i.item.stock === undefined || i.item.stock > 2));
  let n = 0;
  for (const person of people) {
    let balance = person.balance;
    for (const { id, item } of live
      .filter((i) => i.item.cost <= balance)
      .sort(() => random() - 0.5)
      .slice(0, 2)) {
      if (item.cost > balance) continue;
      const status = n % 4 === 1 ? 'pending' : n % 7 === 3 ? 'declined' : 'fulfilled';
      const at = new Date(Math.max(new Date(person.firstReward).getTime() + 86400_000, Date.now() - (5 + Math.floor(random() * 40)) * 86400_000));
      const decidedAt = status === 'pending' ? null : new Date(at.getTime() + 2 * 86400_000);
      const charity = item.charities ? item.charities[Math.floor(random() * item.charities.length)] : null;
      const note = status === 'declined' ? 'That week is fully booked; please pick another.' : status === 'fulfilled' ? 'Enjoy it, and thank you.' : null;
      const { rows } = await client.query(
        `INSERT INTO redemptions (employee_id, employee_department_id, item_id, title, category, cost, charity, status, note, decided_by_id, decided_at, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
        [
          person.id,
          person.departmentId,
          id,
          item.title,
          item.category,
          item.cost,
          charity,
          status,
          note,
          status === 'pending' ? null : (admins[0]?.id ?? null),
          decidedAt,
          at,
        ],
      );
      await client.query(`INSERT INTO points_entries (employee_id, kind, points, redemption_id, created_at) VALUES ($1, 'redemption', $2, $3, $4)`, [
        person.id,
        -item.cost,
        rows[0].id,
        at,
      ]);
      if (status === 'declined') {
        await client.query(
          `INSERT INTO points_entries (employee_id, kind, points, redemption_id, note, created_at) VALUES ($1, 'redemption_returned', $2, $3, $4, $5)`,
          [person.id, item.cost, rows[0].id, note, decidedAt],
        );
      } else {
        balance -= item.cost;
        if (item.stock !== undefined) await client.query('UPDATE catalogue_items SET stock = stock - 1 WHERE id = $1', [id]);
      }
      n++;
    }
  }
  await client.query(`INSERT INTO points_accounts (employee_id, balance) SELECT employee_id, sum(points)::int FROM points_entries GROUP BY employee_id`);
}
