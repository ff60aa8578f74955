import { Badge } from '@mantine/core';
import { i18n } from '../../lib/i18n';

const roleKeys = { admin: 'app:roles.admin', manager: 'app:roles.manager', staff: 'app:roles.staff' } as const;
export type RoleName = keyof typeof roleKeys;

/** The role in the reader's language. */
export function roleLabel(role: RoleName): string {
  return i18n.t(roleKeys[role]);
}

/* Colours come in pairs picked for at least 4.5:1 text contrast. */
const tones = {
  ember: { bg: '#ffe6d5', fg: '#8a2f0d' },
  indigo: { bg: '#e5e8ff', fg: '#2f3a9e' },
  slate: { bg: '#eceef1', fg: '#3b4350' },
  green: { bg: '#dcf5e3', fg: '#1b6b34' },
  amber: { bg: '#fff0c2', fg: '#7a4d00' },
  red: { bg: '#ffe3e3', fg: '#a51d24' },
} as const;
export type Tone = keyof typeof tones;

export function ToneBadge({ tone, children }: { tone: Tone; children: React.ReactNode }) {
  const { bg, fg } = tones[tone];
  return (
    <Badge variant="filled" bg={bg} c={fg} tt="none" fw={600} size="md" miw="max-content" style={{ flexShrink: 0 }} styles={{ label: { overflow: 'visible' } }}>
      {children}
    </Badge>
  );
}

export function RoleBadge({ role }: { role: RoleName }) {
  return <ToneBadge tone={role === 'admin' ? 'ember' : role === 'manager' ? 'indigo' : 'slate'}>{roleLabel(role)}</ToneBadge>;
}

export function EmploymentBadge({ active }: { active: boolean }) {
  return <ToneBadge tone={active ? 'green' : 'slate'}>{active ? i18n.t('ui:employment.employed') : i18n.t('ui:employment.left')}</ToneBadge>;
}

const accountLabels = { active: 'ui:account.active', invited: 'ui:account.invited', not_invited: 'ui:account.not_invited' } as const;

export function AccountBadge({ account }: { account: keyof typeof accountLabels }) {
  return <ToneBadge tone={account === 'active' ? 'green' : account === 'invited' ? 'amber' : 'slate'}>{i18n.t(accountLabels[account])}</ToneBadge>;
}
