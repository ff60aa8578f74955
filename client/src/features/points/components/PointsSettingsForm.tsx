import { Alert, Button, Card, NumberInput, Stack, Switch, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { fieldErrorsFor, problemMessage } from '../../../lib/problem';
import { usePointsSettings, useUpdatePointsSettings } from '../api/points';
import { useTranslation } from 'react-i18next';

/** The company's points rules: expiry, leavers' grace days, and whether the points leaderboard is public. */
export function PointsSettingsForm() {
  const { t } = useTranslation('points');
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
      { onSuccess: () => notifications.show({ color: 'green', message: t('settings.saved') }) },
    );

  return (
    <Card withBorder radius="md" padding="lg">
      <Stack>
        <Title order={2} fz="lg">
          {t('settings.title')}
        </Title>
        <Switch label={t('settings.expire')} description={t('settings.expireHelp')} checked={expires} onChange={(e) => setExpires(e.currentTarget.checked)} />
        {expires && (
          <NumberInput
            label={t('settings.months')}
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
          label={t('settings.grace')}
          description={t('settings.graceHelp')}
          min={0}
          max={3650}
          allowDecimal={false}
          allowNegative={false}
          value={grace}
          onChange={setGrace}
          error={fields.leaverGraceDays}
        />
        <Switch
          label={t('settings.public')}
          description={t('settings.publicHelp')}
          checked={publicBoard}
          onChange={(e) => setPublicBoard(e.currentTarget.checked)}
        />
        {unmatched.length > 0 && <Alert color="red">{unmatched.join(' ')}</Alert>}
        {update.error && !unmatched.length && !Object.keys(fields).length && <Alert color="red">{problemMessage(update.error)}</Alert>}
        <Text size="xs" c="dimmed">
          {t('settings.audited')}
        </Text>
        <Button onClick={save} loading={update.isPending} disabled={!settings.data} style={{ alignSelf: 'flex-start' }}>
          {t('settings.save')}
        </Button>
      </Stack>
    </Card>
  );
}
