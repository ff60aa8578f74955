import { Body, Controller, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../common/api-problems';
import { CurrentUser, Roles } from '../common/auth.decorators';
import { CurrentEmployee } from '../common/current-employee';
import { BudgetsService } from './budgets.service';
import { BudgetDto, BudgetQuarterQueryDto, SetBudgetDto, TopUpBudgetDto } from './dto/budget.dto';

@ApiTags('budgets')
@ApiBearerAuth()
@Controller('budgets')
export class BudgetsController {
  constructor(private readonly budgets: BudgetsService) {}

  @Get('mine')
  @Roles('manager', 'admin')
  @ApiOperation({ summary: 'My points budget for the current quarter: allotted, spent and remaining' })
  @ApiOkResponse({ type: BudgetDto })
  @ApiProblems(401, 403)
  mine(@CurrentUser() viewer: CurrentEmployee): Promise<BudgetDto> {
    return this.budgets.mine(viewer);
  }

  @Get()
  @Roles('admin')
  @ApiOperation({ summary: 'Every current manager’s and admin’s budget for a quarter (admins)' })
  @ApiOkResponse({ type: [BudgetDto] })
  @ApiProblems(400, 401, 403)
  list(@Query() query: BudgetQuarterQueryDto): Promise<BudgetDto[]> {
    return this.budgets.list(query);
  }

  @Put()
  @Roles('admin')
  @ApiOperation({ summary: 'Set a manager’s budget for a quarter (admins; audited; never below what is spent)' })
  @ApiOkResponse({ type: BudgetDto })
  @ApiProblems(400, 401, 403, 422)
  set(@CurrentUser() viewer: CurrentEmployee, @Body() dto: SetBudgetDto): Promise<BudgetDto> {
    return this.budgets.set(viewer, dto);
  }

  @Post('top-ups')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({ summary: 'Add points to a manager’s budget for a quarter (admins; audited)' })
  @ApiOkResponse({ type: BudgetDto })
  @ApiProblems(400, 401, 403, 422)
  topUp(@CurrentUser() viewer: CurrentEmployee, @Body() dto: TopUpBudgetDto): Promise<BudgetDto> {
    return this.budgets.topUp(viewer, dto);
  }
}
