import { Checkbox, Group } from '@mantine/core';
import { CHANNEL_EVENT_LABELS, type ChannelEvent } from '../api/slack';

/** Which events a chat channel hears; Slack and Teams channels offer the same choice. */
export function ChannelEventsField({ value, onChange, error }: { value: ChannelEvent[]; onChange: (events: ChannelEvent[]) => void; error?: string }) {
  return (
    <Checkbox.Group label="Post" value={value} onChange={(events) => onChange(events as ChannelEvent[])} error={error} required>
      <Group mt="xs" gap="md">
        {(Object.keys(CHANNEL_EVENT_LABELS) as ChannelEvent[]).map((event) => (
          <Checkbox key={event} value={event} label={CHANNEL_EVENT_LABELS[event]} />
        ))}
      </Group>
    </Checkbox.Group>
  );
}
