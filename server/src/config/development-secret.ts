import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Outside production, without JWT_SECRET, the signing secret is kept beside the data, so restarts keep sessions. */
export const developmentSecretFile = (dataDir: string) => join(dataDir, 'jwt-secret');

export function readDevelopmentSecret(dataDir: string): string | undefined {
  const file = developmentSecretFile(dataDir);
  return existsSync(file) ? readFileSync(file, 'utf8').trim() || undefined : undefined;
}

/** Generates the secret once; a later call keeps the one already there. */
export function createDevelopmentSecret(dataDir: string): void {
  const file = developmentSecretFile(dataDir);
  if (existsSync(file)) return;
  mkdirSync(dataDir, { recursive: true });
  try {
    writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600, flag: 'wx' });
  } catch (error) {
    // Another process sharing DATA_DIR wrote it first: its secret is the one to keep.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
}
