import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A public link a customer opens to thank a person (employeeId) or a department (employeeId null). Revoked, never deleted. */
@Entity('thank_you_links')
@Index('idx_thank_you_links_employee', ['employeeId'])
@Index('idx_thank_you_links_department', ['departmentId'])
export class ThankYouLink {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Random and unguessable (128 bits, base64url). */
  @Column({ type: 'varchar', length: 32, unique: true })
  code: string;

  @Column({ type: 'uuid', nullable: true })
  employeeId: string | null;

  @Column('uuid')
  departmentId: string;

  @Column('uuid')
  createdById: string;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
