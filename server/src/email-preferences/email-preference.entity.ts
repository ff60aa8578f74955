import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export const EMAIL_KINDS = ['named_hero', 'story_endorsed', 'rewarded', 'story_hidden', 'weekly_digest', 'anniversary', 'redemptions', 'mentions'] as const;
export type EmailKind = (typeof EMAIL_KINDS)[number];

export const EMAIL_MODES = ['immediately', 'daily', 'never'] as const;
export type EmailMode = (typeof EMAIL_MODES)[number];

/** A person's choice for one kind of email; no row means the default (email-preferences.policy.ts). */
@Entity('email_preferences')
export class EmailPreference {
  @PrimaryColumn('uuid')
  employeeId: string;

  @PrimaryColumn({ type: 'enum', enum: EMAIL_KINDS, enumName: 'email_kind' })
  kind: EmailKind;

  @Column({ type: 'enum', enum: EMAIL_MODES, enumName: 'email_mode' })
  mode: EmailMode;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
