import { Stack } from '@mantine/core';
import { PageHeader } from '../../components/ui/page-header';
import { SlackSettingsCard } from '../../features/slack';
import { TeamsSettingsCard } from '../../features/teams';
import { WebhooksCard } from '../../features/webhooks';

export default function IntegrationsRoute() {
  return (
    <Stack gap="lg">
      <PageHeader
        title="Integrations"
        description="Tell stories and endorse from Slack or Teams, post stories to team channels, and let other systems hear about recognition as it happens."
      />
      <SlackSettingsCard />
      <TeamsSettingsCard />
      <WebhooksCard />
    </Stack>
  );
}
