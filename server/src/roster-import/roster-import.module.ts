import { Module } from '@nestjs/common';
import { DepartmentsModule } from '../departments/departments.module';
import { EmployeesModule } from '../employees/employees.module';
import { InvitationsModule } from '../invitations/invitations.module';
import { RosterImportController } from './roster-import.controller';
import { RosterImportRepository } from './roster-import.repository';
import { RosterImportService } from './roster-import.service';

@Module({
  imports: [EmployeesModule, DepartmentsModule, InvitationsModule],
  controllers: [RosterImportController],
  providers: [RosterImportService, RosterImportRepository],
})
export class RosterImportModule {}
