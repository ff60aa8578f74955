import { createHmac } from 'node:crypto';
import { existsSync } from 'node:fs';
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { join } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import { ArgumentsHost, Catch, ExceptionFilter, RequestMethod } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { keepSignedBodies } from './common/signed-bodies';
import { ProblemDetailsFilter, sendProblem, toProblem } from './common/problem-details';
import { jsonDepthExceeds, MAX_JSON_DEPTH, refuseDeepJson, tooDeepProblem } from './common/json-body';
import { ScimErrorFilter } from './scim/scim-error.filter';
import { registerSpaPages } from './common/spa-pages';
import { createValidationPipe } from './common/validation';
import { AppConfig } from './config/app-config';
import { buildOpenApiDocument } from './openapi/openapi';
import { IMAGE_BODY_LIMIT_BYTES } from './catalogue/catalogue-image';

/** Every route under /api, except SCIM at /scim/v2 (where identity providers expect it). */
export const API_PREFIX: [string, { exclude: { path: string; method: RequestMethod }[] }] = [
  'api',
  {
    exclude: [
      { path: 'scim/v2/{*path}', method: RequestMethod.ALL },
      { path: 'thanks/{*path}', method: RequestMethod.ALL },
    ],
  },
];

const BODY_LIMIT_BYTES = 1024 * 1024;
/**
 * Routes anyone may call without signing in take small bodies (a sign-in or an invitation password is a few hundred
 * bytes): a flood of 1 MiB bodies must not cost the server what signed-in people need. Routes under these prefixes
 * get SMALL_BODY_LIMIT_BYTES; a route added for signed-out people (a password reset) adds its prefix here.
 */
/** Every route anyone may call without a session (sign-in, invitations, resets, SSO logout, one-click unsubscribe). */
export const SMALL_BODY_ROUTE_PREFIXES = ['/api/auth/', '/api/invitations/', '/api/password-resets', '/api/sso/', '/api/email-preferences/unsubscribe'];
export const SMALL_BODY_LIMIT_BYTES = 8 * 1024;
/** The public thank-you form (customer words, url-encoded, plus a proof-of-work payload). */
export const THANKS_BODY_LIMIT_BYTES = 32 * 1024;
/** A roster CSV of 20,000 people is about 2.5 MiB. */
export const CSV_BODY_LIMIT_BYTES = 5 * 1024 * 1024;

export interface CreateAppOptions {
  /** Called for every route Fastify registers, from the first one on (the API inventory test lists them this way). */
  onRoute?: (route: { method: string | string[]; url: string }) => void;
}

/** Builds the whole HTTP application (API under /api, SPA at /); main.ts and the tests both use it. */
export async function createApp(config: AppConfig, databaseUrl: string, options: CreateAppOptions = {}): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: config.trustProxy,
    routerOptions: { ignoreTrailingSlash: true },
    // Errors Fastify's router raises before any route runs (a path segment over 100 characters, a malformed URL).
    frameworkErrors: (error: Error, request: FastifyRequest, reply: FastifyReply) => sendProblem(reply, request, error),
    clientErrorHandler: writeClientErrorProblem,
  });
  adapter.getInstance().addHook('onRoute', (route) => {
    if (SMALL_BODY_ROUTE_PREFIXES.some((prefix) => route.url.startsWith(prefix))) route.bodyLimit = SMALL_BODY_LIMIT_BYTES;
    if (route.url.startsWith('/thanks/')) route.bodyLimit = THANKS_BODY_LIMIT_BYTES;
  });
  const onRoute = options.onRoute;
  if (onRoute) adapter.getInstance().addHook('onRoute', (route) => onRoute({ method: route.method, url: route.url }));
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.register(config, databaseUrl), adapter, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  await configureHttp(app, config);
  return app;
}

/**
 * Node's HTTP parser refuses some requests before Fastify sees them (headers over 16 KiB, a malformed request line);
 * the answer is written straight to the socket, so it is written here in the same problem shape.
 */
function writeClientErrorProblem(error: Error & { code?: string }, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
  const detail =
    status === 431
      ? 'The request headers (or its URL) are larger than the server accepts.'
      : status === 408
        ? 'The request took too long to arrive.'
        : 'The request is not valid HTTP.';
  const body = JSON.stringify({ ...toProblem({ statusCode: status, message: detail }), detail });
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/problem+json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}

export async function configureHttp(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance();
  // The API speaks JSON only: any other body type is a 415, not a string to validate.
  fastify.removeContentTypeParser('text/plain');
  // Except the roster import, which takes a CSV file as it is. Other routes given CSV answer 400 (the body is not an object).
  // Slack and Teams sign their requests over the raw body: it is kept for them.
  keepSignedBodies(fastify);
  // The import gets the bytes, so a file that is not UTF-8 is refused by name rather than read with U+FFFD in its names.
  fastify.addContentTypeParser('text/csv', { parseAs: 'buffer', bodyLimit: CSV_BODY_LIMIT_BYTES }, (request, body, done) =>
    done(null, request.routeOptions.url === '/api/employees/import' ? body : body.toString('utf8')),
  );
  // And the catalogue picture upload, which takes the image file as it is (its type is checked from the bytes).
  fastify.addContentTypeParser(/^image\//, { parseAs: 'buffer', bodyLimit: IMAGE_BODY_LIMIT_BYTES }, (request, body, done) => {
    if (request.routeOptions.url === '/api/catalogue/:id/image') return done(null, body);
    done(Object.assign(new Error('The request body must be application/json.'), { statusCode: 415, code: 'FST_ERR_CTP_INVALID_MEDIA_TYPE' }), undefined);
  });
  // Once the app is closing (SIGTERM), answers carry Connection: close, so a keep-alive socket ends with the response to
  // the request it had in flight and the drain finishes instead of waiting for idle sockets to time out.
  let closing = false;
  fastify.addHook('preClose', async () => {
    closing = true;
  });
  fastify.addHook('onSend', async (request, reply, payload) => {
    if (closing) void reply.header('Connection', 'close');
    // What a signed-in person reads (their roster view, their notifications, an export) is theirs: no browser,
    // proxy or shared cache keeps a copy. The auth guard sets request.user on every route that needs a session.
    if ((request as FastifyRequest & { user?: unknown }).user) void reply.header('Cache-Control', 'no-store');
    return payload;
  });
  // SCIM clients send application/scim+json (RFC 7644 §3.1): JSON, accepted under /scim/v2 only.
  fastify.addContentTypeParser('application/scim+json', { parseAs: 'string' }, (request, body, done) => {
    if (!request.url.startsWith('/scim/v2/'))
      return done(Object.assign(new Error('Unsupported Media Type'), { statusCode: 415, code: 'FST_ERR_CTP_INVALID_MEDIA_TYPE' }), undefined);
    if (jsonDepthExceeds(body as string, MAX_JSON_DEPTH)) return done(tooDeepProblem(), undefined);
    try {
      done(null, body === '' ? undefined : JSON.parse(body as string));
    } catch {
      done(Object.assign(new Error('The request body is not valid JSON.'), { statusCode: 400 }), undefined);
    }
  });
  // Signs the device cookie (see auth/device-cookie.ts) with a key of its own, derived from the token secret.
  await app.register(fastifyCookie, { secret: createHmac('sha256', config.jwtSecret).update('heroics cookie signing').digest('base64url') });
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Mantine and Swagger UI set inline styles.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    strictTransportSecurity: config.cookieSecure ? undefined : false,
  });
  if (config.corsOrigins.length) app.enableCors({ origin: config.corsOrigins, credentials: true });

  // SCIM lives at /scim/v2 (where identity providers expect it), outside the /api prefix.
  app.setGlobalPrefix(...API_PREFIX);
  // Nest registers its body parsers at init; registering them now (with the same prefix) lets the JSON one be
  // replaced: deeply nested JSON makes validation recurse until the stack runs out, so it is refused unparsed.
  (app.getHttpAdapter() as unknown as FastifyAdapter).registerParserMiddleware(API_PREFIX[0]);
  refuseDeepJson(fastify);
  app.useGlobalPipes(createValidationPipe());

  const document = buildOpenApiDocument(app);
  fastify.get('/api/docs.json', (_request, reply) => reply.send(document));
  if (config.swaggerUi) SwaggerModule.setup('api/docs', app, document, { useGlobalPrefix: false, raw: false, customSiteTitle: 'Heroics API' });

  const indexHtml = join(config.clientDistDir, 'index.html');
  if (existsSync(indexHtml)) {
    await app.register(fastifyStatic, {
      root: config.clientDistDir,
      prefix: '/',
      wildcard: false,
      index: false,
      // The build's .br and .gz beside each file, for browsers that accept them (Vary: Accept-Encoding).
      preCompressed: true,
      // Cache-Control is ours alone: with send's own (maxAge) it would overwrite what setHeaders says.
      cacheControl: false,
      setHeaders: (res, path) => res.setHeader('Cache-Control', staticCacheControl(path)),
    });
    registerSpaPages(fastify, indexHtml);
  }
  app.useGlobalFilters(new EdgeErrorFilter());
}

/**
 * How long a browser keeps a file of the SPA: one under /assets/ has its content's hash in its name (a release
 * brings new names), so it is kept for good; the service worker and the manifest are checked on every visit, so a
 * new release reaches people, and so is boot.js (it must match the release's app); the rest (icons, the offline
 * page) for an hour.
 */
export function staticCacheControl(path: string): string {
  if (/[/\\]assets[/\\][^/\\]+$/.test(path)) return 'public, max-age=31536000, immutable';
  if (/(^|[/\\])(sw|boot)\.js(\.br|\.gz)?$/.test(path) || /\.webmanifest(\.br|\.gz)?$/.test(path)) return 'no-cache';
  return 'public, max-age=3600';
}

/**
 * What fails before a controller's own filter can see it (body parsing, an over-deep body, a size limit): SCIM
 * clients get SCIM's error shape under /scim/v2 (RFC 7644 §3.12), everyone else problem+json.
 */
@Catch()
class EdgeErrorFilter implements ExceptionFilter {
  private readonly problems = new ProblemDetailsFilter();
  private readonly scim = new ScimErrorFilter();

  catch(error: unknown, host: ArgumentsHost): void {
    const underScim = host.switchToHttp().getRequest<FastifyRequest>().url.startsWith('/scim/v2/');
    (underScim ? this.scim : this.problems).catch(error, host);
  }
}
