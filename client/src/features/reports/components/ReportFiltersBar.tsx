import { Group, NumberInput, Select, TextInput } from '@mantine/core';
import { useDepartments } from '../../departments/api/list-departments';
import type { ReportFilters } from '../api/report-filters';

/** Department (all the viewer may see, or one) and the period; snapshot reports are taken at its end. */
export function ReportFiltersBar({ value, onChange, managerId }: { value: ReportFilters; onChange: (next: ReportFilters) => void; managerId?: string }) {
  const { data } = useDepartments();
  const departments = (data ?? [])
    .filter((d) => !managerId || d.managers.some((m) => m.id === managerId))
    .map((d) => ({ value: d.id, label: d.name }))
    .sort((a, b) => a.label.localeCompare(b.label));
  const setDate = (key: 'from' | 'to') => (event: React.ChangeEvent<HTMLInputElement>) => {
    if (/^\d{4}-\d{2}-\d{2}$/.test(event.currentTarget.value)) onChange({ ...value, [key]: event.currentTarget.value });
  };
  return (
    <Group align="flex-end" gap="md" wrap="wrap">
      <Select
        label="Department"
        data={[{ value: '', label: managerId ? 'All my departments' : 'All departments' }, ...departments]}
        value={value.departmentId ?? ''}
        onChange={(id) => onChange({ ...value, departmentId: id || null })}
        allowDeselect={false}
        w={240}
      />
      <TextInput type="date" label="From" value={value.from} max={value.to} onChange={setDate('from')} w={170} />
      <TextInput type="date" label="To (and as of)" value={value.to} min={value.from} onChange={setDate('to')} w={170} />
      <NumberInput
        label="Recognised within (months)"
        value={value.months}
        min={1}
        max={36}
        onChange={(months) => typeof months === 'number' && months >= 1 && months <= 36 && onChange({ ...value, months })}
        w={200}
      />
    </Group>
  );
}
