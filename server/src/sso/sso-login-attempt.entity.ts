import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One redirect to the provider: state, nonce and PKCE verifier kept in PostgreSQL (not in a process's memory, so any
 * instance can take the callback), bound to the browser that started it by a cookie whose hash is stored. Used once.
 */
@Entity('sso_login_attempts')
export class SsoLoginAttempt {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index({ unique: true })
  @Column({ type: 'char', length: 64 })
  stateHash: string;

  @Column({ type: 'char', length: 64 })
  browserHash: string;

  @Column({ type: 'varchar', length: 100 })
  nonce: string;

  @Column({ type: 'varchar', length: 100 })
  codeVerifier: string;

  @Column({ type: 'varchar', length: 500 })
  returnTo: string;

  @Index()
  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
