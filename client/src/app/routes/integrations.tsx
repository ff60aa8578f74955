import { Stack } from '@mantine/core';
import { PageHeader } from '../../components/ui/page-header';
import { HelpdeskSourcesCard } from '../../features/helpdesk';
import { SlackSettingsCard } from '../../features/slack';
import { TeamsSettingsCard } from '../../features/teams';
import { WebhooksCard } from '../../features/webhooks';
import { useTranslation } from 'react-i18next';

export default function IntegrationsRoute() {
  const { t } = useTranslation('slack');
  return (
    <Stack gap="lg">
      <PageHeader title={t('page.title')} description={t('page.description')} />
      <SlackSettingsCard />
      <TeamsSettingsCard />
      <WebhooksCard />
      <HelpdeskSourcesCard />
    </Stack>
  );
}
