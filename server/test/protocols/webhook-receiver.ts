import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';

export interface ReceivedRequest {
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * A receiving system on loopback (a webhook consumer, a Teams Workflows URL): records what arrives and answers with
 * the statuses queued per path with failNext (then `defaultStatus`); a path under /redirect answers 302.
 */
export class WebhookReceiver {
  readonly received: ReceivedRequest[] = [];
  private readonly answers = new Map<string, number[]>();
  defaultStatus = 200;
  responseBody = '{"ok":true}';
  private server?: Server;

  url(path = '/hooks/heroics'): string {
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}${path}`;
  }

  /** The next answers at `path` (one status per request), before the default. */
  failNext(path: string, ...statuses: number[]): void {
    this.answers.set(path, [...(this.answers.get(path) ?? []), ...statuses]);
  }

  at(path: string): ReceivedRequest[] {
    return this.received.filter((r) => r.path === path);
  }

  async start(): Promise<this> {
    this.server = createServer(async (request, response) => {
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(chunk as Buffer);
      this.received.push({ path: request.url ?? '', headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      if ((request.url ?? '').startsWith('/redirect')) {
        response.writeHead(302, { location: this.url('/redirected') });
        response.end();
        return;
      }
      const status = this.answers.get(request.url ?? '')?.shift() ?? this.defaultStatus;
      response.writeHead(status, { 'content-type': 'application/json', ...(status === 429 ? { 'retry-after': '1' } : {}) });
      response.end(this.responseBody);
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return this;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
