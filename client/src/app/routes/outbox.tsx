import { Alert, Grid, NavLink, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { IconMailOff } from '@tabler/icons-react';
import { useState } from 'react';
import { ErrorPanel } from '../../components/ui/error-panel';
import { PageHeader } from '../../components/ui/page-header';
import { OutboxMessageView, useOutbox } from '../../features/mail';
import { formatDateTime } from '../../lib/dates';
import { problemMessage } from '../../lib/problem';

export default function OutboxRoute() {
  const outbox = useOutbox();
  const [selected, setSelected] = useState<string | null>(null);
  const items = outbox.data?.items ?? [];
  const message = items.find((m) => m.id === selected) ?? items[0];
  return (
    <>
      <PageHeader title="Outbox" description="Every email Heroics would have sent, newest first." />
      {outbox.data && !outbox.data.delivering && (
        <Alert color="gray" variant="light" icon={<IconMailOff aria-hidden />} mb="md" title="Email is not delivered">
          No mail server is configured (SMTP_URL), so email stays here instead of reaching people. Links in these emails work: open them to act as the recipient
          would.
        </Alert>
      )}
      {outbox.isError ? (
        <ErrorPanel message={problemMessage(outbox.error)} onRetry={() => void outbox.refetch()} />
      ) : outbox.isPending ? (
        <Skeleton h={300} />
      ) : items.length === 0 ? (
        <Text>No email yet.</Text>
      ) : (
        <Grid>
          <Grid.Col span={{ base: 12, md: 4 }}>
            <Paper withBorder radius="md" p={4}>
              <Stack gap={0} component="ul" aria-label="Emails" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
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
