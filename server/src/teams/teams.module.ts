import { Module } from '@nestjs/common';
import { TeamsController, TeamsIncomingController } from './teams.controller';
import { TeamsRepository } from './teams.repository';
import { TeamsService } from './teams.service';

@Module({
  controllers: [TeamsController, TeamsIncomingController],
  providers: [TeamsRepository, TeamsService],
})
export class TeamsModule {}
