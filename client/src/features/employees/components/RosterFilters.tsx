import { CloseButton, Group, Select, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { EmployeeStatusFilter } from '../api/list-employees';

export interface RosterFilterValues {
  search: string;
  departmentId: string | null;
  status: EmployeeStatusFilter;
}

const statusOptions = [
  { value: 'active', label: 'ui:employment.employed' },
  { value: 'left', label: 'ui:employment.left' },
  { value: 'all', label: 'employees:filters.everyone' },
];

export function RosterFilters({
  values,
  departments,
  onChange,
}: {
  values: RosterFilterValues;
  departments: { value: string; label: string }[];
  onChange: (changes: Partial<RosterFilterValues>) => void;
}) {
  const { t } = useTranslation('employees');
  return (
    <Group gap="sm" align="flex-end" wrap="wrap" mb="md" role="search" aria-label={t('filters.label')}>
      <TextInput
        label={t('filters.search')}
        placeholder={t('filters.searchPlaceholder')}
        type="search"
        leftSection={<IconSearch size={16} aria-hidden />}
        value={values.search}
        onChange={(event) => onChange({ search: event.currentTarget.value })}
        rightSection={values.search ? <CloseButton size="sm" aria-label={t('filters.clear')} onClick={() => onChange({ search: '' })} /> : null}
        style={{ flex: '1 1 240px' }}
      />
      <Select
        label={t('filters.department')}
        placeholder={t('filters.allDepartments')}
        data={departments}
        value={values.departmentId}
        onChange={(departmentId) => onChange({ departmentId })}
        clearable
        searchable
        nothingFoundMessage={t('form.noDepartment')}
        style={{ flex: '1 1 200px' }}
      />
      <Select
        label={t('filters.status')}
        data={statusOptions.map((option) => ({ ...option, label: t(option.label) }))}
        value={values.status}
        onChange={(status) => onChange({ status: (status ?? 'active') as EmployeeStatusFilter })}
        allowDeselect={false}
        style={{ flex: '0 1 160px' }}
      />
    </Group>
  );
}
