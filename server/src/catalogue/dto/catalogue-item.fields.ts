import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { IsCanonicalUuid, IsNullable, IsOptionalNonNull } from '../../common/field-decorators';
import { stackedDecorators } from '../../common/stacked-decorators';
import { trim } from '../../common/transforms';

const trimEach = ({ value }: { value: unknown }) => (Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.trim() : v)) : value);

/** Whether a catalogue item's field must be sent (creating) or may be left out (changing), and its OpenAPI note. */
type Presence = { required: boolean; description?: string };

const withDescription = (description?: string) => (description ? { description } : {});

/** Required: `@ApiProperty`; optional: `@ApiPropertyOptional` and left out or sent, never null. */
const presenceDecorators = ({ required }: Presence, options: Parameters<typeof ApiProperty>[0]) =>
  required ? [ApiProperty(options)] : [ApiPropertyOptional(options), IsOptionalNonNull()];

/** The item's title: 1 to 120 characters, trimmed. */
export const ItemTitleField = (presence: Presence) =>
  stackedDecorators(
    ...presenceDecorators(presence, { minLength: 1, maxLength: 120 }),
    Transform(trim),
    IsString(),
    MinLength(1, { message: 'title must not be empty' }),
    MaxLength(120),
  );

/** The item's description: up to 2000 characters, trimmed; may be left out. */
export const ItemDescriptionField = () =>
  stackedDecorators(ApiPropertyOptional({ maxLength: 2000 }), IsOptionalNonNull(), Transform(trim), IsString(), MaxLength(2000));

/** What the item costs: a whole number of points from 1 to 1,000,000. */
export const ItemCostField = (presence: Presence) =>
  stackedDecorators(
    ...presenceDecorators(presence, { minimum: 1, maximum: 1_000_000, ...withDescription(presence.description) }),
    IsInt({ message: 'cost must be a whole number of points' }),
    Min(1, { message: 'cost must be at least 1 point' }),
    Max(1_000_000),
  );

/** What is left in stock: a whole number from 0 to 1,000,000, or null (unlimited); may be left out. */
export const ItemStockField = (description?: string) =>
  stackedDecorators(
    ApiPropertyOptional({ type: Number, nullable: true, minimum: 0, maximum: 1_000_000, ...withDescription(description) }),
    IsNullable(),
    IsInt({ message: 'stock must be a whole number' }),
    Min(0, { message: 'stock cannot be negative' }),
    Max(1_000_000),
  );

/** Most redemptions per person per calendar year: 1 to 1000, or null (no limit); may be left out. */
export const ItemYearlyLimitField = () =>
  stackedDecorators(
    ApiPropertyOptional({ type: Number, nullable: true, minimum: 1, maximum: 1000 }),
    IsNullable(),
    IsInt({ message: 'yearlyLimit must be a whole number' }),
    Min(1),
    Max(1000),
  );

/** The departments that see the item: up to 100 department ids; may be left out. */
export const ItemDepartmentIdsField = () =>
  stackedDecorators(
    ApiPropertyOptional({ type: [String], format: 'uuid', maxItems: 100 }),
    IsOptionalNonNull(),
    IsArray(),
    ArrayMaxSize(100),
    IsCanonicalUuid('all', { each: true, message: 'each department id must be a UUID' }),
  );

/** For charity donations: up to 20 charity names of 1 to 120 characters, each trimmed; may be left out. */
export const ItemCharitiesField = (description?: string) =>
  stackedDecorators(
    ApiPropertyOptional({ type: [String], maxItems: 20, ...withDescription(description) }),
    IsOptionalNonNull(),
    Transform(trimEach),
    IsArray(),
    ArrayMaxSize(20),
    IsString({ each: true }),
    MinLength(1, { each: true, message: 'each charity needs a name' }),
    MaxLength(120, { each: true }),
  );
