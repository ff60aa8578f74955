import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A Microsoft Teams channel reached through its Workflows (or incoming-webhook) URL, sealed with SecretBox. */
@Entity('teams_channels')
export class TeamsChannel {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 80 })
  name: string;

  @Column({ type: 'uuid', nullable: true })
  departmentId: string | null;

  /** The URL is itself the credential (anyone holding it can post), so it is sealed like a secret. */
  @Column({ type: 'text' })
  webhookUrlSealed: string;

  @Column({ type: 'varchar', length: 120 })
  webhookHost: string;

  @Column({ type: 'text', array: true })
  events: string[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
