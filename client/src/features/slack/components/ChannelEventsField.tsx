import { Select } from '@mantine/core';
import { useState } from 'react';
import { EventsField } from '../../../components/ui/events-field';
import { useDepartmentOptions } from '../../departments';
import { CHANNEL_EVENT_LABELS, type ChannelEvent } from '../api/slack';

const EVERY_DEPARTMENT = 'all';

/** Which events a chat channel hears; Slack and Teams channels offer the same choice. */
export function ChannelEventsField({ value, onChange, error }: { value: ChannelEvent[]; onChange: (events: ChannelEvent[]) => void; error?: string }) {
  return <EventsField label="Post" labels={CHANNEL_EVENT_LABELS} value={value} onChange={onChange} error={error} />;
}

/** A new chat channel's choice, Slack's or Teams': which department's stories (or every one's) and which events. */
export function useChannelChoice() {
  const [department, setDepartment] = useState<string>(EVERY_DEPARTMENT);
  const [events, setEvents] = useState<ChannelEvent[]>(['story.published', 'story.featured', 'champion']);
  return { department, setDepartment, events, setEvents, departmentId: department === EVERY_DEPARTMENT ? null : department };
}

/** "Stories about": every department, or one. */
export function StoriesAboutSelect({ value, onChange, error }: { value: string; onChange: (department: string) => void; error?: string }) {
  const departments = useDepartmentOptions();
  return (
    <Select
      label="Stories about"
      data={[{ value: EVERY_DEPARTMENT, label: 'Every department' }, ...departments]}
      value={value}
      onChange={(v) => onChange(v ?? EVERY_DEPARTMENT)}
      allowDeselect={false}
      error={error}
    />
  );
}
