import { Button, Group, Paper, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { ErrorPanel } from '../../components/ui/error-panel';
import { PageHeader } from '../../components/ui/page-header';
import { useDiscardJob, useFailedJobs, useJobsSummary, useRetryJob, useRunScheduledJob } from '../../features/jobs';
import { formatDateTime } from '../../lib/dates';
import { problemMessage } from '../../lib/problem';
import { formatNumber } from '../../lib/intl';
import { useTranslation } from 'react-i18next';

export default function JobsRoute() {
  const { t } = useTranslation('jobs');
  const summary = useJobsSummary();
  const failed = useFailedJobs();
  const retry = useRetryJob();
  const discard = useDiscardJob();
  const runNow = useRunScheduledJob();
  const onError = (title: string) => (error: unknown) => notifications.show({ color: 'red', title, message: problemMessage(error) });
  return (
    <>
      <PageHeader
        title={t('title')}
        description={summary.data ? t('description', { count: summary.data.retryLimit, seconds: summary.data.retryDelaySeconds }) : t('descriptionShort')}
      />
      <Stack gap="lg">
        {summary.isError ? (
          <ErrorPanel message={problemMessage(summary.error)} onRetry={() => void summary.refetch()} />
        ) : summary.isPending ? (
          <Skeleton h={200} />
        ) : (
          <Paper withBorder radius="md" p="md">
            <Table.ScrollContainer minWidth={480}>
              <Table striped>
                <Table.Caption>{t('table.caption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('table.kind')}</Table.Th>
                    <Table.Th scope="col">{t('table.queued')}</Table.Th>
                    <Table.Th scope="col">{t('table.running')}</Table.Th>
                    <Table.Th scope="col">{t('table.failed')}</Table.Th>
                    <Table.Th scope="col">{t('table.done')}</Table.Th>
                    <Table.Th scope="col">{t('table.schedule')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {summary.data.kinds.map((k) => (
                    <Table.Tr key={k.kind}>
                      <Table.Th scope="row">{k.kind}</Table.Th>
                      <Table.Td>{formatNumber(k.queued)}</Table.Td>
                      <Table.Td>{formatNumber(k.active)}</Table.Td>
                      <Table.Td>{formatNumber(k.failed)}</Table.Td>
                      <Table.Td>{formatNumber(k.completed)}</Table.Td>
                      <Table.Td>
                        {k.schedule ? (
                          <Group gap="xs" wrap="nowrap">
                            <Text size="sm" ff="monospace">
                              {k.schedule}
                            </Text>
                            <Button
                              size="compact-xs"
                              variant="light"
                              loading={runNow.isPending && runNow.variables === k.kind}
                              onClick={() =>
                                runNow.mutate(k.kind, {
                                  onSuccess: () => notifications.show({ color: 'green', title: t('queued'), message: t('runsNow', { kind: k.kind }) }),
                                  onError: onError(t('notQueued')),
                                })
                              }
                              aria-label={t('runNowLabel', { kind: k.kind })}
                            >
                              {t('runNow')}
                            </Button>
                          </Group>
                        ) : (
                          <Text size="sm" c="dimmed">
                            {t('onDemand')}
                          </Text>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Paper>
        )}
        <Title order={2} fz={20}>
          {t('failedTitle')}
        </Title>
        {failed.isError ? (
          <ErrorPanel message={problemMessage(failed.error)} onRetry={() => void failed.refetch()} />
        ) : failed.isPending ? (
          <Skeleton h={120} />
        ) : failed.data.items.length === 0 ? (
          <Text>{t('noFailed')}</Text>
        ) : (
          <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {failed.data.items.map((job) => (
              <Paper component="li" key={job.id} withBorder radius="md" p="md">
                <Stack gap={6}>
                  <Text fw={600}>{job.kind}</Text>
                  <Text size="sm">{job.error}</Text>
                  <Text size="sm" c="dimmed">
                    {t('failedDetail', { queued: formatDateTime(job.createdAt), failed: formatDateTime(job.failedAt), count: job.retries })}
                  </Text>
                  <Group gap="sm">
                    <Button
                      size="xs"
                      loading={retry.isPending && retry.variables === job.id}
                      onClick={() => retry.mutate(job.id, { onError: onError(t('notRetried')) })}
                      aria-label={t('retryLabel', { kind: job.kind })}
                    >
                      {t('retry')}
                    </Button>
                    <Button
                      size="xs"
                      variant="default"
                      color="red"
                      loading={discard.isPending && discard.variables === job.id}
                      onClick={() => discard.mutate(job.id, { onError: onError(t('notDiscarded')) })}
                      aria-label={t('discardLabel', { kind: job.kind })}
                    >
                      {t('discard')}
                    </Button>
                  </Group>
                </Stack>
              </Paper>
            ))}
          </Stack>
        )}
      </Stack>
    </>
  );
}
