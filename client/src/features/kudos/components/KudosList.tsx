import { Button, Card, Skeleton, Stack, Text } from '@mantine/core';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { problemMessage } from '../../../lib/problem';
import { useKudosList } from '../api/kudos';
import { KudosItem } from './KudosItem';
import { useTranslation } from 'react-i18next';

/**
 * Kudos newest first: the latest few (`limit`, with `more` linking onwards) or every page with "Show more".
 * `heroId` narrows it to what one person received.
 */
export function KudosList({ heroId, limit, emptyText, label }: { heroId?: string; limit?: number; emptyText: string; label: string }) {
  const list = useKudosList({ heroId, limit });
  const { t } = useTranslation('kudos');
  if (list.isPending) {
    return (
      <Stack gap="xs" role="status" aria-busy="true" aria-label={t('list.loading')}>
        <Skeleton h={14} w="70%" />
        <Skeleton h={14} w="50%" />
      </Stack>
    );
  }
  if (list.isError) return <ErrorPanel message={problemMessage(list.error)} onRetry={() => void list.refetch()} />;
  const items = limit ? (list.data.pages[0]?.items ?? []) : list.data.pages.flatMap((page) => page.items);
  if (!items.length) return <Text c="dimmed">{emptyText}</Text>;
  return (
    <Stack gap="sm">
      <Stack gap="sm" component="ul" aria-label={label} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {items.map((kudos) => (
          <KudosItem key={kudos.id} kudos={kudos} />
        ))}
      </Stack>
      {!limit && list.hasNextPage && (
        <Button variant="default" w="fit-content" loading={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
          {t('list.more')}
        </Button>
      )}
    </Stack>
  );
}

/** A person's kudos received, as a card on their profile. */
export function KudosReceived({ employeeId, firstName }: { employeeId: string; firstName: string }) {
  const { t } = useTranslation('kudos');
  return (
    <Card withBorder radius="md" padding="lg">
      <Stack gap="sm">
        <Text component="h2" fw={700} fz="lg" m={0}>
          {t('received.title')}
        </Text>
        <KudosList heroId={employeeId} label={t('received.label', { name: firstName })} emptyText={t('received.empty')} />
      </Stack>
    </Card>
  );
}
