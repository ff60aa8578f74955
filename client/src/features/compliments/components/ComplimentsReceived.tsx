import { Blockquote, Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useComplimentsReceived } from '../api/compliments';

/** How many customers thanked this person, and the words a manager confirmed. */
export function ComplimentsReceived({ employeeId }: { employeeId: string }) {
  const { t } = useTranslation('compliments');
  const received = useComplimentsReceived(employeeId);
  if (!received.data) return null;
  const { received: count, confirmed } = received.data;
  return (
    <Card withBorder radius="md" padding="lg">
      <Stack gap="sm">
        <Title order={2} fz="lg">
          {t('received.title')}
        </Title>
        <Text>{t('received.count', { count })}</Text>
        {confirmed.map((c) => (
          <Blockquote key={c.storyId} p="sm" color="teal">
            {c.words}
          </Blockquote>
        ))}
      </Stack>
    </Card>
  );
}
