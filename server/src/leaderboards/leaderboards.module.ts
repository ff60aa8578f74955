import { Module } from '@nestjs/common';
import { LeaderboardsController } from './leaderboards.controller';
import { LeaderboardsRepository } from './leaderboards.repository';
import { LeaderboardsService } from './leaderboards.service';
import { RecognitionTalliesService } from './recognition-tallies.service';

@Module({
  controllers: [LeaderboardsController],
  providers: [LeaderboardsService, LeaderboardsRepository, RecognitionTalliesService],
  exports: [RecognitionTalliesService],
})
export class LeaderboardsModule {}
