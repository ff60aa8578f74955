import { Column, Entity, Index, JoinColumn, OneToOne, PrimaryColumn, CreateDateColumn } from 'typeorm';
import { Employee } from '../employees/employee.entity';

/** The provider's stable subject for an employee, linked on their first SSO sign-in; later sign-ins match on it. */
@Entity('sso_identities')
@Index('uq_sso_identities_issuer_subject', ['issuer', 'subject'], { unique: true })
export class SsoIdentity {
  @PrimaryColumn('uuid')
  employeeId: string;

  @OneToOne(() => Employee, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'employee_id' })
  employee?: Employee;

  @Column({ type: 'varchar', length: 500 })
  issuer: string;

  @Column({ type: 'varchar', length: 255 })
  subject: string;

  /** The last ID token, sent back as id_token_hint when the person signs out at the provider. */
  @Column({ type: 'text', nullable: true })
  lastIdToken: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  linkedAt: Date;
}
