import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

export interface InstallationRow {
  id: string;
  teamId: string;
  teamName: string;
  botUserId: string;
  signingSecretSealed: string;
  botTokenSealed: string;
  createdAt: Date;
}

export interface RouteRow {
  id: string;
  departmentId: string | null;
  departmentName: string | null;
  channelId: string;
  channelName: string;
  events: string[];
  createdAt: Date;
}

/** The only writer of slack_installations and slack_channel_routes. UPDATE/DELETE … RETURNING run inside a CTE because TypeORM answers a bare one with [rows, count]. */
@Injectable()
export class SlackRepository {
  constructor(private readonly dataSource: DataSource) {}

  async installation(): Promise<InstallationRow | null> {
    const rows = await this.dataSource.query(
      `SELECT id, team_id AS "teamId", team_name AS "teamName", bot_user_id AS "botUserId", signing_secret_sealed AS "signingSecretSealed",
              bot_token_sealed AS "botTokenSealed", created_at AS "createdAt"
         FROM slack_installations ORDER BY created_at LIMIT 1`,
    );
    return rows[0] ?? null;
  }

  /** One workspace per company: connecting again replaces the installation and its routes. */
  async install(row: {
    teamId: string;
    teamName: string;
    botUserId: string;
    signingSecretSealed: string;
    botTokenSealed: string;
    installedById: string;
  }): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`DELETE FROM slack_installations`);
      await manager.query(
        `INSERT INTO slack_installations (team_id, team_name, bot_user_id, signing_secret_sealed, bot_token_sealed, installed_by_id) VALUES ($1, $2, $3, $4, $5, $6)`,
        [row.teamId, row.teamName, row.botUserId, row.signingSecretSealed, row.botTokenSealed, row.installedById],
      );
    });
  }

  async uninstall(): Promise<boolean> {
    const rows = await this.dataSource.query(`WITH changed AS (DELETE FROM slack_installations RETURNING id) SELECT * FROM changed`);
    return rows.length > 0;
  }

  /** Whether Slack is installed with a channel route, read in the caller's transaction (asked while a change is being made). */
  async anyRoute(manager: EntityManager): Promise<boolean> {
    return (await manager.query(`SELECT EXISTS (SELECT 1 FROM slack_installations) AND EXISTS (SELECT 1 FROM slack_channel_routes) AS any`))[0].any;
  }

  routes(): Promise<RouteRow[]> {
    return this.dataSource.query(
      `SELECT r.id, r.department_id AS "departmentId", d.name AS "departmentName", r.channel_id AS "channelId", r.channel_name AS "channelName", r.events,
              r.created_at AS "createdAt"
         FROM slack_channel_routes r LEFT JOIN departments d ON d.id = r.department_id ORDER BY d.name NULLS FIRST, r.channel_name, r.id`,
    );
  }

  async addRoute(installationId: string, route: { departmentId: string | null; channelId: string; channelName: string; events: string[] }): Promise<string> {
    const rows: { id: string }[] = await this.dataSource.query(
      `INSERT INTO slack_channel_routes (installation_id, department_id, channel_id, channel_name, events) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [installationId, route.departmentId, route.channelId, route.channelName, route.events],
    );
    return rows[0].id;
  }

  async removeRoute(id: string): Promise<boolean> {
    const rows = await this.dataSource.query(`WITH changed AS (DELETE FROM slack_channel_routes WHERE id = $1 RETURNING id) SELECT * FROM changed`, [id]);
    return rows.length > 0;
  }

  async routeExists(id: string): Promise<boolean> {
    const rows = await this.dataSource.query(`SELECT 1 FROM slack_channel_routes WHERE id = $1`, [id]);
    return rows.length > 0;
  }

  async departmentExists(id: string): Promise<boolean> {
    const rows = await this.dataSource.query(`SELECT 1 FROM departments WHERE id = $1`, [id]);
    return rows.length > 0;
  }
}
