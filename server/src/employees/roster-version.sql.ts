/**
 * The roster's version: a counter that a trigger on employees bumps in every writing transaction (every hire, edit,
 * departure or import). Part of the key of cached read models; one primary-key read instead of scanning the roster.
 */
export const ROSTER_VERSION_SQL = `SELECT version::text AS version FROM read_model_versions WHERE name = 'employees'`;

export function rosterVersionOf(row: { version: string } | undefined): string {
  return row?.version ?? '';
}
