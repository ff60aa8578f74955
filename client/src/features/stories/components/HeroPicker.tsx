import { MultiSelect } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
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
export function HeroPicker({
  value,
  onChange,
  error,
  departmentId,
  max = 10,
  label = 'Who are the heroes?',
  description = 'Start typing a name. It can be you, a colleague, or both (up to 10).',
  excludeIds = [],
}: HeroPickerProps) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 200);
  const results = useHeroSearch(debounced, departmentId);
  const options = new Map(value.map((h) => [h.value, h]));
  for (const e of results.data?.items ?? []) if (!excludeIds.includes(e.id)) options.set(e.id, { value: e.id, label: `${e.name} · ${e.department.name}` });
  return (
    <MultiSelect
      label={label}
      description={description}
      placeholder={value.length ? undefined : 'Search by name'}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      data={[...options.values()]}
      filter={({ options: all }) => all}
      value={value.map((h) => h.value)}
      onChange={(ids) => onChange(ids.map((id) => options.get(id)!).filter(Boolean))}
      maxValues={max}
      nothingFoundMessage={results.isFetching ? 'Searching…' : 'Nobody by that name'}
      error={error}
      required
    />
  );
}
