import { Module } from '@nestjs/common';
import { EmployeesModule } from '../employees/employees.module';
import { RosterImportController } from './roster-import.controller';
import { RosterImportRepository } from './roster-import.repository';
import { RosterImportService } from './roster-import.service';

@Module({
  imports: [EmployeesModule],
  controllers: [RosterImportController],
  providers: [RosterImportService, RosterImportRepository],
})
export class RosterImportModule {}
