import { Alert, Grid, NavLink, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { IconMailOff } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '../../components/ui/error-panel';
import { PageHeader } from '../../components/ui/page-header';
import { OutboxMessageView, useOutbox } from '../../features/mail';
import { formatDateTime } from '../../lib/dates';
import { problemMessage } from '../../lib/problem';

export default function OutboxRoute() {
  const { t } = useTranslation('mail');
  const outbox = useOutbox();
  const [selected, setSelected] = useState<string | null>(null);
  const items = outbox.data?.items ?? [];
  const message = items.find((m) => m.id === selected) ?? items[0];
  return (
    <>
      <PageHeader title={t('outbox.title')} description={t('outbox.description')} />
      {outbox.data && !outbox.data.delivering && (
        <Alert color="gray" variant="light" icon={<IconMailOff aria-hidden />} mb="md" title={t('outbox.notDelivered')}>
          {t('outbox.notDeliveredBody')}
        </Alert>
      )}
      {outbox.isError ? (
        <ErrorPanel message={problemMessage(outbox.error)} onRetry={() => void outbox.refetch()} />
      ) : outbox.isPending ? (
        <Skeleton h={300} />
      ) : items.length === 0 ? (
        <Text>{t('outbox.empty')}</Text>
      ) : (
        <Grid>
          <Grid.Col span={{ base: 12, md: 4 }}>
            <Paper withBorder radius="md" p={4}>
              <Stack gap={0} component="ul" aria-label={t('outbox.list')} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
                {items.map((m) => (
                  <li key={m.id}>
                    <NavLink
                      component="button"
                      active={m.id === message?.id}
                      onClick={() => setSelected(m.id)}
                      label={m.subject}
                      description={`${m.to} · ${formatDateTime(m.createdAt)}`}
                      aria-current={m.id === message?.id ? 'true' : undefined}
                    />
                  </li>
                ))}
              </Stack>
            </Paper>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 8 }}>{message && <OutboxMessageView message={message} />}</Grid.Col>
        </Grid>
      )}
    </>
  );
}
