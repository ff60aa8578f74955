import { applyPatch, emailOf, fullName, parseFilter, ScimUserState, stateFromResource } from './scim-user.mapper';

const ENT = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

describe('SCIM user mapping', () => {
  const okta = stateFromResource({
    schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
    userName: 'ana.ruiz@larkspur.example',
    name: { givenName: 'Ana', familyName: 'Ruiz' },
    emails: [{ primary: true, value: 'ana.ruiz@larkspur.example', type: 'work' }],
    displayName: 'Ana Ruiz',
    locale: 'en-US',
    groups: [],
    password: 'ignored',
    active: true,
  });

  it("reads Okta's create body and ignores attributes it does not keep", () => {
    expect(okta).toMatchObject({ userName: 'ana.ruiz@larkspur.example', givenName: 'Ana', familyName: 'Ruiz', active: true });
    expect(fullName(okta)).toBe('Ana Ruiz');
    expect(emailOf(okta)).toBe('ana.ruiz@larkspur.example');
  });

  it("applies Okta's deactivate (op replace without a path)", () => {
    expect(applyPatch(okta, { Operations: [{ op: 'replace', value: { active: false } }] }).active).toBe(false);
  });

  it("applies Entra ID's shapes: capitalised ops, string booleans, filtered email paths, dotted keys, the enterprise extension", () => {
    const next = applyPatch(okta, {
      schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
      Operations: [
        { op: 'Replace', path: 'active', value: 'False' },
        { op: 'Add', path: 'emails[type eq "work"].value', value: 'ana@larkspur.example' },
        { op: 'Replace', path: 'title', value: 'Team Lead' },
        { op: 'Add', path: `${ENT}:department`, value: 'Care' },
        { op: 'Add', path: `${ENT}:manager`, value: 'm-1' },
        { op: 'Replace', value: { 'name.givenName': 'Anita' } },
      ],
    });
    expect(next).toMatchObject({ active: false, email: 'ana@larkspur.example', title: 'Team Lead', department: 'Care', managerId: 'm-1', givenName: 'Anita' });
    expect(applyPatch(next, { Operations: [{ op: 'Remove', path: `${ENT}:manager` }] }).managerId).toBeNull();
  });

  it('refuses malformed patches with SCIM error types', () => {
    expect(() => applyPatch(okta, {})).toThrow(expect.objectContaining({ status: 400, scimType: 'invalidSyntax' }));
    expect(() => applyPatch(okta, { Operations: [{ op: 'move', path: 'title' }] })).toThrow(expect.objectContaining({ scimType: 'invalidSyntax' }));
    expect(() => applyPatch(okta, { Operations: [{ op: 'replace', path: 'active', value: 'maybe' }] })).toThrow(
      expect.objectContaining({ scimType: 'invalidValue' }),
    );
    expect(() => stateFromResource({ name: { givenName: 'x' } })).toThrow(expect.objectContaining({ scimType: 'invalidValue' }));
  });

  it('parses the eq filters identity providers send, and nothing else', () => {
    expect(parseFilter('userName eq "ana@larkspur.example"', ['userName', 'externalId'])).toEqual({ attribute: 'userName', value: 'ana@larkspur.example' });
    expect(parseFilter('externalId EQ "a\\"b"', ['userName', 'externalId'])).toEqual({ attribute: 'externalId', value: 'a"b' });
    expect(parseFilter(undefined, ['userName'])).toBeNull();
    expect(() => parseFilter('userName sw "a"', ['userName'])).toThrow(expect.objectContaining({ scimType: 'invalidFilter' }));
    expect(() => parseFilter('title eq "x"', ['userName'])).toThrow(expect.objectContaining({ scimType: 'invalidFilter' }));
  });

  it('keeps a replace total: what a PUT leaves out is cleared', () => {
    const put: ScimUserState = stateFromResource({ userName: 'ana.ruiz@larkspur.example', active: true });
    expect(put.title).toBe('');
    expect(put.department).toBeNull();
  });
});
