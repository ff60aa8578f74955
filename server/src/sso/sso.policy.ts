import { EmployeeRole } from '../employees/employee.entity';

/** The settings the rules below need. */
export interface SsoRules {
  allowedDomains: string[];
  requireSso: boolean;
  breakGlassEmails: string[];
}

export function emailDomain(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1).toLowerCase();
}

/** An empty list allows every domain. */
export function domainAllowed(rules: Pick<SsoRules, 'allowedDomains'>, email: string): boolean {
  return rules.allowedDomains.length === 0 || rules.allowedDomains.includes(emailDomain(email));
}

/** When SSO is required, only the break-glass admins may still use a password (for when the provider is down). */
export function passwordAllowed(rules: SsoRules | null, email: string, role: EmployeeRole): boolean {
  if (!rules?.requireSso) return true;
  return role === 'admin' && rules.breakGlassEmails.includes(email.toLowerCase());
}

/** Only a path of this app is followed after signing in; anything else (another origin, `//host`, `\\`) goes to the feed. */
export function safeReturnTo(value: unknown): string {
  if (typeof value !== 'string' || value.length > 500) return '/';
  // eslint-disable-next-line no-control-regex -- a control character in a return path is refused
  if (!value.startsWith('/') || value.startsWith('//') || value.includes('\\') || /[\u0000-\u001f]/.test(value)) return '/';
  if (value.startsWith('/api/')) return '/';
  return value;
}

/** The department a just-in-time person joins: the claim's value (the first of a list), trimmed, or null. */
export function departmentFromClaims(claims: Record<string, unknown>, claimName: string): string | null {
  const raw = claims[claimName];
  const value = Array.isArray(raw) ? raw.find((v) => typeof v === 'string' && v.trim()) : raw;
  return typeof value === 'string' && value.trim() ? value.trim().slice(0, 80) : null;
}

/** An issuer the server may fetch: https, or http on loopback for development and tests. */
export function issuerAcceptable(issuer: string, production: boolean): boolean {
  let url: URL;
  try {
    url = new URL(issuer);
  } catch {
    return false;
  }
  if (url.username || url.password || url.search || url.hash) return false;
  if (url.protocol === 'https:') return true;
  return !production && url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
}
