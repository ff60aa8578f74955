import { Module } from '@nestjs/common';
import { EmployeesModule } from '../employees/employees.module';
import { EndorsementsModule } from '../endorsements/endorsements.module';
import { StoriesModule } from '../stories/stories.module';
import { ValuesModule } from '../values/values.module';
import { OutboundSinkParts } from '../integration-events/outbound-sink';
import { SlackIncomingController } from './slack-incoming.controller';
import { SlackInteractionsService } from './slack-interactions.service';
import { SlackController } from './slack.controller';
import { SlackRepository } from './slack.repository';
import { SlackService } from './slack.service';

@Module({
  imports: [EmployeesModule, StoriesModule, EndorsementsModule, ValuesModule],
  controllers: [SlackController, SlackIncomingController],
  providers: [OutboundSinkParts, SlackRepository, SlackService, SlackInteractionsService],
})
export class SlackModule {}
