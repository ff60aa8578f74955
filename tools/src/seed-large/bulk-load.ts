import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

/** One value in PostgreSQL's COPY text format: NULL as \N, and the four characters that would break a row escaped. */
export function copyValue(value: string | number | boolean | null): string {
  if (value === null) return '\\N';
  if (typeof value !== 'string') return String(value);
  return /[\\\t\n\r]/.test(value) ? value.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r') : value;
}

export function copyRow(values: (string | number | boolean | null)[]): string {
  return values.map(copyValue).join('\t') + '\n';
}

/**
 * Streams rows into a table with COPY … FREEZE (the table was truncated in this transaction, so the rows are
 * written frozen and all-visible: no hint-bit writes or anti-wraparound vacuum of ten years of history later).
 * Rows are pulled from the generator only as fast as PostgreSQL takes them.
 */
export async function copyInto(client: Client, table: string, columns: string[], rows: Iterable<string>, onRows: (n: number) => void): Promise<number> {
  const iterator = rows[Symbol.iterator]();
  let total = 0;
  const source = new Readable({
    read() {
      let chunk = '';
      let count = 0;
      for (;;) {
        const next = iterator.next();
        if (next.done) {
          if (chunk) this.push(chunk);
          this.push(null);
          break;
        }
        chunk += next.value;
        count++;
        if (chunk.length >= 1 << 16) {
          this.push(chunk);
          break;
        }
      }
      total += count;
      if (count) onRows(count);
    },
  });
  await pipeline(source, client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN WITH (FREEZE)`)));
  return total;
}

interface SavedDefinition {
  table: string;
  name: string;
  sql: string;
}

/**
 * Drops the indexes and constraints of the tables about to be bulk-loaded (and the foreign keys pointing at
 * them) and returns what puts them back, exactly as the migrations made them. Building an index once over
 * millions of sorted rows is far cheaper than maintaining it row by row. Runs inside the load's transaction:
 * if the load fails, the rollback restores them.
 */
export async function dropIndexesAndConstraints(client: Client, tables: string[]): Promise<{ statements: number; restore(onStep: () => void): Promise<void> }> {
  const { rows: constraints } = await client.query<SavedDefinition & { kind: string }>(
    `SELECT c.conrelid::regclass::text AS table, c.conname AS name, c.contype AS kind,
            format('ALTER TABLE %s ADD CONSTRAINT %I %s', c.conrelid::regclass, c.conname, pg_get_constraintdef(c.oid)) AS sql
       FROM pg_constraint c
      WHERE c.conrelid = ANY($1::regclass[]) OR (c.contype = 'f' AND c.confrelid = ANY($1::regclass[]))`,
    [tables],
  );
  const { rows: indexes } = await client.query<SavedDefinition>(
    `SELECT i.indrelid::regclass::text AS table, i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS sql
       FROM pg_index i
      WHERE i.indrelid = ANY($1::regclass[]) AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid AND c.conrelid = i.indrelid)`,
    [tables],
  );
  const foreignKeys = constraints.filter((c) => c.kind === 'f');
  const keys = constraints.filter((c) => c.kind === 'p' || c.kind === 'u');
  const checks = constraints.filter((c) => c.kind !== 'f' && c.kind !== 'p' && c.kind !== 'u');
  for (const c of [...foreignKeys, ...keys, ...checks]) await client.query(`ALTER TABLE ${c.table} DROP CONSTRAINT "${c.name}"`);
  for (const i of indexes) await client.query(`DROP INDEX ${i.name}`);
  const statements = [...keys, ...indexes, ...checks, ...foreignKeys];
  return {
    statements: statements.length,
    async restore(onStep) {
      for (const statement of statements) {
        await client.query(statement.sql);
        onStep();
      }
    },
  };
}
