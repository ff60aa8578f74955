import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn } from 'class-validator';
import { IsCanonicalUuid, IsOptionalNonNull } from '../../common/field-decorators';
import { CursorPageQueryDto } from '../../common/dto/cursor-page-query.dto';
import { queryBoolean } from '../../common/transforms';
import { CATALOGUE_CATEGORIES, CatalogueCategory } from '../catalogue-item.entity';
import {
  ItemCharitiesField,
  ItemCostField,
  ItemDepartmentIdsField,
  ItemDescriptionField,
  ItemStockField,
  ItemTitleField,
  ItemYearlyLimitField,
} from './catalogue-item.fields';

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
  @ItemTitleField({ required: true })
  title: string;

  @ItemDescriptionField()
  description?: string;

  @ApiProperty({ enum: CATALOGUE_CATEGORIES, enumName: 'CatalogueCategory' })
  @IsIn(CATALOGUE_CATEGORIES, { message: `category must be one of ${CATALOGUE_CATEGORIES.join(', ')}` })
  category: CatalogueCategory;

  @ItemCostField({ required: true, description: 'Points; a whole number above zero.' })
  cost: number;

  @ItemStockField('null or left out: unlimited.')
  stock?: number | null;

  @ItemYearlyLimitField()
  yearlyLimit?: number | null;

  @ItemDepartmentIdsField()
  departmentIds?: string[];

  @ItemCharitiesField('Required for charity donations.')
  charities?: string[];
}

export class UpdateCatalogueItemDto {
  @ItemTitleField({ required: false })
  title?: string;

  @ItemDescriptionField()
  description?: string;

  @ItemCostField({ required: false })
  cost?: number;

  @ItemStockField()
  stock?: number | null;

  @ItemYearlyLimitField()
  yearlyLimit?: number | null;

  @ItemDepartmentIdsField()
  departmentIds?: string[];

  @ItemCharitiesField()
  charities?: string[];

  @ApiPropertyOptional({ description: 'true retires the item (no new redemptions); false brings it back.' })
  @IsOptionalNonNull()
  @IsBoolean({ message: 'retired must be true or false' })
  retired?: boolean;
}
