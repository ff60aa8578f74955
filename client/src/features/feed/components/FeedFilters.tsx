import { Button, Group, Select, Switch, TextInput } from '@mantine/core';
import { useCompanyValues } from '../../values';
import { CHANNEL_LABELS } from '../../stories';

export interface FeedFilterValues {
  valueId: string | null;
  channel: string | null;
  featured: boolean;
  from: string;
  to: string;
}

/** `onClear` is given while a filter is set: "Clear all" then resets every filter at once. */
export function FeedFilters({ value, onChange, onClear }: { value: FeedFilterValues; onChange: (next: FeedFilterValues) => void; onClear?: () => void }) {
  const values = useCompanyValues();
  return (
    <Group gap="sm" align="flex-end">
      <Select
        label="Company value"
        placeholder="Any value"
        clearable
        data={(values.data ?? []).map((v) => ({ value: v.id, label: v.name }))}
        value={value.valueId}
        onChange={(valueId) => onChange({ ...value, valueId })}
        w={200}
      />
      <Select
        label="Channel"
        placeholder="Any channel"
        clearable
        data={Object.entries(CHANNEL_LABELS).map(([v, label]) => ({ value: v, label }))}
        value={value.channel}
        onChange={(channel) => onChange({ ...value, channel })}
        w={170}
      />
      <TextInput
        type="date"
        label="Happened from"
        value={value.from}
        max={value.to || undefined}
        onChange={(event) => onChange({ ...value, from: event.currentTarget.value })}
        w={160}
      />
      <TextInput
        type="date"
        label="to"
        value={value.to}
        min={value.from || undefined}
        onChange={(event) => onChange({ ...value, to: event.currentTarget.value })}
        w={160}
      />
      <Switch label="Featured only" checked={value.featured} onChange={(event) => onChange({ ...value, featured: event.currentTarget.checked })} mb={8} />
      {onClear && (
        <Button variant="subtle" onClick={onClear} mb={2}>
          Clear all
        </Button>
      )}
    </Group>
  );
}
