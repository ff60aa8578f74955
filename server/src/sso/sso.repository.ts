import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EmployeeRole } from '../employees/employee.entity';

export interface StoredSsoSettings {
  enabled: boolean;
  providerName: string;
  issuer: string;
  clientId: string;
  clientSecretEncrypted: string | null;
  allowedDomains: string[];
  requireSso: boolean;
  breakGlassEmails: string[];
  jitProvisioning: boolean;
  departmentClaim: string;
}

export interface LoginAttemptRow {
  browserHash: string;
  nonce: string;
  codeVerifier: string;
  returnTo: string;
}

export interface SignInCandidate {
  id: string;
  email: string;
  role: EmployeeRole;
  leftOn: string | null;
}

/** The SQL of single sign-on: its settings row, linked identities and login attempts (this feature's tables only). */
@Injectable()
export class SsoRepository {
  constructor(private readonly dataSource: DataSource) {}

  async settings(): Promise<StoredSsoSettings | null> {
    const rows: StoredSsoSettings[] = await this.dataSource.query(
      `SELECT enabled, provider_name AS "providerName", issuer, client_id AS "clientId", client_secret_encrypted AS "clientSecretEncrypted",
              allowed_domains AS "allowedDomains", require_sso AS "requireSso", break_glass_emails AS "breakGlassEmails",
              jit_provisioning AS "jitProvisioning", department_claim AS "departmentClaim"
         FROM sso_settings WHERE id = 1`,
    );
    return rows[0] ?? null;
  }

  async saveSettings(s: StoredSsoSettings): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO sso_settings (id, enabled, provider_name, issuer, client_id, client_secret_encrypted, allowed_domains, require_sso, break_glass_emails, jit_provisioning, department_claim)
       VALUES (1, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT (id) DO UPDATE SET enabled = $1, provider_name = $2, issuer = $3, client_id = $4, client_secret_encrypted = $5, allowed_domains = $6,
         require_sso = $7, break_glass_emails = $8, jit_provisioning = $9, department_claim = $10, updated_at = now()`,
      [
        s.enabled,
        s.providerName,
        s.issuer,
        s.clientId,
        s.clientSecretEncrypted,
        s.allowedDomains,
        s.requireSso,
        s.breakGlassEmails,
        s.jitProvisioning,
        s.departmentClaim,
      ],
    );
  }

  async insertAttempt(a: LoginAttemptRow & { stateHash: string; expiresAt: Date }): Promise<void> {
    // Old attempts go as new ones come, so the table stays small without a job.
    await this.dataSource.query(`DELETE FROM sso_login_attempts WHERE expires_at < now() - interval '1 day'`);
    await this.dataSource.query(
      'INSERT INTO sso_login_attempts (state_hash, browser_hash, nonce, code_verifier, return_to, expires_at) VALUES ($1, $2, $3, $4, $5, $6)',
      [a.stateHash, a.browserHash, a.nonce, a.codeVerifier, a.returnTo, a.expiresAt],
    );
  }

  /** Marks the attempt used and returns it, atomically: a state works once, and only before it expires. */
  async consumeAttempt(stateHash: string): Promise<LoginAttemptRow | null> {
    const rows: LoginAttemptRow[] = await this.dataSource.query(
      `WITH used AS (UPDATE sso_login_attempts SET used_at = now() WHERE state_hash = $1 AND used_at IS NULL AND expires_at > now()
                     RETURNING browser_hash, nonce, code_verifier, return_to)
       SELECT browser_hash AS "browserHash", nonce, code_verifier AS "codeVerifier", return_to AS "returnTo" FROM used`,
      [stateHash],
    );
    return rows[0] ?? null;
  }

  async employeeBySubject(issuer: string, subject: string): Promise<SignInCandidate | null> {
    const rows: SignInCandidate[] = await this.dataSource.query(
      `SELECT e.id, e.email, e.role, e.left_on AS "leftOn" FROM sso_identities i JOIN employees e ON e.id = i.employee_id WHERE i.issuer = $1 AND i.subject = $2`,
      [issuer, subject],
    );
    return rows[0] ?? null;
  }

  async employeeByEmail(email: string): Promise<SignInCandidate | null> {
    const rows: SignInCandidate[] = await this.dataSource.query(`SELECT id, email, role, left_on AS "leftOn" FROM employees WHERE email = $1`, [
      email.toLowerCase(),
    ]);
    return rows[0] ?? null;
  }

  async currentAdminEmails(emails: string[]): Promise<string[]> {
    const rows: { email: string }[] = await this.dataSource.query(`SELECT email FROM employees WHERE email = ANY($1) AND role = 'admin' AND left_on IS NULL`, [
      emails,
    ]);
    return rows.map((r) => r.email);
  }

  /** Links (or re-links) the employee to the provider's subject and keeps the ID token for signing out there. */
  async link(employeeId: string, issuer: string, subject: string, idToken: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO sso_identities (employee_id, issuer, subject, last_id_token) VALUES ($1, $2, $3, $4)
       ON CONFLICT (employee_id) DO UPDATE SET issuer = $2, subject = $3, last_id_token = $4`,
      [employeeId, issuer, subject, idToken],
    );
  }

  async lastIdToken(employeeId: string): Promise<string | null> {
    const rows: { token: string | null }[] = await this.dataSource.query('SELECT last_id_token AS token FROM sso_identities WHERE employee_id = $1', [
      employeeId,
    ]);
    return rows[0]?.token ?? null;
  }
}
