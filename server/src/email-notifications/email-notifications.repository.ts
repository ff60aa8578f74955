import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { NotificationKind } from '../notifications/notification.entity';

export interface NotificationForEmail {
  id: string;
  kind: NotificationKind;
  recipientId: string;
  recipientName: string;
  recipientEmail: string;
  recipientLeftOn: string | null;
  storyId: string | null;
  storyTitle: string | null;
  actorName: string | null;
  redemptionTitle: string | null;
  redemptionNote: string | null;
  /** The badge a reward gave, if it was a badge. */
  badgeName: string | null;
  /** The catalogue item a reward gave, if it was a gift. */
  giftTitle: string | null;
  createdAt: Date;
}

const SELECT_NOTIFICATION = `
  SELECT n.id, n.kind, n.recipient_id AS "recipientId", r.name AS "recipientName", r.email AS "recipientEmail", r.left_on AS "recipientLeftOn",
         n.story_id AS "storyId", s.title AS "storyTitle", a.name AS "actorName", rd.title AS "redemptionTitle", rd.note AS "redemptionNote",
         b.name AS "badgeName", g.title AS "giftTitle", n.created_at AS "createdAt"
    FROM notifications n
    JOIN employees r ON r.id = n.recipient_id
    LEFT JOIN stories s ON s.id = n.story_id
    LEFT JOIN employees a ON a.id = n.actor_id
    LEFT JOIN redemptions rd ON rd.id = n.redemption_id
    LEFT JOIN rewards rw ON rw.id = n.reward_id
    LEFT JOIN badges b ON b.id = rw.badge_id
    LEFT JOIN redemptions g ON g.reward_id = rw.id`;

export interface DigestManager {
  id: string;
  name: string;
  email: string;
  departmentIds: string[];
  departmentNames: string[];
  /** The manager's chosen language; null: none chosen (English). */
  language: string | null;
}

/** Read model for the emails: notifications, stories and people as the messages need them (reads only). */
@Injectable()
export class EmailNotificationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async notification(id: string): Promise<NotificationForEmail | null> {
    const rows = await this.dataSource.query(`${SELECT_NOTIFICATION} WHERE n.id = $1`, [id]);
    return rows[0] ?? null;
  }

  async notificationsSince(recipientId: string, kinds: string[], since: Date): Promise<NotificationForEmail[]> {
    return this.dataSource.query(
      `${SELECT_NOTIFICATION} WHERE n.recipient_id = $1 AND n.kind = ANY($2::notification_kind[]) AND n.created_at > $3 ORDER BY n.created_at, n.id LIMIT 100`,
      [recipientId, kinds, since],
    );
  }

  /** People who chose a daily digest for some kind and had such a notification since `since`. */
  async dailyRecipients(since: Date): Promise<{ employeeId: string; kinds: string[] }[]> {
    return this.dataSource.query(
      `SELECT p.employee_id AS "employeeId", array_agg(p.kind::text) AS kinds
         FROM email_preferences p JOIN employees e ON e.id = p.employee_id AND e.left_on IS NULL
        WHERE p.mode = 'daily' AND p.kind::text IN ('named_hero', 'story_endorsed', 'rewarded')
          AND EXISTS (SELECT 1 FROM notifications n WHERE n.recipient_id = p.employee_id AND n.kind::text = p.kind::text AND n.created_at > $1)
        GROUP BY p.employee_id`,
      [since],
    );
  }

  async person(id: string): Promise<{ id: string; name: string; email: string; leftOn: string | null } | null> {
    const rows = await this.dataSource.query('SELECT id, name, email, left_on AS "leftOn" FROM employees WHERE id = $1', [id]);
    return rows[0] ?? null;
  }

  async hiddenStory(storyId: string): Promise<{ authorId: string; title: string; reason: string | null; status: string } | null> {
    const rows = await this.dataSource.query('SELECT author_id AS "authorId", title, hidden_reason AS reason, status FROM stories WHERE id = $1', [storyId]);
    return rows[0] ?? null;
  }

  async managers(): Promise<DigestManager[]> {
    return this.dataSource.query(
      `SELECT e.id, e.name, e.email, e.language, array_agg(d.id ORDER BY d.name) AS "departmentIds", array_agg(d.name ORDER BY d.name) AS "departmentNames"
         FROM employees e JOIN department_managers dm ON dm.employee_id = e.id JOIN departments d ON d.id = dm.department_id
        WHERE e.left_on IS NULL GROUP BY e.id ORDER BY e.name`,
    );
  }

  async newStories(departmentIds: string[], since: Date): Promise<{ id: string; title: string; endorsementCount: number }[]> {
    return this.dataSource.query(
      `SELECT s.id, s.title, s.endorsement_count AS "endorsementCount" FROM stories s
        WHERE s.status = 'published' AND s.created_at > $2 AND s.id IN (SELECT story_id FROM story_heroes WHERE department_id = ANY($1::uuid[]))
        ORDER BY s.created_at DESC LIMIT 20`,
      [departmentIds, since],
    );
  }

  async peerNominated(departmentIds: string[], threshold: number): Promise<{ id: string; title: string; endorsementCount: number }[]> {
    return this.dataSource.query(
      `SELECT s.id, s.title, s.endorsement_count AS "endorsementCount" FROM stories s
        WHERE s.status = 'published' AND s.endorsement_count >= $2
          AND s.id IN (SELECT story_id FROM story_heroes WHERE department_id = ANY($1::uuid[]))
          AND NOT EXISTS (SELECT 1 FROM rewards r WHERE r.story_id = s.id AND r.revoked_at IS NULL)
        ORDER BY s.endorsement_count DESC, s.created_at DESC LIMIT 10`,
      [departmentIds, threshold],
    );
  }

  /** Active people of the departments with no story as hero and no reward since `since`; `newHires` splits those hired after `hiredAfter` who were never recognised. */
  async unrecognised(
    departmentIds: string[],
    since: Date,
    hiredAfter: string,
  ): Promise<{ id: string; name: string; hiredOn: string; everRecognised: boolean }[]> {
    return this.dataSource.query(
      `SELECT e.id, e.name, e.hired_on AS "hiredOn",
              (EXISTS (SELECT 1 FROM story_heroes h WHERE h.employee_id = e.id) OR EXISTS (SELECT 1 FROM rewards r WHERE r.recipient_id = e.id AND r.revoked_at IS NULL)) AS "everRecognised"
         FROM employees e
        WHERE e.left_on IS NULL AND e.department_id = ANY($1::uuid[])
          AND NOT EXISTS (SELECT 1 FROM story_heroes h WHERE h.employee_id = e.id AND h.story_created_at > $2)
          AND NOT EXISTS (SELECT 1 FROM rewards r WHERE r.recipient_id = e.id AND r.revoked_at IS NULL AND r.created_at > $2)
          AND (e.hired_on <= $3::date OR NOT EXISTS (SELECT 1 FROM story_heroes h WHERE h.employee_id = e.id))
        ORDER BY e.name LIMIT 50`,
      [departmentIds, since, hiredAfter],
    );
  }

  async budgetLeft(holderId: string, quarterStart: string): Promise<number | null> {
    const rows = await this.dataSource.query('SELECT points - spent AS left FROM reward_budgets WHERE holder_id = $1 AND quarter_start = $2', [
      holderId,
      quarterStart,
    ]);
    return rows[0]?.left ?? null;
  }

  /** Active people whose work anniversary could fall today (same month and day, or 28 Feb for 29 Feb hires). */
  async anniversaryCandidates(monthDay: string): Promise<{ id: string; name: string; email: string; hiredOn: string; managerId: string | null }[]> {
    return this.dataSource.query(
      `SELECT id, name, email, hired_on AS "hiredOn", manager_id AS "managerId" FROM employees
        WHERE left_on IS NULL AND (to_char(hired_on, 'MM-DD') = $1 OR ($1 = '02-28' AND to_char(hired_on, 'MM-DD') = '02-29'))`,
      [monthDay],
    );
  }
}
