import { departmentFromClaims, domainAllowed, issuerAcceptable, passwordAllowed, safeReturnTo } from './sso.policy';

describe('SSO rules', () => {
  it('allows every domain when none is listed, otherwise only the listed ones', () => {
    expect(domainAllowed({ allowedDomains: [] }, 'a@b.example')).toBe(true);
    expect(domainAllowed({ allowedDomains: ['larkspur.example'] }, 'Ana@Larkspur.example')).toBe(true);
    expect(domainAllowed({ allowedDomains: ['larkspur.example'] }, 'ana@evil.example')).toBe(false);
    expect(domainAllowed({ allowedDomains: ['larkspur.example'] }, 'ana@larkspur.example.evil.example')).toBe(false);
  });

  it('lets only break-glass admins use a password when SSO is required', () => {
    const rules = { allowedDomains: [], requireSso: true, breakGlassEmails: ['root@larkspur.example'] };
    expect(passwordAllowed(rules, 'Root@larkspur.example', 'admin')).toBe(true);
    expect(passwordAllowed(rules, 'root@larkspur.example', 'staff')).toBe(false);
    expect(passwordAllowed(rules, 'other@larkspur.example', 'admin')).toBe(false);
    expect(passwordAllowed({ ...rules, requireSso: false }, 'other@larkspur.example', 'staff')).toBe(true);
    expect(passwordAllowed(null, 'anyone@x.example', 'staff')).toBe(true);
  });

  it('follows only paths of this app after signing in', () => {
    expect(safeReturnTo('/stories/1?x=1')).toBe('/stories/1?x=1');
    for (const bad of ['https://evil.example/', '//evil.example', '/\\evil.example', 'javascript:alert(1)', '', undefined, 42, '/api/sso/login', '/a\nb']) {
      expect(safeReturnTo(bad)).toBe('/');
    }
  });

  it('reads the department from a string or list claim', () => {
    expect(departmentFromClaims({ department: ' Care ' }, 'department')).toBe('Care');
    expect(departmentFromClaims({ groups: ['', 'Field'] }, 'groups')).toBe('Field');
    expect(departmentFromClaims({ department: 7 }, 'department')).toBeNull();
    expect(departmentFromClaims({}, 'department')).toBeNull();
  });

  it('accepts https issuers, and http only on loopback outside production', () => {
    expect(issuerAcceptable('https://login.example.com/tenant/v2.0', true)).toBe(true);
    expect(issuerAcceptable('http://127.0.0.1:4000', false)).toBe(true);
    expect(issuerAcceptable('http://127.0.0.1:4000', true)).toBe(false);
    expect(issuerAcceptable('http://10.0.0.5', false)).toBe(false);
    expect(issuerAcceptable('https://user:pw@idp.example', true)).toBe(false);
    expect(issuerAcceptable('not a url', false)).toBe(false);
  });
});
