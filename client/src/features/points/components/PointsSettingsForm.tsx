import { Alert, Button, Card, NumberInput, Stack, Switch, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { fieldErrorsFor, problemMessage } from '../../../lib/problem';
import { usePointsSettings, useUpdatePointsSettings } from '../api/points';

/** The company's points rules: expiry, leavers' grace days, and whether the points leaderboard is public. */
export function PointsSettingsForm() {
  const settings = usePointsSettings();
  const update = useUpdatePointsSettings();
  const [expires, setExpires] = useState(false);
  const [months, setMonths] = useState<number | string>(12);
  const [grace, setGrace] = useState<number | string>(90);
  const [publicBoard, setPublicBoard] = useState(false);

  useEffect(() => {
    if (!settings.data) return;
    setExpires(settings.data.expiryMonths !== null);
    setMonths(settings.data.expiryMonths ?? 12);
    setGrace(settings.data.leaverGraceDays);
    setPublicBoard(settings.data.leaderboardPublic);
  }, [settings.data]);

  const { fields, unmatched } = fieldErrorsFor(update.error, ['expiryMonths', 'leaverGraceDays']);
  const save = () =>
    update.mutate(
      { expiryMonths: expires ? Number(months) : null, leaverGraceDays: Number(grace), leaderboardPublic: publicBoard },
      { onSuccess: () => notifications.show({ color: 'green', message: 'Points rules saved.' }) },
    );

  return (
    <Card withBorder radius="md" padding="lg">
      <Stack>
        <Title order={2} fz="lg">
          Points rules
        </Title>
        <Switch
          label="Points expire"
          description="Oldest points are spent first; people see what expires and when."
          checked={expires}
          onChange={(e) => setExpires(e.currentTarget.checked)}
        />
        {expires && (
          <NumberInput
            label="Months after they were received"
            min={1}
            max={120}
            allowDecimal={false}
            allowNegative={false}
            value={months}
            onChange={setMonths}
            error={fields.expiryMonths}
          />
        )}
        <NumberInput
          label="Days a leaver's points are kept"
          description="After someone's last day their unspent points are kept this long, then expire."
          min={0}
          max={3650}
          allowDecimal={false}
          allowNegative={false}
          value={grace}
          onChange={setGrace}
          error={fields.leaverGraceDays}
        />
        <Switch
          label="Everyone may see the points leaderboard"
          description="Off: points stay private to each person, their managers and admins. Stories, endorsements and score are always public."
          checked={publicBoard}
          onChange={(e) => setPublicBoard(e.currentTarget.checked)}
        />
        {unmatched.length > 0 && <Alert color="red">{unmatched.join(' ')}</Alert>}
        {update.error && !unmatched.length && !Object.keys(fields).length && <Alert color="red">{problemMessage(update.error)}</Alert>}
        <Text size="xs" c="dimmed">
          Every change is recorded in the audit log.
        </Text>
        <Button onClick={save} loading={update.isPending} disabled={!settings.data} style={{ alignSelf: 'flex-start' }}>
          Save points rules
        </Button>
      </Stack>
    </Card>
  );
}
