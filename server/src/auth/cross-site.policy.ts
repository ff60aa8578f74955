/**
 * Routes that act on the refresh or device cookie (sign-in, refresh, sign-out) must not be triggered by another site:
 * a cross-site form POST carries SameSite=Lax/None cookies in some browsers and needs no CORS preflight.
 * Browsers say where a request comes from in Sec-Fetch-Site (all current ones) and Origin (on every POST);
 * a request with neither is not from a browser page and cannot ride on someone's cookies.
 */
export interface RequestSource {
  origin?: string;
  secFetchSite?: string;
}

/** `allowedOrigins`: this app's own origin(s) and the CORS_ORIGINS allowed to call it. */
export function isCrossSiteRequest(source: RequestSource, allowedOrigins: string[]): boolean {
  const originAllowed = source.origin !== undefined && allowedOrigins.includes(source.origin.toLowerCase().replace(/\/$/, ''));
  const site = source.secFetchSite?.toLowerCase();
  if (site === 'same-origin' || site === 'none') return false;
  if (site === 'same-site' || site === 'cross-site') return !originAllowed;
  // An older browser without Sec-Fetch-*: judge by Origin alone ("null" from a sandboxed frame or a redirect is refused).
  return source.origin !== undefined && !originAllowed;
}

/** The origin (scheme://host[:port]) of a URL, lower-case; undefined for something that is not one. */
export function originOf(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.origin === 'null' ? undefined : parsed.origin.toLowerCase();
  } catch {
    return undefined;
  }
}
