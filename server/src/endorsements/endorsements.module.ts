import { Module } from '@nestjs/common';
import { CommentsModule } from '../comments/comments.module';
import { LeaderboardsModule } from '../leaderboards/leaderboards.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { StoriesModule } from '../stories/stories.module';
import { EndorsementsController } from './endorsements.controller';
import { EndorsementsRepository } from './endorsements.repository';
import { EndorsementsService } from './endorsements.service';

@Module({
  imports: [StoriesModule, NotificationsModule, LeaderboardsModule, CommentsModule],
  controllers: [EndorsementsController],
  providers: [EndorsementsService, EndorsementsRepository],
  exports: [EndorsementsService],
})
export class EndorsementsModule {}
