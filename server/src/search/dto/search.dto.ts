import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { trim } from '../../common/transforms';
import { EmployeeInDepartmentDto, EmployeeRefDto } from '../../employees/dto/employee-ref.dto';

export const SEARCH_QUERY_MAX_LENGTH = 100;

export class SearchQueryDto {
  @ApiProperty({
    description: 'What to look for: words (stemmed: "refunded" finds "refund"), "a quoted phrase", OR, and -word to leave one out.',
    example: 'parcel courier',
    minLength: 1,
    maxLength: SEARCH_QUERY_MAX_LENGTH,
  })
  @Transform(trim)
  @IsString({ message: 'q must be text' })
  @IsNotEmpty({ message: 'q must not be empty' })
  @MaxLength(SEARCH_QUERY_MAX_LENGTH, { message: `q must be at most ${SEARCH_QUERY_MAX_LENGTH} characters` })
  q: string;
}

/** A piece of a highlighted text. Render every piece as text and mark the matches (e.g. <mark>); it is never HTML. */
export class TextSegmentDto {
  @ApiProperty({ example: 'parcel' })
  text: string;

  @ApiProperty({ description: 'This piece matched the query.' })
  match: boolean;
}

export class StorySearchHitDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ type: [TextSegmentDto], description: 'The whole title, matches marked.' })
  title: TextSegmentDto[];

  @ApiProperty({ type: [TextSegmentDto], description: 'Up to two passages of the story and quote around the matches, joined by " … ".' })
  snippet: TextSegmentDto[];

  @ApiProperty({ format: 'date' })
  occurredOn: string;

  @ApiProperty({ type: [EmployeeRefDto] })
  heroes: EmployeeRefDto[];
}

/** A person found: the same reference to a person and their department as elsewhere, with what a result list shows. */
export class PersonSearchHitDto extends EmployeeInDepartmentDto {
  @ApiProperty({ example: 'Sales Associate' })
  jobTitle: string;

  @ApiProperty({ description: 'Still employed; people who left come after those who did not.' })
  active: boolean;
}

export class SearchResultsDto {
  @ApiProperty({ type: [StorySearchHitDto], description: 'Published stories, best match first (at most 20).' })
  stories: StorySearchHitDto[];

  @ApiProperty({ type: [PersonSearchHitDto], description: 'People by name, job title or department, those still employed first (at most 10).' })
  people: PersonSearchHitDto[];
}
