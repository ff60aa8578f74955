import { heroicsSignature, isGoodRating, isTicketUrl, verifySignedRequest } from './helpdesk.policy';

const SECRET = 'hds_test-secret';
const NOW = 1_800_000_000_000;
const body = '{"rating":"good","ticketId":"1"}';
const ts = String(NOW / 1000);

describe('helpdesk signatures', () => {
  it('accepts a fresh signature of the timestamp and body', () => {
    expect(verifySignedRequest(SECRET, { rawBody: body, heroicsTimestamp: ts, heroicsSignature: heroicsSignature(SECRET, ts, body) }, NOW)).toBe('ok');
  });

  it('refuses a signature under another secret, or over another body', () => {
    expect(verifySignedRequest(SECRET, { rawBody: body, heroicsTimestamp: ts, heroicsSignature: heroicsSignature('other', ts, body) }, NOW)).toBe('bad');
    expect(verifySignedRequest(SECRET, { rawBody: `${body} `, heroicsTimestamp: ts, heroicsSignature: heroicsSignature(SECRET, ts, body) }, NOW)).toBe('bad');
  });

  it('calls a good signature older than five minutes expired', () => {
    const old = String(NOW / 1000 - 301);
    expect(verifySignedRequest(SECRET, { rawBody: body, heroicsTimestamp: old, heroicsSignature: heroicsSignature(SECRET, old, body) }, NOW)).toBe('expired');
  });

  it('accepts the secret itself as a token header, and nothing without proof', () => {
    expect(verifySignedRequest(SECRET, { rawBody: body, token: SECRET }, NOW)).toBe('ok');
    expect(verifySignedRequest(SECRET, { rawBody: body, token: 'guess' }, NOW)).toBe('bad');
    expect(verifySignedRequest(SECRET, { rawBody: body }, NOW)).toBe('bad');
    expect(verifySignedRequest(SECRET, { rawBody: body, heroicsTimestamp: 'soon', heroicsSignature: 'sha256=00' }, NOW)).toBe('bad');
  });
});

describe('good ratings', () => {
  it.each(['good', 'Good', "Good, I'm satisfied", 'satisfied', 'extremely_happy', 4, 5, '5'])('%p is a compliment', (rating) =>
    expect(isGoodRating(rating)).toBe(true),
  );
  it.each(['bad', 'goodbye', 'offered', 3, 1, '2', null, 4.5, {}])('%p is not', (rating) => expect(isGoodRating(rating)).toBe(false));
});

describe('ticket links', () => {
  it('takes http and https links only', () => {
    expect(isTicketUrl('https://acme.zendesk.com/agent/tickets/42')).toBe(true);
    expect(isTicketUrl('javascript:alert(1)')).toBe(false);
    expect(isTicketUrl('ftp://x.example/1')).toBe(false);
    expect(isTicketUrl(`https://x.example/${'a'.repeat(500)}`)).toBe(false);
  });
});
