import { checksFor, clientKey, clientWaitSeconds, MAX_CLIENT_WAIT_SECONDS } from './login-throttle.policy';

describe('sign-in throttling rules', () => {
  it('lets a client make a few free mistakes on an account, then doubles the wait with each further failure, up to a cap', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((failures) => clientWaitSeconds(failures, 3))).toEqual([0, 0, 0, 1, 2, 4, 8]);
    expect(clientWaitSeconds(40, 3)).toBe(MAX_CLIENT_WAIT_SECONDS);
    expect(clientWaitSeconds(10_000, 3)).toBe(MAX_CLIENT_WAIT_SECONDS);
  });

  it('counts a trusted device apart from its address, so one office address is not one client', () => {
    expect(clientKey('ada@x.test', { ip: '10.0.0.1' })).toBe('ada@x.test|ip:10.0.0.1');
    expect(clientKey('ada@x.test', { ip: '10.0.0.1', trustedDeviceId: 'd1' })).toBe('ada@x.test|device:d1');
    expect(clientKey('ada@x.test', { ip: '10.0.0.1', trustedDeviceId: 'd1' })).not.toBe(clientKey('bo@x.test', { ip: '10.0.0.1', trustedDeviceId: 'd1' }));
  });

  it('never applies the account lock or the address limit to a device that has proven the password', () => {
    expect(checksFor({ ip: '10.0.0.1' })).toEqual({ account: true, ip: true, client: true });
    expect(checksFor({ ip: '10.0.0.1', trustedDeviceId: 'd1' })).toEqual({ account: false, ip: false, client: true });
  });
});
