import { BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';
import { FieldErrorDto } from './problem.dto';

/** A 400 whose body lists every invalid field. */
export class RequestValidationException extends BadRequestException {
  constructor(readonly fieldErrors: FieldErrorDto[]) {
    super(`The request has ${fieldErrors.length} invalid field${fieldErrors.length === 1 ? '' : 's'}.`);
  }
}

export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldErrorDto[] {
  return errors.flatMap((error) => {
    const field = parent ? (/^\d+$/.test(error.property) ? `${parent}[${error.property}]` : `${parent}.${error.property}`) : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([rule, message]) => ({
      field,
      message: rule === 'whitelistValidation' ? `${field} is not an allowed field` : message,
    }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

/** Unknown fields are rejected, payloads are turned into DTO instances, and errors name their field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    stopAtFirstError: true,
    exceptionFactory: (errors) => new RequestValidationException(flattenValidationErrors(errors)),
  });
}
