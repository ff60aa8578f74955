import { Module } from '@nestjs/common';
import { EmployeesModule } from '../employees/employees.module';
import { MailController } from './mail.controller';
import { MailJobs } from './mail.jobs';
import { MailRepository } from './mail.repository';
import { MailService } from './mail.service';

@Module({
  imports: [EmployeesModule],
  controllers: [MailController],
  providers: [MailService, MailRepository, MailJobs],
  exports: [MailService],
})
export class MailModule {}
