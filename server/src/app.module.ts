import { DynamicModule, Module, RequestMethod } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import pino from 'pino';
import type { Options as PinoHttpOptions } from 'pino-http';
import { requestLogFields, responseLogFields } from './common/request-log';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { RateLimitsModule } from './rate-limits/rate-limits.module';
import { redactLoggedRequest } from './common/log-redaction';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { dataSourceOptions } from './database/data-source';
import { SlowQueryLogger } from './database/slow-query.logger';
import { BudgetsModule } from './budgets/budgets.module';
import { ComplimentsModule } from './compliments/compliments.module';
import { HelpdeskModule } from './helpdesk/helpdesk.module';
import { ChampionsModule } from './champions/champions.module';
import { DepartmentsModule } from './departments/departments.module';
import { EmployeesModule } from './employees/employees.module';
import { CommentsModule } from './comments/comments.module';
import { EndorsementsModule } from './endorsements/endorsements.module';
import { FairnessModule } from './fairness/fairness.module';
import { FeedModule } from './feed/feed.module';
import { HealthModule } from './health/health.module';
import { JobsModule } from './jobs/jobs.module';
import { KudosModule } from './kudos/kudos.module';
import { InvitationsModule } from './invitations/invitations.module';
import { MailModule } from './mail/mail.module';
import { PasswordResetModule } from './password-reset/password-reset.module';
import { EmailPreferencesModule } from './email-preferences/email-preferences.module';
import { EmailNotificationsModule } from './email-notifications/email-notifications.module';
import { LeaderboardsModule } from './leaderboards/leaderboards.module';
import { NotificationsModule } from './notifications/notifications.module';
import { ReportsModule } from './reports/reports.module';
import { RosterImportModule } from './roster-import/roster-import.module';
import { ReviewQueueModule } from './review-queue/review-queue.module';
import { RewardsModule } from './rewards/rewards.module';
import { ScimModule } from './scim/scim.module';
import { SsoModule } from './sso/sso.module';
import { StoriesModule } from './stories/stories.module';
import { IntegrationEventsModule } from './integration-events/integration-events.module';
import { SlackModule } from './slack/slack.module';
import { TeamsModule } from './teams/teams.module';
import { ValuesModule } from './values/values.module';
import { LanguagesModule } from './languages/languages.module';
import { BadgesModule } from './badges/badges.module';
import { CatalogueModule } from './catalogue/catalogue.module';
import { PointsModule } from './points/points.module';
import { RedemptionsModule } from './redemptions/redemptions.module';
import { WebhooksModule } from './webhooks/webhooks.module';
import { SearchModule } from './search/search.module';

@Module({})
export class AppModule {
  static register(config: AppConfig, databaseUrl: string): DynamicModule {
    const pinoOptions: PinoHttpOptions = {
      level: config.logLevel,
      // A request line says who asked what and how it went, not every header (1.1 KB a request before); invitation and
      // reset tokens in URLs are secrets, so no log line carries them.
      serializers: { req: (req) => requestLogFields(redactLoggedRequest(req)), res: responseLogFields },
      customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
      ...(config.env === 'development' ? { autoLogging: { ignore: (req) => !req.url?.startsWith('/api') } } : {}),
    };
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot({
          forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
          // A test that reads the lines gives a stream; otherwise lines are written in the background rather than with a
          // blocking write per line (flushed at exit).
          pinoHttp: [pinoOptions, config.logStream ?? pino.destination({ sync: false })],
        }),
        TypeOrmModule.forRoot({
          ...dataSourceOptions(databaseUrl, config.dbPoolSize),
          retryAttempts: 1,
          logging: ['error'],
          logger: new SlowQueryLogger(),
          maxQueryExecutionTime: config.slowQueryMs || undefined,
        }),
        AuditModule,
        RateLimitsModule,
        HealthModule,
        AuthModule,
        DepartmentsModule,
        EmployeesModule,
        InvitationsModule,
        ValuesModule,
        LanguagesModule,
        BadgesModule,
        StoriesModule,
        EndorsementsModule,
        CommentsModule,
        KudosModule,
        FeedModule,
        NotificationsModule,
        ReportsModule,
        RosterImportModule,
        BudgetsModule,
        RewardsModule,
        ReviewQueueModule,
        LeaderboardsModule,
        ChampionsModule,
        FairnessModule,
        PointsModule,
        CatalogueModule,
        RedemptionsModule,
        JobsModule,
        MailModule,
        EmailPreferencesModule,
        EmailNotificationsModule,
        PasswordResetModule,
        SsoModule,
        ScimModule,
        IntegrationEventsModule,
        WebhooksModule,
        SearchModule,
        SlackModule,
        TeamsModule,
        ComplimentsModule,
        HelpdeskModule,
      ],
    };
  }
}
