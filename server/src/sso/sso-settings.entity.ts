import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** The company's one OpenID Connect provider, as an admin entered it (environment variables override it). One row, id 1. */
@Entity('sso_settings')
export class SsoSettings {
  @PrimaryColumn({ type: 'smallint' })
  id: number;

  @Column({ type: 'boolean', default: false })
  enabled: boolean;

  @Column({ type: 'varchar', length: 60, default: '' })
  providerName: string;

  @Column({ type: 'varchar', length: 500, default: '' })
  issuer: string;

  @Column({ type: 'varchar', length: 200, default: '' })
  clientId: string;

  /** AES-256-GCM ciphertext (iv.tag.data, base64url) under the configured secrets key; never returned by the API. */
  @Column({ type: 'text', nullable: true })
  clientSecretEncrypted: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  allowedDomains: string[];

  @Column({ type: 'boolean', default: false })
  requireSso: boolean;

  /** Admins who may still sign in with a password when SSO is required (lower-cased emails). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  breakGlassEmails: string[];

  @Column({ type: 'boolean', default: false })
  jitProvisioning: boolean;

  /** The ID-token claim that names a just-in-time person's department (a string, or the first of an array). */
  @Column({ type: 'varchar', length: 100, default: 'department' })
  departmentClaim: string;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
