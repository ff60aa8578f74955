/** Where uploaded pictures go when STORAGE_URL is set: an S3-compatible endpoint, credentials and bucket. */
export interface StorageLocation {
  endpoint: string;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  forcePathStyle: boolean;
}

/**
 * `s3://KEY:SECRET@host:port/bucket?region=…&forcePathStyle=…` → the S3 client's settings. `s3://` speaks HTTPS to
 * the host, `s3+http://` plain HTTP (a bucket server on your own network). Path-style addressing is the default
 * because every S3-compatible server understands it; `forcePathStyle=false` asks for virtual-hosted buckets.
 */
export function parseStorageUrl(value: string): StorageLocation {
  const url = new URL(value);
  const query = url.searchParams;
  return {
    endpoint: `${url.protocol === 's3+http:' ? 'http' : 'https'}://${url.host}`,
    region: query.get('region') || 'us-east-1',
    bucket: decodeURIComponent(url.pathname.replace(/^\/|\/$/g, '')),
    accessKeyId: decodeURIComponent(url.username),
    secretAccessKey: decodeURIComponent(url.password),
    forcePathStyle: query.get('forcePathStyle') !== 'false',
  };
}
