import { lookup } from 'node:dns/promises';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { BlockList, isIP } from 'node:net';

/**
 * Requests the server makes to addresses an admin typed in (webhooks, Teams channels). Guarded against SSRF: http(s)
 * only, every resolved address checked against private, loopback, link-local and other special ranges (unless the
 * company runs on-premise and allows them), the connection pinned to the checked address (no DNS rebinding between
 * check and connect), no redirects followed, short timeouts, and only the first few KiB of an answer kept.
 */
export class OutboundRefused extends Error {}

const special = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  special.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['64:ff9b::', 96],
  ['100::', 64],
  ['2001:db8::', 32],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  special.addSubnet(net, prefix, 'ipv6');
}

/** Whether an address is one a server on the internet would never legitimately be at. */
export function isSpecialAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return special.check(address, 'ipv4');
  if (family !== 6) return true;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return special.check(mapped[1], 'ipv4');
  return special.check(address, 'ipv6');
}

export interface OutboundGuard {
  allowPrivate: boolean;
  /** When not empty, the only hosts requests may go to (an egress allowlist). */
  allowedHosts: string[];
}

export interface OutboundOptions extends OutboundGuard {
  timeoutMs?: number;
  maxResponseBytes?: number;
}

export interface OutboundResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** At most maxResponseBytes of the answer, as text. */
  body: string;
}

/** Checks an address an admin entered; throws OutboundRefused with a sentence a person can act on. */
export async function checkOutboundUrl(raw: string, guard: OutboundGuard): Promise<{ url: URL; address: string; family: number }> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new OutboundRefused('Enter a full web address starting with https://.');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new OutboundRefused('Only http and https addresses can receive deliveries.');
  if (url.username || url.password) throw new OutboundRefused('Put credentials in the secret, not in the address.');
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (guard.allowedHosts.length && !guard.allowedHosts.includes(host.toLowerCase())) {
    throw new OutboundRefused(`Deliveries may only go to ${guard.allowedHosts.join(', ')} (OUTBOUND_ALLOWED_HOSTS).`);
  }
  let addresses: { address: string; family: number }[];
  if (isIP(host)) addresses = [{ address: host, family: isIP(host) }];
  else {
    try {
      addresses = await lookup(host, { all: true, verbatim: true });
    } catch {
      throw new OutboundRefused(`The host ${host} could not be found.`);
    }
  }
  if (!guard.allowPrivate && addresses.some((a) => isSpecialAddress(a.address))) {
    throw new OutboundRefused('That address points into a private, loopback or link-local network, which deliveries may not reach.');
  }
  return { url, ...addresses[0] };
}

export async function postOutbound(rawUrl: string, body: string, headers: Record<string, string>, options: OutboundOptions): Promise<OutboundResponse> {
  const { url, address, family } = await checkOutboundUrl(rawUrl, options);
  const timeoutMs = options.timeoutMs ?? 5_000;
  const maxBytes = options.maxResponseBytes ?? 4_096;
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise<OutboundResponse>((resolve, reject) => {
    const request = send(
      url,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), 'user-agent': 'Heroics-Webhooks/1', ...headers },
        // Connect to the address that was checked, whatever the name resolves to a moment later.
        lookup: (_hostname, _options, callback) => (callback as (e: null, a: string, f: number) => void)(null, address, family),
        timeout: timeoutMs,
        signal: AbortSignal.timeout(timeoutMs * 2),
      },
      (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          if (size < maxBytes) chunks.push(chunk.subarray(0, maxBytes - size));
          size += chunk.length;
          if (size >= maxBytes) response.destroy();
        });
        const done = () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') });
        response.on('end', done);
        response.on('close', done);
        response.on('error', done);
      },
    );
    request.on('timeout', () => request.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    request.on('error', reject);
    request.end(body);
  });
}
