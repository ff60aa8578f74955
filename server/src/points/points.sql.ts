/**
 * Every person whose stored balance differs from their ledger (the sum of their points entries) or from the
 * sources (points of rewards not revoked, minus costs of redemptions not declined, minus points expired).
 * Empty when balances are exact. `npm run points:check` and the API tests run it.
 */
export const POINTS_BALANCE_DIFFERENCES_SQL = `
  WITH people AS (
    SELECT employee_id FROM points_accounts
    UNION SELECT employee_id FROM points_entries
    UNION SELECT recipient_id FROM rewards WHERE revoked_at IS NULL AND points > 0
    UNION SELECT employee_id FROM redemptions WHERE status <> 'declined'
  ),
  figures AS (
    SELECT p.employee_id,
           COALESCE((SELECT balance FROM points_accounts a WHERE a.employee_id = p.employee_id), 0) AS balance,
           COALESCE((SELECT sum(points) FROM points_entries e WHERE e.employee_id = p.employee_id), 0)::int AS ledger,
           (COALESCE((SELECT sum(points) FROM rewards r WHERE r.recipient_id = p.employee_id AND r.revoked_at IS NULL), 0)
            - COALESCE((SELECT sum(cost) FROM redemptions d WHERE d.employee_id = p.employee_id AND d.status <> 'declined'), 0)
            + COALESCE((SELECT sum(points) FROM points_entries e WHERE e.employee_id = p.employee_id AND e.kind = 'expiry'), 0))::int AS sources
      FROM people p
  )
  SELECT f.employee_id AS "employeeId", e.name, f.balance, f.ledger, f.sources
    FROM figures f JOIN employees e ON e.id = f.employee_id
   WHERE f.balance <> f.ledger OR f.balance <> f.sources
   ORDER BY e.name`;
