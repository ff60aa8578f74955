import { Injectable } from '@nestjs/common';
import { EmployeesService } from '../employees/employees.service';
import { StoriesService } from '../stories/stories.service';
import { SearchResultsDto } from './dto/search.dto';

const STORY_HITS = 20;
const PEOPLE_HITS = 10;

/** One search box over the two things people look for: stories (full text, ranked) and colleagues. */
@Injectable()
export class SearchService {
  constructor(
    private readonly stories: StoriesService,
    private readonly employees: EmployeesService,
  ) {}

  async search(q: string): Promise<SearchResultsDto> {
    const [stories, people] = await Promise.all([this.stories.search(q, STORY_HITS), this.employees.searchPeople(q, PEOPLE_HITS)]);
    return { stories: stories.map(({ rank: _rank, ...hit }) => hit), people };
  }
}
