import { Param, ParseUUIDPipe } from '@nestjs/common';
import { DomainError } from './domain-error';

/**
 * A path parameter that must be a UUID; anything else is a 400 naming the parameter. It reaches the controller
 * lower-cased, so `actor.id === id` holds however the client spelled it (see canonicalUuid).
 */
export const UuidParam = (name: string) =>
  Param(
    name,
    new ParseUUIDPipe({
      exceptionFactory: () => new DomainError('bad_request', 'invalid_id', `${name} must be a UUID`, name),
    }),
    { transform: (value: string) => value.toLowerCase() },
  );
