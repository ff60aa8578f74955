import { Client } from 'pg';
import { POINTS_BALANCE_DIFFERENCES_SQL } from '../../points/points.sql';
import { withDatabase } from './cli-database';

/**
 * `npm run points:check` recomputes every balance from the ledger and from the rewards, redemptions and expiries,
 * and lists anyone whose stored balance differs (exit code 1). Read-only.
 */
void withDatabase(async (server) => {
  const client = new Client({ connectionString: server.url });
  await client.connect();
  try {
    const { rows } = await client.query(POINTS_BALANCE_DIFFERENCES_SQL);
    const { rows: totals } = await client.query('SELECT count(*)::int AS people, COALESCE(sum(balance), 0)::int AS points FROM points_accounts');
    if (rows.length === 0) {
      console.log(
        `Points balances are exact: ${totals[0].people} accounts, ${totals[0].points} points, each equal to its ledger and to its rewards less redemptions and expiry.`,
      );
      return;
    }
    console.error(`${rows.length} balance${rows.length === 1 ? '' : 's'} differ from the ledger:`);
    for (const r of rows) console.error(`  ${r.name} (${r.employeeId}): stored ${r.balance}, ledger ${r.ledger}, rewards less redemptions ${r.sources}`);
    process.exitCode = 1;
  } finally {
    await client.end();
  }
});
