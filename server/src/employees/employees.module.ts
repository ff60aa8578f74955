import { Module } from '@nestjs/common';
import { DepartmentsModule } from '../departments/departments.module';
import { SessionsModule } from '../auth/sessions.module';
import { EmployeesController } from './employees.controller';
import { EmployeesRepository } from './employees.repository';
import { EmployeesService } from './employees.service';
import { RosterListingService } from './roster-listing.service';

@Module({
  imports: [SessionsModule, DepartmentsModule],
  controllers: [EmployeesController],
  providers: [EmployeesService, EmployeesRepository, RosterListingService],
  exports: [EmployeesService],
})
export class EmployeesModule {}
