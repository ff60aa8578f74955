import { Alert, Button, Card, NumberInput, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { fieldErrorsFor, problemMessage } from '../../../lib/problem';
import { useRequestCustomReward } from '../api/redemptions';

/** Propose something that is not in the catalogue; the points are held until an admin decides. */
export function CustomRewardForm({ balance }: { balance: number }) {
  const request = useRequestCustomReward();
  const [description, setDescription] = useState('');
  const [cost, setCost] = useState<number | string>('');
  const { fields, unmatched } = fieldErrorsFor(request.error, ['description', 'cost']);
  const over = cost !== '' && Number(cost) > balance;
  const submit = () =>
    request.mutate(
      { description: description.trim(), cost: Number(cost) },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: 'Proposed: an admin will approve or decline it.' });
          setDescription('');
          setCost('');
        },
      },
    );
  return (
    <Card withBorder radius="md" padding="lg">
      <Stack gap="sm">
        <Title order={2} fz="lg">
          Propose a custom reward
        </Title>
        <Text size="sm" c="dimmed">
          Something not in the catalogue? Say what and how many points you offer; they are held until an admin decides.
        </Text>
        <Textarea
          label="What you would like"
          maxLength={1000}
          autosize
          minRows={2}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
          error={fields.description}
        />
        <NumberInput
          label="Points you offer"
          min={1}
          allowDecimal={false}
          allowNegative={false}
          value={cost}
          onChange={setCost}
          error={fields.cost ?? (over ? 'More than your balance' : undefined)}
        />
        {(unmatched.length > 0 || (request.error && !Object.keys(fields).length)) && (
          <Alert color="red">{unmatched.length ? unmatched.join(' ') : problemMessage(request.error)}</Alert>
        )}
        <Button
          onClick={submit}
          loading={request.isPending}
          disabled={description.trim().length < 3 || cost === '' || over}
          style={{ alignSelf: 'flex-start' }}
        >
          Propose it
        </Button>
      </Stack>
    </Card>
  );
}
