import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AUDIT_ACTIONS, auditActionLabel, auditActorName, auditChanges, auditChangesLine, auditSubjectLabel, redactAuditValues } from './audit.policy';

/** The services that record audit entries, and the dotted action names written in them. */
function recordedActions(): Set<string> {
  const root = join(__dirname, '..');
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.service.ts') && !f.startsWith('audit'));
  const found = new Set<string>();
  for (const file of files) {
    // Integration events (`events.publish(manager, 'story.published', ...)`) share the dotted style; they are not audit actions.
    const source = readFileSync(join(root, file), 'utf8').replace(/\.publish\([^)]*\)/g, '');
    if (!source.includes('AuditService')) continue;
    for (const match of source.matchAll(/'([a-z_]+\.[a-z_]+)'/g)) found.add(match[1]);
  }
  return found;
}

describe('the audit log in words', () => {
  it('has a sentence for every action a service records', () => {
    const missing = [...recordedActions()].filter((action) => !(AUDIT_ACTIONS as string[]).includes(action));
    expect(missing).toEqual([]);
  });

  it('reads an action or a record kind it does not know as its code rather than failing', () => {
    expect(auditActionLabel('budget.topped_up')).toBe('Topped up a quarterly reward budget');
    expect(auditActionLabel('something.new')).toBe('something.new');
    expect(auditSubjectLabel('employee')).toBe('Person');
    expect(auditSubjectLabel('gadget')).toBe('gadget');
  });

  it('names the person, the identity provider that provisioned a change, or Heroics itself', () => {
    expect(auditActorName('Helen Ramirez', null)).toBe('Helen Ramirez');
    expect(auditActorName(null, { via: { provisioner: 'scim', tokenId: 'x' } })).toBe('Identity provider (scim)');
    expect(auditActorName(null, { expired: 120 })).toBe('Heroics (automatic)');
  });

  it('never shows a recorded secret, at any depth, but keeps whether one changed', () => {
    expect(
      redactAuditValues({ url: 'https://hooks.example/x', secret: 'whsec_abc', nested: [{ password: 'p' }], clientSecretChanged: true, tokenName: 'Okta' }),
    ).toEqual({
      url: 'https://hooks.example/x',
      secret: '[redacted]',
      nested: [{ password: '[redacted]' }],
      clientSecretChanged: true,
      tokenName: 'Okta',
    });
    expect(redactAuditValues(null)).toBeNull();
  });

  it('lists each recorded field with its value before and after, as text, and writes them on one line', () => {
    const changes = auditChanges({ quarter: '2026-Q4', points: 1000 }, { quarter: '2026-Q4', points: 1250, note: null, events: ['a'] });
    expect(changes).toEqual([
      { field: 'quarter', before: '2026-Q4', after: '2026-Q4' },
      { field: 'points', before: '1000', after: '1250' },
      { field: 'note', before: null, after: 'null' },
      { field: 'events', before: null, after: '["a"]' },
    ]);
    expect(auditChangesLine(auditChanges({ title: 'Old' }, { points: 5 }))).toBe('title: was Old; points: 5');
    expect(auditChangesLine(changes.slice(0, 2))).toBe('quarter: 2026-Q4 → 2026-Q4; points: 1000 → 1250');
  });
});
