import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

export interface TestAccount {
  sub: string;
  email: string;
  email_verified: boolean;
  name: string;
  department?: string;
}

export interface TestClient {
  client_id: string;
  client_secret: string;
  redirect_uris: string[];
  post_logout_redirect_uris?: string[];
  backchannel_logout_uri?: string;
}

export interface TestProvider {
  issuer: string;
  /** The next ID token the provider issues has these claims changed (re-signed with its key, or a foreign one). */
  tamperNextIdToken(change: { claims?: Record<string, unknown>; foreignKey?: boolean }): Promise<void>;
  addAccounts(accounts: TestAccount[]): Promise<void>;
  /** The provider sends a back-channel logout token for `sub` to the client's registered URI; resolves to our answer's status. */
  backchannelLogout(clientId: string, sub: string): Promise<number>;
  stop(): Promise<void>;
}

/** Starts server/test/oidc-provider-process.mjs (a real oidc-provider) on a free loopback port. */
export async function startTestProvider(config: { clients: TestClient[]; accounts: TestAccount[] }): Promise<TestProvider> {
  const child: ChildProcess = spawn(process.execPath, [join(__dirname, 'oidc-provider-process.mjs')], {
    env: { ...process.env, OIDC_TEST_CONFIG: JSON.stringify(config), NODE_ENV: 'development' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk) => {
    stderr += chunk;
    if (process.env.OIDC_TEST_DEBUG) process.stderr.write(chunk);
  });
  const issuer = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`OpenID provider did not start: ${stderr}`)), 30_000);
    let out = '';
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      const match = /READY (\S+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.on('exit', (code) => reject(new Error(`OpenID provider exited with ${code}: ${stderr}`)));
  });
  const control = async (path: string, body: unknown) => {
    const response = await fetch(`${issuer}/__control/${path}`, { method: 'POST', body: JSON.stringify(body), signal: AbortSignal.timeout(10_000) });
    return response.status === 200 ? response.json() : null;
  };
  return {
    issuer,
    tamperNextIdToken: async (change) => void (await control('tamper', change)),
    addAccounts: async (accounts) => void (await control('accounts', { accounts })),
    backchannelLogout: async (clientId, sub) => ((await control('backchannel-logout', { clientId, sub })) as { status: number }).status,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
