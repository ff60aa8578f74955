import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A Teams outgoing webhook (@Heroics in a team): the security token Teams showed when it was created, sealed. */
@Entity('teams_outgoing_webhooks')
export class TeamsOutgoingWebhook {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 80 })
  name: string;

  @Column({ type: 'text' })
  secretSealed: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
