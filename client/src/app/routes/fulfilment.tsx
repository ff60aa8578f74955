import { Stack } from '@mantine/core';
import { PageHeader } from '../../components/ui/page-header';
import { FulfilmentQueue, RedemptionsExport } from '../../features/redemptions';

/** Admins: what people redeemed, to fulfil or decline, and the export for finance. */
export default function FulfilmentRoute() {
  return (
    <Stack gap="lg">
      <PageHeader
        title="Fulfilment"
        description="Redemptions waiting for you. Fulfil with an optional code, or decline with a reason: the points return at once."
      />
      <FulfilmentQueue />
      <RedemptionsExport />
    </Stack>
  );
}
