import { DeleteObjectCommand, GetObjectCommand, NoSuchKey, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { StorageErrors } from './storage.errors';

/**
 * The S3-compatible bucket that keeps uploaded pictures when STORAGE_URL is set (`enabled`), through the official
 * AWS SDK. Every failure to reach the bucket becomes a 503 `storage_unavailable`, never a 500; a missing object is
 * null. Without STORAGE_URL the features keep their pictures in PostgreSQL and never call it.
 */
@Injectable()
export class ObjectStore implements OnModuleDestroy {
  private readonly logger = new Logger('Storage');
  private readonly client: S3Client | null;
  private readonly bucket: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const storage = config.storage;
    this.bucket = storage?.bucket ?? '';
    this.client = storage
      ? new S3Client({
          endpoint: storage.endpoint,
          region: storage.region,
          forcePathStyle: storage.forcePathStyle,
          credentials: { accessKeyId: storage.accessKeyId, secretAccessKey: storage.secretAccessKey },
          // One retry, within the timeout: an upload or picture answers 503 quickly while the bucket is away.
          maxAttempts: 2,
          requestHandler: { connectionTimeout: config.storageTimeoutMs, requestTimeout: config.storageTimeoutMs },
          // Checksums only where S3 requires them: not every S3-compatible server knows the newer checksum headers.
          requestChecksumCalculation: 'WHEN_REQUIRED',
          responseChecksumValidation: 'WHEN_REQUIRED',
        })
      : null;
  }

  get enabled(): boolean {
    return this.client !== null;
  }

  async put(key: string, bytes: Buffer, contentType: string, field?: string): Promise<void> {
    await this.call('write', key, field, (client) =>
      client.send(new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: bytes, ContentType: contentType, ContentLength: bytes.length })),
    );
  }

  /** The object's bytes, or null when the bucket has no such object. */
  async get(key: string): Promise<Buffer | null> {
    return this.call('read', key, undefined, async (client) => {
      try {
        const object = await client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
        return object.Body ? Buffer.from(await object.Body.transformToByteArray()) : Buffer.alloc(0);
      } catch (error) {
        if (error instanceof NoSuchKey || (error as { name?: string }).name === 'NoSuchKey') return null;
        throw error;
      }
    });
  }

  async remove(key: string): Promise<void> {
    await this.call('delete', key, undefined, (client) => client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key })));
  }

  /** Removes an object that nothing points at any more; a failure leaves an orphan in the bucket and a warning in the log. */
  async removeQuietly(key: string): Promise<void> {
    await this.remove(key).catch(() => undefined);
  }

  onModuleDestroy(): void {
    this.client?.destroy();
  }

  private async call<T>(what: string, key: string, field: string | undefined, run: (client: S3Client) => Promise<T>): Promise<T> {
    if (!this.client) throw new Error('STORAGE_URL is not set');
    try {
      return await run(this.client);
    } catch (error) {
      this.logger.warn(`Could not ${what} ${key} in bucket ${this.bucket}: ${(error as Error).name}: ${(error as Error).message}`);
      throw StorageErrors.unavailable(field);
    }
  }
}
