import { Card, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useRecognition } from '../api/get-recognition';

/** A person's recognition in five numbers (quick kudos apart from the stories). */
export function RecognitionStats({ employeeId }: { employeeId: string }) {
  const { t } = useTranslation('stories');
  const recognition = useRecognition(employeeId);
  const r = recognition.data;
  const stats = [
    [t('stats.storiesAsHero'), r?.storiesAsHero],
    [t('stats.endorsementsReceived'), r?.endorsementsReceived],
    [t('stats.storiesTold'), r?.storiesTold],
    [t('stats.endorsementsGiven'), r?.endorsementsGiven],
    [t('stats.kudosReceived'), r?.kudosReceived],
  ] as const;
  return (
    <SimpleGrid cols={{ base: 2, sm: 5 }} spacing="sm">
      {stats.map(([label, value]) => (
        <Card key={label} withBorder radius="md" p="md">
          <Text fz={28} fw={800} c="ember.8">
            {value ?? '–'}
          </Text>
          <Text size="sm" c="dimmed">
            {label}
          </Text>
        </Card>
      ))}
    </SimpleGrid>
  );
}
