import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useEmployeeSearch } from '../api/list-employees';
import { useTranslation } from 'react-i18next';

export interface PersonOption {
  id: string;
  name: string;
}

/** Searches current employees by name on the server; the chosen person stays in the list. */
export function ManagerPicker({
  value,
  onChange,
  current,
  excludeId,
  error,
  label,
  description,
  width,
}: {
  value: string | null;
  onChange: (id: string | null, person: PersonOption | null) => void;
  current: PersonOption | null;
  excludeId?: string;
  error?: React.ReactNode;
  /** The picker also chooses people elsewhere (the audit log's "who"): its words can say what for. */
  label?: string;
  description?: string;
  width?: React.ComponentProps<typeof Select>['w'];
}) {
  const { t } = useTranslation('employees');
  const [search, setSearch] = useState('');
  const selectedLabel = current?.id === value ? current?.name : undefined;
  const [debounced] = useDebouncedValue(search === selectedLabel ? '' : search, 250);
  const results = useEmployeeSearch(debounced);

  const data = useMemo(() => {
    const options = new Map<string, string>();
    if (current && value === current.id) options.set(current.id, current.name);
    for (const person of results.data?.items ?? []) if (person.id !== excludeId) options.set(person.id, person.name);
    return [...options].map(([id, name]) => ({ value: id, label: name }));
  }, [current, value, results.data, excludeId]);

  return (
    <Select
      label={label ?? t('managerPicker.label')}
      placeholder={t('managerPicker.search')}
      description={description ?? t('managerPicker.description')}
      w={width}
      searchable
      clearable
      data={data}
      value={value}
      searchValue={search}
      onSearchChange={setSearch}
      onChange={(id) => onChange(id, id ? { id, name: data.find((option) => option.value === id)?.label ?? '' } : null)}
      nothingFoundMessage={results.isFetching ? t('managerPicker.searching') : t('managerPicker.nobody')}
      error={error}
    />
  );
}
