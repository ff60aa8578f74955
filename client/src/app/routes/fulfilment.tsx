import { Stack } from '@mantine/core';
import { PageHeader } from '../../components/ui/page-header';
import { FulfilmentQueue, RedemptionsExport } from '../../features/redemptions';
import { useTranslation } from 'react-i18next';

/** Admins: what people redeemed, to fulfil or decline, and the export for finance. */
export default function FulfilmentRoute() {
  const { t } = useTranslation('redemptions');
  return (
    <Stack gap="lg">
      <PageHeader title={t('fulfilment.title')} description={t('fulfilment.description')} />
      <FulfilmentQueue />
      <RedemptionsExport />
    </Stack>
  );
}
