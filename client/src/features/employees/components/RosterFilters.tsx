import { CloseButton, Group, Select, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import type { EmployeeStatusFilter } from '../api/list-employees';

export interface RosterFilterValues {
  search: string;
  departmentId: string | null;
  status: EmployeeStatusFilter;
}

const statusOptions = [
  { value: 'active', label: 'Employed' },
  { value: 'left', label: 'Left' },
  { value: 'all', label: 'Everyone' },
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
  return (
    <Group gap="sm" align="flex-end" wrap="wrap" mb="md" role="search" aria-label="Filter the roster">
      <TextInput
        label="Search by name"
        placeholder="e.g. Sofia"
        type="search"
        leftSection={<IconSearch size={16} aria-hidden />}
        value={values.search}
        onChange={(event) => onChange({ search: event.currentTarget.value })}
        rightSection={values.search ? <CloseButton size="sm" aria-label="Clear search" onClick={() => onChange({ search: '' })} /> : null}
        style={{ flex: '1 1 240px' }}
      />
      <Select
        label="Department"
        placeholder="All departments"
        data={departments}
        value={values.departmentId}
        onChange={(departmentId) => onChange({ departmentId })}
        clearable
        searchable
        nothingFoundMessage="No department by that name"
        style={{ flex: '1 1 200px' }}
      />
      <Select
        label="Status"
        data={statusOptions}
        value={values.status}
        onChange={(status) => onChange({ status: (status ?? 'active') as EmployeeStatusFilter })}
        allowDeselect={false}
        style={{ flex: '0 1 160px' }}
      />
    </Group>
  );
}
