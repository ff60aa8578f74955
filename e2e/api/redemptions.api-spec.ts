import sharp from 'sharp';
import { periodStart, todayIn } from '../../server/src/common/calendar';
import { POINTS_BALANCE_DIFFERENCES_SQL } from '../../server/src/points/points.sql';
import { createDepartment, createEmployee, setBudget, signIn, SignedIn, TestEmployee } from '../../server/test/factories';
import { eventually } from '../../server/test/eventually';
import { linksIn, SmtpSink, startSmtpSink } from '../../server/test/smtp-sink';
import { startTestApp, TestApp } from '../../server/test/test-app';
import { createSiblingDatabase, TestDatabase } from '../../server/test/test-database';

/** Balances, the catalogue and redemptions through the real HTTP API on the shared test database. */
describe('points, the catalogue and redemptions', () => {
  let t: TestApp;
  let shoes: string;
  let chat: string;
  let admin: TestEmployee;
  let manager: TestEmployee;
  let as: { admin: SignedIn; manager: SignedIn };
  const quarter = periodStart('quarter', todayIn('UTC'));

  // A database of its own: the points check below looks at every balance, and other specs load rewards by SQL.
  let database: TestDatabase;
  let sink: SmtpSink;
  beforeAll(async () => {
    database = await createSiblingDatabase('heroics_points');
    sink = await startSmtpSink();
    t = await startTestApp({ DB_POOL_SIZE: '12', SMTP_URL: sink.url, PUBLIC_URL: 'http://heroics.test' }, {}, database.url);
    shoes = (await createDepartment(t.dataSource)).id;
    chat = (await createDepartment(t.dataSource)).id;
    admin = await createEmployee(t.dataSource, { departmentId: chat, role: 'admin' });
    manager = await createEmployee(t.dataSource, { departmentId: shoes, role: 'manager', manages: [shoes] });
    as = { admin: await signIn(t.http, admin.email), manager: await signIn(t.http, manager.email) };
    await setBudget(t.dataSource, manager.id, quarter, 1_000_000);
  });
  afterAll(async () => {
    await t?.close();
    await sink?.close();
    await database?.dispose();
  });
  /** The email to `to` whose subject contains `subject` (the sink keeps every email of the file). */
  const emailTo = (to: string, subject: string) =>
    eventually(() => sink.to(to).find((m) => m.subject?.includes(subject)), { what: `an email to ${to} about ${subject}` });

  /** A staff member in Shoes, signed in, with `points` received from their manager. */
  const personWith = async (points: number, departmentId = shoes): Promise<{ person: TestEmployee; session: SignedIn; rewardId: string | null }> => {
    const person = await createEmployee(t.dataSource, { departmentId });
    let rewardId: string | null = null;
    if (points > 0) {
      const giver = departmentId === shoes ? as.manager : as.admin;
      if (departmentId !== shoes) await setBudget(t.dataSource, admin.id, quarter, 1_000_000);
      rewardId = (
        await t.http.post('/api/rewards').set(giver.auth).send({ recipientId: person.id, kind: 'points', points, citation: 'Made it right.' }).expect(201)
      ).body.reward.id;
    }
    return { person, session: await signIn(t.http, person.email), rewardId };
  };
  const item = async (body: Record<string, unknown> = {}) =>
    (
      await t.http
        .post('/api/catalogue')
        .set(as.admin.auth)
        .send({ title: `Gift card ${Math.random().toString(36).slice(2, 7)}`, category: 'gift_card', cost: 100, ...body })
        .expect(201)
    ).body as { id: string; stock: number | null };
  const balanceOf = async (id: string) =>
    ((await t.dataSource.query('SELECT balance FROM points_accounts WHERE employee_id = $1', [id]))[0]?.balance ?? 0) as number;
  const stockOf = async (id: string) => (await t.dataSource.query('SELECT stock FROM catalogue_items WHERE id = $1', [id]))[0].stock as number | null;
  const redeem = (session: SignedIn, body: Record<string, unknown>) => t.http.post('/api/redemptions').set(session.auth).send(body);
  const differences = () => t.dataSource.query(POINTS_BALANCE_DIFFERENCES_SQL);

  it('keeps a balance of points received, shows it with the ledger, and takes a revoked reward back', async () => {
    const { person, session, rewardId } = await personWith(300);
    const summary = (await t.http.get('/api/points').set(session.auth).expect(200)).body;
    expect(summary).toMatchObject({ employeeId: person.id, balance: 300, upcomingExpiry: [], leaverExpiresOn: null });
    const ledger = (await t.http.get('/api/points/ledger').set(session.auth).expect(200)).body.items;
    expect(ledger).toEqual([expect.objectContaining({ kind: 'reward', points: 300, rewardId, description: expect.stringContaining('Made it right.') })]);

    await t.http.post(`/api/rewards/${rewardId}/revoke`).set(as.manager.auth).send({ reason: 'Given to the wrong person' }).expect(200);
    expect((await t.http.get('/api/points').set(session.auth)).body.balance).toBe(0);
    expect((await t.http.get('/api/points/ledger').set(session.auth)).body.items.map((e: { kind: string; points: number }) => `${e.kind} ${e.points}`)).toEqual(
      ['reward_revoked -300', 'reward 300'],
    );
    expect(await differences()).toEqual([]);
  });

  it('refuses to revoke a reward whose points were already spent, and changes nothing', async () => {
    const { person, session, rewardId } = await personWith(100);
    const mug = await item({ cost: 60 });
    await redeem(session, { itemId: mug.id }).expect(201);
    const refused = await t.http.post(`/api/rewards/${rewardId}/revoke`).set(as.manager.auth).send({ reason: 'Oops' });
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ code: 'points_already_spent', balance: 40, points: 100 });
    expect(await balanceOf(person.id)).toBe(40);
    expect((await t.dataSource.query('SELECT revoked_at FROM rewards WHERE id = $1', [rewardId]))[0].revoked_at).toBeNull();
  });

  it('lets 20 concurrent redemptions spend a balance of 100 on items of 10 exactly ten times', async () => {
    const { person, session } = await personWith(100);
    const pen = await item({ cost: 10 });
    const responses = await Promise.all(Array.from({ length: 20 }, () => redeem(session, { itemId: pen.id })));
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses).toEqual([...Array(10).fill(201), ...Array(10).fill(422)]);
    expect(responses.filter((r) => r.status === 422).every((r) => r.body.code === 'insufficient_points' && r.body.errors[0].field === 'itemId')).toBe(true);
    expect(await balanceOf(person.id)).toBe(0);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM redemptions WHERE employee_id = $1`, [person.id]);
    expect(n).toBe(10);
    expect(await differences()).toEqual([]);
  });

  it('lets only one of two simultaneous redemptions of the whole balance through', async () => {
    const { person, session } = await personWith(250);
    const card = await item({ cost: 250 });
    const [a, b] = await Promise.all([redeem(session, { itemId: card.id }), redeem(session, { itemId: card.id })]);
    expect([a.status, b.status].sort()).toEqual([201, 422]);
    expect(await balanceOf(person.id)).toBe(0);
  });

  it('lets 20 people race for a stock of 3: three get one, seventeen are told it is out of stock and keep their points', async () => {
    const tickets = await item({ cost: 50, stock: 3 });
    const people = await Promise.all(Array.from({ length: 20 }, () => personWith(100)));
    const responses = await Promise.all(people.map(({ session }) => redeem(session, { itemId: tickets.id })));
    expect(responses.filter((r) => r.status === 201)).toHaveLength(3);
    expect(responses.filter((r) => r.status === 409 && r.body.code === 'out_of_stock')).toHaveLength(17);
    expect(await stockOf(tickets.id)).toBe(0);
    const balances = await Promise.all(people.map(({ person }) => balanceOf(person.id)));
    expect(balances.sort()).toEqual([...Array(3).fill(50), ...Array(17).fill(100)].sort());
    expect(await differences()).toEqual([]);
  });

  it('refuses bad redemptions with a 4xx naming what is wrong, and changes nothing', async () => {
    const { person, session } = await personWith(120);
    const expensive = await item({ cost: 500 });
    const gone = await item({ cost: 10, stock: 0 });
    const limited = await item({ cost: 10, yearlyLimit: 1 });
    const retired = await item({ cost: 10 });
    await t.http.patch(`/api/catalogue/${retired.id}`).set(as.admin.auth).send({ retired: true }).expect(200);
    const elsewhere = await item({ cost: 10, departmentIds: [chat] });

    await redeem(session, { itemId: limited.id }).expect(201);
    const before = await balanceOf(person.id);
    const expectations: [Record<string, unknown>, number, string, string][] = [
      [{ itemId: expensive.id }, 422, 'insufficient_points', 'itemId'],
      [{ itemId: gone.id }, 409, 'out_of_stock', 'itemId'],
      [{ itemId: limited.id }, 422, 'yearly_limit_reached', 'itemId'],
      [{ itemId: retired.id }, 422, 'item_retired', 'itemId'],
      [{ itemId: elsewhere.id }, 404, 'catalogue_item_not_found', 'id'],
      [{ itemId: 'not-a-uuid' }, 400, 'validation_failed', 'itemId'],
    ];
    for (const [body, status, code, field] of expectations) {
      const response = await redeem(session, body);
      expect({ body, status: response.status, code: response.body.code, field: response.body.errors?.[0]?.field }).toEqual({ body, status, code, field });
    }
    expect((await redeem(session, { itemId: expensive.id })).body.detail).toBe(`Not enough points: your balance is ${before} and this needs 500.`);
    expect(await balanceOf(person.id)).toBe(before);
    expect(await stockOf(gone.id)).toBe(0);

    // Negative and fractional costs, for an item and for a custom reward.
    for (const cost of [-5, 2.5, 0]) {
      const created = await t.http.post('/api/catalogue').set(as.admin.auth).send({ title: 'Bad', category: 'gift_card', cost });
      expect([created.status, created.body.errors?.[0]?.field]).toEqual([400, 'cost']);
      const custom = await t.http.post('/api/redemptions/custom').set(session.auth).send({ description: 'A kayak day', cost });
      expect([custom.status, custom.body.errors?.[0]?.field]).toEqual([400, 'cost']);
    }
    const stock = await t.http.post('/api/catalogue').set(as.admin.auth).send({ title: 'Bad', category: 'gift_card', cost: 10, stock: -1 });
    expect([stock.status, stock.body.errors?.[0]?.message]).toEqual([400, 'stock cannot be negative']);
    expect(await balanceOf(person.id)).toBe(before);
  });

  it('keeps people to their own redemptions: someone else’s is a 404 and only admins fulfil', async () => {
    const owner = await personWith(100);
    const other = await personWith(0);
    const card = await item({ cost: 30 });
    const redemption = (await redeem(owner.session, { itemId: card.id }).expect(201)).body.redemption;
    expect((await t.http.get(`/api/redemptions/${redemption.id}`).set(other.session.auth)).status).toBe(404);
    expect((await t.http.post(`/api/redemptions/${redemption.id}/code`).set(other.session.auth)).status).toBe(404);
    expect((await t.http.post(`/api/redemptions/${redemption.id}/fulfil`).set(other.session.auth).send({})).status).toBe(403);
    expect((await t.http.post(`/api/redemptions/${redemption.id}/decline`).set(owner.session.auth).send({ reason: 'Never mind' })).status).toBe(403);
    expect((await t.http.get('/api/redemptions/mine').set(other.session.auth)).body.items).toEqual([]);
    expect((await t.http.get(`/api/redemptions/${redemption.id}`).set(as.admin.auth)).status).toBe(200);
    expect((await t.dataSource.query('SELECT status FROM redemptions WHERE id = $1', [redemption.id]))[0].status).toBe('pending');
  });

  it('fulfils with a code stored encrypted and shown once, notifying each step and auditing it', async () => {
    const { person, session } = await personWith(400);
    const card = await item({ cost: 250, stock: 5 });
    const redeemed = (await redeem(session, { itemId: card.id }).expect(201)).body;
    expect(redeemed).toMatchObject({ balance: 150, redemption: { status: 'pending', cost: 250, hasCode: false, employee: { id: person.id } } });
    const adminNotes = (await t.http.get('/api/notifications').set(as.admin.auth)).body.items;
    expect(adminNotes[0]).toMatchObject({ kind: 'redemption_requested', redemptionId: redeemed.redemption.id, actor: { id: person.id } });
    expect((await t.http.get('/api/redemptions').query({ status: 'pending' }).set(as.admin.auth)).body.items.map((r: { id: string }) => r.id)).toContain(
      redeemed.redemption.id,
    );

    const fulfilled = await t.http
      .post(`/api/redemptions/${redeemed.redemption.id}/fulfil`)
      .set(as.admin.auth)
      .send({ code: 'GIFT-7Q4M-PX2K', note: 'Valid for a year.' });
    expect(fulfilled.status).toBe(200);
    expect(fulfilled.body).toMatchObject({ status: 'fulfilled', note: 'Valid for a year.', hasCode: true, codeRevealedAt: null, decidedBy: { id: admin.id } });
    const [stored] = await t.dataSource.query('SELECT code_encrypted FROM redemptions WHERE id = $1', [redeemed.redemption.id]);
    expect(stored.code_encrypted).not.toContain('GIFT');
    const [audit] = await t.dataSource.query(`SELECT after FROM audit_log WHERE action = 'redemption.fulfilled' AND subject_id = $1`, [redeemed.redemption.id]);
    expect(JSON.stringify(audit.after)).not.toContain('GIFT');

    expect((await t.http.get('/api/notifications').set(session.auth)).body.items[0]).toMatchObject({
      kind: 'redemption_fulfilled',
      redemptionId: redeemed.redemption.id,
    });
    expect((await t.http.post(`/api/redemptions/${redeemed.redemption.id}/code`).set(session.auth).expect(200)).body).toEqual({ code: 'GIFT-7Q4M-PX2K' });
    const again = await t.http.post(`/api/redemptions/${redeemed.redemption.id}/code`).set(session.auth);
    expect([again.status, again.body.code]).toEqual([410, 'code_already_shown']);
    expect((await t.http.post(`/api/redemptions/${redeemed.redemption.id}/decline`).set(as.admin.auth).send({ reason: 'Too late' })).status).toBe(409);
    expect(await balanceOf(person.id)).toBe(150);

    // The same steps by email: the admin is asked to fulfil it, the person hears it is ready (the code stays in the app).
    const cardTitle = (await t.dataSource.query('SELECT title FROM catalogue_items WHERE id = $1', [card.id]))[0].title as string;
    const ask = await emailTo(admin.email, `redeemed points for “${cardTitle}”`);
    expect(linksIn(ask)).toContain('http://heroics.test/fulfilment');
    const ready = await emailTo(person.email, `Your “${cardTitle}” is ready`);
    expect(ready.text).toContain('A note for you: Valid for a year.');
    expect(ready.text).not.toContain('GIFT-7Q4M-PX2K');
    expect(linksIn(ready)).toContain('http://heroics.test/points');
  });

  it('returns the points and the stock at once when a redemption is declined, with the reason', async () => {
    const { person, session } = await personWith(300);
    const hoodie = await item({ title: 'Hoodie', category: 'company_swag', cost: 200, stock: 2 });
    const redemption = (await redeem(session, { itemId: hoodie.id, note: 'Size M' }).expect(201)).body.redemption;
    expect([await balanceOf(person.id), await stockOf(hoodie.id)]).toEqual([100, 1]);
    const declined = await t.http.post(`/api/redemptions/${redemption.id}/decline`).set(as.admin.auth).send({ reason: 'Size M is sold out' });
    expect(declined.body).toMatchObject({ status: 'declined', note: 'Size M is sold out' });
    expect([await balanceOf(person.id), await stockOf(hoodie.id)]).toEqual([300, 2]);
    expect((await t.http.get('/api/notifications').set(session.auth)).body.items[0]).toMatchObject({
      kind: 'redemption_declined',
      message: expect.stringContaining('points are back'),
    });
    expect((await t.http.get('/api/points/ledger').set(session.auth)).body.items[0]).toMatchObject({ kind: 'redemption_returned', points: 200 });
    expect(await differences()).toEqual([]);
    const email = await emailTo(person.email, 'Your “Hoodie” was declined');
    expect(email.text).toContain('the points are back in your balance');
    expect(email.text).toContain('The reason given: Size M is sold out');
  });

  it('lets a person choose among an item’s charities, and propose a custom reward an admin decides on', async () => {
    const { person, session } = await personWith(500);
    const donation = await item({ title: 'Donate 20 €', category: 'charity_donation', cost: 100, charities: ['City Food Bank', 'Sea Rescue'] });
    expect((await redeem(session, { itemId: donation.id })).body.code).toBe('charity_required');
    expect((await redeem(session, { itemId: donation.id, charity: 'Elsewhere' })).body.code).toBe('charity_not_listed');
    expect((await redeem(session, { itemId: donation.id, charity: 'Sea Rescue' }).expect(201)).body.redemption.charity).toBe('Sea Rescue');
    expect((await t.http.post('/api/catalogue').set(as.admin.auth).send({ title: 'No list', category: 'charity_donation', cost: 10 })).body.code).toBe(
      'charities_required',
    );

    const custom = (await t.http.post('/api/redemptions/custom').set(session.auth).send({ description: 'A kayak lesson with my team', cost: 300 }).expect(201))
      .body;
    expect(custom).toMatchObject({ balance: 100, redemption: { category: 'custom', itemId: null, title: 'A kayak lesson with my team', status: 'pending' } });
    await t.http.post(`/api/redemptions/${custom.redemption.id}/decline`).set(as.admin.auth).send({ reason: 'Not this season' }).expect(200);
    expect(await balanceOf(person.id)).toBe(400);
    const tooMuch = await t.http.post('/api/redemptions/custom').set(session.auth).send({ description: 'A sailing trip', cost: 401 });
    expect([tooMuch.status, tooMuch.body.code]).toEqual([422, 'insufficient_points']);
  });

  it('takes a picture as PNG or JPEG, re-encodes it to WebP and serves it; refuses non-images and huge files', async () => {
    const card = await item();
    const png = await sharp({ create: { width: 64, height: 40, channels: 3, background: '#b4542a' } })
      .png()
      .toBuffer();
    const uploaded = await t.http.put(`/api/catalogue/${card.id}/image`).set(as.admin.auth).set('Content-Type', 'image/png').send(png);
    expect(uploaded.status).toBe(200);
    expect(uploaded.body.imageUrl).toMatch(/^\/api\/catalogue\/images\/[0-9a-f-]{36}$/);
    const served = await t.http
      .get(uploaded.body.imageUrl)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(served.status).toBe(200);
    expect(served.headers['content-type']).toBe('image/webp');
    expect(await sharp(served.body as Buffer).metadata()).toMatchObject({ format: 'webp', width: 64, height: 40 });

    const notImage = await t.http
      .put(`/api/catalogue/${card.id}/image`)
      .set(as.admin.auth)
      .set('Content-Type', 'image/png')
      .send(Buffer.from('<script>alert(1)</script>'));
    expect([notImage.status, notImage.body.code, notImage.body.errors[0].field]).toEqual([422, 'not_an_image', 'image']);
    const svg = await t.http.put(`/api/catalogue/${card.id}/image`).set(as.admin.auth).set('Content-Type', 'image/svg+xml').send(Buffer.from('<svg/>'));
    expect([svg.status, svg.body.code]).toEqual([415, 'unsupported_image_type']);
    const huge = await t.http
      .put(`/api/catalogue/${card.id}/image`)
      .set(as.admin.auth)
      .set('Content-Type', 'image/jpeg')
      .send(Buffer.alloc(50 * 1024 * 1024, 1));
    expect([huge.status, huge.body.errors?.[0]?.field]).toEqual([413, 'body']);
    expect((await t.http.get(`/api/catalogue/${card.id}`).set(as.admin.auth)).body.imageUrl).toBe(uploaded.body.imageUrl);
  });

  it('exports the redemptions of a period as CSV with cost totals', async () => {
    const { session } = await personWith(1000);
    const a = await item({ title: 'Export A', cost: 120 });
    const b = await item({ title: 'Export B', cost: 80 });
    const first = (await redeem(session, { itemId: a.id }).expect(201)).body.redemption;
    await redeem(session, { itemId: b.id }).expect(201);
    await t.http.post(`/api/redemptions/${first.id}/fulfil`).set(as.admin.auth).send({}).expect(200);
    const today = todayIn('UTC');
    const csv = await t.http.get('/api/redemptions/export').query({ from: today, to: today }).set(as.admin.auth);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.text.startsWith('\uFEFF')).toBe(true); // for Excel
    const lines = csv.text.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('requestedOn,redemptionId,employee,department,item,category,charity,cost,status,decidedOn,decidedBy');
    const [{ fulfilled, pending }] = await t.dataSource.query(
      `SELECT COALESCE(sum(cost) FILTER (WHERE status = 'fulfilled'), 0)::int AS fulfilled, COALESCE(sum(cost) FILTER (WHERE status = 'pending'), 0)::int AS pending
         FROM redemptions WHERE created_at >= $1::date AND created_at < $1::date + 1`,
      [today],
    );
    expect(lines).toContain(`total fulfilled,,,,,,,${fulfilled},fulfilled,,`);
    expect(lines).toContain(`total pending,,,,,,,${pending},pending,,`);
    expect(lines.some((l) => l.includes(`${first.id},`) && l.includes('Export A,gift_card,,120,fulfilled'))).toBe(true);
    const reversed = await t.http.get('/api/redemptions/export').query({ from: today, to: '2020-01-01' }).set(as.admin.auth);
    expect([reversed.status, reversed.body.errors[0].field]).toEqual([400, 'from']);
  });

  it('stops a person who has left from redeeming and keeps their balance', async () => {
    const { person, session } = await personWith(200);
    const card = await item({ cost: 50 });
    await t.http
      .post(`/api/employees/${person.id}/departure`)
      .set(as.admin.auth)
      .send({ leftOn: todayIn('UTC'), reason: 'voluntary' })
      .expect(200);
    const refused = await redeem(session, { itemId: card.id });
    expect(refused.status).toBe(401);
    expect(await balanceOf(person.id)).toBe(200);
  });

  describe('gifts: a manager gives a catalogue item', () => {
    const gift = (recipientId: string, body: Record<string, unknown>) =>
      t.http
        .post('/api/rewards')
        .set(as.manager.auth)
        .send({ recipientId, kind: 'gift', citation: 'Found the last size 6 across three stores.', ...body });
    const budgetSpent = async () =>
      ((await t.dataSource.query('SELECT spent FROM reward_budgets WHERE holder_id = $1 AND quarter_start = $2', [manager.id, quarter]))[0]?.spent ??
        0) as number;

    it('takes the item’s cost from the budget, not the recipient’s points, and waits for an admin to hand it over', async () => {
      const { person, session } = await personWith(0);
      const lunch = await item({ title: 'Lunch for two', category: 'experience', cost: 180, stock: 3 });
      const spentBefore = await budgetSpent();

      const given = await gift(person.id, { catalogueItemId: lunch.id });
      expect(given.status).toBe(201);
      expect(given.body.reward).toMatchObject({ kind: 'gift', points: 180, gift: { title: 'Lunch for two', status: 'pending' } });
      expect(await budgetSpent()).toBe(spentBefore + 180);
      expect(await balanceOf(person.id)).toBe(0);
      expect(await stockOf(lunch.id)).toBe(2);

      // The recipient sees the item among their redemptions, as a gift; the admins' queue has it to hand over.
      const mine = (await t.http.get('/api/redemptions/mine').set(session.auth).expect(200)).body.items;
      expect(mine).toEqual([expect.objectContaining({ title: 'Lunch for two', cost: 180, status: 'pending', rewardId: given.body.reward.id })]);
      const bell = (await t.http.get('/api/notifications').set(session.auth).expect(200)).body.items;
      expect(bell[0].message).toBe(`${manager.name} gave you “Lunch for two”: an admin will hand it over.`);
      await emailTo(person.email, 'You received a gift: “Lunch for two”');
      const redemptionId = given.body.reward.gift.redemptionId as string;
      await t.http.post(`/api/redemptions/${redemptionId}/fulfil`).set(as.admin.auth).send({ note: 'Booked for Friday.' }).expect(200);
      expect((await t.http.get(`/api/rewards/${given.body.reward.id}`).set(session.auth).expect(200)).body.gift.status).toBe('fulfilled');

      // Handed over, it can no longer be revoked, and nothing moves.
      const late = await t.http.post(`/api/rewards/${given.body.reward.id}/revoke`).set(as.manager.auth).send({ reason: 'Changed my mind' });
      expect([late.status, late.body.code]).toEqual([409, 'gift_handed_over']);
      expect(await budgetSpent()).toBe(spentBefore + 180);
      expect(await differences()).toEqual([]);
    });

    it('revoked before it is handed over: the gift is declined, the budget and the stock get it back, the balance is unchanged', async () => {
      const { person } = await personWith(40);
      const lunch = await item({ title: 'Cinema tickets', category: 'experience', cost: 90, stock: 1 });
      const spentBefore = await budgetSpent();
      const given = (await gift(person.id, { catalogueItemId: lunch.id, points: 90 }).expect(201)).body.reward;
      expect(await stockOf(lunch.id)).toBe(0);

      await t.http.post(`/api/rewards/${given.id}/revoke`).set(as.manager.auth).send({ reason: 'Meant for someone else' }).expect(200);
      expect(await budgetSpent()).toBe(spentBefore);
      expect(await stockOf(lunch.id)).toBe(1);
      expect(await balanceOf(person.id)).toBe(40);
      const redemption = (await t.http.get(`/api/redemptions/${given.gift.redemptionId}`).set(as.admin.auth).expect(200)).body;
      expect(redemption).toMatchObject({ status: 'declined', note: 'The reward was revoked: Meant for someone else' });
      expect(await differences()).toEqual([]);
    });

    it('declined by an admin (say the item ran out), the gift’s points stay with the recipient to spend', async () => {
      const { person } = await personWith(0);
      const card = await item({ cost: 75 });
      const given = (await gift(person.id, { catalogueItemId: card.id }).expect(201)).body.reward;
      await t.http.post(`/api/redemptions/${given.gift.redemptionId}/decline`).set(as.admin.auth).send({ reason: 'The shop closed.' }).expect(200);
      expect(await balanceOf(person.id)).toBe(75);
      expect(await differences()).toEqual([]);
    });

    it('lists the gifts a manager may give a department: offered to it, in stock, no donations; only to its managers and admins', async () => {
      const offered = await item({ title: 'Gift A offered', cost: 30 });
      const elsewhere = await item({ title: 'Gift B elsewhere', cost: 30, departmentIds: [chat] });
      const soldOut = await item({ title: 'Gift C sold out', cost: 30, stock: 0 });
      const donation = await item({ title: 'Gift D donation', category: 'charity_donation', cost: 30, charities: ['Shelter'] });
      const ids = async (session: SignedIn, departmentId: string) => {
        const found: string[] = [];
        for (let cursor: string | null = null; ;) {
          const page = (
            await t.http
              .get('/api/catalogue')
              .query({ giftsFor: departmentId, limit: 50, ...(cursor ? { cursor } : {}) })
              .set(session.auth)
              .expect(200)
          ).body as { items: { id: string }[]; nextCursor: string | null };
          found.push(...page.items.map((i) => i.id));
          if (!(cursor = page.nextCursor)) return found;
        }
      };
      const forShoes = await ids(as.manager, shoes);
      expect(forShoes).toContain(offered.id);
      expect(forShoes).not.toContain(elsewhere.id);
      expect(forShoes).not.toContain(soldOut.id);
      expect(forShoes).not.toContain(donation.id);
      expect(await ids(as.admin, chat)).toContain(elsewhere.id);
      const notTheirs = await t.http.get('/api/catalogue').query({ giftsFor: chat }).set(as.manager.auth);
      expect([notTheirs.status, notTheirs.body.code]).toEqual([403, 'gifts_not_yours']);
      const { session: staff } = await personWith(0);
      expect((await t.http.get('/api/catalogue').query({ giftsFor: shoes }).set(staff.auth)).status).toBe(403);
    });

    it('refuses a gift without an item, with the wrong points, of a donation, out of stock or not offered to the recipient, naming the field', async () => {
      const { person } = await personWith(0);
      const card = await item({ cost: 60 });
      const empty = await item({ cost: 60, stock: 0 });
      const charity = await item({ category: 'charity_donation', cost: 60, charities: ['Shelter'] });
      const elsewhere = await item({ cost: 60, departmentIds: [chat] });
      const spentBefore = await budgetSpent();
      const cases: [Record<string, unknown>, number, string, string][] = [
        [{}, 400, 'gift_item_required', 'catalogueItemId'],
        [{ catalogueItemId: card.id, points: 10 }, 400, 'gift_points_mismatch', 'points'],
        [{ catalogueItemId: charity.id }, 422, 'gift_is_donation', 'catalogueItemId'],
        [{ catalogueItemId: empty.id }, 409, 'gift_out_of_stock', 'catalogueItemId'],
        [{ catalogueItemId: elsewhere.id }, 422, 'gift_not_offered', 'catalogueItemId'],
      ];
      for (const [body, status, code, field] of cases) {
        const refused = await gift(person.id, body);
        expect([refused.status, refused.body.code, refused.body.errors?.[0]?.field]).toEqual([status, code, field]);
      }
      const notAGift = await t.http
        .post('/api/rewards')
        .set(as.manager.auth)
        .send({ recipientId: person.id, kind: 'points', points: 10, catalogueItemId: card.id, citation: 'Thanks' });
      expect([notAGift.status, notAGift.body.code]).toEqual([400, 'gift_item_not_allowed']);
      expect(await budgetSpent()).toBe(spentBefore);
      expect(await stockOf(empty.id)).toBe(0);
    });
  });
});
