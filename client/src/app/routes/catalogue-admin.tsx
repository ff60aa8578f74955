import { Stack } from '@mantine/core';
import { PageHeader } from '../../components/ui/page-header';
import { CatalogueAdmin } from '../../features/catalogue';
import { PointsSettingsForm } from '../../features/points';

/** Admins: the reward catalogue and the company's points rules. */
export default function CatalogueAdminRoute() {
  return (
    <Stack gap="lg">
      <PageHeader title="Catalogue" description="What people can spend points on. Pictures are re-encoded on upload; retired items stay in history." />
      <PointsSettingsForm />
      <CatalogueAdmin />
    </Stack>
  );
}
