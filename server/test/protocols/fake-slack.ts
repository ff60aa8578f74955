import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';

/**
 * A local Slack that speaks the Web API as Slack documents it: POST https://slack.com/api/<method> with a bearer token
 * and a form-encoded (or JSON) body, answered with `{ ok: true, … }` or `{ ok: false, error }`, and HTTP 429 with
 * Retry-After when rate limited. It implements the methods Heroics calls and records every call.
 */
export interface SlackCall {
  method: string;
  token: string | null;
  args: Record<string, any>;
  status: number;
  at: number;
}

export interface FakeSlackUser {
  id: string;
  email: string | null;
  name: string;
}

export class FakeSlack {
  readonly calls: SlackCall[] = [];
  readonly users = new Map<string, FakeSlackUser>();
  readonly channels = new Map<string, string>([
    ['C0HEROES01', 'support-heroes'],
    ['C0GENERAL1', 'general'],
  ]);
  token = `xoxb-${Date.now()}-fake-token`;
  teamId = 'T0LARKSPUR';
  teamName = 'Larkspur Support';
  revoked = false;
  /** The next this-many chat.postMessage calls answer 429 with Retry-After: 1. */
  rateLimitPosts = 0;
  private server?: Server;

  get apiUrl(): string {
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}/api/`;
  }

  addUser(id: string, email: string | null, name = id): FakeSlackUser {
    const user = { id, email, name };
    this.users.set(id, user);
    return user;
  }

  callsOf(method: string): SlackCall[] {
    return this.calls.filter((c) => c.method === method && c.status === 200);
  }

  async start(port = 0): Promise<this> {
    this.server = createServer(async (request, response) => {
      const method = (request.url ?? '').replace(/^\/api\//, '').split('?')[0];
      const args = await readArgs(request);
      const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1] ?? args.token ?? null;
      const answer = (status: number, body: object, headers: Record<string, string> = {}) => {
        this.calls.push({ method, token, args, status, at: Date.now() });
        response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
        response.end(JSON.stringify(body));
      };
      if (token !== this.token || this.revoked) return answer(200, { ok: false, error: 'invalid_auth' });
      if (method === 'chat.postMessage' && this.rateLimitPosts > 0) {
        this.rateLimitPosts--;
        return answer(429, { ok: false, error: 'ratelimited' }, { 'retry-after': '1' });
      }
      answer(200, this.handle(method, args));
    });
    await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
    return this;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private handle(method: string, args: Record<string, any>): object {
    switch (method) {
      case 'auth.test':
        return {
          ok: true,
          url: 'https://larkspur.slack.com/',
          team: this.teamName,
          team_id: this.teamId,
          user: 'heroics',
          user_id: 'U0HEROICS1',
          bot_id: 'B0HEROICS1',
        };
      case 'auth.revoke':
        this.revoked = true;
        return { ok: true, revoked: true };
      case 'conversations.info': {
        const name = this.channels.get(args.channel);
        return name ? { ok: true, channel: { id: args.channel, name, is_channel: true } } : { ok: false, error: 'channel_not_found' };
      }
      case 'conversations.list':
        return { ok: true, channels: [...this.channels].map(([id, name]) => ({ id, name, is_channel: true })), response_metadata: { next_cursor: '' } };
      case 'chat.postMessage':
        return { ok: true, channel: args.channel, ts: `${Date.now() / 1000}`, message: { text: args.text, blocks: args.blocks } };
      case 'chat.postEphemeral':
        return { ok: true, message_ts: `${Date.now() / 1000}` };
      case 'views.open':
        return args.trigger_id ? { ok: true, view: { id: 'V0MODAL001', ...args.view } } : { ok: false, error: 'invalid_trigger_id' };
      case 'users.info': {
        const user = this.users.get(args.user);
        return user ? { ok: true, user: slackUser(user, this.teamId) } : { ok: false, error: 'user_not_found' };
      }
      case 'users.lookupByEmail': {
        const user = [...this.users.values()].find((u) => u.email === args.email);
        return user ? { ok: true, user: slackUser(user, this.teamId) } : { ok: false, error: 'users_not_found' };
      }
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }
}

function slackUser(user: FakeSlackUser, teamId: string) {
  return {
    id: user.id,
    team_id: teamId,
    name: user.name,
    real_name: user.name,
    profile: { real_name: user.name, ...(user.email ? { email: user.email } : {}) },
  };
}

/** Slack's Web API accepts form-encoded arguments (objects such as `blocks` as JSON text) or a JSON body. */
async function readArgs(request: IncomingMessage): Promise<Record<string, any>> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return {};
  if ((request.headers['content-type'] ?? '').includes('application/json')) return JSON.parse(text);
  const args: Record<string, any> = {};
  for (const [key, value] of new URLSearchParams(text)) {
    args[key] = /^[[{]/.test(value) ? safeJson(value) : value;
  }
  return args;
}

function safeJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}
