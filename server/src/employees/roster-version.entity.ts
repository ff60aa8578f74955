import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One row whose counter goes up, in the same transaction, with every change to who works here and where (a hire,
 * an edit, a departure, an import). Cached read models (reports, unrecognised champions) put it in their key, so a
 * roster change is current at once on every instance. It is told explicitly by EmployeesService, rather than
 * inferred from employees.updated_at, so that "the report cache notices a departure" is a statement a test checks.
 */
@Entity('roster_version')
@Check('roster_version_single_row', 'id = 1')
export class RosterVersion {
  @PrimaryColumn({ type: 'smallint', default: 1 })
  id: number;

  /** bigint: node-postgres reads it as a string, which is all a cache key needs. */
  @Column({ type: 'bigint', default: 0 })
  version: string;
}
