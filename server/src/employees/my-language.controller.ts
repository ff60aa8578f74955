import { Body, Controller, Delete, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../common/api-problems';
import { CurrentUser } from '../common/auth.decorators';
import { CurrentEmployee } from '../common/current-employee';
import { SetLanguageDto } from './dto/language.dto';
import { EmployeeDto } from './dto/employee.dto';
import { EmployeesRepository } from './employees.repository';
import { EmployeesService } from './employees.service';

/** Everyone chooses their own language (My profile); nobody sets another person's. */
@ApiTags('employees')
@ApiBearerAuth()
@Controller()
export class MyLanguageController {
  constructor(
    private readonly employees: EmployeesService,
    private readonly repository: EmployeesRepository,
  ) {}

  @Put('me/language')
  @ApiOperation({ summary: 'Choose the language the signed-in person reads the app and their email in' })
  @ApiOkResponse({ type: EmployeeDto })
  @ApiProblems(400, 401)
  async set(@CurrentUser() viewer: CurrentEmployee, @Body() dto: SetLanguageDto): Promise<EmployeeDto> {
    await this.repository.setLanguage(viewer.id, dto.language);
    return this.employees.get(viewer, viewer.id);
  }

  @Delete('me/language')
  @ApiOperation({ summary: "Go back to the browser's language (else the company default) for the signed-in person" })
  @ApiOkResponse({ type: EmployeeDto })
  @ApiProblems(401)
  async clear(@CurrentUser() viewer: CurrentEmployee): Promise<EmployeeDto> {
    await this.repository.setLanguage(viewer.id, null);
    return this.employees.get(viewer, viewer.id);
  }
}
