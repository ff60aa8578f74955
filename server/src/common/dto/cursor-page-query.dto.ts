import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { queryInteger } from '../../common/transforms';
import { IsInt, IsString, Max, MaxLength, Min } from 'class-validator';
import { IsOptionalNonNull } from '../field-decorators';

/** `cursor` and `limit` (1–50) of a keyset-paginated list. */
export class CursorPageQueryDto {
  @ApiPropertyOptional({ maxLength: 500, description: 'The nextCursor of the previous page.' })
  @IsOptionalNonNull()
  @IsString()
  @MaxLength(500)
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 50, default: 20 })
  @IsOptionalNonNull()
  @Transform(queryInteger)
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1)
  @Max(50)
  limit?: number;
}
