import nodemailer, { Transporter } from 'nodemailer';
import { AppConfig } from '../config/app-config';

/** A refusal the mail server will repeat on every retry (a 5xx reply): the address is marked and not retried. */
export function isPermanentRefusal(error: unknown): boolean {
  const code = (error as { responseCode?: number }).responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}

/** What went wrong, for the Jobs page and the person's record: the server's reply, never the message or credentials. */
export function deliveryErrorMessage(error: unknown): string {
  const e = error as { response?: string; code?: string; message?: string };
  return (e.response ?? `${e.code ? `${e.code}: ` : ''}${e.message ?? 'unknown error'}`).replace(/\s+/g, ' ').slice(0, 500);
}

export function createSmtpTransport(config: AppConfig['mail']): Transporter | undefined {
  if (!config.smtpUrl) return undefined;
  // Bounded waits: a mail server that hangs fails the attempt, and the job is retried later, instead of holding a worker.
  // Parsed here: nodemailer ignores the other options when given a `url`, and the timeouts must apply.
  const url = new URL(config.smtpUrl);
  const secure = url.protocol === 'smtps:';
  return nodemailer.createTransport({
    host: url.hostname,
    port: url.port ? Number(url.port) : secure ? 465 : 587,
    secure,
    auth: url.username ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } : undefined,
    connectionTimeout: config.timeoutMs,
    greetingTimeout: config.timeoutMs,
    socketTimeout: config.timeoutMs,
    dnsTimeout: config.timeoutMs,
  } as Parameters<typeof nodemailer.createTransport>[0]);
}
