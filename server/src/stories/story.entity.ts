import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Employee } from '../employees/employee.entity';

export const STORY_CHANNELS = ['in_person', 'phone', 'chat', 'email', 'social', 'field'] as const;
export type StoryChannel = (typeof STORY_CHANNELS)[number];

export const STORY_STATUSES = ['published', 'hidden'] as const;
export type StoryStatus = (typeof STORY_STATUSES)[number];

/** A hero story: what the customer needed, what the hero did, how it ended. Never hard-deleted. */
@Entity('stories')
@Index('idx_stories_created_id', ['createdAt', 'id'])
@Index('idx_stories_author_created_id', ['authorId', 'createdAt', 'id'])
// Full-text search: a GIN expression index made by migration (StorySearch), see story-search.ts.
@Index('idx_stories_search', { synchronize: false })
export class Story {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  authorId: string;

  @ManyToOne(() => Employee, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author?: Employee;

  @Column({ type: 'varchar', length: 120 })
  title: string;

  @Column({ type: 'varchar', length: 2000 })
  situation: string;

  @Column({ type: 'varchar', length: 2000 })
  action: string;

  @Column({ type: 'varchar', length: 2000 })
  impact: string;

  @Column({ type: 'date' })
  occurredOn: string;

  @Column({ type: 'enum', enum: STORY_CHANNELS, enumName: 'story_channel' })
  channel: StoryChannel;

  /** First-contact resolution: the customer was helped without being handed to someone else. */
  @Column({ type: 'boolean' })
  resolvedWithoutHandoff: boolean;

  @Column({ type: 'varchar', length: 500, nullable: true })
  customerQuote: string | null;

  /** The helpdesk ticket the story came from (a confirmed helpdesk rating): the card links to it. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  ticketUrl: string | null;

  /** Told by a customer on a thank-you page and confirmed by a manager (the card says "from a customer"). */
  @Column({ type: 'boolean', default: false })
  fromCustomer: boolean;

  /** When a customer's compliment was last merged into this story by a manager (the card says "Praised by a customer"). */
  @Column({ type: 'timestamptz', nullable: true })
  customerPraisedAt: Date | null;

  /** The words of the latest merged compliment whose customer agreed to be quoted. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  customerPraise: string | null;

  @Column({ type: 'enum', enum: STORY_STATUSES, enumName: 'story_status', default: 'published' })
  status: StoryStatus;

  @Column({ type: 'varchar', length: 500, nullable: true })
  hiddenReason: string | null;

  @Column({ type: 'uuid', nullable: true })
  hiddenById: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  hiddenAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  featuredAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  featuredById: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  deletedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  editedAt: Date | null;

  /** Optimistic concurrency: an edit must name the version it was based on. */
  @Column({ type: 'integer', default: 1 })
  version: number;

  /** Kept exact in the same transaction as every endorsement and withdrawal. */
  @Column({ type: 'integer', default: 0 })
  endorsementCount: number;

  /** Comments still shown (replies included), kept exact in the same transaction as each comment and removal. */
  @Column({ type: 'integer', default: 0 })
  commentCount: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
