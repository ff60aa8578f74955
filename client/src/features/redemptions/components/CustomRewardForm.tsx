import { Alert, Button, Card, NumberInput, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { fieldErrorsFor, problemMessage } from '../../../lib/problem';
import { useRequestCustomReward } from '../api/redemptions';
import { useTranslation } from 'react-i18next';

/** Propose something that is not in the catalogue; the points are held until an admin decides. */
export function CustomRewardForm({ balance }: { balance: number }) {
  const { t } = useTranslation('redemptions');
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
          notifications.show({ color: 'green', message: t('custom.proposed') });
          setDescription('');
          setCost('');
        },
      },
    );
  return (
    <Card withBorder radius="md" padding="lg">
      <Stack gap="sm">
        <Title order={2} fz="lg">
          {t('custom.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('custom.help')}
        </Text>
        <Textarea
          label={t('custom.what')}
          maxLength={1000}
          autosize
          minRows={2}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
          error={fields.description}
        />
        <NumberInput
          label={t('custom.cost')}
          min={1}
          allowDecimal={false}
          allowNegative={false}
          value={cost}
          onChange={setCost}
          error={fields.cost ?? (over ? t('custom.over') : undefined)}
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
          {t('custom.submit')}
        </Button>
      </Stack>
    </Card>
  );
}
