import { Button, Stack } from '@mantine/core';
import { IconInbox } from '@tabler/icons-react';
import { Link } from 'react-router';
import { PageHeader } from '../../components/ui/page-header';
import { RewardsGiven } from '../../features/rewards';
import { useSession } from '../../lib/auth-session';

export default function RewardsGivenRoute() {
  const session = useSession();
  if (session.status !== 'signed-in') return null;
  return (
    <Stack gap="lg">
      <PageHeader
        title="Rewards I gave"
        description="Every reward you gave, newest first. You can take one back within a day of giving it; its points return to your budget."
        actions={
          <Button component={Link} to="/review-queue" variant="default" leftSection={<IconInbox size={18} aria-hidden />}>
            Review queue
          </Button>
        }
      />
      <RewardsGiven giverId={session.employee.id} />
    </Stack>
  );
}
