import { isCrossSiteRequest, originOf } from './cross-site.policy';

const ALLOWED = ['https://heroics.example.com', 'https://intranet.example.com'];

describe('cross-site requests to the cookie routes', () => {
  it.each([
    [{ secFetchSite: 'same-origin', origin: 'https://heroics.example.com' }, false],
    [{ secFetchSite: 'none' }, false],
    [{}, false],
    [{ origin: 'https://heroics.example.com' }, false],
    [{ origin: 'https://heroics.example.com/' }, false],
    [{ secFetchSite: 'cross-site', origin: 'https://intranet.example.com' }, false],
    [{ secFetchSite: 'cross-site', origin: 'https://evil.example' }, true],
    [{ secFetchSite: 'cross-site' }, true],
    [{ secFetchSite: 'same-site', origin: 'https://blog.heroics.example.com' }, true],
    [{ origin: 'https://evil.example' }, true],
    [{ origin: 'null' }, true],
    [{ secFetchSite: 'CROSS-SITE', origin: 'https://evil.example' }, true],
  ])('%j is cross-site: %s', (source, expected) => {
    expect(isCrossSiteRequest(source, ALLOWED)).toBe(expected);
  });

  it('reads the origin of a base URL, and nothing from a non-URL', () => {
    expect(originOf('https://Heroics.Example.com/app/')).toBe('https://heroics.example.com');
    expect(originOf('http://localhost:3000')).toBe('http://localhost:3000');
    expect(originOf('not a url')).toBeUndefined();
  });
});
