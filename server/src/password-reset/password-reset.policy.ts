/** How often a reset may be asked for: per address (the victim's inbox) and per client (a script trying addresses). */
export const RESET_LIMITS = {
  perAddress: { points: 3, durationSeconds: 3600 },
  perClient: { points: 20, durationSeconds: 3600 },
} as const;

export const RESET_TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** A reset link is usable while it is unused, unexpired, and its person still works here. */
export function resetLinkUsable(token: { usedAt: Date | null; expiresAt: Date; leftOn: string | null } | null, now: Date): boolean {
  return token !== null && token.usedAt === null && token.leftOn === null && token.expiresAt.getTime() > now.getTime();
}

export function normalisedEmail(email: string): string {
  return email.trim().toLowerCase();
}
