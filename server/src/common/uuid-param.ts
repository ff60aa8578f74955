import { Param, ParseUUIDPipe } from '@nestjs/common';
import { DomainError } from './domain-error';

/** A path parameter that must be a UUID; anything else is a 400 naming the parameter. */
export const UuidParam = (name: string) =>
  Param(
    name,
    new ParseUUIDPipe({
      exceptionFactory: () => new DomainError('bad_request', 'invalid_id', `${name} must be a UUID`, name),
    }),
  );
