import { AddressInfo, createServer, Server, Socket } from 'node:net';
import { ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export type SinkMode = 'accept' | 'refuse-temporarily' | 'refuse-permanently';

/** A real SMTP server on loopback (a free port) that keeps every message it accepts, parsed. */
export interface SmtpSink {
  url: string;
  messages: ParsedMail[];
  /** RCPT attempts seen, accepted or not. */
  readonly attempts: number;
  mode: SinkMode;
  /** How long the server takes over each message before it says 250 (a slow mail server); 0 by default. */
  delayMs: number;
  /** Addresses refused with 451 (try again later) whatever the mode, each RCPT to them counted. */
  busyAddresses: Set<string>;
  attemptsTo: (address: string) => number;
  /** Waits until `count` messages (to `to`, when given) have arrived. */
  waitFor(count: number, to?: string, timeoutMs?: number): Promise<ParsedMail[]>;
  to(address: string): ParsedMail[];
  close(): Promise<void>;
}

export async function startSmtpSink(mode: SinkMode = 'accept'): Promise<SmtpSink> {
  const rcpts: string[] = [];
  const sink: SmtpSink = {
    url: '',
    messages: [],
    get attempts() {
      return rcpts.length;
    },
    mode,
    delayMs: 0,
    busyAddresses: new Set(),
    attemptsTo: (address) => rcpts.filter((a) => a === address.toLowerCase()).length,
    to: (address) => sink.messages.filter((m) => recipientsOf(m).includes(address.toLowerCase())),
    async waitFor(count, to, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = to ? sink.to(to) : sink.messages;
        if (found.length >= count) return found;
        if (Date.now() > deadline) throw new Error(`expected ${count} message(s)${to ? ` to ${to}` : ''}, got ${found.length} (${sink.attempts} attempts)`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      rcpts.push(address.address.toLowerCase());
      if (sink.busyAddresses.has(address.address.toLowerCase()))
        return callback(Object.assign(new Error('Mailbox busy, try again later'), { responseCode: 451 }));
      if (sink.mode === 'refuse-temporarily') return callback(Object.assign(new Error('Try again later'), { responseCode: 451 }));
      if (sink.mode === 'refuse-permanently') return callback(Object.assign(new Error('No such mailbox here'), { responseCode: 550 }));
      callback();
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then(async (parsed) => {
          if (sink.delayMs) await new Promise((resolve) => setTimeout(resolve, sink.delayMs));
          sink.messages.push(parsed);
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  sink.url = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  return sink;
}

function recipientsOf(message: ParsedMail): string[] {
  const to = Array.isArray(message.to) ? message.to : message.to ? [message.to] : [];
  return to.flatMap((a) => a.value.map((v) => (v.address ?? '').toLowerCase()));
}

/** A server that accepts TCP connections and never says a word: the SMTP greeting never comes. */
export async function startSilentServer(): Promise<{ url: string; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `smtp://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** The links in a message's plain-text part. */
export function linksIn(message: ParsedMail): string[] {
  return [...(message.text ?? '').matchAll(/https?:\/\/\S+/g)].map((m) => m[0]);
}

/** A header as the message carried it (mailparser folds the List-* headers into one parsed `list` object). */
export function rawHeader(message: ParsedMail, name: string): string | undefined {
  const line = message.headerLines.find((h) => h.key === name.toLowerCase());
  return line
    ? line.line
        .slice(line.line.indexOf(':') + 1)
        .replace(/\r?\n\s+/g, ' ')
        .trim()
    : undefined;
}
