import sharp from 'sharp';
import { createDepartment, createEmployee, signIn, SignedIn } from '../../server/test/factories';
import { startTestApp, TestApp } from '../../server/test/test-app';
import { LocalS3, startLocalS3 } from '../../server/test/protocols/local-s3';

/**
 * With STORAGE_URL set, item pictures live in an S3-compatible bucket and the app serves them. The bucket is a local
 * S3 server on loopback that verifies every request's SigV4 signature (server/test/protocols/local-s3.ts).
 */
describe('catalogue pictures in S3-compatible storage', () => {
  let s3: LocalS3;
  let t: TestApp;
  let admin: SignedIn;

  beforeAll(async () => {
    s3 = await startLocalS3('heroics-pictures');
    t = await startTestApp({ STORAGE_URL: s3.storageUrl, STORAGE_TIMEOUT_MS: '2000' });
    const departmentId = (await createDepartment(t.dataSource)).id;
    admin = await signIn(t.http, (await createEmployee(t.dataSource, { departmentId, role: 'admin' })).email);
  });
  afterAll(async () => {
    await t?.close();
    await s3?.dispose();
  });

  const picture = (background: string, width = 48, height = 30) =>
    sharp({ create: { width, height, channels: 3, background } })
      .png()
      .toBuffer();
  const upload = async (itemId: string, png: Buffer) => t.http.put(`/api/catalogue/${itemId}/image`).set(admin.auth).set('Content-Type', 'image/png').send(png);
  const fetchBytes = (url: string) =>
    t.http
      .get(url)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
  const objectKeys = async () => s3.keys();
  const readObject = (key: string) => s3.read(key);
  const imageIdOf = (url: string) => url.split('/').pop()!;

  it('writes the picture to the bucket, serves it at the same URL with the same headers, replaces and retires as without a bucket', async () => {
    const item = (await t.http.post('/api/catalogue').set(admin.auth).send({ title: 'Bookshop voucher', category: 'gift_card', cost: 150 }).expect(201)).body;
    const first = await upload(item.id, await picture('#2a6bb4'));
    expect(first.status).toBe(200);
    expect(first.body.imageUrl).toMatch(/^\/api\/catalogue\/images\/[0-9a-f-]{36}$/);

    // The object is in the bucket, read back from the bucket itself; PostgreSQL keeps no bytes for it.
    const firstKey = `catalogue-images/${imageIdOf(first.body.imageUrl)}.webp`;
    expect(await objectKeys()).toContain(firstKey);
    const stored = await readObject(firstKey);
    expect(await sharp(stored).metadata()).toMatchObject({ format: 'webp', width: 48, height: 30 });
    const [row] = await t.dataSource.query('SELECT bytes, object_key AS "objectKey" FROM catalogue_images WHERE id = $1', [imageIdOf(first.body.imageUrl)]);
    expect(row).toEqual({ bytes: null, objectKey: firstKey });

    // The item shows it: the app streams the object, with the headers a picture in PostgreSQL gets.
    const served = await fetchBytes(first.body.imageUrl);
    expect(served.status).toBe(200);
    expect(served.headers).toMatchObject({
      'content-type': 'image/webp',
      'cache-control': 'public, max-age=31536000, immutable',
      'x-content-type-options': 'nosniff',
    });
    expect(Buffer.compare(served.body as Buffer, stored)).toBe(0);
    expect((await t.http.get(`/api/catalogue/${item.id}`).set(admin.auth)).body.imageUrl).toBe(first.body.imageUrl);

    // A new picture replaces the old one: the old object leaves the bucket and its URL is a 404.
    const second = await upload(item.id, await picture('#b4542a', 60, 60));
    expect(second.status).toBe(200);
    const secondKey = `catalogue-images/${imageIdOf(second.body.imageUrl)}.webp`;
    const keys = await objectKeys();
    expect(keys).toContain(secondKey);
    expect(keys).not.toContain(firstKey);
    expect((await t.http.get(first.body.imageUrl)).status).toBe(404);
    expect(await sharp((await fetchBytes(second.body.imageUrl)).body as Buffer).metadata()).toMatchObject({ width: 60, height: 60 });

    // Retiring keeps the picture, as without a bucket.
    const retired = await t.http.patch(`/api/catalogue/${item.id}`).set(admin.auth).send({ retired: true }).expect(200);
    expect(retired.body).toMatchObject({ retired: true, imageUrl: second.body.imageUrl });
    expect((await fetchBytes(second.body.imageUrl)).status).toBe(200);
    expect(await objectKeys()).toContain(secondKey);

    // Bad input is refused before anything is written to the bucket.
    const before = await objectKeys();
    const notImage = await t.http.put(`/api/catalogue/${item.id}/image`).set(admin.auth).set('Content-Type', 'image/png').send(Buffer.from('not a picture'));
    expect([notImage.status, notImage.body.code]).toEqual([422, 'not_an_image']);
    expect(await objectKeys()).toEqual(before);
  });

  it('answers 503 problem+json on upload and on read while the bucket is away, and changes nothing', async () => {
    const item = (await t.http.post('/api/catalogue').set(admin.auth).send({ title: 'Cinema tickets', category: 'experience', cost: 90 }).expect(201)).body;
    const shown = (await upload(item.id, await picture('#3c8a3c'))).body.imageUrl as string;
    const [{ n: imagesBefore }] = await t.dataSource.query('SELECT count(*)::int AS n FROM catalogue_images');

    await s3.stop();
    const refused = await upload(item.id, await picture('#8a3c3c'));
    expect(refused.status).toBe(503);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.body).toMatchObject({ status: 503, code: 'storage_unavailable', errors: [{ field: 'image' }] });
    const read = await t.http.get(shown);
    expect(read.status).toBe(503);
    expect(read.headers['content-type']).toContain('application/problem+json');
    expect(read.body).toMatchObject({ status: 503, code: 'storage_unavailable' });

    // No row points at an object that was never written: the item keeps its picture, no picture row was added.
    expect((await t.http.get(`/api/catalogue/${item.id}`).set(admin.auth)).body.imageUrl).toBe(shown);
    const [{ n: imagesAfter }] = await t.dataSource.query('SELECT count(*)::int AS n FROM catalogue_images');
    expect(imagesAfter).toBe(imagesBefore);

    // Back again: the same URL serves the same picture.
    await s3.start();
    expect((await fetchBytes(shown)).status).toBe(200);
  });

  it('counts a bucket that refuses the app’s signature as unavailable: 503, and nothing is stored', async () => {
    const wrong = await startTestApp({ STORAGE_URL: s3.storageUrlWithWrongSecret, STORAGE_TIMEOUT_MS: '2000' });
    try {
      const item = (await wrong.http.post('/api/catalogue').set(admin.auth).send({ title: 'Team lunch', category: 'experience', cost: 60 }).expect(201)).body;
      const before = s3.keys();
      const refused = await wrong.http
        .put(`/api/catalogue/${item.id}/image`)
        .set(admin.auth)
        .set('Content-Type', 'image/png')
        .send(await picture('#555555'));
      expect([refused.status, refused.body.code]).toEqual([503, 'storage_unavailable']);
      expect(s3.keys()).toEqual(before);
      expect((await wrong.http.get(`/api/catalogue/${item.id}`).set(admin.auth)).body.imageUrl).toBeNull();
    } finally {
      await wrong.close();
    }
  });
});
