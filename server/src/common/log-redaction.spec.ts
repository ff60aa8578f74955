import { redactLoggedRequest, redactUrl } from './log-redaction';

const TOKEN = 'Qm9sZC1zZWNyZXQtdG9rZW4tdGhhdC1pcy00My1jaGFycy1sb25n';

describe('secrets in logged URLs', () => {
  it.each([
    [`/api/invitations/${TOKEN}`, '/api/invitations/[redacted]'],
    [`/api/invitations/${TOKEN}/accept`, '/api/invitations/[redacted]/accept'],
    [`/invite/${TOKEN}?utm=x`, '/invite/[redacted]?utm=x'],
    [`/api/password-resets/${TOKEN}`, '/api/password-resets/[redacted]'],
    [`/reset-password/${TOKEN}`, '/reset-password/[redacted]'],
    [`/api/auth/callback?code=${TOKEN}&state=1`, '/api/auth/callback?code=[redacted]&state=1'],
    ['/api/feed?cursor=abc', '/api/feed?cursor=abc'],
  ])('%s is logged as %s', (url, logged) => {
    expect(redactUrl(url)).toBe(logged);
    expect(redactUrl(url)).toBe(logged); // the global patterns keep no state between calls
  });

  it('takes secrets out of params, query and Referer as well', () => {
    const logged = redactLoggedRequest({
      url: `/api/invitations/${TOKEN}`,
      params: { token: TOKEN },
      query: { token: TOKEN, page: '2' },
      headers: { referer: `https://heroics.example/invite/${TOKEN}`, accept: 'application/json' },
    });
    expect(JSON.stringify(logged)).not.toContain(TOKEN);
    expect(logged.query).toEqual({ token: '[redacted]', page: '2' });
    expect(logged.headers?.accept).toBe('application/json');
  });
});
