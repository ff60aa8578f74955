import { MultiSelect } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHeroSearch } from '../api/search-heroes';

export interface HeroOption {
  value: string;
  label: string;
}

export interface HeroPickerProps {
  value: HeroOption[];
  onChange: (heroes: HeroOption[]) => void;
  error?: string;
  /** Only people in this department (a compliment sent to a department's link). */
  departmentId?: string;
  max?: number;
  label?: string;
  description?: string;
  /** People who may not be picked (quick kudos leave out the giver). */
  excludeIds?: string[];
}

/** Search-as-you-type for 1–10 heroes; you may pick yourself (quick kudos pick one colleague: `max`, `excludeIds`, their own words). */
export function HeroPicker({ value, onChange, error, departmentId, max = 10, label, description, excludeIds = [] }: HeroPickerProps) {
  const { t } = useTranslation('stories');
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 200);
  const results = useHeroSearch(debounced, departmentId);
  const options = new Map(value.map((h) => [h.value, h]));
  for (const e of results.data?.items ?? []) if (!excludeIds.includes(e.id)) options.set(e.id, { value: e.id, label: `${e.name} · ${e.department.name}` });
  return (
    <MultiSelect
      label={label ?? t('heroPicker.label')}
      description={description ?? t('heroPicker.description', { max })}
      placeholder={value.length ? undefined : t('heroPicker.placeholder')}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      data={[...options.values()]}
      filter={({ options: all }) => all}
      value={value.map((h) => h.value)}
      onChange={(ids) => onChange(ids.map((id) => options.get(id)!).filter(Boolean))}
      maxValues={max}
      nothingFoundMessage={results.isFetching ? t('heroPicker.searching') : t('heroPicker.nobody')}
      error={error}
      required
    />
  );
}
