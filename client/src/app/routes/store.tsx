import { Alert, Button, Grid, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { CenteredLoader } from '../../components/ui/centered-loader';
import { PageHeader } from '../../components/ui/page-header';
import { type CatalogueItem, CatalogueItemCard, useCatalogue } from '../../features/catalogue';
import { PointsSummaryCard, usePoints } from '../../features/points';
import { CustomRewardForm, MyRedemptions, RedeemDialog } from '../../features/redemptions';
import { problemMessage } from '../../lib/problem';
import { useTranslation } from 'react-i18next';

/** Spend points: the catalogue, the balance, what I redeemed (and its code once it is ready). */
export default function StoreRoute() {
  const { t } = useTranslation('redemptions');
  const catalogue = useCatalogue();
  const points = usePoints();
  const [picked, setPicked] = useState<CatalogueItem | null>(null);
  const balance = points.data?.balance ?? 0;
  return (
    <Stack gap={0}>
      <PageHeader title={t('store.title')} description={t('store.description')} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Title order={2} fz="lg" mb="sm">
            {t('store.catalogue')}
          </Title>
          {catalogue.error ? (
            <Alert color="red">{problemMessage(catalogue.error)}</Alert>
          ) : !catalogue.data ? (
            <CenteredLoader />
          ) : catalogue.data.items.length === 0 ? (
            <Text c="dimmed">{t('store.empty')}</Text>
          ) : (
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
              {catalogue.data.items.map((item) => {
                const short = item.cost > balance;
                const soldOut = item.stock === 0;
                return (
                  <CatalogueItemCard
                    key={item.id}
                    item={item}
                    action={
                      <Button onClick={() => setPicked(item)} disabled={!points.data || short || soldOut} aria-label={t('redeem.title', { title: item.title })}>
                        {soldOut ? t('store.soldOut') : short ? t('store.needsMore', { count: item.cost - balance }) : t('store.redeem')}
                      </Button>
                    }
                  />
                );
              })}
            </SimpleGrid>
          )}
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack>
            {points.data && <PointsSummaryCard summary={points.data} />}
            <MyRedemptions />
            {points.data && <CustomRewardForm balance={balance} />}
          </Stack>
        </Grid.Col>
      </Grid>
      <RedeemDialog item={picked} balance={balance} onClose={() => setPicked(null)} />
    </Stack>
  );
}
