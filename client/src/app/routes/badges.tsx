import { Stack } from '@mantine/core';
import { PageHeader } from '../../components/ui/page-header';
import { BadgesAdmin } from '../../features/badges';
import { useTranslation } from 'react-i18next';

export default function BadgesRoute() {
  const { t } = useTranslation('badges');
  return (
    <Stack gap="lg">
      <PageHeader title={t('page.title')} description={t('page.description')} />
      <BadgesAdmin />
    </Stack>
  );
}
