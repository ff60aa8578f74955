import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { LeaveReason } from './employee.entity';

/** The employees table's leaving dates (departures still to come), for LeavingDatesService; set by EmployeesRepository.setLeavingDates. */
@Injectable()
export class LeavingDatesRepository {
  async clearLeavingDate(manager: EntityManager, id: string): Promise<void> {
    await manager.query('UPDATE employees SET leaving_on = NULL, leaving_reason = NULL, updated_at = now() WHERE id = $1', [id]);
  }

  /**
   * People still employed whose leaving date has come (on or before `today`, a company calendar day). A leaving date is
   * always recorded with its reason; one found without would still be applied, as "other".
   */
  async dueLeavingDates(manager: EntityManager, today: string): Promise<{ id: string; leftOn: string; reason: LeaveReason }[]> {
    return manager.query(
      `SELECT id, to_char(leaving_on, 'YYYY-MM-DD') AS "leftOn", COALESCE(leaving_reason, 'other') AS reason
         FROM employees WHERE leaving_on IS NOT NULL AND leaving_on <= $1::date AND left_on IS NULL ORDER BY id FOR UPDATE`,
      [today],
    );
  }
}
