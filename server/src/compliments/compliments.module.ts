import { Module } from '@nestjs/common';
import { LanguagesModule } from '../languages/languages.module';
import { MailModule } from '../mail/mail.module';
import { StoriesModule } from '../stories/stories.module';
import { ComplimentsController } from './compliments.controller';
import { ComplimentsJobs } from './compliments.jobs';
import { ComplimentsRepository } from './compliments.repository';
import { ComplimentsService } from './compliments.service';
import { HelpdeskComplimentsService } from './helpdesk-compliments.service';
import { SubmissionChecks } from './submission-checks';
import { ThankYouLinksService } from './thank-you-links.service';
import { ThanksController } from './thanks.controller';

/** Customers' own voice: thank-you links, the public thank-you page, and the managers' inbox that turns praise into stories. */
@Module({
  imports: [StoriesModule, MailModule, LanguagesModule],
  controllers: [ComplimentsController, ThanksController],
  providers: [ComplimentsRepository, ComplimentsService, ThankYouLinksService, SubmissionChecks, ComplimentsJobs, HelpdeskComplimentsService],
  exports: [HelpdeskComplimentsService],
})
export class ComplimentsModule {}
