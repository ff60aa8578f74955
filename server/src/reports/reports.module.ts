import { Module } from '@nestjs/common';
import { ReportConcurrencyInterceptor } from './report-concurrency.interceptor';
import { ReportsController } from './reports.controller';
import { ReportsRepository } from './reports.repository';
import { ReportsService } from './reports.service';

@Module({
  controllers: [ReportsController],
  providers: [ReportsService, ReportsRepository, ReportConcurrencyInterceptor],
})
export class ReportsModule {}
