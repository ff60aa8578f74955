import { Module } from '@nestjs/common';
import { ReviewQueueController } from './review-queue.controller';
import { ReviewQueueRepository } from './review-queue.repository';
import { ReviewQueueService } from './review-queue.service';

@Module({ controllers: [ReviewQueueController], providers: [ReviewQueueService, ReviewQueueRepository] })
export class ReviewQueueModule {}
