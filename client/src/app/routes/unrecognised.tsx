import { Stack } from '@mantine/core';
import { PageHeader } from '../../components/ui/page-header';
import { UnrecognisedChampions } from '../../features/champions';
import { RewardButton } from '../../features/rewards';

export default function UnrecognisedRoute() {
  return (
    <Stack gap="lg">
      <PageHeader
        title="Unrecognised champions"
        description="People their colleagues and customers keep naming, whom nobody has rewarded yet. A good place to start when you next say thank you."
      />
      <UnrecognisedChampions
        rewardAction={(c) => <RewardButton recipients={[{ id: c.employeeId, name: c.name, departmentId: c.department.id }]} variant="light" />}
      />
    </Stack>
  );
}
