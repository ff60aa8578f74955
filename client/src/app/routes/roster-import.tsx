import { Stack } from '@mantine/core';
import { PageHeader } from '../../components/ui/page-header';
import { RosterImportPanel } from '../../features/roster-import/components/RosterImportPanel';
import { useTranslation } from 'react-i18next';

export default function RosterImportRoute() {
  const { t } = useTranslation('roster-import');
  return (
    <Stack gap="lg">
      <PageHeader title={t('page.title')} description={t('page.description')} />
      <RosterImportPanel />
    </Stack>
  );
}
