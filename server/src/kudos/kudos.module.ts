import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { ValuesModule } from '../values/values.module';
import { KudosController } from './kudos.controller';
import { KudosRepository } from './kudos.repository';
import { KudosService } from './kudos.service';

@Module({
  imports: [ValuesModule, NotificationsModule],
  controllers: [KudosController],
  providers: [KudosService, KudosRepository],
  exports: [KudosService],
})
export class KudosModule {}
