import { Button, Group, Paper, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { ErrorPanel } from '../../components/ui/error-panel';
import { PageHeader } from '../../components/ui/page-header';
import { useDiscardJob, useFailedJobs, useJobsSummary, useRetryJob, useRunScheduledJob } from '../../features/jobs';
import { formatDateTime } from '../../lib/dates';
import { problemMessage } from '../../lib/problem';

export default function JobsRoute() {
  const summary = useJobsSummary();
  const failed = useFailedJobs();
  const retry = useRetryJob();
  const discard = useDiscardJob();
  const runNow = useRunScheduledJob();
  const onError = (title: string) => (error: unknown) => notifications.show({ color: 'red', title, message: problemMessage(error) });
  return (
    <>
      <PageHeader
        title="Jobs"
        description={
          summary.data
            ? `Background work (email, digests, housekeeping). A job that fails is retried ${summary.data.retryLimit} times, first after ${summary.data.retryDelaySeconds} s and then twice as long each time; after that it waits here.`
            : 'Background work: email, digests, housekeeping.'
        }
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
                <Table.Caption>Jobs per kind</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Kind</Table.Th>
                    <Table.Th scope="col">Queued</Table.Th>
                    <Table.Th scope="col">Running</Table.Th>
                    <Table.Th scope="col">Failed</Table.Th>
                    <Table.Th scope="col">Done recently</Table.Th>
                    <Table.Th scope="col">Schedule</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {summary.data.kinds.map((k) => (
                    <Table.Tr key={k.kind}>
                      <Table.Th scope="row">{k.kind}</Table.Th>
                      <Table.Td>{k.queued}</Table.Td>
                      <Table.Td>{k.active}</Table.Td>
                      <Table.Td>{k.failed}</Table.Td>
                      <Table.Td>{k.completed}</Table.Td>
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
                                  onSuccess: () => notifications.show({ color: 'green', title: 'Queued', message: `${k.kind} runs now.` }),
                                  onError: onError('Not queued'),
                                })
                              }
                              aria-label={`Run ${k.kind} now`}
                            >
                              Run now
                            </Button>
                          </Group>
                        ) : (
                          <Text size="sm" c="dimmed">
                            on demand
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
          Failed jobs
        </Title>
        {failed.isError ? (
          <ErrorPanel message={problemMessage(failed.error)} onRetry={() => void failed.refetch()} />
        ) : failed.isPending ? (
          <Skeleton h={120} />
        ) : failed.data.items.length === 0 ? (
          <Text>No failed jobs.</Text>
        ) : (
          <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {failed.data.items.map((job) => (
              <Paper component="li" key={job.id} withBorder radius="md" p="md">
                <Stack gap={6}>
                  <Text fw={600}>{job.kind}</Text>
                  <Text size="sm">{job.error}</Text>
                  <Text size="sm" c="dimmed">
                    Queued {formatDateTime(job.createdAt)} · failed {formatDateTime(job.failedAt)} after {job.retries} {job.retries === 1 ? 'retry' : 'retries'}
                  </Text>
                  <Group gap="sm">
                    <Button
                      size="xs"
                      loading={retry.isPending && retry.variables === job.id}
                      onClick={() => retry.mutate(job.id, { onError: onError('Not retried') })}
                      aria-label={`Retry ${job.kind} job`}
                    >
                      Retry
                    </Button>
                    <Button
                      size="xs"
                      variant="default"
                      color="red"
                      loading={discard.isPending && discard.variables === job.id}
                      onClick={() => discard.mutate(job.id, { onError: onError('Not discarded') })}
                      aria-label={`Discard ${job.kind} job`}
                    >
                      Discard
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
