import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { addDays, quarterLabel, quarterStartOf, todayIn } from '../common/calendar';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { EmailKind } from '../email-preferences/email-preference.entity';
import { EmailPreferencesService } from '../email-preferences/email-preferences.service';
import { anniversaryToday } from '../employees/work-anniversaries';
import { JobQueueService } from '../jobs/job-queue.service';
import { appUrlOf, MailService } from '../mail/mail.service';
import { EmailContent } from '../mail/templates/email-layout';
import {
  anniversaryEmail,
  mentionEmail,
  RecognitionItem,
  recognitionEmail,
  recognitionListEmail,
  storyHiddenEmail,
} from '../mail/templates/recognition.emails';
import { redemptionEmail } from '../mail/templates/redemption.emails';
import { weeklyDigestEmail } from '../mail/templates/weekly-digest.email';
import { mailLanguage } from '../mail/templates/weekly-digest.messages';
import {
  ANNIVERSARY_EMAILS_JOB,
  DAILY_EMAIL_DIGEST_JOB,
  ENDORSEMENT_EMAIL_JOB,
  NOTIFICATION_EMAIL_JOB,
  STORY_HIDDEN_EMAIL_JOB,
  WEEKLY_DIGEST_JOB,
} from './email-notification.jobs-kinds';
import { EmailNotificationsRepository, NotificationForEmail } from './email-notifications.repository';

const NEW_HIRE_DAYS = 90;

/**
 * The emails that follow recognition and the calendar. Each respects the person's preference for its kind, and each
 * is sent under a key that names exactly what it is about, so a retried or doubled job never sends it twice.
 */
@Injectable()
export class EmailNotificationsJobs implements OnModuleInit {
  constructor(
    private readonly queue: JobQueueService,
    private readonly mail: MailService,
    private readonly preferences: EmailPreferencesService,
    private readonly read: EmailNotificationsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.queue.define<{ notificationId: string }>(NOTIFICATION_EMAIL_JOB, (job) => this.notification(job.notificationId), { batchSize: 20 });
    this.queue.define<{ recipientId: string }>(ENDORSEMENT_EMAIL_JOB, (job) => this.endorsements(job.recipientId));
    this.queue.define<{ storyId: string }>(STORY_HIDDEN_EMAIL_JOB, (job) => this.storyHidden(job.storyId));
    this.queue.define(DAILY_EMAIL_DIGEST_JOB, () => this.dailyDigests(), { cron: this.config.jobs.dailyMailCron });
    this.queue.define(ANNIVERSARY_EMAILS_JOB, () => this.anniversaries(), { cron: this.config.jobs.dailyMailCron });
    this.queue.define(WEEKLY_DIGEST_JOB, () => this.weeklyDigests(), { cron: this.config.jobs.weeklyDigestCron });
  }

  private get appUrl(): string {
    return appUrlOf(this.config);
  }

  /** A recognition notification (the lists and digests read only those kinds). */
  private item(n: NotificationForEmail): RecognitionItem {
    return {
      kind: n.kind as RecognitionItem['kind'],
      actorName: n.actorName,
      storyTitle: n.storyTitle,
      storyUrl: n.storyId ? `${this.appUrl}/stories/${n.storyId}` : null,
      badgeName: n.badgeName,
      giftTitle: n.giftTitle,
    };
  }

  private async send(key: string, kind: EmailKind, person: { id: string; email: string }, content: EmailContent): Promise<void> {
    await this.mail.enqueue({
      key,
      kind,
      employeeId: person.id,
      to: person.email,
      content,
      unsubscribeToken: this.preferences.unsubscribeTokenFor(person.id, kind),
    });
  }

  /** Named a hero or rewarded: one email per notification, when the person wants them as they happen. */
  async notification(notificationId: string): Promise<unknown> {
    const n = await this.read.notification(notificationId);
    if (!n || n.recipientLeftOn) return { status: 'skipped' };
    // Quick kudos are small by design: the bell shows them, and no email kind (nor preference) exists for them.
    // New comments are for the bell; a hidden story has its own email (storyHidden below).
    if (n.kind === 'kudos_received' || n.kind === 'story_commented' || n.kind === 'comment_thanked' || n.kind === 'story_hidden')
      return { status: 'in_app_only' };
    if (n.kind === 'mentioned') return this.mention(n);
    if (n.kind === 'story_endorsed') return this.queue.enqueue(ENDORSEMENT_EMAIL_JOB, { recipientId: n.recipientId }, this.endorsementBatch(n.recipientId));
    if (n.kind === 'redemption_requested' || n.kind === 'redemption_fulfilled' || n.kind === 'redemption_declined') {
      if ((await this.preferences.modeOf(n.recipientId, 'redemptions')) === 'never') return { status: 'not_wanted' };
      const content = redemptionEmail(
        { kind: n.kind, recipientName: n.recipientName, actorName: n.actorName, title: n.redemptionTitle ?? 'reward', note: n.redemptionNote },
        this.appUrl,
      );
      await this.send(`notification:${n.id}`, 'redemptions', { id: n.recipientId, email: n.recipientEmail }, content);
      return { status: 'queued' };
    }
    if ((await this.preferences.modeOf(n.recipientId, n.kind)) !== 'immediately') return { status: 'not_wanted_now' };
    await this.send(
      `notification:${n.id}`,
      n.kind,
      { id: n.recipientId, email: n.recipientEmail },
      recognitionEmail(n.recipientName, this.item(n), this.appUrl),
    );
    return { status: 'queued' };
  }

  /** One job per person and batch window (pg-boss drops the rest, or puts it in the next window): at most one email per window. */
  endorsementBatch(recipientId: string) {
    return { key: `endorsements:${recipientId}`, singletonSeconds: this.config.mail.endorsementBatchSeconds, singletonNextSlot: true };
  }

  /** Mentioned in a comment: one email per comment that mentions the person, unless they turned mentions off. */
  private async mention(n: NotificationForEmail): Promise<unknown> {
    if ((await this.preferences.modeOf(n.recipientId, 'mentions')) === 'never') return { status: 'not_wanted' };
    const storyUrl = n.storyId ? `${this.appUrl}/stories/${n.storyId}` : this.appUrl;
    await this.send(
      `notification:${n.id}`,
      'mentions',
      { id: n.recipientId, email: n.recipientEmail },
      mentionEmail(n.recipientName, n.actorName, n.storyTitle, storyUrl),
    );
    return { status: 'queued' };
  }

  /** Every endorsement since the last endorsement email, in one email. */
  async endorsements(recipientId: string): Promise<unknown> {
    if ((await this.preferences.modeOf(recipientId, 'story_endorsed')) !== 'immediately') return { status: 'not_wanted_now' };
    const person = await this.read.person(recipientId);
    if (!person || person.leftOn) return { status: 'skipped' };
    const since = (await this.mail.lastSentAt(recipientId, 'story_endorsed')) ?? new Date(Date.now() - 7 * 86400_000);
    const items = await this.read.notificationsSince(recipientId, ['story_endorsed'], since);
    if (!items.length) return { status: 'nothing_new' };
    const last = items[items.length - 1];
    await this.send(
      `endorsements:${recipientId}:${last.id}`,
      'story_endorsed',
      person,
      recognitionListEmail(
        person.name,
        items.map((i) => this.item(i)),
        this.appUrl,
        false,
      ),
    );
    return { status: 'queued', endorsements: items.length };
  }

  async storyHidden(storyId: string): Promise<unknown> {
    const story = await this.read.hiddenStory(storyId);
    if (!story || story.status !== 'hidden') return { status: 'skipped' };
    if ((await this.preferences.modeOf(story.authorId, 'story_hidden')) === 'never') return { status: 'not_wanted' };
    const author = await this.read.person(story.authorId);
    if (!author || author.leftOn) return { status: 'skipped' };
    await this.send(
      `story-hidden:${storyId}:${story.reason ?? ''}`.slice(0, 300),
      'story_hidden',
      author,
      storyHiddenEmail(author.name, story.title, story.reason, `${this.appUrl}/stories/${storyId}`),
    );
    return { status: 'queued' };
  }

  /** For people who chose "daily digest" for some kinds: the last day's notifications of those kinds, in one email. */
  async dailyDigests(): Promise<unknown> {
    const today = todayIn(this.config.companyTimeZone);
    const since = new Date(Date.now() - 86400_000);
    const recipients = await this.read.dailyRecipients(since);
    for (const r of recipients) {
      const person = await this.read.person(r.employeeId);
      if (!person) continue;
      const items = await this.read.notificationsSince(r.employeeId, r.kinds, since);
      if (!items.length) continue;
      const kind = (r.kinds.length === 1 ? r.kinds[0] : 'named_hero') as EmailKind;
      await this.send(
        `daily:${r.employeeId}:${today}`,
        kind,
        person,
        recognitionListEmail(
          person.name,
          items.map((i) => this.item(i)),
          this.appUrl,
          true,
        ),
      );
    }
    return { digests: recipients.length };
  }

  /** Monday morning (WEEKLY_DIGEST_CRON, company time zone): each manager's departments in one email. */
  async weeklyDigests(): Promise<unknown> {
    const today = todayIn(this.config.companyTimeZone);
    const weekAgo = new Date(Date.now() - 7 * 86400_000);
    const monthAgo = new Date(Date.now() - 30 * 86400_000);
    const quarter = quarterLabel(today);
    let sent = 0;
    for (const manager of await this.read.managers()) {
      if ((await this.preferences.modeOf(manager.id, 'weekly_digest')) === 'never') continue;
      const people = await this.read.unrecognised(manager.departmentIds, monthAgo, addDays(today, -NEW_HIRE_DAYS));
      const personUrl = (id: string) => `${this.appUrl}/people/${id}`;
      const storyUrl = (id: string) => `${this.appUrl}/stories/${id}`;
      const content = weeklyDigestEmail({
        managerName: manager.name,
        departments: manager.departmentNames,
        newStories: (await this.read.newStories(manager.departmentIds, weekAgo)).map((s) => ({ ...s, url: storyUrl(s.id) })),
        peerNominated: (await this.read.peerNominated(manager.departmentIds, this.config.peerNominationThreshold)).map((s) => ({ ...s, url: storyUrl(s.id) })),
        unrecognised: people
          .filter((p) => p.everRecognised || p.hiredOn <= addDays(today, -NEW_HIRE_DAYS))
          .map((p) => ({ name: p.name, url: personUrl(p.id) })),
        newHires: people
          .filter((p) => !p.everRecognised && p.hiredOn > addDays(today, -NEW_HIRE_DAYS))
          .map((p) => ({ name: p.name, hiredOn: p.hiredOn, url: personUrl(p.id) })),
        budgetLeft: await this.read.budgetLeft(manager.id, quarterStartOf(quarter)!),
        quarter,
        appUrl: this.appUrl,
        language: mailLanguage(manager.language),
      });
      await this.send(`weekly-digest:${manager.id}:${today}`, 'weekly_digest', manager, content);
      sent += 1;
    }
    return { digests: sent };
  }

  /** Milestone anniversaries (1, 3, 5, then every five years): the person and their manager each get an email. */
  async anniversaries(): Promise<unknown> {
    const today = todayIn(this.config.companyTimeZone);
    let sent = 0;
    for (const person of await this.read.anniversaryCandidates(today.slice(5))) {
      const years = anniversaryToday(person.hiredOn, today);
      if (!years) continue;
      const personUrl = `${this.appUrl}/people/${person.id}`;
      const common = { name: person.name, years, personUrl, appUrl: this.appUrl, companyName: this.config.mail.companyName };
      if ((await this.preferences.modeOf(person.id, 'anniversary')) !== 'never') {
        await this.send(`anniversary:${person.id}:${today}:self`, 'anniversary', person, anniversaryEmail(common));
        sent += 1;
      }
      const manager = person.managerId ? await this.read.person(person.managerId) : null;
      if (manager && !manager.leftOn && (await this.preferences.modeOf(manager.id, 'anniversary')) !== 'never') {
        await this.send(
          `anniversary:${person.id}:${today}:manager`,
          'anniversary',
          manager,
          anniversaryEmail({ ...common, forManager: { managerName: manager.name } }),
        );
        sent += 1;
      }
    }
    return { emails: sent };
  }
}
