import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { EmployeesModule } from '../employees/employees.module';
import { MailModule } from '../mail/mail.module';
import { PasswordResetController } from './password-reset.controller';
import { PasswordResetJobs } from './password-reset.jobs';
import { PasswordResetRepository } from './password-reset.repository';
import { PasswordResetService } from './password-reset.service';

@Module({
  imports: [AuthModule, EmployeesModule, MailModule],
  controllers: [PasswordResetController],
  providers: [PasswordResetService, PasswordResetRepository, PasswordResetJobs],
})
export class PasswordResetModule {}
