import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { StoriesModule } from '../stories/stories.module';
import { CommentsController } from './comments.controller';
import { CommentsRepository } from './comments.repository';
import { CommentsService } from './comments.service';

@Module({
  imports: [StoriesModule, NotificationsModule],
  controllers: [CommentsController],
  providers: [CommentsService, CommentsRepository],
  exports: [CommentsService],
})
export class CommentsModule {}
