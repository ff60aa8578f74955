import { Module } from '@nestjs/common';
import { OutboundSinkParts } from '../integration-events/outbound-sink';
import { TeamsController, TeamsIncomingController } from './teams.controller';
import { TeamsRepository } from './teams.repository';
import { TeamsService } from './teams.service';

@Module({
  controllers: [TeamsController, TeamsIncomingController],
  providers: [OutboundSinkParts, TeamsRepository, TeamsService],
})
export class TeamsModule {}
