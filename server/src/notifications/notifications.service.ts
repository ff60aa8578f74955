import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CurrentEmployee } from '../common/current-employee';
import { NOTIFICATION_EMAIL_JOB } from '../email-notifications/email-notification.jobs-kinds';
import { JobQueueService } from '../jobs/job-queue.service';
import { decodeTimeIdCursor, keysetPage } from '../common/cursor';
import { ListNotificationsQueryDto, MarkNotificationsReadDto, NotificationDto, NotificationPageDto, UnreadCountDto } from './dto/notification.dto';
import { NewNotification, NotificationRow, NotificationsRepository } from './notifications.repository';

export function notificationMessage(
  row: Pick<NotificationRow, 'kind' | 'actorName' | 'storyTitle'> & {
    redemptionTitle?: string | null;
    kudosMessage?: string | null;
    badgeName?: string | null;
    giftTitle?: string | null;
    hiddenReason?: string | null;
  },
): string {
  const who = row.actorName ?? 'Someone';
  const story = row.storyTitle ? ` “${row.storyTitle}”` : ' a story';
  switch (row.kind) {
    case 'named_hero':
      return `${who} named you a hero in${story}.`;
    case 'story_endorsed':
      return `${who} endorsed${story}.`;
    case 'rewarded':
      if (row.giftTitle) return `${who} gave you “${row.giftTitle}”${row.storyTitle ? ` for${story}` : ''}: an admin will hand it over.`;
      return row.badgeName
        ? `You received the badge “${row.badgeName}” from ${who}${row.storyTitle ? ` for${story}` : ''}.`
        : `${who} rewarded you${row.storyTitle ? ` for${story}` : ''}.`;
    case 'redemption_requested':
      return `${who} redeemed points for “${row.redemptionTitle ?? 'a reward'}”: it waits in the fulfilment queue.`;
    case 'redemption_fulfilled':
      return `Your “${row.redemptionTitle ?? 'reward'}” is ready.`;
    case 'redemption_declined':
      return `Your “${row.redemptionTitle ?? 'reward'}” was declined; the points are back in your balance.`;
    case 'kudos_received':
      return row.kudosMessage ? `${who} gave you kudos: “${row.kudosMessage}”` : `${who} gave you kudos (since removed).`;
    case 'story_commented':
      return `${who} commented on${story}.`;
    case 'mentioned':
      return `${who} mentioned you in a comment on${story}.`;
    case 'comment_thanked':
      return `${who} thanked you for your comment on${story}.`;
    case 'story_hidden':
      return `Your story${row.storyTitle ? ` “${row.storyTitle}”` : ''} was hidden from the feed${row.hiddenReason ? `: ${row.hiddenReason}` : '.'}`;
  }
}

@Injectable()
export class NotificationsService {
  constructor(
    private readonly notifications: NotificationsRepository,
    private readonly queue: JobQueueService,
  ) {}

  /**
   * Called by other features inside their transaction, so a notification, and the job that may email it, exist
   * exactly when its cause does.
   */
  async notify(manager: EntityManager, notifications: NewNotification[]): Promise<void> {
    const ids = await this.notifications.insertMany(
      manager,
      notifications.filter((n) => n.recipientId !== n.actorId),
    );
    for (const notificationId of ids) await this.queue.enqueue(NOTIFICATION_EMAIL_JOB, { notificationId }, { manager });
  }

  /**
   * Like notify, but a recipient already told of this (kind, story, actor) is not told again: endorse, withdraw and
   * endorse again is one notification. The caller holds a lock that orders repeats (the story's row, the comment's row).
   */
  async notifyOnce(manager: EntityManager, notifications: NewNotification[]): Promise<void> {
    const told = await this.notifications.alreadyTold(manager, notifications);
    await this.notify(
      manager,
      notifications.filter((n) => !told.has(`${n.recipientId}:${n.kind}:${n.storyId}:${n.actorId}`)),
    );
  }

  async list(viewer: CurrentEmployee, query: ListNotificationsQueryDto): Promise<NotificationPageDto> {
    const limit = query.limit ?? 20;
    const after = query.cursor ? decodeTimeIdCursor(query.cursor) : undefined;
    const { rows, nextCursor } = keysetPage(await this.notifications.page(viewer.id, limit + 1, after), limit, (r) => [
      new Date(r.createdAt).toISOString(),
      r.id,
    ]);
    return {
      items: rows.map(toNotificationDto),
      nextCursor,
      unreadCount: await this.notifications.unreadCount(viewer.id),
    };
  }

  async unreadCount(viewer: CurrentEmployee): Promise<UnreadCountDto> {
    return { unreadCount: await this.notifications.unreadCount(viewer.id) };
  }

  async markRead(viewer: CurrentEmployee, dto: MarkNotificationsReadDto): Promise<UnreadCountDto> {
    if (dto.all) await this.notifications.markRead(viewer.id, 'all');
    else if (dto.ids?.length) await this.notifications.markRead(viewer.id, dto.ids);
    return this.unreadCount(viewer);
  }
}

function toNotificationDto(row: NotificationRow): NotificationDto {
  return {
    id: row.id,
    kind: row.kind,
    message: notificationMessage(row),
    story: row.storyId ? { id: row.storyId, title: row.storyTitle ?? '' } : null,
    actor: row.actorId ? { id: row.actorId, name: row.actorName ?? '' } : null,
    redemptionId: row.redemptionId,
    read: row.readAt !== null,
    createdAt: new Date(row.createdAt).toISOString(),
  };
}
