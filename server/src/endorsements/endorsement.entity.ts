import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Employee } from '../employees/employee.entity';
import { Story } from '../stories/story.entity';

/** One per person per story (the unique constraint holds it even under concurrent requests). Comments live apart (comments/). */
@Entity('endorsements')
@Unique('uq_endorsements_story_endorser', ['storyId', 'endorserId'])
@Index('idx_endorsements_story_created', ['storyId', 'createdAt', 'id'])
@Index('idx_endorsements_endorser', ['endorserId'])
export class Endorsement {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  storyId: string;

  @ManyToOne(() => Story, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'story_id' })
  story?: Story;

  @Column('uuid')
  endorserId: string;

  @ManyToOne(() => Employee, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'endorser_id' })
  endorser?: Employee;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
