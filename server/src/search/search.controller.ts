import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../common/api-problems';
import { SearchQueryDto, SearchResultsDto } from './dto/search.dto';
import { SearchService } from './search.service';

@ApiTags('search')
@ApiBearerAuth()
@Controller('search')
export class SearchController {
  constructor(private readonly search: SearchService) {}

  @Get()
  @ApiOperation({
    summary: 'Search published stories (title, the three parts and the quote; ranked, matches marked) and people (name, job title, department)',
  })
  @ApiOkResponse({ type: SearchResultsDto })
  @ApiProblems(400, 401)
  find(@Query() query: SearchQueryDto): Promise<SearchResultsDto> {
    return this.search.search(query.q);
  }
}
