import { Module } from '@nestjs/common';
import { IntegrationEventsModule } from '../integration-events/integration-events.module';
import { JobsModule } from '../jobs/jobs.module';
import { TeamsController, TeamsIncomingController } from './teams.controller';
import { TeamsRepository } from './teams.repository';
import { TeamsService } from './teams.service';

@Module({
  imports: [IntegrationEventsModule, JobsModule],
  controllers: [TeamsController, TeamsIncomingController],
  providers: [TeamsRepository, TeamsService],
})
export class TeamsModule {}
