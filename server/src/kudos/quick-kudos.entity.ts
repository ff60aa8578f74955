import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Employee } from '../employees/employee.entity';
import { CompanyValue } from '../values/company-value.entity';
import { KUDOS_MESSAGE_MAX } from './kudos.policy';

/**
 * A one-line recognition for a small thing: one hero, one company value, a sentence. Kept apart from hero stories
 * so that the stories (and the leaderboards counted from them) stay for the heroics.
 */
@Entity('quick_kudos')
@Index('idx_quick_kudos_created', ['createdAt', 'id'])
@Index('idx_quick_kudos_hero_created', ['heroId', 'createdAt', 'id'])
@Index('idx_quick_kudos_giver_created', ['giverId', 'createdAt', 'id'])
export class QuickKudos {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  giverId: string;

  @ManyToOne(() => Employee, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'giver_id' })
  giver?: Employee;

  @Column('uuid')
  heroId: string;

  @ManyToOne(() => Employee, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'hero_id' })
  hero?: Employee;

  @Column('uuid')
  valueId: string;

  @ManyToOne(() => CompanyValue, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'value_id' })
  value?: CompanyValue;

  @Column({ type: 'varchar', length: KUDOS_MESSAGE_MAX })
  message: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
