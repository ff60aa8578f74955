import type { FastifyInstance, FastifyRequest } from 'fastify';
import { RequestValidationException } from './validation';

/**
 * How deeply a JSON body may nest. No request body of the API goes beyond three levels; 32 leaves room for any
 * future shape and keeps validation and transformation (which recurse) far from the stack's limit.
 */
export const MAX_JSON_DEPTH = 32;

/**
 * The deepest nesting of objects and arrays in a JSON text, counted without parsing it and stopping as soon as it
 * passes `limit`, so a body of 100,000 brackets costs one pass over the bytes and no recursion.
 */
export function jsonDepthExceeds(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (++depth > limit) return true;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) depth--;
  }
  return false;
}

export const tooDeepProblem = () =>
  new RequestValidationException([{ field: 'body', message: `body nests objects or arrays deeper than ${MAX_JSON_DEPTH} levels` }]);

/**
 * Replaces Fastify's JSON parser with one that refuses over-deep bodies before they are parsed, on every route at
 * once, and otherwise parses exactly as Fastify does (prototype-poisoning keys refused).
 */
export function refuseDeepJson(fastify: FastifyInstance): void {
  const parse = fastify.getDefaultJsonParser('error', 'error');
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (request: FastifyRequest, body: string | Buffer, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (jsonDepthExceeds(text, MAX_JSON_DEPTH)) {
      done(tooDeepProblem(), undefined);
      return;
    }
    parse(request, text, done);
  });
}
