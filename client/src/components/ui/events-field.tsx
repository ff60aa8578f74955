import { Checkbox, Group } from '@mantine/core';

/** A required choice of events, one checkbox each, in the order of `labels` (which events a channel or receiver hears). */
export function EventsField<E extends string>({
  label,
  labels,
  value,
  onChange,
  error,
}: {
  label: string;
  labels: Record<E, string>;
  value: E[];
  onChange: (events: E[]) => void;
  error?: string;
}) {
  return (
    <Checkbox.Group label={label} value={value} onChange={(events) => onChange(events as E[])} error={error} required>
      <Group mt="xs" gap="md">
        {(Object.keys(labels) as E[]).map((event) => (
          <Checkbox key={event} value={event} label={labels[event]} />
        ))}
      </Group>
    </Checkbox.Group>
  );
}
