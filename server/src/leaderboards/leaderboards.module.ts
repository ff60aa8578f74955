import { Module } from '@nestjs/common';
import { PointsModule } from '../points/points.module';
import { LeaderboardsController } from './leaderboards.controller';
import { LeaderboardsRepository } from './leaderboards.repository';
import { LeaderboardsService } from './leaderboards.service';
import { RecognitionTalliesService } from './recognition-tallies.service';

@Module({
  imports: [PointsModule],
  controllers: [LeaderboardsController],
  providers: [LeaderboardsService, LeaderboardsRepository, RecognitionTalliesService],
  exports: [RecognitionTalliesService],
})
export class LeaderboardsModule {}
