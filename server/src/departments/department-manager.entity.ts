import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Employee } from '../employees/employee.entity';
import { Department } from './department.entity';

/** A manager manages one or more departments; a department may have several managers. */
@Entity('department_managers')
export class DepartmentManager {
  @PrimaryColumn('uuid')
  departmentId: string;

  @Index()
  @PrimaryColumn('uuid')
  employeeId: string;

  @ManyToOne(() => Department, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'department_id' })
  department?: Department;

  @ManyToOne(() => Employee, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'employee_id' })
  employee?: Employee;
}
