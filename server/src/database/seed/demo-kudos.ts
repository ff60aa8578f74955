import { Client } from 'pg';
import { mulberry32 } from './seeded-random';

/** Small things said in a line: the kind a support floor says to each other many times a week. */
const MESSAGES: { value: string; message: string }[] = [
  { value: 'Teamwork', message: 'Took my queue for ten minutes so I could call a customer back. Thank you!' },
  { value: 'Listening', message: 'Stayed calm and kind with a caller who was having the worst day.' },
  { value: 'Ownership', message: 'Chased the courier until the parcel turned up, and kept the customer posted.' },
  { value: 'First-contact resolution', message: 'Sorted a billing mix-up in one call that had bounced around for a week.' },
  { value: 'Went the extra mile', message: 'Found the last pair in the right size in another store and had it sent.' },
  { value: 'Teamwork', message: 'Wrote up the new returns steps so the rest of us did not have to guess.' },
  { value: 'Listening', message: 'Heard what the customer meant, not just what they said. Lovely call to overhear.' },
  { value: 'Ownership', message: 'Spotted a broken link in the help centre and got it fixed before lunch.' },
  { value: 'Teamwork', message: 'Covered the early shift at no notice. The morning went fine because of you.' },
  { value: 'First-contact resolution', message: 'Knew exactly which form the customer needed. Saved them a second visit.' },
  { value: 'Went the extra mile', message: 'Called the customer back after closing to say the repair was ready.' },
  { value: 'Listening', message: 'Translated for a colleague’s customer in the middle of a busy afternoon.' },
];

/**
 * A dozen quick kudos over the last two weeks between people employed today (never to themselves), so the feed
 * and a person's page show them from the first start. Seeded: the same every time.
 */
export async function seedDemoKudos(client: Client): Promise<void> {
  const random = mulberry32(1414);
  const { rows: people } = await client.query<{ id: string }>(`SELECT id FROM employees WHERE left_on IS NULL AND role = 'staff' ORDER BY email`);
  const { rows: values } = await client.query<{ id: string; name: string }>('SELECT id, name FROM company_values');
  const valueId = new Map(values.map((v) => [v.name, v.id]));
  if (people.length < 2) return;
  for (const [i, { value, message }] of MESSAGES.entries()) {
    const id = valueId.get(value) ?? values[0]?.id;
    if (!id) return;
    const giver = people[Math.floor(random() * people.length)].id;
    let hero = people[Math.floor(random() * people.length)].id;
    if (hero === giver) hero = people[(people.findIndex((p) => p.id === giver) + 1) % people.length].id;
    // Newest first in the list above: the first was said about an hour ago, the last about two weeks ago.
    const hoursAgo = 1 + i * 28 + Math.floor(random() * 20);
    await client.query(
      `INSERT INTO quick_kudos (giver_id, hero_id, value_id, message, created_at) VALUES ($1, $2, $3, $4, now() - make_interval(hours => $5))`,
      [giver, hero, id, message, hoursAgo],
    );
  }
}
