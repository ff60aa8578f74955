import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../common/api-problems';
import { CurrentUser, Roles } from '../common/auth.decorators';
import { CurrentEmployee } from '../common/current-employee';
import { UuidParam } from '../common/uuid-param';
import { CreateEmployeeDto, ListEmployeesQueryDto, RecordDepartureDto, UpdateEmployeeDto } from './dto/employee-input.dto';
import { EmployeeDto, EmployeePageDto } from './dto/employee.dto';
import { EmployeesService } from './employees.service';
import { LeavingDatesService } from './leaving-dates.service';
import { RosterListingService } from './roster-listing.service';

@ApiTags('employees')
@ApiBearerAuth()
@Controller()
export class EmployeesController {
  constructor(
    private readonly employees: EmployeesService,
    private readonly roster: RosterListingService,
    private readonly leavingDates: LeavingDatesService,
  ) {}

  @Get('me')
  @ApiOperation({ summary: 'The signed-in employee, with private fields' })
  @ApiOkResponse({ type: EmployeeDto })
  @ApiProblems(401)
  me(@CurrentUser() viewer: CurrentEmployee): Promise<EmployeeDto> {
    return this.employees.get(viewer, viewer.id);
  }

  @Get('employees')
  @ApiOperation({ summary: 'List and search the roster (name, department, status), sorted by a column, by cursor or page number, with its total' })
  @ApiOkResponse({ type: EmployeePageDto })
  @ApiProblems(400, 401)
  list(@CurrentUser() viewer: CurrentEmployee, @Query() query: ListEmployeesQueryDto): Promise<EmployeePageDto> {
    return this.roster.list(viewer, query);
  }

  @Get('employees/:id')
  @ApiOperation({ summary: 'One employee; private fields only for self, admins and managers of their department' })
  @ApiOkResponse({ type: EmployeeDto })
  @ApiProblems(400, 401, 404)
  get(@CurrentUser() viewer: CurrentEmployee, @UuidParam('id') id: string): Promise<EmployeeDto> {
    return this.employees.get(viewer, id);
  }

  @Post('employees')
  @Roles('admin')
  @ApiOperation({ summary: 'Add an employee to the roster (admin)' })
  @ApiCreatedResponse({ type: EmployeeDto })
  @ApiProblems(400, 401, 403, 409, 422)
  create(@CurrentUser() actor: CurrentEmployee, @Body() dto: CreateEmployeeDto): Promise<EmployeeDto> {
    return this.employees.create(actor, dto);
  }

  @Patch('employees/:id')
  @Roles('admin', 'manager')
  @ApiOperation({ summary: 'Edit an employee (admin; managers for their departments, without role changes)' })
  @ApiOkResponse({ type: EmployeeDto })
  @ApiProblems(400, 401, 403, 404, 409, 422)
  update(@CurrentUser() actor: CurrentEmployee, @UuidParam('id') id: string, @Body() dto: UpdateEmployeeDto): Promise<EmployeeDto> {
    return this.employees.update(actor, id, dto);
  }

  @Post('employees/:id/departure')
  @HttpCode(200)
  @Roles('admin', 'manager')
  @ApiOperation({
    summary:
      'Record that an employee left (admin; managers for their departments). On today or a day gone: ends their sessions at once. ' +
      'On a day to come (at most a year ahead): a leaving date; the person stays employed until that day, when it takes effect.',
  })
  @ApiOkResponse({ type: EmployeeDto })
  @ApiProblems(400, 401, 403, 404, 409, 422)
  async recordDeparture(@CurrentUser() actor: CurrentEmployee, @UuidParam('id') id: string, @Body() dto: RecordDepartureDto): Promise<EmployeeDto> {
    await this.employees.recordDeparture(actor, id, dto);
    return this.employees.get(actor, id);
  }

  @Delete('employees/:id/departure')
  @Roles('admin', 'manager')
  @ApiOperation({
    summary:
      'Take a departure back: call off a leaving date still to come (whoever may record a departure), or undo a departure recorded by mistake (admins only): ' +
      'the person is employed again, leftOn and the reason cleared. Audited.',
  })
  @ApiOkResponse({ type: EmployeeDto })
  @ApiProblems(400, 401, 403, 404, 409)
  cancelDeparture(@CurrentUser() actor: CurrentEmployee, @UuidParam('id') id: string): Promise<EmployeeDto> {
    return this.leavingDates.cancelDeparture(actor, id);
  }
}
