import { Blockquote, Card, Stack, Text, Title } from '@mantine/core';
import { useComplimentsReceived } from '../api/compliments';

/** How many customers thanked this person, and the words a manager confirmed. */
export function ComplimentsReceived({ employeeId }: { employeeId: string }) {
  const received = useComplimentsReceived(employeeId);
  if (!received.data) return null;
  const { received: count, confirmed } = received.data;
  return (
    <Card withBorder radius="md" padding="lg">
      <Stack gap="sm">
        <Title order={2} fz="lg">
          Compliments from customers
        </Title>
        <Text>{count === 0 ? 'No customer compliments yet.' : `${count} compliment${count === 1 ? '' : 's'} received from customers.`}</Text>
        {confirmed.map((c) => (
          <Blockquote key={c.storyId} p="sm" color="teal">
            {c.words}
          </Blockquote>
        ))}
      </Stack>
    </Card>
  );
}
