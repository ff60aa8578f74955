import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** The company's Slack app: its workspace, and the signing secret and bot token sealed with SecretBox. */
@Entity('slack_installations')
export class SlackInstallation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 40, unique: true })
  teamId: string;

  @Column({ type: 'varchar', length: 120 })
  teamName: string;

  @Column({ type: 'varchar', length: 40 })
  botUserId: string;

  @Column({ type: 'text' })
  signingSecretSealed: string;

  @Column({ type: 'text' })
  botTokenSealed: string;

  @Column({ type: 'uuid', nullable: true })
  installedById: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
