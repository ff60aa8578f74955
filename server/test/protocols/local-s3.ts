import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';

/** s3rver's built-in credentials: it verifies each request's SigV4 signature against them. */
const ACCESS_KEY = 'S3RVER';
const SECRET = 'S3RVER';

export interface LocalS3 {
  bucket: string;
  /** STORAGE_URL for the app. */
  storageUrl: string;
  /** The bucket's keys, read from the bucket itself (sorted). */
  keys(): Promise<string[]>;
  /** One object's bytes, read from the bucket itself. */
  read(key: string): Promise<Buffer>;
  /** Stops answering (the port is closed); the objects stay on disk for start(). */
  stop(): Promise<void>;
  /** Answers again on the same port with the same objects. */
  start(): Promise<void>;
  /** Stops and removes the objects' folder. */
  dispose(): Promise<void>;
}

/**
 * A real S3 REST server (s3rver) on loopback with one bucket, its objects in a temporary folder: requests are
 * signed and their signatures verified as with any S3-compatible service.
 */
export async function startLocalS3(bucket: string): Promise<LocalS3> {
  const directory = mkdtempSync(join(tmpdir(), 'heroics-s3-'));
  let port = 0;
  let server: S3rver | null = null;
  const start = async () => {
    const instance = new S3rver({ address: '127.0.0.1', port, silent: true, directory, configureBuckets: [{ name: bucket, configs: [] }] });
    const address = (await instance.run()) as AddressInfo;
    port = address.port;
    server = instance;
  };
  const stop = async () => {
    await server?.close();
    server = null;
  };
  await start();
  const client = new S3Client({
    endpoint: `http://127.0.0.1:${port}`,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId: ACCESS_KEY, secretAccessKey: SECRET },
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  return {
    bucket,
    storageUrl: `s3+http://${ACCESS_KEY}:${SECRET}@127.0.0.1:${port}/${bucket}?region=us-east-1&forcePathStyle=true`,
    keys: async () => ((await client.send(new ListObjectsV2Command({ Bucket: bucket }))).Contents ?? []).map((o) => o.Key!).sort(),
    read: async (key) => Buffer.from(await (await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }))).Body!.transformToByteArray()),
    start,
    stop,
    dispose: async () => {
      client.destroy();
      await stop();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
