import { Anchor, Box, Button, Card, EmptyState, Group, Skeleton, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { IconArrowsSort, IconSortAscending, IconSortDescending, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AccountBadge, EmploymentBadge, RoleBadge, ToneBadge } from '../../../components/ui/badges';
import { PersonAvatar } from '../../../components/ui/person-avatar';
import { formatDate } from '../../../lib/dates';
import { employeeTenure, formatTenure, formatTenureShort } from '../../../lib/tenure';
import { useToday } from '../../../lib/company-today';
import type { Employee, RosterSort, SortDirection } from '../api/list-employees';

function NameCell({ employee }: { employee: Employee }) {
  return (
    <Group gap="sm" wrap="nowrap">
      <PersonAvatar name={employee.name} size={32} />
      <Box style={{ minWidth: 0 }}>
        <Anchor component={Link} to={`/roster/${employee.id}`} fw={600} c="inherit" underline="hover">
          {employee.name}
        </Anchor>
        <Text size="xs" c="dimmed" truncate title={employee.email}>
          {employee.jobTitle || '—'}
        </Text>
      </Box>
    </Group>
  );
}

export interface RosterSorting {
  sort: RosterSort;
  direction: SortDirection;
  onSort: (sort: RosterSort, direction: SortDirection) => void;
}

/** A column header that sorts the roster: a click sorts by it, a second click turns the order round. */
function SortableHeader({ column, label, sorting }: { column: RosterSort; label: string; sorting: RosterSorting }) {
  const active = sorting.sort === column;
  const Icon = !active ? IconArrowsSort : sorting.direction === 'asc' ? IconSortAscending : IconSortDescending;
  return (
    <Table.Th scope="col" aria-sort={active ? (sorting.direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <UnstyledButton
        onClick={() => sorting.onSort(column, active && sorting.direction === 'asc' ? 'desc' : 'asc')}
        fw={700}
        fz="sm"
        style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}
      >
        {label}
        <Icon size={16} aria-hidden style={{ opacity: active ? 1 : 0.55 }} />
      </UnstyledButton>
    </Table.Th>
  );
}

function LoadingRows({ columns }: { columns: number }) {
  return Array.from({ length: 6 }, (_, row) => (
    <Table.Tr key={row} aria-hidden>
      {Array.from({ length: columns }, (_, cell) => (
        <Table.Td key={cell}>
          <Skeleton h={14} w={cell === 0 ? 160 : 80} />
        </Table.Td>
      ))}
    </Table.Tr>
  ));
}

export function RosterTable({
  employees,
  loading,
  hasMore,
  loadingMore,
  onLoadMore,
  emptyAction,
  sorting,
  pager,
}: {
  employees: Employee[];
  loading: boolean;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
  emptyAction?: React.ReactNode;
  /** Sortable column headers; plain headers without it. */
  sorting?: RosterSorting;
  /** Numbered pages, shown beside "Load more". */
  pager?: React.ReactNode;
}) {
  const { t } = useTranslation('employees');
  const today = useToday();
  const showAccount = employees.some((employee) => employee.account !== undefined);
  const columns = showAccount ? 7 : 6;

  if (!loading && employees.length === 0) {
    return (
      <Card withBorder radius="lg" py="xl">
        <EmptyState icon={<IconUsers size={28} aria-hidden />} title={t('roster.empty')} description={t('roster.emptyHint')}>
          {emptyAction}
        </EmptyState>
      </Card>
    );
  }

  return (
    <Stack gap="md">
      <Card withBorder radius="lg" p={0} visibleFrom="md">
        <Table.ScrollContainer minWidth={960}>
          <Table verticalSpacing="sm" horizontalSpacing="md" highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                {sorting ? <SortableHeader column="name" label={t('roster.name')} sorting={sorting} /> : <Table.Th scope="col">{t('roster.name')}</Table.Th>}
                {sorting ? (
                  <SortableHeader column="department" label={t('roster.department')} sorting={sorting} />
                ) : (
                  <Table.Th scope="col">{t('roster.department')}</Table.Th>
                )}
                <Table.Th scope="col">{t('roster.role')}</Table.Th>
                {sorting ? (
                  <SortableHeader column="hiredOn" label={t('roster.hired')} sorting={sorting} />
                ) : (
                  <Table.Th scope="col">{t('roster.hired')}</Table.Th>
                )}
                <Table.Th scope="col">{t('roster.tenure')}</Table.Th>
                <Table.Th scope="col">{t('roster.status')}</Table.Th>
                {showAccount && <Table.Th scope="col">{t('roster.account')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {loading ? (
                <LoadingRows columns={columns} />
              ) : (
                employees.map((employee) => (
                  <Table.Tr key={employee.id}>
                    <Table.Td>
                      <NameCell employee={employee} />
                    </Table.Td>
                    <Table.Td>{employee.department.name}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <RoleBadge role={employee.role} />
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(employee.hiredOn)}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }} title={formatTenure(employeeTenure(employee.hiredOn, employee.leftOn, today))}>
                      {formatTenureShort(employeeTenure(employee.hiredOn, employee.leftOn, today))}
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <EmploymentBadge active={employee.active} />
                      {employee.managedByIdentityProvider && <ToneBadge tone="indigo">{t('roster.idp')}</ToneBadge>}
                    </Table.Td>
                    {showAccount && (
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{employee.account ? <AccountBadge account={employee.account} /> : '—'}</Table.Td>
                    )}
                  </Table.Tr>
                ))
              )}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Card>

      <Stack gap="sm" hiddenFrom="md" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('roster.list')}>
        {loading
          ? Array.from({ length: 4 }, (_, index) => <Skeleton key={index} h={96} radius="lg" aria-hidden />)
          : employees.map((employee) => (
              <Card component="li" key={employee.id} withBorder radius="lg" p="md">
                <NameCell employee={employee} />
                <Text size="sm" mt="xs">
                  {employee.jobTitle || t('roster.noTitle')} · {employee.department.name}
                </Text>
                <Text size="sm" c="dimmed">
                  {t('roster.hiredTenure', {
                    date: formatDate(employee.hiredOn),
                    tenure: formatTenure(employeeTenure(employee.hiredOn, employee.leftOn, today)),
                  })}
                </Text>
                <Group gap={6} mt="xs">
                  <RoleBadge role={employee.role} />
                  <EmploymentBadge active={employee.active} />
                  {employee.account && <AccountBadge account={employee.account} />}
                </Group>
              </Card>
            ))}
      </Stack>

      {(hasMore || pager) && (
        <Stack align="center" gap="sm">
          {hasMore && (
            <Button variant="default" onClick={onLoadMore} loading={loadingMore}>
              {t('roster.more')}
            </Button>
          )}
          {pager}
        </Stack>
      )}
    </Stack>
  );
}
