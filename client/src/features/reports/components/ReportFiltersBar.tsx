import { Group, NumberInput, Select, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useDepartments } from '../../departments';
import type { ReportFilters } from '../api/report-filters';
import { i18n, intlLocale } from '../../../lib/i18n';
import { useTranslation } from 'react-i18next';

/** Department (all the viewer may see, or one) and the period; snapshot reports are taken at its end. */
/**
 * A day the reports would refuse never reaches them: the five panels would each say so. It stays in its
 * input with one sentence beside it, and the reports keep the last period that made sense.
 */
function periodProblem(key: 'from' | 'to', day: string, other: string, today: string): string | null {
  if (day > today) return key === 'from' ? i18n.t('reports:filters.fromAfterToday') : i18n.t('reports:filters.toAfterToday');
  if (key === 'from' && day > other) return i18n.t('reports:filters.fromAfterTo');
  if (key === 'to' && day < other) return i18n.t('reports:filters.toBeforeFrom');
  return null;
}

export function ReportFiltersBar({
  value,
  onChange,
  managerId,
  today,
}: {
  value: ReportFilters;
  onChange: (next: ReportFilters) => void;
  managerId?: string;
  today: string;
}) {
  const { t } = useTranslation('reports');
  const [typed, setTyped] = useState<{ key: 'from' | 'to'; day: string; problem: string } | null>(null);
  const { data } = useDepartments();
  const departments = (data ?? [])
    .filter((d) => !managerId || d.managers.some((m) => m.id === managerId))
    .map((d) => ({ value: d.id, label: d.name }))
    .sort((a, b) => a.label.localeCompare(b.label, intlLocale()));
  const setDate = (key: 'from' | 'to') => (event: React.ChangeEvent<HTMLInputElement>) => {
    const day = event.currentTarget.value;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return;
    const problem = periodProblem(key, day, key === 'from' ? value.to : value.from, today);
    if (problem) return setTyped({ key, day, problem });
    setTyped(null);
    onChange({ ...value, [key]: day });
  };
  const shown = (key: 'from' | 'to') => (typed?.key === key ? typed.day : value[key]);
  const problem = (key: 'from' | 'to') => (typed?.key === key ? typed.problem : undefined);
  return (
    <Group align="flex-end" gap="md" wrap="wrap">
      <Select
        label={t('col.department')}
        data={[{ value: '', label: managerId ? t('allMyDepartments') : t('allDepartments') }, ...departments]}
        value={value.departmentId ?? ''}
        onChange={(id) => onChange({ ...value, departmentId: id || null })}
        allowDeselect={false}
        w={240}
      />
      <TextInput type="date" label={t('filters.from')} value={shown('from')} max={value.to} onChange={setDate('from')} error={problem('from')} w={170} />
      <TextInput type="date" label={t('filters.to')} value={shown('to')} min={value.from} max={today} onChange={setDate('to')} error={problem('to')} w={170} />
      <NumberInput
        label={t('filters.months')}
        value={value.months}
        min={1}
        max={36}
        onChange={(months) => typeof months === 'number' && months >= 1 && months <= 36 && onChange({ ...value, months })}
        w={200}
      />
    </Group>
  );
}
