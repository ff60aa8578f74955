import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Secrets kept at rest (integration tokens, signing secrets, webhook secrets) are sealed with AES-256-GCM under a key
 * from configuration, so a database dump alone does not hand them out. The sealed form is `v1.<iv>.<tag>.<data>`.
 */
export class SecretBox {
  private readonly key: Buffer;

  /** `keyMaterial`: SECRETS_KEY, or the access-token secret when that is unset (a distinct key is derived either way). */
  constructor(keyMaterial: string | Buffer) {
    this.key = Buffer.from(hkdfSync('sha256', keyMaterial, 'heroics', 'secrets at rest v1', 32));
  }

  seal(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return ['v1', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), data.toString('base64url')].join('.');
  }

  open(sealed: string): string {
    const [version, iv, tag, data] = sealed.split('.');
    if (version !== 'v1' || !iv || !tag || data === undefined) throw new Error('not a sealed secret');
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
  }
}

/** The last characters of a secret, for an admin page that must never show the secret again. */
export function secretHint(secret: string): string {
  return secret.length <= 8 ? '••••' : `••••${secret.slice(-4)}`;
}
