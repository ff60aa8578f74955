import { DynamicModule, Module, RequestMethod } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { dataSourceOptions } from './database/data-source';
import { SlowQueryLogger } from './database/slow-query.logger';
import { BudgetsModule } from './budgets/budgets.module';
import { ChampionsModule } from './champions/champions.module';
import { DepartmentsModule } from './departments/departments.module';
import { EmployeesModule } from './employees/employees.module';
import { EndorsementsModule } from './endorsements/endorsements.module';
import { FairnessModule } from './fairness/fairness.module';
import { FeedModule } from './feed/feed.module';
import { HealthModule } from './health/health.module';
import { JobsModule } from './jobs/jobs.module';
import { InvitationsModule } from './invitations/invitations.module';
import { LeaderboardsModule } from './leaderboards/leaderboards.module';
import { NotificationsModule } from './notifications/notifications.module';
import { ReportsModule } from './reports/reports.module';
import { RosterImportModule } from './roster-import/roster-import.module';
import { ReviewQueueModule } from './review-queue/review-queue.module';
import { RewardsModule } from './rewards/rewards.module';
import { StoriesModule } from './stories/stories.module';
import { IntegrationEventsModule } from './integration-events/integration-events.module';
import { SlackModule } from './slack/slack.module';
import { TeamsModule } from './teams/teams.module';
import { ValuesModule } from './values/values.module';
import { WebhooksModule } from './webhooks/webhooks.module';

@Module({})
export class AppModule {
  static register(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot({
          forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
          pinoHttp: {
            level: config.logLevel,
            redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
            customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
            ...(config.env === 'development' ? { autoLogging: { ignore: (req) => !req.url?.startsWith('/api') } } : {}),
          },
        }),
        TypeOrmModule.forRoot({
          ...dataSourceOptions(databaseUrl, config.dbPoolSize),
          retryAttempts: 1,
          logging: ['error'],
          logger: new SlowQueryLogger(),
          maxQueryExecutionTime: config.slowQueryMs || undefined,
        }),
        AuditModule,
        HealthModule,
        AuthModule,
        DepartmentsModule,
        EmployeesModule,
        InvitationsModule,
        ValuesModule,
        StoriesModule,
        EndorsementsModule,
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
        JobsModule,
        IntegrationEventsModule,
        WebhooksModule,
        SlackModule,
        TeamsModule,
      ],
    };
  }
}
