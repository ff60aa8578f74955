import { Check, Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** The company's points rules: one row (id 1), created by the migration with the defaults. */
@Entity('points_settings')
@Check('chk_points_settings_single_row', '"id" = 1')
@Check('chk_points_settings_expiry_months', '"expiry_months" IS NULL OR "expiry_months" BETWEEN 1 AND 120')
@Check('chk_points_settings_leaver_grace_days', '"leaver_grace_days" BETWEEN 0 AND 3650')
export class PointsSettings {
  @PrimaryColumn({ type: 'smallint', default: 1 })
  id: number;

  /** Null: points never expire; N: they expire N months after they were received, oldest first. */
  @Column({ type: 'smallint', nullable: true })
  expiryMonths: number | null;

  /** Whether everyone may rank people by reward points; off by default (points are private). */
  @Column({ type: 'boolean', default: false })
  leaderboardPublic: boolean;

  /** A leaver's unspent points are kept this many days after their last day, then expire. */
  @Column({ type: 'smallint', default: 90 })
  leaverGraceDays: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
