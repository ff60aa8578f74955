import { Select } from '@mantine/core';
import { useState } from 'react';
import { EventsField } from '../../../components/ui/events-field';
import { useDepartmentOptions } from '../../departments';
import { channelEventLabels, type ChannelEvent } from '../api/slack';
import { useTranslation } from 'react-i18next';

const EVERY_DEPARTMENT = 'all';

/** Which events a chat channel hears; Slack and Teams channels offer the same choice. */
export function ChannelEventsField({ value, onChange, error }: { value: ChannelEvent[]; onChange: (events: ChannelEvent[]) => void; error?: string }) {
  const { t } = useTranslation('slack');
  return <EventsField label={t('channel.post')} labels={channelEventLabels()} value={value} onChange={onChange} error={error} />;
}

/** A new chat channel's choice, Slack's or Teams': which department's stories (or every one's) and which events. */
export function useChannelChoice() {
  const [department, setDepartment] = useState<string>(EVERY_DEPARTMENT);
  const [events, setEvents] = useState<ChannelEvent[]>(['story.published', 'story.featured', 'champion']);
  return { department, setDepartment, events, setEvents, departmentId: department === EVERY_DEPARTMENT ? null : department };
}

/** "Stories about": every department, or one. */
export function StoriesAboutSelect({ value, onChange, error }: { value: string; onChange: (department: string) => void; error?: string }) {
  const { t } = useTranslation('slack');
  const departments = useDepartmentOptions();
  return (
    <Select
      label={t('channel.storiesAbout')}
      data={[{ value: EVERY_DEPARTMENT, label: t('channel.everyDepartment') }, ...departments]}
      value={value}
      onChange={(v) => onChange(v ?? EVERY_DEPARTMENT)}
      allowDeselect={false}
      error={error}
    />
  );
}
