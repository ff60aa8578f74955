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
export function registerSpaPages(fastify: FastifyInstance, indexHtml: string): void {
  fastify.get('/*', (request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split('?')[0];
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
