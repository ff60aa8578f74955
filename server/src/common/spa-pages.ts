import { createReadStream } from 'node:fs';
import { NotFoundException } from '@nestjs/common';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sendProblem } from './problem-details';

/**
 * Every page of the SPA (`/`, `/roster`, `/stories/123`, ...) is a real page: a 200 with index.html for any client
 * (a browser, curl, an uptime monitor), whatever it accepts. The SPA's router then shows the page. A GET route on
 * the wildcard serves it; Fastify's router prefers every more specific route (the API, the built assets), so this
 * only answers what nothing else does. Two kinds of path stay problem+json 404s: anything under /api (a client of
 * the API must learn the path is wrong, not parse HTML) and a missing file (`/assets/gone.js`, `/favicon.png`): a
 * script tag given HTML fails in a confusing way, and no SPA route has a dot in its last segment.
 */
/** Fastify's default maxParamLength: a longer path parameter is a 414 from the router. */
const MAX_PARAM_LENGTH = 100;

export function registerSpaPages(fastify: FastifyInstance, indexHtml: string): void {
  fastify.get('/*', (request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split('?')[0];
    if (isApiPath(path) && path.split('/').some((segment) => segment.length > MAX_PARAM_LENGTH)) {
      // The router would have refused this segment (414) had the wildcard not matched first: answer as it would.
      sendProblem(
        reply,
        request,
        Object.assign(new Error('A part of the URL is longer than the server accepts.'), { code: 'FST_ERR_MAX_PARAM_LENGTH', statusCode: 414 }),
      );
      return reply;
    }
    if (isApiPath(path) || looksLikeFile(path)) {
      sendProblem(reply, request, new NotFoundException(`Cannot GET ${path}`));
      return reply;
    }
    return reply.type('text/html; charset=utf-8').header('Cache-Control', 'no-cache').send(createReadStream(indexHtml));
  });
}

function isApiPath(path: string): boolean {
  return path === '/api' || path.startsWith('/api/');
}

function looksLikeFile(path: string): boolean {
  const lastSegment = path.slice(path.lastIndexOf('/') + 1);
  return lastSegment.includes('.');
}
