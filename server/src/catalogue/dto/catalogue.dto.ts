import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { IsCanonicalUuid, IsNullable, IsOptionalNonNull } from '../../common/field-decorators';
import { CursorPageQueryDto } from '../../common/dto/cursor-page-query.dto';
import { queryBoolean, trim } from '../../common/transforms';
import { CATALOGUE_CATEGORIES, CatalogueCategory } from '../catalogue-item.entity';

const trimEach = ({ value }: { value: unknown }) => (Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.trim() : v)) : value);

export class CatalogueItemDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Bookshop gift card, 25 €' })
  title: string;

  @ApiProperty()
  description: string;

  @ApiProperty({ enum: CATALOGUE_CATEGORIES, enumName: 'CatalogueCategory' })
  category: CatalogueCategory;

  @ApiProperty({ example: 500, description: 'Points.' })
  cost: number;

  @ApiProperty({ type: Number, nullable: true, description: 'Left in stock; null: unlimited.' })
  stock: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'Most redemptions per person per calendar year; null: no limit.' })
  yearlyLimit: number | null;

  @ApiProperty({ type: [String], format: 'uuid', description: 'Departments that see it; empty: everyone.' })
  departmentIds: string[];

  @ApiProperty({ type: [String], description: 'For charity donations: the charities to choose from.' })
  charities: string[];

  @ApiProperty({ type: String, nullable: true, example: '/api/catalogue/images/6f1c…', description: 'The picture (WebP), served by the app.' })
  imageUrl: string | null;

  @ApiProperty({ description: 'Retired items stay in history but cannot be redeemed.' })
  retired: boolean;
}

export class CatalogueItemPageDto {
  @ApiProperty({ type: [CatalogueItemDto] })
  items: CatalogueItemDto[];

  @ApiProperty({ type: String, nullable: true })
  nextCursor: string | null;
}

export class ListCatalogueQueryDto extends CursorPageQueryDto {
  @ApiPropertyOptional({ enum: CATALOGUE_CATEGORIES, enumName: 'CatalogueCategory' })
  @IsOptionalNonNull()
  @IsIn(CATALOGUE_CATEGORIES, { message: `category must be one of ${CATALOGUE_CATEGORIES.join(', ')}` })
  category?: CatalogueCategory;

  @ApiPropertyOptional({ description: 'Admins: include retired items and items hidden from your department.' })
  @IsOptionalNonNull()
  @Transform(queryBoolean)
  @IsBoolean({ message: 'all must be true or false' })
  all?: boolean;

  @ApiPropertyOptional({
    format: 'uuid',
    description:
      'Managers (for a department they manage) and admins: the items a manager may give as a gift to people in this department (offered to it, in stock, not charity donations).',
  })
  @IsOptionalNonNull()
  @IsCanonicalUuid('all', { message: 'giftsFor must be a UUID' })
  giftsFor?: string;
}

export class CreateCatalogueItemDto {
  @ApiProperty({ minLength: 1, maxLength: 120 })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'title must not be empty' })
  @MaxLength(120)
  title: string;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptionalNonNull()
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  description?: string;

  @ApiProperty({ enum: CATALOGUE_CATEGORIES, enumName: 'CatalogueCategory' })
  @IsIn(CATALOGUE_CATEGORIES, { message: `category must be one of ${CATALOGUE_CATEGORIES.join(', ')}` })
  category: CatalogueCategory;

  @ApiProperty({ minimum: 1, maximum: 1_000_000, description: 'Points; a whole number above zero.' })
  @IsInt({ message: 'cost must be a whole number of points' })
  @Min(1, { message: 'cost must be at least 1 point' })
  @Max(1_000_000)
  cost: number;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 0, maximum: 1_000_000, description: 'null or left out: unlimited.' })
  @IsNullable()
  @IsInt({ message: 'stock must be a whole number' })
  @Min(0, { message: 'stock cannot be negative' })
  @Max(1_000_000)
  stock?: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 1, maximum: 1000 })
  @IsNullable()
  @IsInt({ message: 'yearlyLimit must be a whole number' })
  @Min(1)
  @Max(1000)
  yearlyLimit?: number | null;

  @ApiPropertyOptional({ type: [String], format: 'uuid', maxItems: 100 })
  @IsOptionalNonNull()
  @IsArray()
  @ArrayMaxSize(100)
  @IsCanonicalUuid('all', { each: true, message: 'each department id must be a UUID' })
  departmentIds?: string[];

  @ApiPropertyOptional({ type: [String], maxItems: 20, description: 'Required for charity donations.' })
  @IsOptionalNonNull()
  @Transform(trimEach)
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MinLength(1, { each: true, message: 'each charity needs a name' })
  @MaxLength(120, { each: true })
  charities?: string[];
}

export class UpdateCatalogueItemDto {
  @ApiPropertyOptional({ minLength: 1, maxLength: 120 })
  @IsOptionalNonNull()
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'title must not be empty' })
  @MaxLength(120)
  title?: string;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptionalNonNull()
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  description?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 1_000_000 })
  @IsOptionalNonNull()
  @IsInt({ message: 'cost must be a whole number of points' })
  @Min(1, { message: 'cost must be at least 1 point' })
  @Max(1_000_000)
  cost?: number;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 0, maximum: 1_000_000 })
  @IsNullable()
  @IsInt({ message: 'stock must be a whole number' })
  @Min(0, { message: 'stock cannot be negative' })
  @Max(1_000_000)
  stock?: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 1, maximum: 1000 })
  @IsNullable()
  @IsInt({ message: 'yearlyLimit must be a whole number' })
  @Min(1)
  @Max(1000)
  yearlyLimit?: number | null;

  @ApiPropertyOptional({ type: [String], format: 'uuid', maxItems: 100 })
  @IsOptionalNonNull()
  @IsArray()
  @ArrayMaxSize(100)
  @IsCanonicalUuid('all', { each: true, message: 'each department id must be a UUID' })
  departmentIds?: string[];

  @ApiPropertyOptional({ type: [String], maxItems: 20 })
  @IsOptionalNonNull()
  @Transform(trimEach)
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MinLength(1, { each: true, message: 'each charity needs a name' })
  @MaxLength(120, { each: true })
  charities?: string[];

  @ApiPropertyOptional({ description: 'true retires the item (no new redemptions); false brings it back.' })
  @IsOptionalNonNull()
  @IsBoolean({ message: 'retired must be true or false' })
  retired?: boolean;
}
