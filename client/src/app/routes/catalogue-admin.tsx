import { Stack } from '@mantine/core';
import { PageHeader } from '../../components/ui/page-header';
import { CatalogueAdmin } from '../../features/catalogue';
import { PointsSettingsForm } from '../../features/points';
import { useTranslation } from 'react-i18next';

/** Admins: the reward catalogue and the company's points rules. */
export default function CatalogueAdminRoute() {
  const { t } = useTranslation('catalogue');
  return (
    <Stack gap="lg">
      <PageHeader title={t('admin.title')} description={t('admin.description')} />
      <PointsSettingsForm />
      <CatalogueAdmin />
    </Stack>
  );
}
