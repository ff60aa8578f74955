import { Client } from 'pg';
import { addDays } from '../../common/calendar';
import { mulberry32 } from './seeded-random';

export const DEMO_VALUES = [
  { name: 'Ownership', description: 'Took the customer’s problem as their own until it was solved.' },
  { name: 'First-contact resolution', description: 'Solved it on the first contact, without a hand-off.' },
  { name: 'Went the extra mile', description: 'Did more than anyone could have asked.' },
  { name: 'Listening', description: 'Heard what the customer really needed.' },
  { name: 'Teamwork', description: 'Pulled colleagues together for the customer.' },
];

type Channel = 'in_person' | 'phone' | 'chat' | 'email' | 'social' | 'field';

interface Template {
  departments: string[];
  channel: Channel;
  handoffFree: boolean;
  title: string;
  situation: string;
  action: string;
  impact: string;
  quote?: string;
  values: string[];
}

const TEMPLATES: Template[] = [
  {
    departments: ["Men's Suits"],
    channel: 'in_person',
    handoffFree: true,
    title: 'A wedding suit, altered overnight',
    situation: 'A groom came in two days before his wedding: the suit he had bought elsewhere did not fit and their tailor had closed for the week.',
    action: 'Measured him on the spot, stayed after closing to take in the jacket and hem the trousers, and called him at 8 am for a final fitting.',
    impact: 'He walked out with a suit that fitted **perfectly** and sent photos from the wedding.',
    quote: 'You saved my wedding photos. My mother cried (the good kind).',
    values: ['Went the extra mile', 'Ownership'],
  },
  {
    departments: ['Customer Care Phone'],
    channel: 'phone',
    handoffFree: true,
    title: 'Found a lost parcel on the first call',
    situation: 'A customer called, upset: a birthday present showed as delivered, but nothing had arrived.',
    action: 'Stayed on the line, traced the parcel with the courier, found it had gone to the neighbour’s building and arranged collection.',
    impact: 'The present arrived the same evening, in time for the party — no second call, no ticket.',
    quote: 'I expected a week of emails. It took one call.',
    values: ['First-contact resolution', 'Ownership'],
  },
  {
    departments: ['Online Chat'],
    channel: 'chat',
    handoffFree: true,
    title: 'Sized a whole family for a trip over chat',
    situation: 'A father needed rain jackets for four children before a camping trip, without time to visit a store.',
    action: 'Asked for each child’s height and usual size, compared our size charts brand by brand and put together one basket with a free exchange label.',
    impact: 'All four jackets fitted; the family ordered their boots the same way a week later.',
    values: ['Listening', 'First-contact resolution'],
  },
  {
    departments: ['Shoes'],
    channel: 'in_person',
    handoffFree: false,
    title: 'Walked a customer to orthopaedic fitting',
    situation: 'An older customer with foot pain had tried on a dozen pairs and was close to giving up.',
    action: 'Recognised it was a fitting problem, not a style one, and walked her to the specialist fitter in the next department, staying to introduce her.',
    impact: 'She left with shoes she could walk in all day and came back to thank the team.',
    quote: 'First time in years my feet don’t hurt by lunchtime.',
    values: ['Listening', 'Teamwork'],
  },
  {
    departments: ["Women's Apparel"],
    channel: 'in_person',
    handoffFree: true,
    title: 'An interview outfit in twenty minutes',
    situation: 'A student rushed in between lectures: a job interview in an hour and nothing suitable to wear.',
    action: 'Put together three outfits in her budget, steamed the one she chose and pinned the hem so she could leave in it.',
    impact: 'She got the job and came back to buy her first work wardrobe.',
    values: ['Went the extra mile', 'Listening'],
  },
  {
    departments: ['Customer Care Phone'],
    channel: 'phone',
    handoffFree: true,
    title: 'Refunded a double charge without a transfer',
    situation: 'A pensioner had been charged twice for a coat and had already been passed between two teams.',
    action: 'Checked the payment logs, confirmed the duplicate and issued the refund herself, then wrote a short note explaining when it would show.',
    impact: 'The customer had her money back in two days and one number to call if it did not arrive.',
    quote: 'Finally somebody who just fixed it.',
    values: ['First-contact resolution', 'Ownership'],
  },
  {
    departments: ['Online Chat'],
    channel: 'social',
    handoffFree: true,
    title: 'Turned an angry post into a thank-you',
    situation: 'A customer posted a furious message about a cancelled order at midnight.',
    action: 'Replied within minutes, moved to a private chat, found the stock in another store and arranged express delivery.',
    impact: 'The customer edited the post to thank the team; it was shared more than the complaint.',
    values: ['Ownership', 'Went the extra mile'],
  },
  {
    departments: ["Men's Suits", 'Shoes'],
    channel: 'field',
    handoffFree: true,
    title: 'Delivered shoes to a hospital ward',
    situation: 'A customer’s husband was in hospital and needed slip-on shoes before discharge; she could not leave his side.',
    action: 'Took three sizes to the hospital after the shift and took back the two that did not fit.',
    impact: 'He went home the next day in shoes that fitted.',
    quote: 'You came to us. Who does that?',
    values: ['Went the extra mile'],
  },
  {
    departments: ['Customer Care Phone', 'Online Chat'],
    channel: 'email',
    handoffFree: false,
    title: 'Untangled a gift card that would not load',
    situation: 'A customer’s gift card showed zero balance after a system migration.',
    action: 'Reproduced the problem, worked with the payments team to restore the balance and kept the customer informed every day.',
    impact: 'The balance was restored with a small goodwill credit, and the bug was fixed for everyone.',
    values: ['Teamwork', 'Ownership'],
  },
  {
    departments: ["Women's Apparel"],
    channel: 'phone',
    handoffFree: true,
    title: 'Held a dress for a customer abroad',
    situation: 'A customer travelling abroad called about the last dress in her size for her daughter’s graduation.',
    action: 'Put it aside, arranged alterations by phone from her measurements and had it ready for collection the day she landed.',
    impact: 'The dress was ready at the airport pick-up point with a handwritten card.',
    values: ['Listening', 'Went the extra mile'],
  },
  {
    departments: ['Shoes'],
    channel: 'chat',
    handoffFree: true,
    title: 'Matched a discontinued running shoe',
    situation: 'A marathon runner’s favourite shoe had been discontinued three weeks before race day.',
    action: 'Compared drop, stack height and last with what we stock, suggested two close matches and a run-in plan.',
    impact: 'He ran a personal best in the new pair.',
    values: ['Listening', 'First-contact resolution'],
  },
  {
    departments: ['Online Chat'],
    channel: 'chat',
    handoffFree: true,
    title: 'Stayed on chat through a power cut',
    situation: 'A customer’s order failed during checkout as her neighbourhood lost power; she was on her phone with 5% battery.',
    action: 'Took the order details in chat, placed it on her behalf and sent a confirmation by text.',
    impact: 'The order went through before the battery died.',
    values: ['Ownership'],
  },
  {
    departments: ["Men's Suits"],
    channel: 'in_person',
    handoffFree: false,
    title: 'Coordinated a whole wedding party',
    situation: 'Seven groomsmen in three cities needed matching suits.',
    action: 'Set up fittings in three of our stores, shared measurements between the teams and checked every alteration herself.',
    impact: 'All seven suits matched on the day.',
    quote: 'It felt like one tailor did all seven.',
    values: ['Teamwork', 'Ownership'],
  },
  {
    departments: ['Customer Care Phone'],
    channel: 'phone',
    handoffFree: true,
    title: 'Calmed a caller and solved the real problem',
    situation: 'A caller wanted to cancel his account after a late delivery; underneath, his address had been saved wrong for months.',
    action: 'Listened to the whole story, corrected the address, rescheduled the delivery and checked his other open orders.',
    impact: 'He stayed a customer, and the late parcel arrived the next morning.',
    values: ['Listening', 'First-contact resolution'],
  },
  {
    departments: ["Women's Apparel", 'Shoes'],
    channel: 'in_person',
    handoffFree: false,
    title: 'A head-to-toe look for a first day back at work',
    situation: 'A customer returning to work after a long illness wanted to feel like herself again.',
    action: 'Spent an hour putting together outfits, then walked her to the shoe department and briefed a colleague so she did not have to explain twice.',
    impact: 'She left with a complete look and said it was the best hour of her month.',
    values: ['Teamwork', 'Listening'],
  },
];

export interface SeededPerson {
  id: string;
  email: string;
  department: string;
  departmentId: string;
  hiredOn: string;
  leftOn: string | null;
}

/** About 150 stories over the last 18 months with skewed endorsements, so the feed and profiles look alive. */
export async function seedDemoStories(client: Client, people: SeededPerson[], today: string, count = 150): Promise<void> {
  const random = mulberry32(1993);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  const valueIds = new Map<string, string>();
  for (const value of DEMO_VALUES) {
    const { rows } = await client.query('INSERT INTO company_values (name, description) VALUES ($1, $2) RETURNING id', [value.name, value.description]);
    valueIds.set(value.name, rows[0].id);
  }
  const employedOn = (p: SeededPerson, date: string) => p.hiredOn <= date && (!p.leftOn || p.leftOn >= date);
  // Some people are endorsed far more than others: a popularity weight per person.
  const weight = new Map(people.map((p) => [p.id, Math.pow(random(), 3) * 4 + 0.2]));
  const demoAccounts = new Set(['admin@larkspur.example', 'manager@larkspur.example', 'staff@larkspur.example']);

  for (let i = 0; i < count; i++) {
    const daysAgo = Math.floor(Math.pow(random(), 1.3) * 540) + (i < 6 ? 0 : 1);
    const occurredOn = addDays(today, -daysAgo);
    const template = pick(TEMPLATES);
    const pool = people.filter((p) => template.departments.includes(p.department) && employedOn(p, occurredOn) && p.leftOn !== occurredOn);
    if (!pool.length) continue;
    const heroes = [pick(pool)];
    if (random() < 0.2) {
      const second = pick(pool);
      if (second.id !== heroes[0].id) heroes.push(second);
    }
    const colleagues = people.filter((p) => employedOn(p, occurredOn) && (!p.leftOn || p.leftOn > occurredOn));
    const author = random() < 0.25 ? heroes[0] : pick(colleagues);
    const createdAt = new Date(
      `${addDays(occurredOn, Math.floor(random() * 2))}T${String(8 + Math.floor(random() * 10)).padStart(2, '0')}:${String(Math.floor(random() * 60)).padStart(2, '0')}:00Z`,
    );
    const created = createdAt > new Date() ? new Date(Date.now() - 60_000 * (i + 1)) : createdAt;
    const featured = random() < 0.1;
    const { rows } = await client.query(
      `INSERT INTO stories (author_id, title, situation, action, impact, occurred_on, channel, resolved_without_handoff, customer_quote, created_at, featured_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
      [
        author.id,
        template.title,
        template.situation,
        template.action,
        template.impact,
        occurredOn,
        template.channel,
        template.handoffFree,
        template.quote ?? null,
        created,
        featured ? created : null,
      ],
    );
    const storyId = rows[0].id;
    for (const hero of heroes) {
      await client.query('INSERT INTO story_heroes (story_id, employee_id, department_id, story_created_at) VALUES ($1, $2, $3, $4)', [
        storyId,
        hero.id,
        hero.departmentId,
        created,
      ]);
      if (demoAccounts.has(hero.email) && hero.id !== author.id) {
        await client.query(
          `INSERT INTO notifications (recipient_id, kind, story_id, actor_id, created_at, read_at) VALUES ($1, 'named_hero', $2, $3, $4, $5)`,
          [hero.id, storyId, author.id, created, daysAgo > 14 ? created : null],
        );
      }
    }
    for (const value of template.values) await client.query('INSERT INTO story_values (story_id, value_id) VALUES ($1, $2)', [storyId, valueIds.get(value)]);

    const heroWeight = heroes.reduce((sum, h) => sum + (weight.get(h.id) ?? 1), 0);
    const endorsementsWanted = Math.min(Math.floor(random() * 4 * heroWeight + (featured ? 4 : 0)), 25);
    const endorsers = colleagues
      .filter((p) => p.id !== author.id && !heroes.some((h) => h.id === p.id))
      .sort(() => random() - 0.5)
      .slice(0, endorsementsWanted);
    for (const endorser of endorsers) {
      const at = new Date(Math.min(Date.now() - 1000, created.getTime() + Math.floor(random() * 5 * 86400_000)));
      const comment =
        random() < 0.3
          ? pick([
              'This is what we are about.',
              'Legend!',
              'Proud to work with you.',
              'The customer will remember this for years.',
              'Textbook ownership.',
              'Thank you for showing us how it’s done.',
            ])
          : null;
      await client.query('INSERT INTO endorsements (story_id, endorser_id, created_at) VALUES ($1, $2, $3)', [storyId, endorser.id, at]);
      if (comment)
        await client.query('INSERT INTO comments (story_id, author_id, body, created_at) VALUES ($1, $2, $3, $4)', [storyId, endorser.id, comment, at]);
    }
    await client.query(
      'UPDATE stories SET endorsement_count = $2, comment_count = (SELECT count(*) FROM comments WHERE story_id = $1 AND deleted_at IS NULL) WHERE id = $1',
      [storyId, endorsers.length],
    );
  }
}

/**
 * One hero story for each person recognised early in their employment (told by the hero, no endorsements), spread
 * over the fifteen-year history: what links recognition to staying in the demo company (see DEMO_RETENTION_MODEL).
 */
export async function seedEarlyRecognitionStories(client: Client, people: (SeededPerson & { occurredOn: string })[]): Promise<void> {
  const random = mulberry32(7);
  const { rows: values } = await client.query('SELECT id, name FROM company_values');
  const valueIds = new Map<string, string>(values.map((v: { id: string; name: string }) => [v.name, v.id]));
  for (const person of people) {
    const fitting = TEMPLATES.filter((t) => t.departments.includes(person.department));
    const template = (fitting.length ? fitting : TEMPLATES)[Math.floor(random() * (fitting.length || TEMPLATES.length))];
    const created = new Date(`${person.occurredOn}T${String(9 + Math.floor(random() * 8)).padStart(2, '0')}:15:00Z`);
    const { rows } = await client.query(
      `INSERT INTO stories (author_id, title, situation, action, impact, occurred_on, channel, resolved_without_handoff, customer_quote, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
      [
        person.id,
        template.title,
        template.situation,
        template.action,
        template.impact,
        person.occurredOn,
        template.channel,
        template.handoffFree,
        template.quote ?? null,
        created,
      ],
    );
    await client.query('INSERT INTO story_heroes (story_id, employee_id, department_id, story_created_at) VALUES ($1, $2, $3, $4)', [
      rows[0].id,
      person.id,
      person.departmentId,
      created,
    ]);
    for (const value of template.values)
      if (valueIds.has(value)) await client.query('INSERT INTO story_values (story_id, value_id) VALUES ($1, $2)', [rows[0].id, valueIds.get(value)]);
  }
}
