import { Client } from 'pg';
import { rebuildRecognitionTallies } from '../../leaderboards/recognition-tallies.service';
import { withDatabase } from './cli-database';

/**
 * `npm run tallies:rebuild` recomputes every leaderboard tally from the stories, endorsements and rewards,
 * in one transaction: after a bulk load, or after COMPANY_TIME_ZONE changed (periods are cut in that zone).
 */
void withDatabase(async (server, config) => {
  const client = new Client({ connectionString: server.url });
  await client.connect();
  try {
    const started = Date.now();
    await client.query('BEGIN');
    await client.query('LOCK TABLE recognition_tallies IN EXCLUSIVE MODE');
    await rebuildRecognitionTallies((sql, params) => client.query(sql, params), config.companyTimeZone);
    const { rows } = await client.query('SELECT count(*)::int AS n FROM recognition_tallies');
    await client.query('COMMIT');
    console.log(`Rebuilt ${rows[0].n} leaderboard tallies in ${config.companyTimeZone} in ${Date.now() - started} ms.`);
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
});
