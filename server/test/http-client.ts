import { clientIp, storyBody, TEST_PASSWORD } from './factories';

/** What one HTTP call to a spawned app came back with; `status` 0 means no answer (refused, reset or timed out). */
export interface Answer {
  status: number;
  contentType: string;
  retryAfter: string | null;
  body: any;
  error?: string;
  ms: number;
}

/** A request with a deadline: a call that hangs past `timeoutMs` is an answer with status 0, never a stuck test. */
export async function call(
  baseUrl: string,
  method: string,
  path: string,
  options: { token?: string; body?: unknown; headers?: Record<string, string>; timeoutMs?: number } = {},
): Promise<Answer> {
  const started = Date.now();
  try {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        ...(options.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        ...(options.token ? { Authorization: `Bearer ${options.token}` } : {}),
        ...options.headers,
      },
      body: options.body !== undefined ? JSON.stringify(options.body) : undefined,
      signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
    });
    const text = await response.text();
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      // not JSON: keep the text
    }
    return {
      status: response.status,
      contentType: response.headers.get('content-type') ?? '',
      retryAfter: response.headers.get('retry-after'),
      body,
      ms: Date.now() - started,
    };
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    return { status: 0, contentType: '', retryAfter: null, body: null, error: cause ?? (error as Error).name, ms: Date.now() - started };
  }
}

export async function signInTo(baseUrl: string, email: string, password = TEST_PASSWORD, ip = clientIp()): Promise<{ token: string; refreshCookie: string }> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': ip },
    body: JSON.stringify({ email, password }),
    signal: AbortSignal.timeout(10_000),
  });
  const body = await response.json();
  if (response.status !== 200) throw new Error(`sign-in of ${email} failed: ${response.status} ${JSON.stringify(body)}`);
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('heroics_refresh='));
  return { token: body.accessToken, refreshCookie: cookie!.split(';')[0] };
}

export { storyBody };
