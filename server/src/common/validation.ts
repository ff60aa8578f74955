import { ArgumentMetadata, BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';
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

/** A UTF-16 half of a character without its other half: not text, and the validators (encodeURI) throw on it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why a string cannot be stored or checked as text: a NUL (PostgreSQL text cannot hold one) or a lone surrogate. */
export function unreadableText(text: string): string | undefined {
  if (text.includes('\u0000')) return 'contains a NUL character';
  if (LONE_SURROGATE.test(text)) return 'contains a broken character (half of a UTF-16 pair)';
  return undefined;
}

/** Where in a request value unreadable text hides, as a field path with the reason; undefined if nowhere. */
export function unreadableTextAt(value: unknown, path: string): { field: string; reason: string } | undefined {
  if (typeof value === 'string') {
    const reason = unreadableText(value);
    return reason ? { field: path, reason } : undefined;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = unreadableTextAt(value[i], `${path}[${i}]`);
      if (found) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      const found = unreadableTextAt(child, path ? `${path}.${key}` : key);
      if (found) return found;
    }
  }
  return undefined;
}

/** The DTO validation pipe, which first refuses unreadable text anywhere in a body, query or path parameter. */
class RequestValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' || metadata.type === 'query' || metadata.type === 'param') {
      const found = unreadableTextAt(value, metadata.type === 'param' ? (metadata.data ?? 'path') : typeof value === 'string' ? 'body' : '');
      if (found) throw new RequestValidationException([{ field: found.field || 'body', message: `${found.field || 'body'} ${found.reason}` }]);
    }
    return super.transform(value, metadata);
  }
}

/** Unknown fields are rejected, payloads are turned into DTO instances, and errors name their field. */
export function createValidationPipe(): ValidationPipe {
  return new RequestValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    stopAtFirstError: true,
    exceptionFactory: (errors) => new RequestValidationException(flattenValidationErrors(errors)),
  });
}
