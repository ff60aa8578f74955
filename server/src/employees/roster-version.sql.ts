/** One row (n, at) that changes with every hire, edit, departure or import: part of the key of cached read models. */
export const ROSTER_VERSION_SQL = `SELECT count(*)::int AS n, max(updated_at) AS at FROM employees`;

export function rosterVersionOf(row: { n: number; at: Date | null }): string {
  return `${row.n}@${row.at ? new Date(row.at).toISOString() : ''}`;
}
