import { Stack } from '@mantine/core';
import { PageHeader } from '../../components/ui/page-header';
import { BadgesAdmin } from '../../features/badges';

export default function BadgesRoute() {
  return (
    <Stack gap="lg">
      <PageHeader
        title="Badges"
        description="The badges managers can give as a reward, each with its icon. Retiring one keeps it on the rewards that gave it but takes it out of the reward dialog."
      />
      <BadgesAdmin />
    </Stack>
  );
}
