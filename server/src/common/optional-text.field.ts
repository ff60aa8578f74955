import { ApiPropertyOptional, ApiPropertyOptions } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { IsOptionalNonNull } from './field-decorators';
import { stackedDecorators } from './stacked-decorators';
import { trim } from './transforms';

/** A text a change may leave out (never null): trimmed, not empty, at most `property.maxLength` characters. */
export const OptionalTextField = (property: ApiPropertyOptions & { maxLength: number }) =>
  stackedDecorators(ApiPropertyOptional(property), IsOptionalNonNull(), Transform(trim), IsString(), IsNotEmpty(), MaxLength(property.maxLength));
