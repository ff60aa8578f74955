import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { Employee } from '../employees/employee.entity';
import { Story } from '../stories/story.entity';
import { COMMENT_BODY_MAX } from './comments.policy';

/**
 * A comment on a story, by anyone who may read it; endorsing is separate. A reply names its parent (one level only).
 * Removing a comment keeps its row (deleted_at) so a thread with replies still reads in order.
 */
@Entity('comments')
@Index('idx_comments_story_created', ['storyId', 'createdAt', 'id'])
@Index('idx_comments_parent', ['parentId'])
export class Comment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  storyId: string;

  @ManyToOne(() => Story, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'story_id' })
  story?: Story;

  @Column('uuid')
  authorId: string;

  @ManyToOne(() => Employee, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author?: Employee;

  @Column({ type: 'uuid', nullable: true })
  parentId: string | null;

  @ManyToOne(() => Comment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'parent_id' })
  parent?: Comment;

  /** Markdown, with mentions as @{employee-id} (shown as the person's name). */
  @Column({ type: 'varchar', length: COMMENT_BODY_MAX })
  body: string;

  @Column({ type: 'int', default: 0 })
  thanksCount: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  editedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  deletedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  deletedById: string | null;
}

/** A person mentioned in a comment, by id: notified once per comment, whatever their name becomes. */
@Entity('comment_mentions')
@Index('idx_comment_mentions_employee', ['employeeId'])
export class CommentMention {
  @PrimaryColumn('uuid')
  commentId: string;

  @ManyToOne(() => Comment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'comment_id' })
  comment?: Comment;

  @PrimaryColumn('uuid')
  employeeId: string;

  @ManyToOne(() => Employee, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'employee_id' })
  employee?: Employee;
}

/** "Thanks" from a hero or the author of the story on a comment: once per person. */
@Entity('comment_thanks')
export class CommentThanks {
  @PrimaryColumn('uuid')
  commentId: string;

  @ManyToOne(() => Comment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'comment_id' })
  comment?: Comment;

  @PrimaryColumn('uuid')
  employeeId: string;

  @ManyToOne(() => Employee, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'employee_id' })
  employee?: Employee;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
