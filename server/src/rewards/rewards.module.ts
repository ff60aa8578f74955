import { Module } from '@nestjs/common';
import { BadgesModule } from '../badges/badges.module';
import { BudgetsModule } from '../budgets/budgets.module';
import { LeaderboardsModule } from '../leaderboards/leaderboards.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { PointsModule } from '../points/points.module';
import { RedemptionsModule } from '../redemptions/redemptions.module';
import { StoriesModule } from '../stories/stories.module';
import { RewardsController } from './rewards.controller';
import { RewardsRepository } from './rewards.repository';
import { RewardsService } from './rewards.service';

@Module({
  imports: [BadgesModule, BudgetsModule, LeaderboardsModule, NotificationsModule, PointsModule, RedemptionsModule, StoriesModule],
  controllers: [RewardsController],
  providers: [RewardsService, RewardsRepository],
})
export class RewardsModule {}
