import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';

const ACCESS_KEY = 'HEROICSTESTKEY';
const SECRET = 'heroics-test-secret-access-key';
const REGION = 'us-east-1';

export interface LocalS3 {
  bucket: string;
  /** STORAGE_URL for the app. */
  storageUrl: string;
  /** The same, signed with a secret the bucket does not know. */
  storageUrlWithWrongSecret: string;
  /** The bucket's keys (sorted). */
  keys(): string[];
  /** One object's bytes, read back from the bucket over S3 with a client of the test's own. */
  read(key: string): Promise<Buffer>;
  /** Stops answering (the port is closed); the objects stay for start(). */
  stop(): Promise<void>;
  /** Answers again on the same port with the same objects. */
  start(): Promise<void>;
  dispose(): Promise<void>;
}

interface StoredObject {
  bytes: Buffer;
  contentType: string;
}

/**
 * A local S3-compatible server on loopback for one bucket, speaking the documented S3 REST subset Heroics uses:
 * PUT, GET, HEAD and DELETE Object with path-style addressing. Every request must carry a valid AWS Signature
 * Version 4 in its Authorization header (canonical request, string to sign, derived signing key, as AWS documents
 * it), and a signed payload must match its x-amz-content-sha256; otherwise 403 SignatureDoesNotMatch, as S3 answers.
 */
export async function startLocalS3(bucket: string): Promise<LocalS3> {
  const objects = new Map<string, StoredObject>();
  let port = 0;
  let server: Server | null = null;
  const start = async () => {
    const instance = createServer((req, res) => void handle(req, res, bucket, objects));
    await new Promise<void>((resolve) => instance.listen(port, '127.0.0.1', resolve));
    port = (instance.address() as AddressInfo).port;
    server = instance;
  };
  const stop = async () => {
    const instance = server;
    server = null;
    if (!instance) return;
    instance.closeAllConnections();
    await new Promise<void>((resolve) => instance.close(() => resolve()));
  };
  await start();
  const client = new S3Client({
    endpoint: `http://127.0.0.1:${port}`,
    region: REGION,
    forcePathStyle: true,
    credentials: { accessKeyId: ACCESS_KEY, secretAccessKey: SECRET },
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  const url = (secret: string) => `s3+http://${ACCESS_KEY}:${secret}@127.0.0.1:${port}/${bucket}?region=${REGION}&forcePathStyle=true`;
  return {
    bucket,
    storageUrl: url(SECRET),
    storageUrlWithWrongSecret: url('not-the-secret'),
    keys: () => [...objects.keys()].sort(),
    read: async (key) => Buffer.from(await (await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }))).Body!.transformToByteArray()),
    start,
    stop,
    dispose: async () => {
      client.destroy();
      await stop();
    },
  };
}

async function handle(req: IncomingMessage, res: ServerResponse, bucket: string, objects: Map<string, StoredObject>): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const body = Buffer.concat(chunks);
  const fail = (status: number, code: string): void => {
    res.writeHead(status, { 'Content-Type': 'application/xml' }).end(`<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code></Error>`);
  };
  if (!signatureIsValid(req, body)) return fail(403, 'SignatureDoesNotMatch');
  const [path] = (req.url ?? '/').split('?');
  const prefix = `/${bucket}/`;
  if (!path.startsWith(prefix) || path.length === prefix.length) return fail(404, 'NoSuchBucket');
  const key = decodeURIComponent(path.slice(prefix.length));
  const object = objects.get(key);
  switch (req.method) {
    case 'PUT':
      objects.set(key, { bytes: body, contentType: req.headers['content-type'] ?? 'application/octet-stream' });
      return void res.writeHead(200, { ETag: `"${createHash('md5').update(body).digest('hex')}"` }).end();
    case 'GET':
    case 'HEAD':
      if (!object) return fail(404, 'NoSuchKey');
      res.writeHead(200, { 'Content-Type': object.contentType, 'Content-Length': object.bytes.length });
      return void res.end(req.method === 'GET' ? object.bytes : undefined);
    case 'DELETE':
      objects.delete(key);
      return void res.writeHead(204).end();
    default:
      return fail(405, 'MethodNotAllowed');
  }
}

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data).digest();
/** RFC 3986 encoding, as SigV4 canonicalises query strings. */
const encode = (value: string) => encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** AWS Signature Version 4 over the Authorization header, recomputed from the request as received. */
function signatureIsValid(req: IncomingMessage, body: Buffer): boolean {
  const match = /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/s3\/aws4_request, ?SignedHeaders=([^,]+), ?Signature=([0-9a-f]{64})$/.exec(
    req.headers.authorization ?? '',
  );
  if (!match) return false;
  const [, accessKey, day, region, signedHeaders, signature] = match;
  const amzDate = String(req.headers['x-amz-date'] ?? '');
  const payloadHash = String(req.headers['x-amz-content-sha256'] ?? '');
  if (accessKey !== ACCESS_KEY || region !== REGION || !amzDate.startsWith(day) || !payloadHash) return false;
  if (payloadHash !== 'UNSIGNED-PAYLOAD' && payloadHash !== sha256(body)) return false;
  const [path, query = ''] = (req.url ?? '/').split('?');
  const canonicalQuery = query
    .split('&')
    .filter(Boolean)
    .map((pair) => pair.split('=').map((part) => encode(decodeURIComponent(part.replace(/\+/g, ' ')))))
    .map(([name, value = '']) => `${name}=${value}`)
    .sort()
    .join('&');
  const names = signedHeaders.split(';');
  if (!names.includes('host') || !names.includes('x-amz-date')) return false;
  const canonicalHeaders = names
    .map(
      (name) =>
        `${name}:${String(req.headers[name] ?? '')
          .trim()
          .replace(/\s+/g, ' ')}\n`,
    )
    .join('');
  const canonicalRequest = [req.method, path, canonicalQuery, canonicalHeaders, signedHeaders, payloadHash].join('\n');
  const scope = `${day}/${region}/s3/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256(canonicalRequest)].join('\n');
  const key = hmac(hmac(hmac(hmac(`AWS4${SECRET}`, day), region), 's3'), 'aws4_request');
  const expected = hmac(key, stringToSign).toString('hex');
  return timingSafeEqual(Buffer.from(expected), Buffer.from(signature));
}
