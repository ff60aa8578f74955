import { Module } from '@nestjs/common';
import { DepartmentsModule } from '../departments/departments.module';
import { AuthModule } from '../auth/auth.module';
import { EmployeesController } from './employees.controller';
import { EmployeesRepository } from './employees.repository';
import { EmployeesService } from './employees.service';
import { RosterListingService } from './roster-listing.service';

@Module({
  imports: [AuthModule, DepartmentsModule],
  controllers: [EmployeesController],
  providers: [EmployeesService, EmployeesRepository, RosterListingService],
  exports: [EmployeesService],
})
export class EmployeesModule {}
