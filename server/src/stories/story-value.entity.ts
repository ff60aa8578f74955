import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CompanyValue } from '../values/company-value.entity';
import { Story } from './story.entity';

@Entity('story_values')
@Index('idx_story_values_value', ['valueId', 'storyId'])
export class StoryValue {
  @PrimaryColumn('uuid')
  storyId: string;

  @PrimaryColumn('uuid')
  valueId: string;

  @ManyToOne(() => Story, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'story_id' })
  story?: Story;

  @ManyToOne(() => CompanyValue, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'value_id' })
  value?: CompanyValue;
}
