import { CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn, Column } from 'typeorm';
import { Employee } from '../employees/employee.entity';
import { Story } from '../stories/story.entity';

/**
 * A story a manager looked at in the review queue and decided not to reward: it leaves the queue (for every
 * manager of its heroes' departments) until someone takes the mark back. A reward given later still counts.
 */
@Entity('story_reviews')
export class StoryReview {
  @PrimaryColumn('uuid')
  storyId: string;

  @ManyToOne(() => Story, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'story_id' })
  story?: Story;

  @Column('uuid')
  reviewedBy: string;

  @ManyToOne(() => Employee, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'reviewed_by' })
  reviewer?: Employee;

  @CreateDateColumn({ type: 'timestamptz' })
  reviewedAt: Date;
}
