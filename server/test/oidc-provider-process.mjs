// A real OpenID provider (the `oidc-provider` package) on loopback, for API and browser tests.
// It runs as its own Node process because oidc-provider is ES-modules-only (Jest and Playwright load it from here
// unchanged). Configuration comes as JSON in OIDC_TEST_CONFIG: { clients: [...], accounts: [...] }.
// It prints `READY <issuer>` once listening on a free port. Sign-in goes through the provider's own login page
// (devInteractions: any password); grants are given without a consent screen (loadExistingGrant).
//
// Test-only control routes under /__control (never part of a real provider) let a test make the *next* token
// response carry an ID token with one claim changed, re-signed with the provider's own key (or a foreign key),
// so the relying party's validation is what is under test; and send a back-channel logout token to a client.
import { generateKeyPairSync, randomUUID, sign } from 'node:crypto';
import { createServer } from 'node:http';
import Provider from 'oidc-provider';

const config = JSON.parse(process.env.OIDC_TEST_CONFIG ?? '{}');
const accounts = new Map((config.accounts ?? []).map((a) => [a.sub, a]));
const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const jwk = { ...privateKey.export({ format: 'jwk' }), kid: 'test-key-1', use: 'sig', alg: 'RS256' };
const foreign = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
let tamper = null;

const server = createServer();
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const issuer = `http://127.0.0.1:${server.address().port}`;

const provider = new Provider(issuer, {
  clients: config.clients ?? [],
  jwks: { keys: [jwk] },
  scopes: ['openid', 'email', 'profile'],
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'department', 'groups'] },
  // Claims of the requested scopes go into the ID token too, as Okta, Entra ID and Keycloak can be set to do.
  conformIdTokenClaims: false,
  features: {
    devInteractions: { enabled: true },
    rpInitiatedLogout: { enabled: true },
    backchannelLogout: { enabled: true },
  },
  pkce: { required: () => true },
  cookies: { keys: ['test-cookie-key-that-is-long-enough'] },
  async findAccount(_ctx, sub) {
    const account = accounts.get(sub);
    if (!account) return undefined;
    return { accountId: sub, claims: async () => ({ ...account, sub }) };
  },
  async loadExistingGrant(ctx) {
    const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
    grant.addOIDCScope('openid email profile');
    await grant.save();
    return grant;
  },
});
provider.proxy = false;
provider.on('server_error', (_ctx, error) => process.stderr.write(`oidc-provider server_error: ${error.stack}\n`));

const b64 = (value) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
function resign(idToken, changes) {
  const [header, payload] = idToken
    .split('.')
    .slice(0, 2)
    .map((part) => JSON.parse(Buffer.from(part, 'base64url').toString()));
  const claims = { ...payload, ...changes.claims };
  const head = { ...header, kid: changes.foreignKey ? 'foreign-key' : header.kid };
  const input = `${b64(head)}.${b64(claims)}`;
  return `${input}.${sign('sha256', Buffer.from(input), changes.foreignKey ? foreign : privateKey).toString('base64url')}`;
}

provider.use(async (ctx, next) => {
  await next();
  if (ctx.path === '/token' && ctx.method === 'POST' && tamper && ctx.body?.id_token) {
    const change = tamper;
    tamper = null;
    ctx.body = { ...ctx.body, id_token: resign(ctx.body.id_token, change) };
  }
});

const readJson = (req) =>
  new Promise((resolve) => {
    let text = '';
    req.on('data', (chunk) => (text += chunk));
    req.on('end', () => resolve(text ? JSON.parse(text) : {}));
  });

const callback = provider.callback();
server.on('request', async (req, res) => {
  if (!req.url.startsWith('/__control/')) return callback(req, res);
  const body = await readJson(req);
  if (req.url === '/__control/tamper') tamper = body;
  if (req.url === '/__control/accounts') for (const a of body.accounts ?? []) accounts.set(a.sub, a);
  if (req.url === '/__control/backchannel-logout') {
    const client = (config.clients ?? []).find((c) => c.client_id === body.clientId);
    const now = Math.floor(Date.now() / 1000);
    const claims = {
      iss: issuer,
      aud: body.clientId,
      iat: now,
      exp: now + 120,
      jti: randomUUID(),
      sub: body.sub,
      events: { 'http://schemas.openid.net/event/backchannel-logout': {} },
    };
    const input = `${b64({ alg: 'RS256', typ: 'logout+jwt', kid: jwk.kid })}.${b64(claims)}`;
    const token = `${input}.${sign('sha256', Buffer.from(input), privateKey).toString('base64url')}`;
    const answer = await fetch(client.backchannel_logout_uri, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ logout_token: token }),
    });
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ status: answer.status }));
    return;
  }
  res.writeHead(204).end();
});

process.stdout.write(`READY ${issuer}\n`);
process.on('SIGTERM', () => server.close(() => process.exit(0)));
