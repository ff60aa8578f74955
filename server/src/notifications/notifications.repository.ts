import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { NotificationKind } from './notification.entity';

export interface NotificationRow {
  id: string;
  kind: NotificationKind;
  storyId: string | null;
  storyTitle: string | null;
  actorId: string | null;
  actorName: string | null;
  redemptionId: string | null;
  redemptionTitle: string | null;
  kudosMessage: string | null;
  badgeName: string | null;
  /** The catalogue item a gift reward gave. */
  giftTitle: string | null;
  hiddenReason: string | null;
  readAt: Date | null;
  createdAt: Date;
}

export interface NewNotification {
  recipientId: string;
  kind: NotificationKind;
  storyId: string | null;
  actorId: string | null;
  redemptionId?: string | null;
  kudosId?: string | null;
  rewardId?: string | null;
}

/** Whether the notification's recipient may still see its story (published, or their own and not deleted). */
const VISIBLE_STORY = `s.deleted_at IS NULL AND (s.status = 'published' OR s.author_id = n.recipient_id)`;

@Injectable()
export class NotificationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insertMany(manager: EntityManager, notifications: NewNotification[]): Promise<string[]> {
    if (!notifications.length) return [];
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO notifications (recipient_id, kind, story_id, actor_id, redemption_id, kudos_id, reward_id)
       SELECT * FROM unnest($1::uuid[], $2::notification_kind[], $3::uuid[], $4::uuid[], $5::uuid[], $6::uuid[], $7::uuid[]) RETURNING id`,
      [
        notifications.map((n) => n.recipientId),
        notifications.map((n) => n.kind),
        notifications.map((n) => n.storyId),
        notifications.map((n) => n.actorId),
        notifications.map((n) => n.redemptionId ?? null),
        notifications.map((n) => n.kudosId ?? null),
        notifications.map((n) => n.rewardId ?? null),
      ],
    );
    return rows.map((r) => r.id);
  }

  /** Of these, the (recipient, kind, story, actor) already notified, as `recipient:kind:story:actor` keys. */
  async alreadyTold(manager: EntityManager, notifications: NewNotification[]): Promise<Set<string>> {
    if (!notifications.length) return new Set();
    const rows: { key: string }[] = await manager.query(
      `SELECT DISTINCT n.recipient_id || ':' || n.kind || ':' || n.story_id || ':' || n.actor_id AS key
         FROM notifications n
         JOIN unnest($1::uuid[], $2::notification_kind[], $3::uuid[], $4::uuid[]) AS w(recipient_id, kind, story_id, actor_id)
           ON n.recipient_id = w.recipient_id AND n.kind = w.kind AND n.story_id = w.story_id AND n.actor_id = w.actor_id`,
      [notifications.map((n) => n.recipientId), notifications.map((n) => n.kind), notifications.map((n) => n.storyId), notifications.map((n) => n.actorId)],
    );
    return new Set(rows.map((r) => r.key));
  }

  async page(recipientId: string, limit: number, after?: [string, string]): Promise<NotificationRow[]> {
    return this.dataSource.query(
      // A story hidden or deleted since is no longer named (nor linked) to anyone but its author: the notification
      // must not keep showing what a moderator took down.
      `SELECT n.id, n.kind, n.actor_id AS "actorId", a.name AS "actorName",
              CASE WHEN ${VISIBLE_STORY} THEN n.story_id END AS "storyId", CASE WHEN ${VISIBLE_STORY} THEN s.title END AS "storyTitle",
              n.redemption_id AS "redemptionId", r.title AS "redemptionTitle", k.message AS "kudosMessage", b.name AS "badgeName", gr.title AS "giftTitle",
              CASE WHEN ${VISIBLE_STORY} AND s.status = 'hidden' THEN s.hidden_reason END AS "hiddenReason", n.read_at AS "readAt", n.created_at AS "createdAt"
         FROM notifications n
         LEFT JOIN stories s ON s.id = n.story_id
         LEFT JOIN employees a ON a.id = n.actor_id
         LEFT JOIN redemptions r ON r.id = n.redemption_id
         LEFT JOIN quick_kudos k ON k.id = n.kudos_id
         LEFT JOIN rewards rw ON rw.id = n.reward_id
         LEFT JOIN badges b ON b.id = rw.badge_id
         LEFT JOIN redemptions gr ON gr.reward_id = rw.id
        WHERE n.recipient_id = $1 ${after ? 'AND (n.created_at, n.id) < ($3::timestamptz, $4::uuid)' : ''}
        ORDER BY n.created_at DESC, n.id DESC
        LIMIT $2`,
      after ? [recipientId, limit, after[0], after[1]] : [recipientId, limit],
    );
  }

  async unreadCount(recipientId: string): Promise<number> {
    const [row] = await this.dataSource.query('SELECT count(*)::int AS n FROM notifications WHERE recipient_id = $1 AND read_at IS NULL', [recipientId]);
    return row.n;
  }

  async markRead(recipientId: string, ids: string[] | 'all'): Promise<void> {
    if (ids === 'all') {
      await this.dataSource.query('UPDATE notifications SET read_at = now() WHERE recipient_id = $1 AND read_at IS NULL', [recipientId]);
    } else {
      await this.dataSource.query('UPDATE notifications SET read_at = now() WHERE recipient_id = $1 AND id = ANY($2) AND read_at IS NULL', [recipientId, ids]);
    }
  }
}
