import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AccountBadge, EmploymentBadge, RoleBadge, ToneBadge } from '../../../components/ui/badges';
import { PersonAvatar } from '../../../components/ui/person-avatar';
import { formatDate } from '../../../lib/dates';
import { employeeTenure, formatTenure } from '../../../lib/tenure';
import { useToday } from '../../../lib/company-today';
import type { Employee } from '../api/list-employees';

const leaveReasonLabels = {
  voluntary: 'employees:departure.reason.voluntary',
  involuntary: 'employees:departure.reason.involuntary',
  other: 'employees:departure.reason.other',
} as const;

/** The head of an employee's page: who, where, since when, and the state of their account. */
export function EmployeeSummary({ employee, actions }: { employee: Employee; actions?: React.ReactNode }) {
  const { t, i18n } = useTranslation('employees');
  const today = useToday();
  const tenure = formatTenure(employeeTenure(employee.hiredOn, employee.leftOn, today));
  return (
    <Paper p={{ base: 'md', sm: 'lg' }} shadow="xs">
      <Group justify="space-between" align="flex-start" gap="md">
        <Group gap="md" wrap="nowrap" align="center" style={{ minWidth: 0 }}>
          <PersonAvatar name={employee.name} size={60} fz={22} />
          <Stack gap={4} style={{ minWidth: 0 }}>
            <Title order={1} fz={{ base: 24, sm: 28 }}>
              {employee.name}
            </Title>
            <Text c="dimmed">
              {employee.jobTitle || t('summary.noJobTitle')} · {employee.department.name}
            </Text>
            <Group gap={6}>
              <RoleBadge role={employee.role} />
              <EmploymentBadge active={employee.active} />
              {employee.account && <AccountBadge account={employee.account} />}
              {employee.leaveReason && <ToneBadge tone="slate">{t(leaveReasonLabels[employee.leaveReason])}</ToneBadge>}
            </Group>
          </Stack>
        </Group>
        {actions && <Group gap="sm">{actions}</Group>}
      </Group>
      <Text size="sm" mt="md">
        {t('summary.hired', { date: formatDate(employee.hiredOn) })}
        {employee.leftOn ? t('summary.left', { date: formatDate(employee.leftOn) }) : ''}
        {/* German nouns keep their capitals: "3 Jahre". */}
        {t('summary.tenure', { tenure: i18n.resolvedLanguage === 'de' ? tenure : tenure.toLowerCase() })}
        {employee.manager ? t('summary.reportsTo', { name: employee.manager.name }) : ''}
      </Text>
    </Paper>
  );
}
