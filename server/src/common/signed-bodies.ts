import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyRequest } from 'fastify';

/** Where chat platforms call in. Their requests are signed over the exact bytes sent, so those bytes are kept. */
export const INTEGRATIONS_PREFIX = '/api/integrations/';
/** A Slack view submission with four long fields, URL-encoded, stays well under this. */
export const INTEGRATION_BODY_LIMIT_BYTES = 256 * 1024;
/** Where helpdesks send satisfaction ratings in, signed over the raw body too; a rating with its comment is a few KiB. */
export const HELPDESK_PREFIX = '/api/helpdesk/';
export const HELPDESK_BODY_LIMIT_BYTES = 64 * 1024;

export type RequestWithRawBody = FastifyRequest & { rawBody?: string };

/**
 * Keeps the raw body of requests under /api/integrations/ and /api/helpdesk/ on `request.rawBody`, for the platforms' signature checks;
 * the body is then parsed as usual (Slack's arrive form-encoded, Teams' as JSON).
 */
export function keepSignedBodies(fastify: FastifyInstance): void {
  fastify.addHook('preParsing', async (request, _reply, payload) => {
    const limit = request.url.startsWith(INTEGRATIONS_PREFIX)
      ? INTEGRATION_BODY_LIMIT_BYTES
      : request.url.startsWith(HELPDESK_PREFIX)
        ? HELPDESK_BODY_LIMIT_BYTES
        : null;
    if (limit === null) return payload;
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of payload) {
      size += (chunk as Buffer).length;
      if (size > limit) throw Object.assign(new Error('The request body is larger than this endpoint accepts.'), { statusCode: 413 });
      chunks.push(chunk as Buffer);
    }
    const raw = Buffer.concat(chunks);
    (request as RequestWithRawBody).rawBody = raw.toString('utf8');
    const replay = Readable.from([raw]) as Readable & { receivedEncodedLength?: number };
    replay.receivedEncodedLength = raw.length;
    return replay;
  });
}
