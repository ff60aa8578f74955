import { Alert, SimpleGrid, Stack } from '@mantine/core';
import { CenteredLoader } from '../../components/ui/centered-loader';
import { PageHeader } from '../../components/ui/page-header';
import { PointsLedger, PointsSummaryCard, usePoints, usePointsLedger } from '../../features/points';
import { problemMessage } from '../../lib/problem';
import { useTranslation } from 'react-i18next';

/** My points: the balance, what expires when, and every movement. */
export default function PointsRoute() {
  const { t } = useTranslation('points');
  const summary = usePoints();
  const ledger = usePointsLedger();
  return (
    <Stack gap={0}>
      <PageHeader title={t('title')} description={t('description')} />
      {summary.error || ledger.error ? (
        <Alert color="red">{problemMessage(summary.error ?? ledger.error)}</Alert>
      ) : !summary.data || !ledger.data ? (
        <CenteredLoader />
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <PointsSummaryCard summary={summary.data} />
          <PointsLedger entries={ledger.data.items} />
        </SimpleGrid>
      )}
    </Stack>
  );
}
