import { join } from 'node:path';
import { Client, Connection, QueryConfig } from 'pg';
import { ExpectedColumn, repositorySql } from './support/repository-sql';

/**
 * The repositories' raw SQL and the row types it is given, checked against the migrated schema.
 *
 * The entities are already held to the schema by `npm run migration:check` (TypeORM compares every entity column's
 * name, type and nullability with the database and would generate a migration for any difference). What nothing
 * else checks is the hand-written SQL in the `*.repository.ts` files and the row interfaces its results are cast to:
 * TypeScript believes `hiredOn: string` whatever the SQL returns, and a renamed column only fails on the request
 * that happens to run that statement. So this test reads every repository with the TypeScript type checker (no code
 * of ours runs), works out the text of each `.query(…)` / `preparedQuery(…)` statement (every variant its
 * conditionals and helpers can build), and asks PostgreSQL to parse and describe it (the extended protocol's Parse
 * and Describe: nothing is executed, no rows are touched). Then:
 * - every statement must parse against the schema: a renamed or dropped table or column, or a type that no longer
 *   fits an operator or a parameter, fails here;
 * - where the code gives the rows a type (`preparedQuery<Row>`, `as Promise<Row[]>`, an annotated variable or the
 *   method's return type), every property of that type must be a column of the result, and the JavaScript value
 *   node-postgres makes of the column's type (with the app's parsers: dates stay strings, bigint and numeric are
 *   strings, timestamps are Dates) must be one the property's type allows: a retyped column or a `count(*)` read as
 *   a number fails here;
 * - a result column taken straight from a table column that may be null must have a row property that allows null.
 * Statements whose text depends on run-time values cannot be worked out statically; they are listed, and their
 * number is held to a small share so that the check cannot quietly stop covering the repositories.
 */

interface Field {
  name: string;
  tableID: number;
  columnID: number;
  dataTypeID: number;
}

/** Parse + Describe of one statement, on node-postgres's own queue (a Submittable, as pg-cursor is). */
class Describe {
  private resolve!: (fields: Field[]) => void;
  private reject!: (error: Error) => void;
  private fields: Field[] = [];
  readonly done = new Promise<Field[]>((resolve, reject) => {
    this.resolve = resolve;
    this.reject = reject;
  });

  constructor(private readonly text: string) {}

  submit(connection: Connection & { parse(q: object): void; describe(q: object): void; sync(): void }) {
    connection.parse({ text: this.text, types: [] });
    connection.describe({ type: 'S', name: '' });
    connection.sync();
  }
  handleRowDescription(message: { fields: Field[] }) {
    this.fields = message.fields;
  }
  handleError(error: Error) {
    this.reject(error);
  }
  handleReadyForQuery() {
    this.resolve(this.fields);
  }
  handleEmptyQuery() {}
  handleCommandComplete() {}
  handleDataRow() {}
}

interface PgType {
  oid: number;
  typname: string;
  typcategory: string;
  elem: number;
}

/** The kind of JavaScript value node-postgres makes of a column of this type, with the app's type parsers. */
function runtimeKind(types: Map<number, PgType>, oid: number): string {
  const type = types.get(oid);
  if (!type) return 'any';
  if (type.typcategory === 'A') return 'array';
  if (type.typname === 'bool') return 'boolean';
  if (['int2', 'int4', 'float4', 'float8', 'oid'].includes(type.typname)) return 'number';
  if (['timestamp', 'timestamptz'].includes(type.typname)) return 'Date';
  if (['json', 'jsonb', 'interval', 'bytea', 'point'].includes(type.typname)) return 'any';
  // text, varchar, uuid, enums, date (kept a string by the app), int8 and numeric (strings in node-postgres), …
  return 'string';
}

describe('repository SQL and row types against the migrated schema', () => {
  let client: Client;
  beforeAll(async () => {
    client = new Client({ connectionString: process.env.HEROICS_TEST_DATABASE_URL });
    await client.connect();
  });
  afterAll(() => client.end());

  it('every statement parses, and every typed row matches the columns it gets', async () => {
    const { statements, unresolved } = repositorySql(join(__dirname, '..', '..'));
    const problems: string[] = [];
    const typed: { where: string; columns: ExpectedColumn[]; fields: Field[] }[] = [];
    for (const statement of statements) {
      for (const text of statement.variants) {
        const describe = new Describe(text);
        void client.query(describe as unknown as QueryConfig);
        try {
          const fields = await describe.done;
          if (statement.columns) typed.push({ where: statement.where, columns: statement.columns, fields });
        } catch (error) {
          const message = (error as Error).message;
          // Several statements in one string run through the simple protocol (no parameters): not for Parse.
          if (!/cannot insert multiple commands into a prepared statement/.test(message)) problems.push(`${statement.where}: ${message}`);
        }
      }
    }

    const oids = [...new Set(typed.flatMap((t) => t.fields.map((f) => f.dataTypeID)))];
    const types = new Map<number, PgType>(
      (
        await client.query<PgType>(`SELECT t.oid::int AS oid, t.typname, t.typcategory, t.typelem::int AS elem FROM pg_type t WHERE t.oid = ANY($1::oid[])`, [
          oids,
        ])
      ).rows.map((t) => [t.oid, t]),
    );
    const tableColumns = typed.flatMap((t) => t.fields.filter((f) => f.tableID)).map((f) => `${f.tableID}.${f.columnID}`);
    const nullable = new Set(
      (
        await client.query<{ key: string }>(
          `SELECT attrelid::int || '.' || attnum AS key FROM pg_attribute WHERE NOT attnotnull AND attrelid::int || '.' || attnum = ANY($1::text[])`,
          [[...new Set(tableColumns)]],
        )
      ).rows.map((r) => r.key),
    );

    for (const { where, columns, fields } of typed) {
      const byName = new Map(fields.map((f) => [f.name, f]));
      for (const column of columns) {
        const field = byName.get(column.name);
        if (!field) {
          if (!column.optional)
            problems.push(`${where}: the row type has ${column.name}, the result has no such column (it has ${[...byName.keys()].join(', ')})`);
          continue;
        }
        const allowed = column.kinds;
        if (allowed.has('any') || allowed.has('other')) continue;
        const kind = runtimeKind(types, field.dataTypeID);
        if (kind !== 'any' && !allowed.has(kind)) {
          problems.push(
            `${where}: ${column.name} is typed ${[...allowed].join(' | ')}, but the column is ${types.get(field.dataTypeID)?.typname}, which arrives as ${kind}`,
          );
        }
        if (nullable.has(`${field.tableID}.${field.columnID}`) && !allowed.has('null')) {
          problems.push(`${where}: ${column.name} is typed ${[...allowed].join(' | ')}, but its column may be null`);
        }
      }
    }

    expect(problems).toEqual([]);
    // The check covers the repositories: most raw SQL is worked out and a good part of it has a row type to hold.
    expect(statements.length).toBeGreaterThan(200);
    expect(typed.length).toBeGreaterThan(60);
    expect(unresolved.length).toBeLessThan(statements.length / 5);
  });
});
