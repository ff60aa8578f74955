import { Stack } from '@mantine/core';
import { PageHeader } from '../../components/ui/page-header';
import { UnrecognisedChampions } from '../../features/rewards/components/UnrecognisedChampions';

export default function UnrecognisedRoute() {
  return (
    <Stack gap="lg">
      <PageHeader title="Unrecognised champions" description="She might already be in your employ, yet you failed to recognise it: the people their colleagues keep naming whom no manager has rewarded." />
      <UnrecognisedChampions />
    </Stack>
  );
}
