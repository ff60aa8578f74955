import { Stack } from '@mantine/core';
import { PageHeader } from '../../components/ui/page-header';
import { CompanyValuesAdmin } from '../../features/values/components/CompanyValuesAdmin';
import { useTranslation } from 'react-i18next';

export default function ValuesRoute() {
  const { t } = useTranslation('values');
  return (
    <Stack gap="lg">
      <PageHeader title={t('page.title')} description={t('page.description')} />
      <CompanyValuesAdmin />
    </Stack>
  );
}
