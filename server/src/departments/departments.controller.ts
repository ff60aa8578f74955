import { Body, Controller, Get, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../common/api-problems';
import { CurrentUser, Roles } from '../common/auth.decorators';
import { CurrentEmployee } from '../common/current-employee';
import { UuidParam } from '../common/uuid-param';
import { DepartmentsService } from './departments.service';
import { CreateDepartmentDto, DepartmentDto, UpdateDepartmentDto } from './dto/department.dto';

@ApiTags('departments')
@ApiBearerAuth()
@Controller('departments')
export class DepartmentsController {
  constructor(private readonly departments: DepartmentsService) {}

  @Get()
  @ApiOperation({ summary: 'List departments with headcount and managers' })
  @ApiOkResponse({ type: [DepartmentDto] })
  @ApiProblems(401)
  list(): Promise<DepartmentDto[]> {
    return this.departments.list();
  }

  @Get(':id')
  @ApiOperation({ summary: 'One department' })
  @ApiOkResponse({ type: DepartmentDto })
  @ApiProblems(400, 401, 404)
  get(@UuidParam('id') id: string): Promise<DepartmentDto> {
    return this.departments.get(id);
  }

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Create a department (admin)' })
  @ApiCreatedResponse({ type: DepartmentDto })
  @ApiProblems(400, 401, 403, 409)
  create(@CurrentUser() actor: CurrentEmployee, @Body() dto: CreateDepartmentDto): Promise<DepartmentDto> {
    return this.departments.create(actor, dto);
  }

  @Patch(':id')
  @Roles('admin')
  @ApiOperation({ summary: 'Rename a department or set its managers (admin)' })
  @ApiOkResponse({ type: DepartmentDto })
  @ApiProblems(400, 401, 403, 404, 409, 422)
  update(@CurrentUser() actor: CurrentEmployee, @UuidParam('id') id: string, @Body() dto: UpdateDepartmentDto): Promise<DepartmentDto> {
    return this.departments.update(actor, id, dto);
  }
}
