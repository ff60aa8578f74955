import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { DiscardReason } from './customer-compliment.entity';

export interface LinkRow {
  id: string;
  code: string;
  employeeId: string | null;
  departmentId: string;
  departmentName: string;
  employeeName: string | null;
  employeeLeftOn: string | null;
  revokedAt: Date | null;
  createdAt: Date;
}

export interface NewCompliment {
  linkId: string;
  employeeId: string | null;
  departmentId: string;
  whatHappened: string;
  howItEnded: string;
  customerName: string | null;
  customerEmail: string | null;
  consentToQuote: boolean;
  clientHash: string;
  textHash: string;
}

export interface HelpdeskCompliment {
  helpdeskSourceId: string;
  ticketId: string;
  ticketUrl: string;
  employeeId: string | null;
  departmentId: string;
  whatHappened: string;
  howItEnded: string;
  customerName: string | null;
  clientHash: string;
  textHash: string;
}

export interface ComplimentRow {
  id: string;
  origin: 'thank_you_page' | 'helpdesk';
  ticketUrl: string | null;
  employeeId: string | null;
  employeeName: string | null;
  departmentId: string;
  departmentName: string;
  whatHappened: string;
  howItEnded: string;
  customerName: string | null;
  consentToQuote: boolean;
  emailConfirmed: boolean;
  status: 'new' | 'published' | 'discarded';
  storyId: string | null;
  createdAt: Date;
}

const LINK_SELECT = `SELECT l.id, l.code, l.employee_id AS "employeeId", l.department_id AS "departmentId", d.name AS "departmentName",
       e.name AS "employeeName", e.left_on AS "employeeLeftOn", l.revoked_at AS "revokedAt", l.created_at AS "createdAt"
  FROM thank_you_links l JOIN departments d ON d.id = l.department_id LEFT JOIN employees e ON e.id = l.employee_id`;

const COMPLIMENT_SELECT = `SELECT c.id, c.origin, c.ticket_url AS "ticketUrl", c.employee_id AS "employeeId", e.name AS "employeeName", c.department_id AS "departmentId", d.name AS "departmentName",
       c.what_happened AS "whatHappened", c.how_it_ended AS "howItEnded", c.customer_name AS "customerName", c.consent_to_quote AS "consentToQuote",
       (c.email_confirmed_at IS NOT NULL) AS "emailConfirmed", c.status, c.story_id AS "storyId", c.created_at AS "createdAt"
  FROM customer_compliments c JOIN departments d ON d.id = c.department_id LEFT JOIN employees e ON e.id = c.employee_id`;

/** The one place with SQL for thank-you links and customer compliments. */
@Injectable()
export class ComplimentsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async linkByCode(code: string): Promise<LinkRow | null> {
    return (await this.dataSource.query(`${LINK_SELECT} WHERE l.code = $1`, [code]))[0] ?? null;
  }

  async linkById(id: string): Promise<LinkRow | null> {
    return (await this.dataSource.query(`${LINK_SELECT} WHERE l.id = $1`, [id]))[0] ?? null;
  }

  /** The live link of a person, or of a department (employeeId null). */
  async activeLink(owner: { employeeId: string } | { departmentId: string }): Promise<LinkRow | null> {
    const [where, value] =
      'employeeId' in owner ? ['l.employee_id = $1', owner.employeeId] : ['l.employee_id IS NULL AND l.department_id = $1', owner.departmentId];
    return (await this.dataSource.query(`${LINK_SELECT} WHERE ${where} AND l.revoked_at IS NULL`, [value]))[0] ?? null;
  }

  async insertLink(manager: EntityManager, link: { code: string; employeeId: string | null; departmentId: string; createdById: string }): Promise<string> {
    const [row] = await manager.query('INSERT INTO thank_you_links (code, employee_id, department_id, created_by_id) VALUES ($1, $2, $3, $4) RETURNING id', [
      link.code,
      link.employeeId,
      link.departmentId,
      link.createdById,
    ]);
    return row.id;
  }

  async revokeLink(manager: EntityManager, id: string): Promise<void> {
    await manager.query('UPDATE thank_you_links SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL', [id]);
  }

  async employee(id: string): Promise<{ id: string; name: string; departmentId: string } | null> {
    return (await this.dataSource.query('SELECT id, name, department_id AS "departmentId" FROM employees WHERE id = $1', [id]))[0] ?? null;
  }

  async departmentName(id: string): Promise<string | null> {
    return (await this.dataSource.query('SELECT name FROM departments WHERE id = $1', [id]))[0]?.name ?? null;
  }

  /** The new compliment's id, or null when this client already sent the same text. */
  async insertCompliment(manager: EntityManager, c: NewCompliment): Promise<string | null> {
    const rows = await manager.query(
      `INSERT INTO customer_compliments (link_id, employee_id, department_id, what_happened, how_it_ended, customer_name, customer_email,
                                         consent_to_quote, client_hash, text_hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (client_hash, text_hash) DO NOTHING RETURNING id`,
      [c.linkId, c.employeeId, c.departmentId, c.whatHappened, c.howItEnded, c.customerName, c.customerEmail, c.consentToQuote, c.clientHash, c.textHash],
    );
    return rows[0]?.id ?? null;
  }

  /** The new compliment's id, or null when this source already sent this ticket. */
  async insertHelpdeskCompliment(c: HelpdeskCompliment): Promise<string | null> {
    const rows = await this.dataSource.query(
      `INSERT INTO customer_compliments (origin, helpdesk_source_id, ticket_id, ticket_url, employee_id, department_id, what_happened, how_it_ended,
                                         customer_name, consent_to_quote, client_hash, text_hash)
       VALUES ('helpdesk', $1, $2, $3, $4, $5, $6, $7, $8, false, $9, $10) ON CONFLICT DO NOTHING RETURNING id`,
      [c.helpdeskSourceId, c.ticketId, c.ticketUrl, c.employeeId, c.departmentId, c.whatHappened, c.howItEnded, c.customerName, c.clientHash, c.textHash],
    );
    return rows[0]?.id ?? null;
  }

  /** A current member of staff by work email (the agent a helpdesk names). */
  async staffByEmail(email: string): Promise<{ id: string; departmentId: string } | null> {
    const rows = await this.dataSource.query('SELECT id, department_id AS "departmentId" FROM employees WHERE email = $1 AND left_on IS NULL', [
      email.toLowerCase(),
    ]);
    return rows[0] ?? null;
  }

  async forConfirmationEmail(id: string): Promise<{ id: string; email: string | null; heroName: string | null; departmentName: string } | null> {
    const rows = await this.dataSource.query(
      `SELECT c.id, c.customer_email AS email, e.name AS "heroName", d.name AS "departmentName"
         FROM customer_compliments c JOIN departments d ON d.id = c.department_id LEFT JOIN employees e ON e.id = c.employee_id WHERE c.id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  async setConfirmToken(id: string, tokenHash: string, expiresAt: Date): Promise<void> {
    await this.dataSource.query('UPDATE customer_compliments SET confirm_token_hash = $2, confirm_expires_at = $3 WHERE id = $1', [id, tokenHash, expiresAt]);
  }

  /** Uses up a confirmation link: 'confirmed', or why not. The address is forgotten once it has served. */
  async useConfirmToken(tokenHash: string): Promise<'confirmed' | 'used' | 'expired' | 'unknown'> {
    return this.dataSource.transaction(async (manager) => {
      const rows = await manager.query(
        `SELECT id, confirm_expires_at AS "expiresAt", email_confirmed_at AS "confirmedAt" FROM customer_compliments WHERE confirm_token_hash = $1 FOR UPDATE`,
        [tokenHash],
      );
      const row = rows[0];
      if (!row) return 'unknown';
      if (row.confirmedAt) return 'used';
      if (new Date(row.expiresAt).getTime() <= Date.now()) return 'expired';
      await manager.query('UPDATE customer_compliments SET email_confirmed_at = now(), customer_email = NULL WHERE id = $1', [row.id]);
      return 'confirmed';
    });
  }

  /** New compliments in these departments (null: every department), newest first. */
  async inbox(departmentIds: string[] | null, limit: number): Promise<ComplimentRow[]> {
    return this.dataSource.query(
      `${COMPLIMENT_SELECT} WHERE c.status = 'new' AND ($1::uuid[] IS NULL OR c.department_id = ANY($1)) ORDER BY c.created_at DESC, c.id DESC LIMIT $2`,
      [departmentIds, limit],
    );
  }

  async compliment(manager: EntityManager, id: string, lock = false): Promise<ComplimentRow | null> {
    return (await manager.query(`${COMPLIMENT_SELECT} WHERE c.id = $1 ${lock ? 'FOR UPDATE OF c' : ''}`, [id]))[0] ?? null;
  }

  /** Published as (or into) a story; a department link's compliment is then about the hero the manager chose. */
  async markPublished(manager: EntityManager, id: string, reviewerId: string, storyId: string, heroId: string): Promise<void> {
    await manager.query(
      `UPDATE customer_compliments SET status = 'published', story_id = $3, employee_id = COALESCE(employee_id, $4), reviewed_by_id = $2, reviewed_at = now()
        WHERE id = $1`,
      [id, reviewerId, storyId, heroId],
    );
  }

  async markDiscarded(manager: EntityManager, id: string, reviewerId: string, reason: DiscardReason): Promise<void> {
    await manager.query(
      `UPDATE customer_compliments SET status = 'discarded', discard_reason = $3, reviewed_by_id = $2, reviewed_at = now(), customer_email = NULL WHERE id = $1`,
      [id, reviewerId, reason],
    );
  }

  /** How many compliments a person received (not discarded), and the words of those that became stories. */
  async receivedBy(employeeId: string): Promise<{ received: number; confirmed: { storyId: string; words: string; createdAt: Date }[] }> {
    const [count] = await this.dataSource.query(`SELECT count(*)::int AS n FROM customer_compliments WHERE employee_id = $1 AND status <> 'discarded'`, [
      employeeId,
    ]);
    const confirmed = await this.dataSource.query(
      `SELECT story_id AS "storyId", what_happened AS words, created_at AS "createdAt" FROM customer_compliments
        WHERE employee_id = $1 AND status = 'published' AND consent_to_quote ORDER BY created_at DESC LIMIT 20`,
      [employeeId],
    );
    return { received: count.n, confirmed };
  }
}
