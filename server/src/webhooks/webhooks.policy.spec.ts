import { createHmac } from 'node:crypto';
import { afterAttempt, retryDelaySeconds, shouldPause, signatureHeader, verifySignatureHeader } from './webhooks.policy';

describe('webhook signatures', () => {
  const secret = 'whsec_test_secret';
  const body = '{"id":"1","type":"story.published"}';

  it('signs t.body with HMAC-SHA256 in hex, as the README documents', () => {
    const expected = createHmac('sha256', secret).update(`1700000000.${body}`).digest('hex');
    expect(signatureHeader(secret, body, 1700000000)).toBe(`t=1700000000,v1=${expected}`);
  });

  it('verifies a fresh signature and refuses a changed body, another secret or an old timestamp', () => {
    const header = signatureHeader(secret, body, 1700000000);
    expect(verifySignatureHeader(secret, body, header, 1700000010)).toBe(true);
    expect(verifySignatureHeader(secret, body + ' ', header, 1700000010)).toBe(false);
    expect(verifySignatureHeader('another', body, header, 1700000010)).toBe(false);
    expect(verifySignatureHeader(secret, body, header, 1700000000 + 301)).toBe(false);
    expect(verifySignatureHeader(secret, body, 'garbage', 1700000000)).toBe(false);
  });
});

describe('delivery attempts', () => {
  const rules = { maxAttempts: 6, retryBaseSeconds: 30 };

  it('delivers on 2xx only', () => {
    expect(afterAttempt(200, 1, rules)).toEqual({ kind: 'delivered' });
    expect(afterAttempt(204, 1, rules)).toEqual({ kind: 'delivered' });
    expect(afterAttempt(301, 1, rules).kind).toBe('retry');
    expect(afterAttempt(null, 1, rules).kind).toBe('retry');
  });

  it('backs off exponentially up to an hour, then gives up after the last attempt', () => {
    expect([1, 2, 3, 4].map((a) => retryDelaySeconds(a, 30))).toEqual([30, 60, 120, 240]);
    expect(retryDelaySeconds(20, 30)).toBe(3600);
    expect(afterAttempt(500, 5, rules).kind).toBe('retry');
    expect(afterAttempt(500, 6, rules)).toEqual({ kind: 'failed' });
  });

  it('pauses a subscription after three failed deliveries in a row', () => {
    expect(shouldPause(2)).toBe(false);
    expect(shouldPause(3)).toBe(true);
  });
});
