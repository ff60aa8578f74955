import { Algorithm, hash, verify } from '@node-rs/argon2';

/** argon2id with the OWASP Password Storage Cheat Sheet's first recommended setting (19 MiB, 2 passes, 1 lane). */
const OWASP_ARGON2ID = { algorithm: Algorithm.Argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OWASP_ARGON2ID);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
