import { Column, CreateDateColumn, Entity, Index, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Employee } from '../employees/employee.entity';

/** An employee the identity provider manages: the roster shows it, and the fields SCIM owns are read-only in the app. */
@Entity('scim_links')
export class ScimLink {
  @PrimaryColumn('uuid')
  employeeId: string;

  @OneToOne(() => Employee, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'employee_id' })
  employee?: Employee;

  @Index({ unique: true, where: 'external_id IS NOT NULL' })
  @Column({ type: 'varchar', length: 255, nullable: true })
  externalId: string | null;

  /** The token that last changed this person. */
  @Column({ type: 'uuid', nullable: true })
  tokenId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
