import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { sha256 } from '../auth/sessions.service';
import { todayIn } from '../common/calendar';
import { CurrentEmployee } from '../common/current-employee';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { JobQueueService } from '../jobs/job-queue.service';
import { appUrlOf, MailService } from '../mail/mail.service';
import { RateLimitStore, retryAfterSeconds } from '../rate-limits/rate-limit-store';
import { CustomerStoriesService } from '../stories/customer-stories.service';
import type { Language } from '../common/languages';
import { complimentConfirmationEmail } from './compliment.emails';
import { thanksLanguage } from './thanks-messages';
import { ComplimentErrors } from './compliments.errors';
import { CONFIRM_LINK_HOURS, duplicateKey, fillTimeVerdict, mayReviewCompliment, publicName, storyTitle, SUBMISSION_LIMIT } from './compliments.policy';
import { ComplimentRow, ComplimentsRepository, LinkRow } from './compliments.repository';
import {
  ComplimentDto,
  ComplimentInboxDto,
  ConfirmComplimentDto,
  ConfirmedComplimentDto,
  DiscardComplimentDto,
  EmployeeComplimentsDto,
  MergeComplimentDto,
} from './dto/compliment.dto';
import { CleanForm, SubmissionOutcome } from './thanks-form';
import { SubmissionChecks } from './submission-checks';

export const COMPLIMENT_CONFIRMATION_JOB = 'compliment-confirmation-email';

/** What a thank-you page may show: first name, last initial and department. Null when the link is off or unknown. */
export interface PublicLink {
  link: LinkRow;
  /** The person ("Noor H., Shoes"), or for a team link the department's name. */
  shownAs: string;
  team: boolean;
}

@Injectable()
export class ComplimentsService {
  private readonly perClient: RateLimiterAbstract;

  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: ComplimentsRepository,
    private readonly checks: SubmissionChecks,
    private readonly stories: CustomerStoriesService,
    private readonly queue: JobQueueService,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    store: RateLimitStore,
  ) {
    this.perClient = store.limiter({ keyPrefix: 'compliment-client', points: SUBMISSION_LIMIT.points, duration: SUBMISSION_LIMIT.durationSeconds });
  }

  async publicLink(code: string): Promise<PublicLink | null> {
    const link = await this.repository.linkByCode(code);
    if (!link || link.revokedAt || link.employeeLeftOn) return null;
    return link.employeeName
      ? { link, shownAs: `${publicName(link.employeeName)}, ${link.departmentName}`, team: false }
      : { link, shownAs: link.departmentName, team: true };
  }

  /** Counts the attempt against the client first: a flood is refused before any work is done for it. */
  async throttle(clientIp: string): Promise<number | null> {
    try {
      await this.perClient.consume(this.checks.clientHash(clientIp));
      return null;
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) return retryAfterSeconds(rejection);
      throw rejection;
    }
  }

  /** `language`: the page's, for the confirmation email. */
  async submit(target: PublicLink, form: CleanForm, clientIp: string, language: Language = 'en'): Promise<SubmissionOutcome> {
    if (form.honeypot) return { kind: 'refused', status: 400, reason: 'honeypot' };
    const fill = fillTimeVerdict(this.checks.readStart(form.startedAt), Date.now());
    if (fill !== 'ok') return { kind: 'refused', status: fill === 'stale' ? 410 : 400, reason: fill };
    if (!(await this.checks.proofOfWork(form.altcha))) return { kind: 'refused', status: 403, reason: 'proof_of_work' };
    const { link } = target;
    const id = await this.dataSource.transaction(async (manager) => {
      const inserted = await this.repository.insertCompliment(manager, {
        linkId: link.id,
        employeeId: link.employeeId,
        departmentId: link.departmentId,
        whatHappened: form.whatHappened,
        howItEnded: form.howItEnded,
        customerName: form.firstName,
        customerEmail: form.email,
        consentToQuote: form.consentToQuote,
        clientHash: this.checks.clientHash(clientIp),
        textHash: this.checks.textHash(duplicateKey(form.whatHappened, form.howItEnded)),
      });
      if (inserted && form.email) await this.queue.enqueue(COMPLIMENT_CONFIRMATION_JOB, { complimentId: inserted, language }, { manager });
      return inserted;
    });
    if (!id) return { kind: 'refused', status: 409, reason: 'duplicate' };
    return { kind: 'accepted', emailSent: form.email !== null };
  }

  /** The job: a fresh single-use token, only in the email (its hash is stored). */
  async sendConfirmation(job: { complimentId: string; language?: string }): Promise<unknown> {
    // Jobs queued before emails had a language, or with one we no longer speak, are read in English.
    const language = thanksLanguage(job.language, undefined, 'en');
    const key = `compliment-confirm:${job.complimentId}`;
    if (await this.mail.wasSent(key)) return { status: 'already_sent' };
    const row = await this.repository.forConfirmationEmail(job.complimentId);
    if (!row?.email) return { status: 'skipped' };
    const token = randomBytes(32).toString('base64url');
    await this.repository.setConfirmToken(row.id, sha256(token), new Date(Date.now() + CONFIRM_LINK_HOURS * 3600_000));
    const url = `${appUrlOf(this.config)}/thanks/confirm/${token}?lang=${language}`;
    const content = complimentConfirmationEmail({
      who: row.heroName ? publicName(row.heroName) : row.departmentName,
      team: !row.heroName,
      url,
      hours: CONFIRM_LINK_HOURS,
      language,
    });
    return this.mail.deliver({ key, kind: 'compliment_confirmation', employeeId: null, to: row.email, content });
  }

  confirmEmail(token: string): Promise<'confirmed' | 'used' | 'expired' | 'unknown'> {
    return this.repository.useConfirmToken(sha256(token));
  }

  async inbox(viewer: CurrentEmployee): Promise<ComplimentInboxDto> {
    const scope = viewer.role === 'admin' ? null : viewer.managedDepartmentIds;
    return { items: (await this.repository.inbox(scope, 100)).map(toComplimentDto) };
  }

  async confirm(viewer: CurrentEmployee, id: string, dto: ConfirmComplimentDto): Promise<ConfirmedComplimentDto> {
    const current = await this.reviewable(viewer, id);
    const hero = await this.heroOf(current, dto.heroId);
    const storyId = await this.stories.create(
      viewer,
      {
        heroId: hero.id,
        title: storyTitle(hero.name),
        situation: current.whatHappened,
        impact: current.howItEnded,
        customerQuote: quotable(current),
        occurredOn: todayIn(this.config.companyTimeZone),
        channel: dto.channel ?? (current.origin === 'helpdesk' ? 'email' : 'in_person'),
        origin: current.origin,
        ticketUrl: current.ticketUrl,
      },
      (manager, story) => this.markPublished(manager, viewer, current, hero.id, story, 'compliment.confirmed'),
    );
    return { storyId };
  }

  /** Adds the compliment to a published story about its hero instead of telling a new one; the hero is told. */
  async merge(viewer: CurrentEmployee, id: string, dto: MergeComplimentDto): Promise<ConfirmedComplimentDto> {
    const current = await this.reviewable(viewer, id);
    const hero = await this.heroOf(current, dto.heroId);
    const added = await this.stories.addPraise(viewer, { storyId: dto.storyId, heroId: hero.id, words: quotable(current) }, (manager) =>
      this.markPublished(manager, viewer, current, hero.id, dto.storyId, 'compliment.merged'),
    );
    if (!added) throw ComplimentErrors.storyNotAboutHero();
    return { storyId: dto.storyId };
  }

  /** The compliment's hero: the person whose link it came through, or the one the manager chose among the department's people. */
  private async heroOf(current: ComplimentRow, chosen: string | undefined): Promise<{ id: string; name: string }> {
    const heroId = current.employeeId ?? chosen;
    const hero = heroId ? await this.repository.employee(heroId) : null;
    if (!hero) throw ComplimentErrors.heroRequired();
    if (!current.employeeId && hero.departmentId !== current.departmentId) throw ComplimentErrors.heroOutsideDepartment(current.departmentName);
    return hero;
  }

  private async markPublished(
    manager: EntityManager,
    viewer: CurrentEmployee,
    current: ComplimentRow,
    heroId: string,
    storyId: string,
    action: 'compliment.confirmed' | 'compliment.merged',
  ): Promise<void> {
    const locked = await this.repository.compliment(manager, current.id, true);
    if (!locked || locked.status !== 'new') throw ComplimentErrors.alreadyReviewed();
    await this.repository.markPublished(manager, current.id, viewer.id, storyId, heroId);
    await this.audit.record(manager, {
      actorId: viewer.id,
      action,
      subjectType: 'customer_compliment',
      subjectId: current.id,
      before: { status: 'new' },
      after: { status: 'published', storyId, ...(current.employeeId ? {} : { heroId }) },
    });
  }

  async discard(viewer: CurrentEmployee, id: string, dto: DiscardComplimentDto): Promise<void> {
    await this.reviewable(viewer, id);
    await this.dataSource.transaction(async (manager) => {
      const locked = await this.repository.compliment(manager, id, true);
      if (!locked || locked.status !== 'new') throw ComplimentErrors.alreadyReviewed();
      await this.repository.markDiscarded(manager, id, viewer.id, dto.reason);
      await this.audit.record(manager, {
        actorId: viewer.id,
        action: 'compliment.discarded',
        subjectType: 'customer_compliment',
        subjectId: id,
        before: { status: 'new' },
        after: { status: 'discarded', reason: dto.reason },
      });
    });
  }

  async receivedBy(employeeId: string): Promise<EmployeeComplimentsDto> {
    const { received, confirmed } = await this.repository.receivedBy(employeeId);
    return { received, confirmed: confirmed.map((c) => ({ ...c, createdAt: new Date(c.createdAt).toISOString() })) };
  }

  private async reviewable(viewer: CurrentEmployee, id: string): Promise<ComplimentRow> {
    const row = await this.repository.compliment(this.dataSource.manager, id);
    if (!row) throw ComplimentErrors.notFound();
    if (!mayReviewCompliment(viewer, row.departmentId)) throw ComplimentErrors.notReviewer();
    if (row.status !== 'new') throw ComplimentErrors.alreadyReviewed();
    return row;
  }
}

/** The customer's words for a quote, only when they agreed to be quoted (stories take up to 500 characters). */
function quotable(row: ComplimentRow): string | null {
  return row.consentToQuote ? row.whatHappened.slice(0, 500) : null;
}

function toComplimentDto(row: ComplimentRow): ComplimentDto {
  return {
    id: row.id,
    origin: row.origin,
    ticketUrl: row.ticketUrl,
    hero: row.employeeId ? { id: row.employeeId, name: row.employeeName ?? '' } : null,
    department: { id: row.departmentId, name: row.departmentName },
    whatHappened: row.whatHappened,
    howItEnded: row.howItEnded,
    customerName: row.customerName,
    consentToQuote: row.consentToQuote,
    emailConfirmed: row.emailConfirmed,
    createdAt: new Date(row.createdAt).toISOString(),
  };
}
