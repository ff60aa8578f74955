import { Module } from '@nestjs/common';
import { PointsController } from './points.controller';
import { PointsJobs } from './points.jobs';
import { PointsRepository } from './points.repository';
import { PointsService } from './points.service';

@Module({ controllers: [PointsController], providers: [PointsService, PointsRepository, PointsJobs], exports: [PointsService] })
export class PointsModule {}
