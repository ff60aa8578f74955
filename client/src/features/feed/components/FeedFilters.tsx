import { Button, Group, Select, Switch, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCompanyValues } from '../../values';
import { useChannelLabels } from '../../stories';

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
  const channels = useChannelLabels();
  const { t } = useTranslation('feed');
  return (
    <Group gap="sm" align="flex-end">
      <Select
        label={t('filters.value')}
        placeholder={t('filters.anyValue')}
        clearable
        data={(values.data ?? []).map((v) => ({ value: v.id, label: v.name }))}
        value={value.valueId}
        onChange={(valueId) => onChange({ ...value, valueId })}
        w={200}
      />
      <Select
        label={t('filters.channel')}
        placeholder={t('filters.anyChannel')}
        clearable
        data={Object.entries(channels).map(([v, label]) => ({ value: v, label }))}
        value={value.channel}
        onChange={(channel) => onChange({ ...value, channel })}
        w={170}
      />
      <TextInput
        type="date"
        label={t('filters.from')}
        value={value.from}
        max={value.to || undefined}
        onChange={(event) => onChange({ ...value, from: event.currentTarget.value })}
        w={160}
      />
      <TextInput
        type="date"
        label={t('filters.to')}
        value={value.to}
        min={value.from || undefined}
        onChange={(event) => onChange({ ...value, to: event.currentTarget.value })}
        w={160}
      />
      <Switch
        label={t('filters.featured')}
        checked={value.featured}
        onChange={(event) => onChange({ ...value, featured: event.currentTarget.checked })}
        mb={8}
      />
      {onClear && (
        <Button variant="subtle" onClick={onClear} mb={2}>
          {t('filters.clear')}
        </Button>
      )}
    </Group>
  );
}
