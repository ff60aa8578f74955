import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../common/api-problems';
import { Roles } from '../common/auth.decorators';
import { FairnessDto, FairnessQueryDto } from './dto/fairness.dto';
import { FairnessService } from './fairness.service';

@ApiTags('rewards')
@ApiBearerAuth()
@Controller('fairness')
export class FairnessController {
  constructor(private readonly fairness: FairnessService) {}

  @Get()
  @Roles('admin')
  @ApiOperation({
    summary: 'Fairness signals (admins): how concentrated endorsements are, per department, and pairs who mostly endorse each other',
    description: 'topTenPercentShare = endorsements held by the top ceil(10%) of recipients ÷ all; gini over every current employee, zeros included.',
  })
  @ApiOkResponse({ type: FairnessDto })
  @ApiProblems(400, 401, 403)
  report(@Query() query: FairnessQueryDto): Promise<FairnessDto> {
    return this.fairness.report(query);
  }
}
