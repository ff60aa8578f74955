import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

export interface TeamsChannelRow {
  id: string;
  name: string;
  departmentId: string | null;
  departmentName: string | null;
  webhookUrlSealed: string;
  webhookHost: string;
  events: string[];
  createdAt: Date;
}

/** The only writer of teams_channels and teams_outgoing_webhooks. UPDATE/DELETE … RETURNING run inside a CTE because TypeORM answers a bare one with [rows, count]. */
@Injectable()
export class TeamsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Whether any channel is set up, read in the caller's transaction (it is asked while a change is being made). */
  async anyChannel(manager: EntityManager): Promise<boolean> {
    return (await manager.query(`SELECT EXISTS (SELECT 1 FROM teams_channels) AS any`))[0].any;
  }

  channels(): Promise<TeamsChannelRow[]> {
    return this.dataSource.query(
      `SELECT c.id, c.name, c.department_id AS "departmentId", d.name AS "departmentName", c.webhook_url_sealed AS "webhookUrlSealed",
              c.webhook_host AS "webhookHost", c.events, c.created_at AS "createdAt"
         FROM teams_channels c LEFT JOIN departments d ON d.id = c.department_id ORDER BY d.name NULLS FIRST, c.name, c.id`,
    );
  }

  async channel(id: string): Promise<TeamsChannelRow | null> {
    return (await this.channels()).find((c) => c.id === id) ?? null;
  }

  async addChannel(row: { name: string; departmentId: string | null; webhookUrlSealed: string; webhookHost: string; events: string[] }): Promise<string> {
    const rows: { id: string }[] = await this.dataSource.query(
      `INSERT INTO teams_channels (name, department_id, webhook_url_sealed, webhook_host, events) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [row.name, row.departmentId, row.webhookUrlSealed, row.webhookHost, row.events],
    );
    return rows[0].id;
  }

  async removeChannel(id: string): Promise<boolean> {
    return (await this.dataSource.query(`WITH changed AS (DELETE FROM teams_channels WHERE id = $1 RETURNING id) SELECT * FROM changed`, [id])).length > 0;
  }

  outgoingWebhooks(): Promise<{ id: string; name: string; secretSealed: string; createdAt: Date }[]> {
    return this.dataSource.query(
      `SELECT id, name, secret_sealed AS "secretSealed", created_at AS "createdAt" FROM teams_outgoing_webhooks ORDER BY created_at, id`,
    );
  }

  async addOutgoingWebhook(name: string, secretSealed: string): Promise<string> {
    const rows: { id: string }[] = await this.dataSource.query(`INSERT INTO teams_outgoing_webhooks (name, secret_sealed) VALUES ($1, $2) RETURNING id`, [
      name,
      secretSealed,
    ]);
    return rows[0].id;
  }

  async removeOutgoingWebhook(id: string): Promise<boolean> {
    return (
      (await this.dataSource.query(`WITH changed AS (DELETE FROM teams_outgoing_webhooks WHERE id = $1 RETURNING id) SELECT * FROM changed`, [id])).length > 0
    );
  }

  async departmentExists(id: string): Promise<boolean> {
    return (await this.dataSource.query(`SELECT 1 FROM departments WHERE id = $1`, [id])).length > 0;
  }
}
