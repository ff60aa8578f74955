import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { SlackInstallation } from './slack-installation.entity';

/** Which Slack channel hears which events: for one department, or for the whole company (department null). */
@Entity('slack_channel_routes')
export class SlackChannelRoute {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  installationId: string;

  @ManyToOne(() => SlackInstallation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'installation_id' })
  installation?: SlackInstallation;

  @Column({ type: 'uuid', nullable: true })
  departmentId: string | null;

  @Column({ type: 'varchar', length: 40 })
  channelId: string;

  @Column({ type: 'varchar', length: 80 })
  channelName: string;

  @Column({ type: 'text', array: true })
  events: string[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
