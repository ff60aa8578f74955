import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';

const DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input: `errors[]` names each field at fault.',
  401: 'Not signed in, or the session has ended.',
  403: 'Signed in, but this role or scope may not do this.',
  404: 'No such record (or not visible to you).',
  409: 'Conflicts with the current state (duplicate or stale).',
  410: 'The link was used or has expired.',
  413: 'The request body is too large.',
  422: 'Well-formed, but a business rule refuses it.',
  429: 'Too many requests (or too many at once); see the Retry-After header.',
  503: 'The database, or a service the route needs such as the picture storage, is not reachable right now.',
};

/** Documents the problem+json responses a route can give. */
export function ApiProblems(...statuses: number[]) {
  return applyDecorators(
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: DESCRIPTIONS[status],
        content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDto' } } },
      }),
    ),
  );
}
