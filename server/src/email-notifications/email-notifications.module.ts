import { Module } from '@nestjs/common';
import { EmailPreferencesModule } from '../email-preferences/email-preferences.module';
import { MailModule } from '../mail/mail.module';
import { EmailNotificationsJobs } from './email-notifications.jobs';
import { EmailNotificationsRepository } from './email-notifications.repository';

/** Recognition, moderation, digest and anniversary emails: read models over the features, sent through MailService. */
@Module({
  imports: [MailModule, EmailPreferencesModule],
  providers: [EmailNotificationsJobs, EmailNotificationsRepository],
})
export class EmailNotificationsModule {}
