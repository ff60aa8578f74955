import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { ENDORSEMENT_DELTA_SQL, REBUILD_ALL_SQL, REWARD_DELTA_SQL, STORY_CONTRIBUTION_SQL } from './recognition-tallies.sql';

/**
 * Keeps the per-period recognition tallies behind the leaderboards exact. Stories, endorsements and rewards
 * call it inside their own transactions, so a leaderboard shows a change as soon as it commits.
 */
@Injectable()
export class RecognitionTalliesService {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async endorsementChanged(manager: EntityManager, storyId: string, endorsedAt: Date, delta: 1 | -1): Promise<void> {
    await manager.query(ENDORSEMENT_DELTA_SQL, [storyId, endorsedAt, delta, this.config.companyTimeZone]);
  }

  /** Adds (+1) or removes (-1) everything a story gives its heroes; call with the story's row locked. */
  async storyContribution(manager: EntityManager, storyId: string, sign: 1 | -1): Promise<void> {
    await manager.query(STORY_CONTRIBUTION_SQL, [storyId, sign, this.config.companyTimeZone]);
  }

  async rewardChanged(manager: EntityManager, recipientId: string, rewardedAt: Date, points: number): Promise<void> {
    if (points === 0) return;
    await manager.query(REWARD_DELTA_SQL, [recipientId, rewardedAt, points, this.config.companyTimeZone]);
  }

  async rebuildAll(manager: EntityManager): Promise<void> {
    await rebuildRecognitionTallies((sql, params) => manager.query(sql, params), this.config.companyTimeZone);
  }
}

/** Rebuilds every tally; also used by the seeds, which run outside Nest. */
export async function rebuildRecognitionTallies(query: (sql: string, params?: unknown[]) => Promise<unknown>, timeZone: string): Promise<void> {
  await query('DELETE FROM recognition_tallies');
  await query(REBUILD_ALL_SQL, [timeZone]);
}
