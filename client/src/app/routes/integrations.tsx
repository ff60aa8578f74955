import { Stack } from '@mantine/core';
import { PageHeader } from '../../components/ui/page-header';
import { HelpdeskSourcesCard } from '../../features/helpdesk';
import { SlackSettingsCard } from '../../features/slack';
import { TeamsSettingsCard } from '../../features/teams';
import { WebhooksCard } from '../../features/webhooks';

export default function IntegrationsRoute() {
  return (
    <Stack gap="lg">
      <PageHeader
        title="Integrations"
        description="Tell stories and endorse from Slack or Teams, post stories to team channels, let other systems hear about recognition as it happens, and let a helpdesk send in its good ratings."
      />
      <SlackSettingsCard />
      <TeamsSettingsCard />
      <WebhooksCard />
      <HelpdeskSourcesCard />
    </Stack>
  );
}
