import { KeyObject } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import { jwtModuleOptions } from './jwt-options';

// The module object itself (not an import namespace copy), so the spy sees what @nestjs/jwt passes to it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const jsonwebtoken: typeof import('jsonwebtoken') = require('jsonwebtoken');

const secret = 'a-configured-secret-of-at-least-32-characters';

describe('access-token verification', () => {
  afterEach(() => jest.restoreAllMocks());

  it('verifies a token signed with the configured secret through a secret KeyObject, never the string', async () => {
    const jwt = new JwtService(jwtModuleOptions({ jwtSecret: secret }));
    const token = await jwt.signAsync({ sub: 'someone', sid: 'session' });
    const verify = jest.spyOn(jsonwebtoken, 'verify');

    const claims = await jwt.verifyAsync<{ sub: string; iss: string }>(token, { algorithms: ['HS256'] });

    expect(claims).toMatchObject({ sub: 'someone', iss: 'heroics' });
    const key = verify.mock.calls[0][1];
    expect(key).toBeInstanceOf(KeyObject);
    expect((key as KeyObject).type).toBe('secret');
    expect((key as KeyObject).export().toString('utf8')).toBe(secret);
  });

  it('still accepts tokens signed by the plain string secret (tokens issued before the change) and refuses others', async () => {
    const jwt = new JwtService(jwtModuleOptions({ jwtSecret: secret }));
    const before = jsonwebtoken.sign({ sub: 'someone' }, secret, { algorithm: 'HS256', issuer: 'heroics' });
    await expect(jwt.verifyAsync(before, { algorithms: ['HS256'] })).resolves.toMatchObject({ sub: 'someone' });

    const forged = jsonwebtoken.sign({ sub: 'someone' }, 'another-secret-of-at-least-32-characters!', { algorithm: 'HS256', issuer: 'heroics' });
    await expect(jwt.verifyAsync(forged, { algorithms: ['HS256'] })).rejects.toThrow('invalid signature');
    const otherIssuer = jsonwebtoken.sign({ sub: 'someone' }, secret, { algorithm: 'HS256', issuer: 'elsewhere' });
    await expect(jwt.verifyAsync(otherIssuer, { algorithms: ['HS256'] })).rejects.toThrow('jwt issuer invalid');
  });
});
