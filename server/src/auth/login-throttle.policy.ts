/**
 * Sign-in throttling rules (OWASP Authentication Cheat Sheet, "account lockout"), as pure functions.
 *
 * - Failures are counted, never successes: a whole office behind one NAT address signing in at shift change is fine.
 * - One client guessing one account gets a few free failures, then has to wait 1 s, 2 s, 4 s … (capped) before each
 *   further attempt.
 * - Failures on one account from any client add up to a softer lock, which never stops a device that has proven the
 *   password for this account before (it carries the signed device cookie): rotating addresses cannot lock a
 *   colleague out of their own computer.
 */

/** The longest a client waits between attempts on one account. */
export const MAX_CLIENT_WAIT_SECONDS = 15 * 60;

/** How long the client must wait after its `failures`-th failure on the account (0: it may try again at once). */
export function clientWaitSeconds(failures: number, freeFailures: number): number {
  if (failures <= freeFailures) return 0;
  return Math.min(2 ** Math.min(failures - freeFailures - 1, 30), MAX_CLIENT_WAIT_SECONDS);
}

/** Who is signing in, as far as throttling can tell. */
export interface SignInClient {
  ip: string;
  /** Set only when the request carries a valid device cookie that vouches for this very account. */
  trustedDeviceId?: string;
}

/** The counter key of one client on one account: its trusted device when it has one, else its address. */
export function clientKey(email: string, client: SignInClient): string {
  return `${email}|${client.trustedDeviceId ? `device:${client.trustedDeviceId}` : `ip:${client.ip}`}`;
}

/** A trusted device skips the per-account lock and the per-address limit; its own per-client delays still apply. */
export function checksFor(client: SignInClient): { account: boolean; ip: boolean; client: true } {
  const trusted = !!client.trustedDeviceId;
  return { account: !trusted, ip: !trusted, client: true };
}
