import { createHmac, randomBytes } from 'node:crypto';
import { isTeamsSecurityToken, teamsSignature, verifyTeamsRequest } from './teams.policy';

describe('Teams outgoing-webhook signatures', () => {
  const token = randomBytes(32).toString('base64');
  const body = JSON.stringify({ type: 'message', text: '<at>Heroics</at> latest' });

  it('is base64 HMAC-SHA256 of the raw body keyed with the decoded security token', () => {
    const expected = createHmac('sha256', Buffer.from(token, 'base64')).update(body).digest('base64');
    expect(teamsSignature(token, body)).toBe(expected);
  });

  it('accepts the signed request and refuses another body, another token or a missing header', () => {
    const header = `HMAC ${teamsSignature(token, body)}`;
    expect(verifyTeamsRequest(token, header, body)).toBe(true);
    expect(verifyTeamsRequest(token, header, body.replace('latest', 'oldest'))).toBe(false);
    expect(verifyTeamsRequest(randomBytes(32).toString('base64'), header, body)).toBe(false);
    expect(verifyTeamsRequest(token, undefined, body)).toBe(false);
    expect(verifyTeamsRequest(token, `Bearer ${teamsSignature(token, body)}`, body)).toBe(false);
  });

  it('recognises a security token as Teams shows it', () => {
    expect(isTeamsSecurityToken(token)).toBe(true);
    expect(isTeamsSecurityToken('not base64 at all!')).toBe(false);
    expect(isTeamsSecurityToken(Buffer.from('short').toString('base64'))).toBe(false);
  });
});
