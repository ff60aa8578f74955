import { Button, Card, EmptyState, Group, Skeleton, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconBuildingStore, IconPencil, IconUsersGroup } from '@tabler/icons-react';
import type { Department } from '../api/list-departments';
import { formatNumber } from '../../../lib/intl';
import { intlLocale } from '../../../lib/i18n';
import { useTranslation } from 'react-i18next';

export function DepartmentsTable({
  departments,
  loading,
  onRename,
  onSetManagers,
  emptyAction,
}: {
  departments: Department[];
  loading: boolean;
  onRename: (department: Department) => void;
  onSetManagers: (department: Department) => void;
  emptyAction?: React.ReactNode;
}) {
  const { t } = useTranslation('departments');
  if (!loading && departments.length === 0) {
    return (
      <Card withBorder radius="lg" py="xl">
        <EmptyState icon={<IconBuildingStore size={28} aria-hidden />} title={t('table.emptyTitle')} description={t('table.emptyDescription')}>
          {emptyAction}
        </EmptyState>
      </Card>
    );
  }
  const sorted = [...departments].sort((a, b) => a.name.localeCompare(b.name, intlLocale()));
  return (
    <Card withBorder radius="lg" p={0}>
      <Table.ScrollContainer minWidth={560}>
        <Table verticalSpacing="sm" horizontalSpacing="md">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('table.department')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('table.headcount')}
              </Table.Th>
              <Table.Th scope="col">{t('managers.label')}</Table.Th>
              <Table.Th scope="col">
                <VisuallyHidden>{t('table.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {loading
              ? Array.from({ length: 5 }, (_, row) => (
                  <Table.Tr key={row} aria-hidden>
                    <Table.Td colSpan={4}>
                      <Skeleton h={16} />
                    </Table.Td>
                  </Table.Tr>
                ))
              : sorted.map((department) => (
                  <Table.Tr key={department.id}>
                    <Table.Th scope="row" fw={600}>
                      {department.name}
                    </Table.Th>
                    <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                      {formatNumber(department.headcount)}
                    </Table.Td>
                    <Table.Td>
                      {department.managers.length ? (
                        <Stack gap={0}>
                          {department.managers.map((manager) => (
                            <Text key={manager.id} size="sm">
                              {manager.name}
                            </Text>
                          ))}
                        </Stack>
                      ) : (
                        <Text size="sm" c="dimmed">
                          {t('table.noManager')}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Group gap="xs" justify="flex-end" wrap="nowrap">
                        <Button
                          variant="subtle"
                          size="xs"
                          leftSection={<IconPencil size={14} aria-hidden />}
                          onClick={() => onRename(department)}
                          aria-label={t('renameLabel', { name: department.name })}
                        >
                          {t('rename')}
                        </Button>
                        <Button
                          variant="subtle"
                          size="xs"
                          leftSection={<IconUsersGroup size={14} aria-hidden />}
                          onClick={() => onSetManagers(department)}
                          aria-label={t('table.setManagersLabel', { name: department.name })}
                        >
                          {t('managers.label')}
                        </Button>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}
