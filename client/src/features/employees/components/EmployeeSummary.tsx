import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { AccountBadge, EmploymentBadge, RoleBadge, ToneBadge } from '../../../components/ui/badges';
import { PersonAvatar } from '../../../components/ui/person-avatar';
import { formatDate } from '../../../lib/dates';
import { employeeTenure, formatTenure } from '../../../lib/tenure';
import { useToday } from '../../../lib/company-today';
import type { Employee } from '../api/list-employees';

const leaveReasonLabels = { voluntary: 'Voluntary', involuntary: 'Involuntary', other: 'Other' } as const;

/** The head of an employee's page: who, where, since when, and the state of their account. */
export function EmployeeSummary({ employee, actions }: { employee: Employee; actions?: React.ReactNode }) {
  const today = useToday();
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
              {employee.jobTitle || 'No job title'} · {employee.department.name}
            </Text>
            <Group gap={6}>
              <RoleBadge role={employee.role} />
              <EmploymentBadge active={employee.active} />
              {employee.account && <AccountBadge account={employee.account} />}
              {employee.leaveReason && <ToneBadge tone="slate">{leaveReasonLabels[employee.leaveReason]}</ToneBadge>}
            </Group>
          </Stack>
        </Group>
        {actions && <Group gap="sm">{actions}</Group>}
      </Group>
      <Text size="sm" mt="md">
        Hired {formatDate(employee.hiredOn)}
        {employee.leftOn ? `, left ${formatDate(employee.leftOn)}` : ''} · tenure{' '}
        {formatTenure(employeeTenure(employee.hiredOn, employee.leftOn, today)).toLowerCase()}
        {employee.manager ? ` · reports to ${employee.manager.name}` : ''}
      </Text>
    </Paper>
  );
}
