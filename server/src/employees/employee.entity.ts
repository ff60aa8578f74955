import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Department } from '../departments/department.entity';

export const EMPLOYEE_ROLES = ['staff', 'manager', 'admin'] as const;
export type EmployeeRole = (typeof EMPLOYEE_ROLES)[number];

/** A person's `language` is one of them, or null to follow the browser (else the company default). */
export { LANGUAGES, type Language } from '../common/languages';
import type { Language } from '../common/languages';

export const LEAVE_REASONS = ['voluntary', 'involuntary', 'other'] as const;
export type LeaveReason = (typeof LEAVE_REASONS)[number];

@Entity('employees')
@Index('idx_employees_name_id', ['name', 'id'])
@Index('idx_employees_department_name_id', ['departmentId', 'name', 'id'])
@Index('idx_employees_hired_on_id', ['hiredOn', 'id'])
export class Employee {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  /** Stored lower-cased, so the unique constraint is case-insensitive. */
  @Column({ type: 'varchar', length: 254, unique: true })
  email: string;

  /** The person's key in the company's HR system (HRIS): optional, unique when present, compared exactly as written. */
  @Index('uq_employees_employee_number', { unique: true, where: '"employee_number" IS NOT NULL' })
  @Column({ type: 'varchar', length: 64, nullable: true })
  employeeNumber: string | null;

  @Column({ type: 'varchar', length: 120, default: '' })
  jobTitle: string;

  @Column('uuid')
  departmentId: string;

  @ManyToOne(() => Department, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'department_id' })
  department?: Department;

  @Column({ type: 'enum', enum: EMPLOYEE_ROLES, enumName: 'employee_role', default: 'staff' })
  role: EmployeeRole;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  managerId: string | null;

  @ManyToOne(() => Employee, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'manager_id' })
  manager?: Employee | null;

  @Column({ type: 'date' })
  hiredOn: string;

  @Column({ type: 'date', nullable: true })
  leftOn: string | null;

  @Column({ type: 'enum', enum: LEAVE_REASONS, enumName: 'leave_reason', nullable: true })
  leaveReason: LeaveReason | null;

  /**
   * A departure known in advance: the person's last day, still to come. Until that day they are employed (leftOn is
   * null, they sign in and appear in lists); the employees' daily job then records the departure (leftOn) and clears it.
   */
  @Index('idx_employees_leaving_on', { where: '"leaving_on" IS NOT NULL' })
  @Column({ type: 'date', nullable: true })
  leavingOn: string | null;

  @Column({ type: 'enum', enum: LEAVE_REASONS, enumName: 'leave_reason', nullable: true })
  leavingReason: LeaveReason | null;

  @Column({ type: 'text', nullable: true, select: false })
  passwordHash: string | null;

  /** Set when the mail server refused this address for good (SMTP 5xx); cleared when the address changes. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  emailRefusedReason: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  emailRefusedAt: Date | null;

  /** The language the person reads the app and their email in; null: the browser's, else English. */
  @Column({ type: 'varchar', length: 8, nullable: true })
  language: Language | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
