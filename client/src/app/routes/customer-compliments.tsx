import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header';
import { ComplimentInbox, DepartmentThankYouLink } from '../../features/compliments';

/** Managers and admins: compliments customers sent through thank-you links, waiting for review. */
export default function CustomerComplimentsRoute() {
  const { t } = useTranslation('compliments');
  return (
    <Stack gap="lg">
      <PageHeader title={t('page.title')} description={t('page.description')} />
      <ComplimentInbox />
      <DepartmentThankYouLink />
    </Stack>
  );
}
