import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EmailKind, EmailMode } from './email-preference.entity';

@Injectable()
export class EmailPreferencesRepository {
  constructor(private readonly dataSource: DataSource) {}

  async chosen(employeeId: string): Promise<{ kind: EmailKind; mode: EmailMode }[]> {
    return this.dataSource.query('SELECT kind, mode FROM email_preferences WHERE employee_id = $1', [employeeId]);
  }

  async set(employeeId: string, kind: EmailKind, mode: EmailMode): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO email_preferences (employee_id, kind, mode) VALUES ($1, $2, $3)
       ON CONFLICT (employee_id, kind) DO UPDATE SET mode = EXCLUDED.mode, updated_at = now()`,
      [employeeId, kind, mode],
    );
  }
}
