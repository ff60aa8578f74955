import { Module } from '@nestjs/common';
import { StoriesModule } from '../stories/stories.module';
import { FeedController } from './feed.controller';
import { FeedRepository } from './feed.repository';
import { FeedService } from './feed.service';

@Module({ imports: [StoriesModule], controllers: [FeedController], providers: [FeedService, FeedRepository] })
export class FeedModule {}
