import { Button, Group, Select, TextInput } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { hasAuditFilters, NO_AUDIT_FILTERS, type AuditAction, type AuditFilters } from '../api/audit-filters';
import { useAuditActions } from '../api/list-audit';
import { i18n, intlLocale } from '../../../lib/i18n';
import { useTranslation } from 'react-i18next';

/** A day range that makes no sense stays in its input with a sentence beside it, and the log keeps the last good one. */
function rangeProblem(key: 'from' | 'to', day: string, other: string | null): string | null {
  if (!other) return null;
  if (key === 'from' && day > other) return i18n.t('audit:filters.fromAfterTo');
  if (key === 'to' && day < other) return i18n.t('audit:filters.toBeforeFrom');
  return null;
}

/**
 * Who did it (the person picker comes from the page, which composes the people feature), which kind of action,
 * and which days (the company's calendar); plus a way back to everything. Changes are reported as patches: two
 * quick edits in a row must not each overwrite the other with the filters of the render before.
 */
export function AuditFiltersBar({
  value,
  onChange,
  personPicker,
}: {
  value: AuditFilters;
  onChange: (changes: Partial<AuditFilters>) => void;
  personPicker: ReactNode;
}) {
  const { t } = useTranslation('audit');
  const actions = useAuditActions();
  const [typed, setTyped] = useState<{ key: 'from' | 'to'; day: string; problem: string } | null>(null);
  const options = (actions.data ?? []).map((a) => ({ value: a.action, label: a.label })).sort((a, b) => a.label.localeCompare(b.label, intlLocale()));

  const setDate = (key: 'from' | 'to') => (event: React.ChangeEvent<HTMLInputElement>) => {
    const day = event.currentTarget.value;
    if (day === '') {
      setTyped(null);
      return onChange({ [key]: null });
    }
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return;
    const problem = rangeProblem(key, day, key === 'from' ? value.to : value.from);
    if (problem) return setTyped({ key, day, problem });
    setTyped(null);
    onChange({ [key]: day });
  };
  const shown = (key: 'from' | 'to') => (typed?.key === key ? typed.day : (value[key] ?? ''));
  const problem = (key: 'from' | 'to') => (typed?.key === key ? typed.problem : undefined);

  return (
    <Group align="flex-end" gap="md" wrap="wrap" mb="md">
      {personPicker}
      <Select
        label={t('filters.action')}
        placeholder={actions.isPending ? t('filters.loading') : t('filters.anyAction')}
        data={options}
        value={value.action}
        onChange={(action) => onChange({ action: (action as AuditAction | null) ?? null })}
        searchable
        clearable
        nothingFoundMessage={t('filters.noAction')}
        w={{ base: '100%', sm: 340 }}
      />
      <TextInput
        type="date"
        label={t('filters.from')}
        value={shown('from')}
        max={value.to ?? undefined}
        onChange={setDate('from')}
        error={problem('from')}
        w={170}
      />
      <TextInput type="date" label={t('filters.to')} value={shown('to')} min={value.from ?? undefined} onChange={setDate('to')} error={problem('to')} w={170} />
      <Button
        variant="subtle"
        leftSection={<IconFilterOff size={16} aria-hidden />}
        disabled={!hasAuditFilters(value) && !typed}
        onClick={() => {
          setTyped(null);
          onChange(NO_AUDIT_FILTERS);
        }}
      >
        {t('filters.clear')}
      </Button>
    </Group>
  );
}
