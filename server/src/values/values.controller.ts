import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../common/api-problems';
import { CurrentUser, Roles } from '../common/auth.decorators';
import { CurrentEmployee } from '../common/current-employee';
import { UuidParam } from '../common/uuid-param';
import { CompanyValueDto, CreateCompanyValueDto, ListCompanyValuesQueryDto, UpdateCompanyValueDto } from './dto/company-value.dto';
import { ValuesService } from './values.service';

@ApiTags('values')
@ApiBearerAuth()
@Controller('values')
export class ValuesController {
  constructor(private readonly values: ValuesService) {}

  @Get()
  @ApiOperation({ summary: 'Company values stories can be tagged with' })
  @ApiOkResponse({ type: [CompanyValueDto] })
  @ApiProblems(400, 401)
  list(@Query() query: ListCompanyValuesQueryDto): Promise<CompanyValueDto[]> {
    return this.values.list(query.includeRetired ?? false);
  }

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Add a company value (admin)' })
  @ApiCreatedResponse({ type: CompanyValueDto })
  @ApiProblems(400, 401, 403, 409)
  create(@CurrentUser() actor: CurrentEmployee, @Body() dto: CreateCompanyValueDto): Promise<CompanyValueDto> {
    return this.values.create(actor, dto);
  }

  @Patch(':id')
  @Roles('admin')
  @ApiOperation({ summary: 'Rename, describe, retire or restore a company value (admin)' })
  @ApiOkResponse({ type: CompanyValueDto })
  @ApiProblems(400, 401, 403, 404, 409)
  update(@CurrentUser() actor: CurrentEmployee, @UuidParam('id') id: string, @Body() dto: UpdateCompanyValueDto): Promise<CompanyValueDto> {
    return this.values.update(actor, id, dto);
  }
}
