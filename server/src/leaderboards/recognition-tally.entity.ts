import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export const LEADERBOARD_PERIODS = ['week', 'month', 'quarter', 'year', 'all'] as const;
export type LeaderboardPeriod = (typeof LEADERBOARD_PERIODS)[number];

/**
 * What one person received in one period (ISO week, month, quarter, year, or all time), kept current in the
 * same transaction as each story, endorsement and reward, so a leaderboard reads one period's rows instead of
 * scanning every endorsement. Periods are calendar periods in the company's time zone.
 */
@Entity('recognition_tallies')
@Index('idx_recognition_tallies_employee', ['employeeId'])
export class RecognitionTally {
  @PrimaryColumn({ type: 'enum', enum: LEADERBOARD_PERIODS, enumName: 'leaderboard_period' })
  periodKind: LeaderboardPeriod;

  @PrimaryColumn({ type: 'date' })
  periodStart: string;

  @PrimaryColumn('uuid')
  employeeId: string;

  @Column({ type: 'integer', default: 0 })
  storiesAsHero: number;

  @Column({ type: 'integer', default: 0 })
  endorsementsReceived: number;

  @Column({ type: 'integer', default: 0 })
  pointsReceived: number;
}
