import { Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/**
 * One row per run of a scheduled job: which period it ran for, on which instance, and what it did.
 * At most one run per job and period, however many app instances share the database.
 */
@Entity('job_runs')
@Unique('uq_job_runs_job_period', ['job', 'periodStart'])
export class JobRun {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id: string;

  @Column({ type: 'varchar', length: 60 })
  job: string;

  @Column({ type: 'timestamptz' })
  periodStart: Date;

  /** host:pid of the app instance that ran it. */
  @Column({ type: 'varchar', length: 200 })
  instance: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  startedAt: Date;

  @Column({ type: 'timestamptz' })
  finishedAt: Date;

  @Column({ type: 'jsonb' })
  result: Record<string, unknown>;
}
