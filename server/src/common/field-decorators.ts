import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsDefined, IsUUID, ValidateIf, ValidationOptions } from 'class-validator';
import { canonicalUuid } from './transforms';

/**
 * An optional field that may be left out but not sent as `null`. class-validator's IsOptional lets null through
 * as "not given", and then a service writes it (a NOT NULL column answered 500) or calls a string method on it.
 * null is accepted only where the OpenAPI document says `nullable` (and means "clear it"): those fields use
 * IsNullable instead.
 */
export const IsOptionalNonNull = () =>
  applyDecorators(
    ValidateIf((_, value) => value !== undefined),
    IsDefined({ message: ({ property }) => `${property} cannot be null; leave it out to keep it as it is` }),
  );

/** An optional field for which `null` means "clear it" (documented as nullable). */
export const IsNullable = () => ValidateIf((_, value) => value !== null && value !== undefined);

/** A UUID (or, with each, an array of them), lower-cased before it is checked so every comparison sees one form. */
export const IsCanonicalUuid = (version: 'all' | '4' = 'all', options?: ValidationOptions) =>
  applyDecorators(Transform(canonicalUuid), IsUUID(version, options));
