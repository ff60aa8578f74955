/** A SCIM protocol error (RFC 7644 §3.12): answered as application/scim+json with `status` and `scimType`. */
export type ScimType = 'invalidFilter' | 'tooMany' | 'uniqueness' | 'mutability' | 'invalidSyntax' | 'invalidPath' | 'noTarget' | 'invalidValue';

export class ScimError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly scimType?: ScimType,
  ) {
    super(detail);
  }
}

export const ScimErrors = {
  unauthorized: () => new ScimError(401, 'A valid SCIM bearer token is required.'),
  notFound: (what = 'Resource') => new ScimError(404, `${what} not found.`),
  invalidSyntax: (detail: string) => new ScimError(400, detail, 'invalidSyntax'),
  invalidValue: (detail: string) => new ScimError(400, detail, 'invalidValue'),
  invalidFilter: (detail: string) => new ScimError(400, detail, 'invalidFilter'),
  invalidPath: (path: string) => new ScimError(400, `The path "${path.slice(0, 100)}" is not one this service supports.`, 'invalidPath'),
  tooMany: () => new ScimError(400, 'startIndex is too large: narrow the request with a filter.', 'tooMany'),
  uniqueness: () => new ScimError(409, 'A user with this userName already exists.', 'uniqueness'),
  mutability: (detail: string) => new ScimError(400, detail, 'mutability'),
};
