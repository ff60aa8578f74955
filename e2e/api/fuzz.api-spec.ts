import { AddressInfo } from 'node:net';
import fc from 'fast-check';
import { DataSource } from 'typeorm';
import { periodStart, todayIn } from '../../server/src/common/calendar';
import { createBadge, createDepartment, createEmployee, createValue, setBudget, signIn, SignedIn, storyBody } from '../../server/test/factories';
import { startTestApp, TestApp } from '../../server/test/test-app';
import { createSiblingDatabase, TestDatabase } from '../../server/test/test-database';
import { waitFor } from '../../server/test/wait-for';
import { fetchOpenApi, JsonSchema, OpenApiDocument, OpenApiOperation, operationsOf, problemShapeErrors, resolveSchema } from './support/openapi-contract';

/**
 * Property-based fuzzing of every operation in the OpenAPI document, with requests generated from its schemas.
 *
 * Part 1 sends requests that are invalid by construction (one broken thing each: a wrong type, a missing required
 * field, an extra field, a bad UUID, date, enum, cursor or number, an over-long string, a body that is not an object
 * or not JSON, a forged token). Every one must be refused with a 4xx in the one problem shape, and the database must
 * be exactly as it was: the app runs on a database of its own, and every table is checksummed before and after.
 * Part 2 sends hostile values where valid ones go (SQL, script, unicode, NUL, huge and negative numbers) mixed with
 * valid ones: some are accepted, so the database may change, but nothing may answer 5xx or a non-problem error.
 *
 * FUZZ_SEED fixes the generator (printed on every run); FUZZ_RUNS scales the number of requests per operation.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20251123);
const RUNS = Number(process.env.FUZZ_RUNS ?? 1);
const INVALID_PER_OPERATION = Math.round(60 * RUNS);
const HOSTILE_PER_OPERATION = Math.round(40 * RUNS);
const CONCURRENCY = 24;
/** Sign-in and sign-out change the fuzzing sessions themselves: part 2 leaves them to the auth specs. */
const NOT_HOSTILE = ['/api/auth/logout', '/api/auth/refresh', '/api/auth/login', '/api/sso/logout'];

interface FuzzRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
  label: string;
}

interface Outcome {
  request: FuzzRequest;
  status: number;
  contentType: string;
  body: unknown;
}

const NIL_UUID = '00000000-0000-4000-8000-000000000000';
const BAD_UUIDS = [
  'not-a-uuid',
  '1',
  '-1',
  "1' OR '1'='1",
  '00000000-0000-0000-0000-00000000000g',
  `${NIL_UUID}0`,
  'x'.repeat(300),
  '%00',
  '..%2F..%2Fetc%2Fpasswd',
  '%F0%9F%98%80',
  'null',
  'undefined',
  '{id}',
  'Robert%27)%3B%20DROP%20TABLE%20employees%3B--',
];
const SQL = ["' OR '1'='1", "'; DROP TABLE employees; --", '1; SELECT pg_sleep(5)', "\\'; --", '" OR ""="', "admin'--", '$1', '%', '_'];
const SCRIPT = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', 'javascript:alert(1)', '{{7*7}}', '${7*7}', '=cmd|calc!A0', '../../etc/passwd'];
const UNICODE = ['Ünïcødé ✓', '\u202Eevil\u202C', 'ze\u200Bro\u200Bwidth', '😀'.repeat(40), '\uD800', 'a\u0000b', '\u0000', '\r\n\t', ' ', '', 'ǅ', '𝕳𝖊𝖗𝖔'];

const hostileString = fc.oneof(
  fc.constantFrom(...SQL, ...SCRIPT, ...UNICODE),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.integer({ min: 1000, max: 70_000 }).map((n) => 'x'.repeat(n)),
);
/**
 * In a URL, strings stay under Node's 16 KiB header limit: beyond it Node's HTTP parser answers 431 by itself
 * before the application sees the request (a limit we want, but not one the app's error shape can cover).
 */
const hostileUrlString = hostileString.map((v) => Buffer.from(v.length > 2000 ? v.slice(0, 2000) : v, 'utf8').toString('utf8'));
const hostileNumber = fc.oneof(
  fc.constantFrom(-1, 0, -0, 2 ** 31, 2 ** 53, -(2 ** 53), Number.MAX_SAFE_INTEGER, 1e308, -1e308, 0.5, 1e-9),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);
const hostileAny: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  { weight: 2, arbitrary: hostileNumber },
  { weight: 1, arbitrary: fc.constantFrom(null, true, false, [], {}, [null], { $gt: '' }, { __proto__: { admin: true } }) },
  { weight: 1, arbitrary: fc.array(hostileString, { maxLength: 30 }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);
const badCursor = fc.oneof(
  fc.constantFrom('x', '!!!', '=', 'e30', 'W10', 'null', '%00'),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }),
  // Well-formed base64 of JSON the API never wrote: wrong arity, wrong types, hostile strings.
  fc
    .array(fc.oneof(hostileString, hostileNumber, fc.constant(null), fc.constant({})), { minLength: 0, maxLength: 4 })
    .map((key) => Buffer.from(JSON.stringify(key)).toString('base64url')),
);

/** Values the validator must refuse for a property with this schema (null and absence have mutations of their own). */
function invalidFor(schema: JsonSchema): fc.Arbitrary<unknown> {
  const wrongTypes: unknown[] = [];
  const specific: fc.Arbitrary<unknown>[] = [];
  switch (schema.type) {
    case 'string':
      wrongTypes.push(42, -1, true, {}, [], ['a'], { a: 1 });
      if (schema.enum) specific.push(fc.constantFrom('pigeon', 'ADMIN; DROP TYPE', '∆', 'nul\u0000l', ' '.repeat(3)).filter((v) => !schema.enum!.includes(v)));
      if (schema.format === 'uuid') specific.push(fc.constantFrom(...BAD_UUIDS.filter((u) => !u.includes('%')), '', ' '));
      if (schema.format === 'date')
        specific.push(fc.constantFrom('2025-02-30', '2025-13-01', '2024-00-10', '25-01-01', 'yesterday', '2025/01/01', '01-02-2025', '', '0000-00-00'));
      if (schema.format === 'date-time') specific.push(fc.constantFrom('not a time', '2025-02-30T00:00:00Z', ''));
      if (schema.format === 'email') specific.push(fc.constantFrom('not-an-email', 'a@', '@example.com', 'a b@example.com', 'a@@example.com'));
      if (schema.maxLength)
        specific.push(
          fc.constantFrom('x', 'é', '😀', 'ß').chain((c) => fc.integer({ min: schema.maxLength! + 1, max: schema.maxLength! + 200 }).map((n) => c.repeat(n))),
        );
      if (schema.pattern)
        specific.push(fc.constantFrom('!!', '2026-Q5', '2026-Q0', 'Q1-2026', 'x'.repeat(10)).filter((v) => !new RegExp(schema.pattern!).test(v)));
      break;
    case 'number':
    case 'integer':
      wrongTypes.push('abc', '', true, {}, [], [1], 'NaN', 'Infinity');
      if (typeof schema.minimum === 'number') specific.push(fc.integer({ min: -1_000_000, max: schema.minimum - 1 }));
      if (typeof schema.maximum === 'number') specific.push(fc.integer({ min: schema.maximum + 1, max: 2_000_000_000 }));
      break;
    case 'boolean':
      wrongTypes.push('yes', 'no', 2, -1, {}, [], 'TRUE ', 'null');
      break;
    case 'array':
      wrongTypes.push('a', 42, true, { 0: 'a' });
      if (schema.maxItems)
        specific.push(fc.constant(Array.from({ length: schema.maxItems + 1 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`)));
      if (schema.items) specific.push(invalidFor(schema.items).map((item) => [item]));
      break;
    default:
      wrongTypes.push('a', 42, true, []);
  }
  return specific.length ? fc.oneof(fc.constantFrom(...wrongTypes), ...specific) : fc.constantFrom(...wrongTypes);
}

const DEEP_MARK = '\u0001deep\u0001';

/** `levels` of arrays (or objects keyed "a") around a number, as JSON text. */
function nested(levels: number, kind: '[]' | '{}'): string {
  return kind === '[]' ? '['.repeat(levels) + '1' + ']'.repeat(levels) : '{"a":'.repeat(levels) + '1' + '}'.repeat(levels);
}

/** Whether the contract lets this property be null (and so means "clear it"). */
function isNullable(document: OpenApiDocument, schema: JsonSchema): boolean {
  return schema.nullable === true || resolveSchema(document, schema).nullable === true;
}

/** Query-string forms of invalid values (a query string has no types, so "wrong type" means unparseable text). */
function invalidQueryValue(schema: JsonSchema): fc.Arbitrary<string> {
  switch (schema.type) {
    case 'number':
    case 'integer': {
      const options: fc.Arbitrary<string>[] = [fc.constantFrom('abc', '1e999', '0x10', 'NaN', 'Infinity', '1,5', '--1', '')];
      if (typeof schema.minimum === 'number') options.push(fc.integer({ min: -1_000_000, max: schema.minimum - 1 }).map(String));
      if (typeof schema.maximum === 'number')
        options.push(fc.integer({ min: schema.maximum + 1, max: 2_000_000_000 }).map(String), fc.constant('99999999999999999999999'));
      return fc.oneof(...options);
    }
    case 'boolean':
      return fc.constantFrom('yes', '1', '0', 'TRUE', 'maybe', '', 'null');
    default: {
      // A string schema's wrong types are not strings: only its constraints (enum, format, length, pattern) give
      // invalid query text. Without one, filtering for strings would never end, so the fuzzer says what it lacks.
      const constrained =
        schema.type !== 'string' || schema.enum || ['uuid', 'date', 'date-time', 'email'].includes(schema.format ?? '') || schema.maxLength || schema.pattern;
      if (!constrained) throw new Error(`the fuzzer has no invalid query value for ${JSON.stringify(schema)}: teach invalidFor() this format`);
      return invalidFor(schema).filter((v) => typeof v === 'string') as fc.Arbitrary<string>;
    }
  }
}

/** A value this schema accepts, built from the ids the test created (so that hostile values elsewhere reach the service). */
function validFor(schema: JsonSchema, document: OpenApiDocument, name: string, pools: Record<string, string[]>): fc.Arbitrary<unknown> {
  const s = resolveSchema(document, schema);
  if (s.enum) return fc.constantFrom(...s.enum);
  switch (s.type) {
    case 'string':
      if (s.format === 'uuid') return anyCase(pools[name] ?? pools.any);
      if (s.format === 'date') return fc.constantFrom('2024-05-06', '2023-01-31', todayIn('UTC'));
      if (s.pattern) return fc.constantFrom(`${todayIn('UTC').slice(0, 4)}-Q1`);
      return fc.string({ minLength: 1, maxLength: Math.min(s.maxLength ?? 40, 40) }).map((v) => (v.trim() ? v : 'fuzz'));
    case 'number':
    case 'integer':
      return fc.integer({ min: s.minimum ?? 1, max: Math.min(s.maximum ?? 100, 100) });
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(validFor(s.items ?? {}, document, name, pools), { minLength: 1, maxLength: Math.min(s.maxItems ?? 2, 2) });
    case 'object':
      return validObject(s, document, pools);
    default:
      return fc.constant('fuzz');
  }
}

function validObject(schema: JsonSchema, document: OpenApiDocument, pools: Record<string, string[]>): fc.Arbitrary<Record<string, unknown>> {
  const s = resolveSchema(document, schema);
  const entries = Object.entries(s.properties ?? {});
  const required = new Set(s.required ?? []);
  return fc.record(Object.fromEntries(entries.map(([name, prop]) => [name, validFor(prop, document, name, pools)])), {
    requiredKeys: entries.map(([n]) => n).filter((n) => required.has(n)),
  });
}

/** A pool id as sent: lower case, or (a third of the time) upper case, which the API must read as the same id. */
const anyCase = (ids: string[]) => fc.tuple(fc.constantFrom(...ids), fc.integer({ min: 0, max: 2 })).map(([id, n]) => (n === 0 ? id.toUpperCase() : id));

const isScim = (op: OpenApiOperation) => op.path.startsWith('/scim/v2/');
const fillPath = (path: string, values: Record<string, string>) => path.replace(/\{(\w+)\}/g, (_, name: string) => values[name]);
const withQuery = (url: string, query: Record<string, string>) => {
  const search = new URLSearchParams(query).toString();
  return search ? `${url}?${search}` : url;
};

/** A sampler of requests to one operation: from the document and pools of existing ids, as `auth`, `count` of them from `seed`. */
type RequestSampler = (
  op: OpenApiOperation,
  document: OpenApiDocument,
  pools: Record<string, string[]>,
  auth: Record<string, string>,
  seed: number,
  count: number,
) => FuzzRequest[];

/** Requests that must all be refused, one broken thing each. */
const invalidRequests: RequestSampler = (op, document, pools, auth, seed, count) => {
  const pathParams = op.parameters.filter((p) => p.in === 'path');
  const queryParams = op.parameters.filter((p) => p.in === 'query');
  const jsonBody = op.bodyType === 'application/json' ? resolveSchema(document, op.bodySchema!) : undefined;
  const goodPath = fc.record(
    Object.fromEntries(pathParams.map((p) => [p.name, p.name === 'token' ? fc.constant('A'.repeat(43)) : anyCase(pools[p.name] ?? pools.any)])),
  ) as fc.Arbitrary<Record<string, string>>;
  const mutations: fc.Arbitrary<FuzzRequest>[] = [];
  const base = (label: string, url: string, body?: string, headers: Record<string, string> = {}): FuzzRequest => ({
    method: op.method,
    url,
    headers: { ...auth, ...(body !== undefined && !headers['content-type'] ? { 'content-type': 'application/json' } : {}), ...headers },
    body,
    label,
  });
  const validBody = jsonBody ? validObject(jsonBody, document, pools) : fc.constant(undefined);

  for (const param of pathParams) {
    const bad = param.name === 'token' ? fc.constantFrom('!!', 'a', 'x'.repeat(300), "'%20OR%201=1%20--", '%00', '..%2F..') : fc.constantFrom(...BAD_UUIDS);
    mutations.push(
      fc
        .tuple(goodPath, bad, validBody)
        .map(([path, value, body]) =>
          base(`bad path ${param.name}`, fillPath(op.path, { ...path, [param.name]: value }), body === undefined ? undefined : JSON.stringify(body)),
        ),
    );
  }
  for (const param of queryParams) {
    const schema = resolveSchema(document, param.schema);
    // Free text (a search term) has nothing to break but its length.
    if (schema.type === 'string' && !schema.enum && !schema.format && !schema.maxLength && !schema.pattern && param.name !== 'cursor') continue;
    const values = param.name === 'cursor' ? badCursor : invalidQueryValue(schema);
    mutations.push(
      fc
        .tuple(goodPath, values)
        .map(([path, value]) => base(`bad query ${param.name}=${value.slice(0, 30)}`, withQuery(fillPath(op.path, path), { [param.name]: value }))),
    );
  }
  if (queryParams.length) {
    mutations.push(goodPath.map((path) => base('unknown query parameter', withQuery(fillPath(op.path, path), { role: 'admin', $where: '1' }))));
  }
  if (jsonBody) {
    const properties = Object.entries(jsonBody.properties ?? {});
    for (const [name, raw] of properties) {
      const schema = resolveSchema(document, raw);
      mutations.push(
        fc
          .tuple(goodPath, validBody, invalidFor(schema))
          .map(([path, body, value]) =>
            base(`bad body ${name}=${JSON.stringify(value).slice(0, 30)}`, fillPath(op.path, path), JSON.stringify({ ...body, [name]: value })),
          ),
      );
    }
    // null where the contract does not say nullable: refused, never written (a NOT NULL column answered 500).
    const notNullable = properties.filter(([, raw]) => !isNullable(document, raw)).map(([name]) => name);
    if (notNullable.length) {
      mutations.push(
        fc
          .tuple(goodPath, validBody, fc.constantFrom(...notNullable))
          .map(([path, body, name]) => base(`null ${name}`, fillPath(op.path, path), JSON.stringify({ ...body, [name]: null }))),
      );
    }
    // Nesting past the limit, as the whole body or inside one property.
    mutations.push(
      fc
        .tuple(goodPath, validBody, fc.constantFrom(...properties.map(([n]) => n), ''), fc.constantFrom(33, 100, 2_500), fc.constantFrom('[]', '{}'))
        .map(([path, body, name, levels, kind]) => {
          const deep = nested(levels, kind as '[]' | '{}');
          return base(
            `nested ${levels} deep in ${name || 'body'}`,
            fillPath(op.path, path),
            name ? JSON.stringify({ ...body, [name]: DEEP_MARK }).replace(JSON.stringify(DEEP_MARK), deep) : deep,
          );
        }),
    );
    for (const name of jsonBody.required ?? []) {
      mutations.push(
        fc.tuple(goodPath, validBody, fc.constantFrom(undefined, null)).map(([path, body, hole]) => {
          const copy: Record<string, unknown> = { ...body };
          if (hole === undefined) delete copy[name];
          else copy[name] = null;
          return base(`missing ${name}`, fillPath(op.path, path), JSON.stringify(copy));
        }),
      );
    }
    const extraNames = ['isAdmin', 'passwordHash', '$where', 'constructor', 'extra', 'role', 'id', 'spent'].filter((n) => !(n in (jsonBody.properties ?? {})));
    mutations.push(
      fc
        .tuple(goodPath, validBody, fc.constantFrom(...extraNames), hostileAny)
        .map(([path, body, extra, value]) => base(`extra field ${extra}`, fillPath(op.path, path), JSON.stringify({ ...body, [extra]: value ?? 1 }))),
    );
    mutations.push(
      fc
        .tuple(
          goodPath,
          fc.constantFrom(
            '[]',
            '"text"',
            '42',
            'true',
            '[{}]',
            '{"__proto__":{"role":"admin"}}',
            '{"constructor":{"prototype":{"role":"admin"}}}',
            '{"a":',
            '{a:1}',
            "{'a':1}",
            '\uFEFF{}x',
            '{"a":1}{"b":2}',
            '',
          ),
        )
        .map(([path, text]) => base(`body ${JSON.stringify(text).slice(0, 30)}`, fillPath(op.path, path), text)),
    );
    mutations.push(
      fc
        .tuple(
          goodPath,
          validBody,
          fc.constantFrom('application/xml', 'text/plain', 'multipart/form-data; boundary=x', 'application/x-www-form-urlencoded', 'text/csv'),
        )
        .map(([path, body, type]) =>
          base(`content-type ${type}`, fillPath(op.path, path), type === 'text/csv' ? 'name\nx' : JSON.stringify(body), { 'content-type': type }),
        ),
    );
  }
  if (op.bodyType === 'text/csv') {
    mutations.push(goodPath.map((path) => base('csv as json', fillPath(op.path, path), JSON.stringify({ rows: [] }))));
    mutations.push(
      fc
        .constantFrom('', 'name,email\n', '\u0000\u0001', 'a,b,c\n1,2,3')
        .map((text) => base('bad csv', fillPath(op.path, {}), text, { 'content-type': 'text/csv' })),
    );
  }
  if (!op.public) {
    const forged = fc.constantFrom(
      'Bearer x.y.z',
      'Bearer ',
      'Basic YWRtaW46YWRtaW4=',
      'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.',
      `Bearer ${'A'.repeat(5000)}`,
      'Bearer null',
    );
    mutations.push(
      fc.tuple(goodPath, forged).map(([path, header]) => ({ ...base('forged token', fillPath(op.path, path)), headers: { authorization: header } })),
    );
  }
  if (!mutations.length) return [];
  return fc.sample(fc.oneof(...mutations), { seed, numRuns: count });
};

/** Hostile values where valid ones go; the server may accept some of them. */
const hostileRequests: RequestSampler = (op, document, pools, auth, seed, count) => {
  const pathValue = (name: string) =>
    name === 'token'
      ? fc.oneof(fc.constant('A'.repeat(43)), hostileUrlString.map(encodeURIComponent))
      : fc.oneof(
          { weight: 4, arbitrary: anyCase(pools[name] ?? pools.any) },
          { weight: 1, arbitrary: fc.constantFrom(NIL_UUID, NIL_UUID.toUpperCase(), ...BAD_UUIDS) },
        );
  const path = fc.record(Object.fromEntries(op.parameters.filter((p) => p.in === 'path').map((p) => [p.name, pathValue(p.name)]))) as fc.Arbitrary<
    Record<string, string>
  >;
  const query = fc.record(
    Object.fromEntries(
      op.parameters
        .filter((p) => p.in === 'query')
        .map((p) => [
          p.name,
          fc.oneof(validFor(p.schema, document, p.name, pools).map(String), p.name === 'cursor' ? badCursor : hostileUrlString, hostileNumber.map(String)),
        ]),
    ),
    { requiredKeys: [] },
  ) as fc.Arbitrary<Record<string, string>>;
  const jsonBody = op.bodyType === 'application/json' ? resolveSchema(document, op.bodySchema!) : undefined;
  const names = Object.keys(jsonBody?.properties ?? {});
  const body: fc.Arbitrary<string | undefined> = jsonBody
    ? fc.oneof(
        // A valid body with exactly one hostile value, so that the value reaches the service and the database…
        names.length
          ? fc
              .tuple(validObject(jsonBody, document, pools), fc.constantFrom(...names), hostileAny)
              .map(([valid, name, value]) => JSON.stringify({ ...valid, [name]: value }))
          : fc.constant('{}'),
        // …and hostile values anywhere.
        fc
          .record(
            Object.fromEntries(
              Object.entries(jsonBody.properties ?? {}).map(([name, prop]) => [
                name,
                fc.oneof({ weight: 3, arbitrary: validFor(prop, document, name, pools) }, { weight: 2, arbitrary: hostileAny }),
              ]),
            ),
            { requiredKeys: [] },
          )
          .map((value) => JSON.stringify(value)),
      )
    : op.bodyType === 'text/csv'
      ? fc
          .array(
            fc.tuple(
              hostileString,
              fc.oneof(fc.emailAddress(), hostileString),
              fc.oneof(fc.constant('Care'), hostileString),
              fc.constantFrom('', 'staff', 'owner', '=1+1'),
              hostileString,
              fc.oneof(fc.constant(''), hostileString),
              fc.constantFrom('2020-01-01', '2021-02-29', '', '=NOW()', '1e9'),
            ),
            { minLength: 1, maxLength: 20 },
          )
          .map((rows) =>
            ['name,email,department,role,title,managerEmail,hiredOn', ...rows.map((r) => r.map((c) => `"${String(c).replace(/"/g, '""')}"`).join(','))].join(
              '\n',
            ),
          )
      : fc.constant(undefined);
  return fc.sample(
    fc.tuple(path, query, body).map(([p, q, b]) => ({
      method: op.method,
      url: withQuery(fillPath(op.path, p), op.bodyType === 'text/csv' ? { ...q, apply: 'false' } : q),
      headers: { ...auth, ...(b !== undefined ? { 'content-type': op.bodyType! } : {}) },
      body: b,
      label: 'hostile values',
    })),
    { seed, numRuns: count },
  );
};

/** Row count and checksum of every table, in one statement per table. */
async function snapshot(dataSource: DataSource): Promise<Record<string, string>> {
  // login_throttle holds the rate limiters' counters, which count every attempt, refused or not: counting is what
  // they are for, and a counter is not data a request could lose.
  const tables: { name: string }[] = await dataSource.query(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'login_throttle' ORDER BY tablename`,
  );
  const result: Record<string, string> = {};
  for (const { name } of tables) {
    const [row] = await dataSource.query(`SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS sum FROM "${name}" t`);
    result[name] = `${row.rows} rows, ${row.sum}`;
  }
  return result;
}

describe('fuzzing every operation of the OpenAPI document', () => {
  let database: TestDatabase;
  let t: TestApp;
  let baseUrl: string;
  let document: OpenApiDocument;
  let operations: OpenApiOperation[];
  let admin: SignedIn;
  let staff: SignedIn;
  let scimAuth: Record<string, string>;
  let pools: Record<string, string[]>;
  let sent = 0;
  const statusCounts = new Map<number, number>();

  beforeAll(async () => {
    database = await createSiblingDatabase('heroics_fuzz');
    t = await startTestApp({ DB_POOL_SIZE: '12' }, {}, database.url);
    await t.app.listen(0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    document = await fetchOpenApi(t.http);
    operations = operationsOf(document);

    const care = await createDepartment(t.dataSource, 'Care');
    const chat = await createDepartment(t.dataSource);
    const value = await createValue(t.dataSource);
    const adminPerson = await createEmployee(t.dataSource, { departmentId: care.id, role: 'admin' });
    const staffPerson = await createEmployee(t.dataSource, { departmentId: care.id });
    const manager = await createEmployee(t.dataSource, { departmentId: care.id, role: 'manager', manages: [care.id] });
    const heroes = await Promise.all([0, 1, 2].map(() => createEmployee(t.dataSource, { departmentId: chat.id })));
    admin = await signIn(t.http, adminPerson.email);
    staff = await signIn(t.http, staffPerson.email);
    scimAuth = { authorization: `Bearer ${(await t.http.post('/api/scim-tokens').set(admin.auth).send({ name: 'fuzz' }).expect(201)).body.token}` };
    const story = (
      await t.http
        .post('/api/stories')
        .set(staff.auth)
        .send(storyBody([heroes[0].id], [value.id]))
        .expect(201)
    ).body;
    await setBudget(t.dataSource, adminPerson.id, periodStart('quarter', todayIn('UTC')), 1_000_000);
    const badge = await createBadge(t.dataSource);
    const reward = (
      await t.http.post('/api/rewards').set(admin.auth).send({ recipientId: heroes[0].id, kind: 'badge', badgeId: badge.id, citation: 'Fuzz' }).expect(201)
    ).body.reward;
    // The fuzzing sessions themselves are left out of the id pools, so a hostile departure cannot end them.
    const employees = [manager.id, ...heroes.map((h) => h.id)];
    pools = {
      any: [story.id, reward.id, care.id, heroes[1].id, NIL_UUID],
      id: [story.id, reward.id, care.id, chat.id, value.id, badge.id, ...employees, NIL_UUID],
      heroIds: heroes.map((h) => h.id),
      recipientId: heroes.map((h) => h.id),
      holderId: [manager.id],
      employeeId: employees,
      heroId: employees,
      giverId: [manager.id, adminPerson.id],
      managerId: [manager.id],
      managerIds: [manager.id],
      departmentId: [care.id, chat.id],
      valueId: [value.id],
      valueIds: [value.id],
      badgeId: [badge.id],
      storyId: [story.id],
      ids: [NIL_UUID],
    };
    // The setup's story and reward queued notification emails, one job leading to the next: they are delivered
    // (the queue idle and the outbox unchanged on two looks in a row) before the checksums are taken, so that
    // the only writes part 1 could see are its own.
    let outboxWhenIdle = -1;
    await waitFor(
      async () => {
        const [{ busy }] = await t.dataSource.query(
          `SELECT count(*)::int AS busy FROM "${t.config.jobs.schema}".job WHERE state IN ('created', 'retry', 'active') AND start_after <= now()`,
        );
        const [{ mails }] = await t.dataSource.query(`SELECT count(*)::int AS mails FROM mail_messages`);
        const settled = busy === 0 && mails === outboxWhenIdle;
        outboxWhenIdle = busy === 0 ? mails : -1;
        return settled;
      },
      { timeoutMs: 30_000, intervalMs: 500, what: 'the queue to deliver what the setup enqueued' },
    );
    console.log(`fuzz seed ${SEED} (FUZZ_SEED to replay), FUZZ_RUNS ${RUNS}: ${operations.length} operations`);
  }, 60_000);

  afterAll(async () => {
    console.log(
      `fuzz: ${sent} requests sent; statuses ${[...statusCounts]
        .sort(([a], [b]) => a - b)
        .map(([s, n]) => `${s}×${n}`)
        .join(' ')}`,
    );
    await t?.close();
    await database?.dispose();
  });

  /** Sends requests CONCURRENCY at a time over a kept-alive connection pool. */
  async function sendAll(requests: FuzzRequest[]): Promise<Outcome[]> {
    const outcomes: Outcome[] = [];
    for (let i = 0; i < requests.length; i += CONCURRENCY) {
      const batch = await Promise.all(
        requests.slice(i, i + CONCURRENCY).map(async (request) => {
          const response = await fetch(baseUrl + request.url, {
            method: request.method,
            headers: { 'x-forwarded-for': `10.9.${(sent >> 8) & 255}.${sent & 255}`, ...request.headers },
            body: request.body,
          });
          const text = await response.text();
          const contentType = response.headers.get('content-type') ?? '';
          let body: unknown = text;
          if (/json/.test(contentType)) {
            try {
              body = JSON.parse(text);
            } catch {
              body = `unparseable JSON: ${text.slice(0, 100)}`;
            }
          }
          sent++;
          statusCounts.set(response.status, (statusCounts.get(response.status) ?? 0) + 1);
          return { request, status: response.status, contentType, body };
        }),
      );
      outcomes.push(...batch);
    }
    return outcomes;
  }

  const describeFailure = (o: Outcome, why: string) =>
    `${o.request.method} ${o.request.url.slice(0, 120)} [${o.request.label}] body=${(o.request.body ?? '').slice(0, 120)} -> ${o.status} ${why}`;
  const errorBodyFailures = (outcomes: Outcome[]) =>
    outcomes.flatMap((o) => {
      if (o.status >= 500) return [describeFailure(o, JSON.stringify(o.body).slice(0, 200))];
      if (o.status < 400) return [];
      // Fastify's router refuses an over-long path segment (414) before any route runs, in the one problem shape.
      if (o.request.url.startsWith('/scim/v2/') && o.status !== 414) {
        // SCIM answers in its own error shape (RFC 7644 §3.12).
        const b = o.body as { schemas?: string[]; status?: string; detail?: string };
        const ok =
          /^application\/scim\+json/.test(o.contentType) &&
          b?.schemas?.[0] === 'urn:ietf:params:scim:api:messages:2.0:Error' &&
          b.status === String(o.status) &&
          typeof b.detail === 'string';
        return ok ? [] : [describeFailure(o, `not a SCIM error: ${o.contentType} ${JSON.stringify(o.body).slice(0, 120)}`)];
      }
      if (!/^application\/problem\+json/.test(o.contentType)) return [describeFailure(o, `content-type ${o.contentType}`)];
      const shape = problemShapeErrors(o.body, o.status);
      return shape.length ? [describeFailure(o, shape.join('; '))] : [];
    });
  const firstFew = (failures: string[]) => ({ count: failures.length, first: failures.slice(0, 15) });

  it('refuses every invalid request with a 4xx problem+json and leaves the database exactly as it was', async () => {
    const started = Date.now();
    const requests = operations.flatMap((op, i) => {
      const skip = op.path === '/api/auth/logout' || op.path === '/api/auth/refresh' || op.path === '/api/sso/logout';
      // SCIM ignores unknown attributes and parameters as RFC 7644 says, and the SSO browser routes answer with a
      // redirect to the sign-in page naming what was wrong: neither fits "refused with a 4xx"; both are in part 2.
      if (skip || op.path.startsWith('/scim/v2/') || op.path === '/api/sso/login' || op.path === '/api/sso/callback') return [];
      const as = i % 4 === 3 ? staff : admin;
      return invalidRequests(op, document, pools, as.auth, SEED + i, INVALID_PER_OPERATION);
    });
    const before = await snapshot(t.dataSource);
    const outcomes = await sendAll(requests);
    const after = await snapshot(t.dataSource);
    const accepted = outcomes.filter((o) => o.status < 400).map((o) => describeFailure(o, 'was accepted'));
    console.log(`fuzz part 1: ${outcomes.length} invalid requests in ${Date.now() - started} ms`);
    expect(firstFew([...accepted, ...errorBodyFailures(outcomes)])).toEqual({ count: 0, first: [] });
    expect(after).toEqual(before);
    expect(outcomes.length).toBeGreaterThanOrEqual(operations.length * 40 * RUNS);
  }, 900_000);

  it('never answers 5xx or a non-problem error to hostile values, as admin and as staff', async () => {
    const started = Date.now();
    const requests = operations.flatMap((op, i) => {
      if (NOT_HOSTILE.includes(op.path)) return [];
      if (op.path.startsWith('/scim/v2/')) return hostileRequests(op, document, pools, scimAuth, SEED * 17 + i, HOSTILE_PER_OPERATION);
      const adminShare = Math.round(HOSTILE_PER_OPERATION * 0.7);
      return [
        ...hostileRequests(op, document, pools, admin.auth, SEED * 7 + i, adminShare),
        ...hostileRequests(op, document, pools, staff.auth, SEED * 13 + i, HOSTILE_PER_OPERATION - adminShare),
      ];
    });
    const outcomes = await sendAll(requests);
    console.log(`fuzz part 2: ${outcomes.length} hostile requests in ${Date.now() - started} ms`);
    expect(firstFew(errorBodyFailures(outcomes))).toEqual({ count: 0, first: [] });
    // Enough of them got through validation to exercise the services, not just the pipes.
    expect(outcomes.filter((o) => o.status < 300).length).toBeGreaterThan(outcomes.length / 10);
    // Each test counts its own requests, so either passes or fails the same when run alone (-t).
    expect(outcomes.length).toBeGreaterThanOrEqual(operations.filter((op) => !NOT_HOSTILE.includes(op.path)).length * HOSTILE_PER_OPERATION);
  }, 900_000);

  it('sends null for every property and over-deep JSON to every operation, and reads upper-case ids as the ids they are', async () => {
    const started = Date.now();
    const firstId = (name: string) => (name === 'token' ? 'A'.repeat(43) : (pools[name] ?? pools.any)[0]);
    const pathOf = (op: OpenApiOperation, spell: (id: string) => string = (id) => id) =>
      fillPath(
        op.path,
        Object.fromEntries(op.parameters.filter((p) => p.in === 'path').map((p) => [p.name, p.name === 'token' ? firstId(p.name) : spell(firstId(p.name))])),
      );
    // SCIM requests carry the provisioning token and SCIM's own media type, whose parser has the same depth limit.
    const json = (op: OpenApiOperation, body: string, label: string): FuzzRequest => ({
      method: op.method,
      url: pathOf(op),
      headers: isScim(op) ? { ...scimAuth, 'content-type': 'application/scim+json' } : { ...admin.auth, 'content-type': 'application/json' },
      body,
      label,
    });
    const expectations = new Map<FuzzRequest, { refuse?: string }>();
    const requests: FuzzRequest[] = [];
    operations.forEach((op, i) => {
      if (op.bodyType !== 'application/json' || op.path === '/api/auth/logout' || op.path === '/api/auth/refresh') return;
      const schema = resolveSchema(document, op.bodySchema!);
      const [valid] = fc.sample(validObject(schema, document, pools), { seed: SEED + i, numRuns: 1 });
      for (const [name, raw] of Object.entries(schema.properties ?? {})) {
        const request = json(op, JSON.stringify({ ...valid, [name]: null }), `null ${name}${isNullable(document, raw) ? ' (nullable)' : ''}`);
        // SCIM reads null as "unassigned" (RFC 7643 §2.5): there it must only answer as SCIM answers.
        expectations.set(request, isNullable(document, raw) || isScim(op) ? {} : { refuse: name });
        requests.push(request);
      }
      for (const deep of [
        nested(2_500, '[]'),
        nested(40, '{}'),
        JSON.stringify({ ...valid, [Object.keys(schema.properties ?? { a: 1 })[0]]: DEEP_MARK }).replace(JSON.stringify(DEEP_MARK), nested(33, '[]')),
      ]) {
        const request = json(op, deep, `nested ${deep.length} characters`);
        expectations.set(request, { refuse: 'body' });
        requests.push(request);
      }
    });
    const outcomes = await sendAll(requests);
    const failures = errorBodyFailures(outcomes);
    for (const o of outcomes) {
      const refuse = expectations.get(o.request)?.refuse;
      if (refuse && o.request.url.startsWith('/scim/v2/')) {
        // SCIM's error shape has no field list: an unreadable body is invalidSyntax.
        const scimType = (o.body as { scimType?: string })?.scimType;
        if (o.status !== 400 || scimType !== 'invalidSyntax') failures.push(describeFailure(o, `expected 400 invalidSyntax, got scimType ${scimType}`));
        continue;
      }
      const fields = ((o.body as { errors?: { field: string }[] })?.errors ?? []).map((e) => e.field);
      if (refuse && (o.status !== 400 || !fields.includes(refuse)))
        failures.push(describeFailure(o, `expected 400 naming ${refuse}, got fields ${fields.join(', ')}`));
    }
    // Upper-case ids: every GET with an id in its path answers as it does for the lower-case spelling.
    const gets = operations.filter((op) => op.method === 'GET' && op.parameters.some((p) => p.in === 'path' && p.name !== 'token'));
    const lower = await sendAll(gets.map((op) => ({ method: 'GET', url: pathOf(op), headers: admin.auth, label: 'lower-case id' })));
    const upper = await sendAll(gets.map((op) => ({ method: 'GET', url: pathOf(op, (id) => id.toUpperCase()), headers: admin.auth, label: 'upper-case id' })));
    upper.forEach((o, i) => {
      if (o.status !== lower[i].status) failures.push(describeFailure(o, `answered ${o.status}; the lower-case id answered ${lower[i].status}`));
    });
    failures.push(...errorBodyFailures(upper));
    console.log(`fuzz part 3: ${outcomes.length} null and deep-JSON requests, ${gets.length * 2} id-case requests in ${Date.now() - started} ms`);
    expect(firstFew(failures)).toEqual({ count: 0, first: [] });
    expect(outcomes.filter((o) => o.request.label.startsWith('null ')).length).toBeGreaterThan(50);
  }, 600_000);

  describe('regressions: what the fuzzer found', () => {
    const get = (url: string) => fetch(baseUrl + url, { headers: admin.auth });
    const post = (url: string, body: unknown) =>
      fetch(baseUrl + url, { method: 'POST', headers: { ...admin.auth, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const problemOf = async (response: Response) => ({
      status: response.status,
      type: response.headers.get('content-type')?.split(';')[0],
      body: (await response.json()) as { errors?: { field: string }[] },
    });

    it('refuses a NUL character in a body, a query or a path with 400 naming the field (PostgreSQL answered 500 before)', async () => {
      const cases: [Promise<Response>, string][] = [
        [post('/api/values', { name: 'a\u0000b' }), 'name'],
        [post('/api/departments', { name: 'x\u0000' }), 'name'],
        [post('/api/stories', { ...storyBody([pools.heroIds[0]], pools.valueIds), customerQuote: 'nul\u0000' }), 'customerQuote'],
        [get('/api/employees?q=a%00b'), 'q'],
      ];
      for (const [request, field] of cases) {
        const problem = await problemOf(await request);
        expect({ field, status: problem.status, type: problem.type, named: problem.body.errors?.[0]?.field }).toEqual({
          field,
          status: 400,
          type: 'application/problem+json',
          named: field,
        });
      }
    });

    it('refuses a JSON boolean or string where a body wants a number (`points: true` topped a budget up by 1 before)', async () => {
      const quarter = `${todayIn('UTC').slice(0, 4)}-Q1`;
      for (const points of [true, '50', '0x10']) {
        const problem = await problemOf(await post('/api/budgets/top-ups', { holderId: pools.holderId[0], quarter, points }));
        expect({ points, status: problem.status, named: problem.body.errors?.[0]?.field }).toEqual({ points, status: 400, named: 'points' });
      }
    });

    it('reads query integers and booleans strictly: 0x10, 1e1, 1 and 0 are not what they look like', async () => {
      for (const url of [
        '/api/feed?limit=0x10',
        '/api/leaderboards?limit=1e1',
        '/api/reports/recognition-retention?byDepartment=1',
        '/api/employees?limit=%2010',
      ]) {
        const problem = await problemOf(await get(url));
        expect({ url, status: problem.status }).toEqual({ url, status: 400 });
      }
      expect((await get('/api/feed?limit=10')).status).toBe(200);
    });

    it('answers an over-long path segment (414) and oversized headers (431) in the problem shape', async () => {
      const longSegment = await fetch(`${baseUrl}/api/stories/${'x'.repeat(300)}`, { headers: admin.auth });
      const bigHeaders = await fetch(`${baseUrl}/api/feed?q=${'x'.repeat(20_000)}`, { headers: admin.auth });
      for (const [response, status] of [
        [longSegment, 414],
        [bigHeaders, 431],
      ] as const) {
        expect(response.status).toBe(status);
        expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
        expect(problemShapeErrors(await response.json(), status)).toEqual([]);
      }
    });
  });
});
