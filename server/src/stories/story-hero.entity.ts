import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Department } from '../departments/department.entity';
import { Employee } from '../employees/employee.entity';
import { Story } from './story.entity';

/**
 * A hero of a story. The hero's department and the story's creation time are copied here so that the
 * department and person feeds are index range scans, not joins over every story.
 */
@Entity('story_heroes')
@Index('idx_story_heroes_employee_feed', ['employeeId', 'storyCreatedAt', 'storyId'])
@Index('idx_story_heroes_department_feed', ['departmentId', 'storyCreatedAt', 'storyId'])
export class StoryHero {
  @PrimaryColumn('uuid')
  storyId: string;

  @PrimaryColumn('uuid')
  employeeId: string;

  @Column('uuid')
  departmentId: string;

  @Column({ type: 'timestamptz' })
  storyCreatedAt: Date;

  @ManyToOne(() => Story, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'story_id' })
  story?: Story;

  @ManyToOne(() => Employee, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'employee_id' })
  employee?: Employee;

  @ManyToOne(() => Department, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'department_id' })
  department?: Department;
}
