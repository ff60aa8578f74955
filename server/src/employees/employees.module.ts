import { Module } from '@nestjs/common';
import { DepartmentsModule } from '../departments/departments.module';
import { SessionsModule } from '../auth/sessions.module';
import { EmployeesController } from './employees.controller';
import { MyLanguageController } from './my-language.controller';
import { EmployeesJobs } from './employees.jobs';
import { EmployeesRepository } from './employees.repository';
import { EmployeesService } from './employees.service';
import { LeavingDatesRepository } from './leaving-dates.repository';
import { LeavingDatesService } from './leaving-dates.service';
import { RosterListingService } from './roster-listing.service';
import { RosterWritesRepository } from './roster-writes.repository';
import { RosterWritesService } from './roster-writes.service';

@Module({
  imports: [SessionsModule, DepartmentsModule],
  controllers: [EmployeesController, MyLanguageController],
  providers: [
    EmployeesService,
    LeavingDatesService,
    LeavingDatesRepository,
    EmployeesJobs,
    EmployeesRepository,
    RosterListingService,
    RosterWritesService,
    RosterWritesRepository,
  ],
  exports: [EmployeesService, RosterWritesService],
})
export class EmployeesModule {}
