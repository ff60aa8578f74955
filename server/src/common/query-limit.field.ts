import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { IsOptionalNonNull } from './field-decorators';
import { stackedDecorators } from './stacked-decorators';
import { queryInteger } from './transforms';

/** How many rows a list query answers with: a whole number from 1 to 100 in the query string, `defaultLimit` if left out. */
export const QueryLimitField = (defaultLimit: number) =>
  stackedDecorators(
    ApiPropertyOptional({ minimum: 1, maximum: 100, default: defaultLimit }),
    IsOptionalNonNull(),
    Transform(queryInteger),
    IsInt({ message: 'limit must be a whole number' }),
    Min(1),
    Max(100),
  );
