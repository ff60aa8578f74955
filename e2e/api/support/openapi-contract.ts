import request from 'supertest';

/** Just the parts of an OpenAPI 3 document these tests read. */
export interface JsonSchema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  allOf?: JsonSchema[];
  nullable?: boolean;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  default?: unknown;
}

export interface OpenApiParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema: JsonSchema;
}

export interface OpenApiOperation {
  method: string;
  path: string;
  parameters: OpenApiParameter[];
  bodyType?: string;
  bodySchema?: JsonSchema;
  responses: Record<string, { content?: Record<string, { schema: JsonSchema }> }>;
  public: boolean;
}

export interface OpenApiDocument {
  paths: Record<
    string,
    Record<
      string,
      {
        parameters?: OpenApiParameter[];
        requestBody?: { content: Record<string, { schema: JsonSchema }> };
        responses: OpenApiOperation['responses'];
        security?: unknown[];
      }
    >
  >;
  components: { schemas: Record<string, JsonSchema> };
}

/** The contract as the running app serves it. */
export async function fetchOpenApi(http: ReturnType<typeof request>): Promise<OpenApiDocument> {
  const response = await http.get('/api/docs.json');
  if (response.status !== 200) throw new Error(`/api/docs.json answered ${response.status}`);
  return response.body as OpenApiDocument;
}

export function operationsOf(document: OpenApiDocument): OpenApiOperation[] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, op]) => {
      const [bodyType, body] = Object.entries(op.requestBody?.content ?? {})[0] ?? [];
      return {
        method: method.toUpperCase(),
        path,
        parameters: op.parameters ?? [],
        bodyType,
        bodySchema: body?.schema,
        responses: op.responses,
        public: !(op.security ?? []).length,
      };
    }),
  );
}

/** Follows $ref and single-element allOf wrappers (how @nestjs/swagger writes an enum or a nested DTO). */
export function resolveSchema(document: OpenApiDocument, schema: JsonSchema): JsonSchema {
  let current = schema;
  for (let hops = 0; hops < 20; hops++) {
    if (current.$ref) current = { ...document.components.schemas[current.$ref.replace('#/components/schemas/', '')], nullable: current.nullable };
    else if (current.allOf?.length === 1) current = { ...current.allOf[0], nullable: current.nullable };
    else return current;
  }
  throw new Error('schema references loop');
}

/**
 * Every property of `value` that its schema does not declare, as dotted paths. This is how the suite checks that
 * no response carries more than the contract promises (a password hash, a private field, an internal column).
 */
export function undeclaredProperties(document: OpenApiDocument, schema: JsonSchema, value: unknown, at = '$'): string[] {
  if (value === null || value === undefined) return [];
  const resolved = resolveSchema(document, schema);
  if (Array.isArray(value)) {
    if (!resolved.items) return [`${at} (an array where the schema has ${resolved.type ?? 'no type'})`];
    return value.flatMap((item, i) => undeclaredProperties(document, resolved.items!, item, `${at}[${i}]`));
  }
  if (typeof value !== 'object') return [];
  const declared = resolved.properties ?? {};
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) =>
    key in declared ? undeclaredProperties(document, declared[key], child, `${at}.${key}`) : [`${at}.${key}`],
  );
}

/** Why a body is not the project's one problem shape (RFC 9457 + code + errors[] naming fields); empty when it is. */
export function problemShapeErrors(body: unknown, status: number): string[] {
  const problems: string[] = [];
  if (!body || typeof body !== 'object') return ['the body is not a JSON object'];
  const p = body as Record<string, unknown>;
  if (typeof p.type !== 'string' || !p.type.startsWith('urn:heroics:problem:')) problems.push(`type ${JSON.stringify(p.type)}`);
  if (typeof p.title !== 'string' || !p.title) problems.push('title missing');
  if (p.status !== status) problems.push(`status ${JSON.stringify(p.status)} is not ${status}`);
  if (typeof p.detail !== 'string' || !p.detail) problems.push('detail missing');
  if (typeof p.code !== 'string' || !/^[a-z_]+$/.test(p.code)) problems.push(`code ${JSON.stringify(p.code)}`);
  // Optional: a request Node's HTTP parser refused (431) never had a URL the app could read.
  if (p.instance !== undefined && (typeof p.instance !== 'string' || !p.instance.startsWith('/'))) problems.push(`instance ${JSON.stringify(p.instance)}`);
  if (p.errors !== undefined) {
    if (!Array.isArray(p.errors) || !p.errors.length) problems.push('errors is not a non-empty array');
    else if (!p.errors.every((e) => e && typeof e.field === 'string' && e.field && typeof e.message === 'string'))
      problems.push('an error without field and message');
  }
  if (status === 400 && !Array.isArray(p.errors)) problems.push('a 400 names no field');
  if (/\bat [\w.<>]+ \(|node_modules|\/src\/|\.ts:\d+/.test(JSON.stringify(body))) problems.push('a stack trace or source path');
  return problems;
}
