import { Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useCompanyToday } from '../../../lib/company-today';
import { problemMessage } from '../../../lib/problem';
import { downloadRedemptionsCsv } from '../api/redemptions';
import { useTranslation } from 'react-i18next';

/** Finance's CSV of a period's redemptions, with cost totals. */
export function RedemptionsExport() {
  // This month so far, by the company's calendar (the server's), until the admin picks other days.
  const { t } = useTranslation('redemptions');
  const today = useCompanyToday().data ?? '';
  const [pickedFrom, setFrom] = useState<string>();
  const [pickedTo, setTo] = useState<string>();
  const from = pickedFrom ?? (today ? `${today.slice(0, 8)}01` : '');
  const to = pickedTo ?? today;
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setError(undefined);
    setBusy(true);
    try {
      await downloadRedemptionsCsv(from, to);
    } catch (e) {
      setError(problemMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card withBorder radius="md" padding="lg">
      <Stack gap="sm">
        <Title order={2} fz="lg">
          {t('export.title')}
        </Title>
        <Group align="flex-end" gap="sm">
          <TextInput type="date" label={t('export.from')} value={from} onChange={(e) => setFrom(e.currentTarget.value)} error={error} />
          <TextInput type="date" label={t('export.to')} value={to} onChange={(e) => setTo(e.currentTarget.value)} />
          <Button leftSection={<IconDownload size={16} aria-hidden />} onClick={download} loading={busy}>
            {t('export.download')}
          </Button>
        </Group>
        <Text size="xs" c="dimmed">
          {t('export.help')}
        </Text>
      </Stack>
    </Card>
  );
}
