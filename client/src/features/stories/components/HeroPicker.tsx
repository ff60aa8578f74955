import { MultiSelect } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useHeroSearch } from '../api/search-heroes';

export interface HeroOption {
  value: string;
  label: string;
}

/** Search-as-you-type for 1–10 heroes; you may pick yourself. */
export function HeroPicker({ value, onChange, error }: { value: HeroOption[]; onChange: (heroes: HeroOption[]) => void; error?: string }) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 200);
  const results = useHeroSearch(debounced);
  const options = new Map(value.map((h) => [h.value, h]));
  for (const e of results.data?.items ?? []) options.set(e.id, { value: e.id, label: `${e.name} · ${e.department.name}` });
  return (
    <MultiSelect
      label="Who are the heroes?"
      description="Start typing a name. It can be you, a colleague, or both (up to 10)."
      placeholder={value.length ? undefined : 'Search by name'}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      data={[...options.values()]}
      filter={({ options: all }) => all}
      value={value.map((h) => h.value)}
      onChange={(ids) => onChange(ids.map((id) => options.get(id)!).filter(Boolean))}
      maxValues={10}
      nothingFoundMessage={results.isFetching ? 'Searching…' : 'Nobody by that name'}
      error={error}
      required
    />
  );
}
