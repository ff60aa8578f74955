import { Module } from '@nestjs/common';
import { KudosModule } from '../kudos/kudos.module';
import { LeaderboardsModule } from '../leaderboards/leaderboards.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { ValuesModule } from '../values/values.module';
import { CustomerStoriesService } from './customer-stories.service';
import { StoriesController } from './stories.controller';
import { StoriesRepository } from './stories.repository';
import { StoriesService } from './stories.service';
import { StoryCardCache } from './story-card.cache';

@Module({
  imports: [ValuesModule, NotificationsModule, LeaderboardsModule, KudosModule],
  controllers: [StoriesController],
  providers: [StoriesService, CustomerStoriesService, StoriesRepository, StoryCardCache],
  exports: [StoriesService, CustomerStoriesService, StoryCardCache],
})
export class StoriesModule {}
