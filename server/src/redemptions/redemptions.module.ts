import { Module } from '@nestjs/common';
import { CatalogueModule } from '../catalogue/catalogue.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { PointsModule } from '../points/points.module';
import { GiftsService } from './gifts.service';
import { RedemptionsController } from './redemptions.controller';
import { RedemptionsRepository } from './redemptions.repository';
import { RedemptionsService } from './redemptions.service';

@Module({
  imports: [CatalogueModule, NotificationsModule, PointsModule],
  controllers: [RedemptionsController],
  providers: [RedemptionsService, RedemptionsRepository, GiftsService],
  exports: [GiftsService],
})
export class RedemptionsModule {}
