import { Button, Stack } from '@mantine/core';
import { IconGift } from '@tabler/icons-react';
import { Link } from 'react-router';
import { PageHeader } from '../../components/ui/page-header';
import { ReviewQueue } from '../../features/review-queue';
import { RewardHeroesButton } from '../../features/rewards';
import { useSession } from '../../lib/auth-session';

export default function ReviewQueueRoute() {
  const session = useSession();
  if (session.status !== 'signed-in') return null;
  return (
    <Stack gap="lg">
      <PageHeader
        title="Review queue"
        description="Recent stories from your departments that nobody has rewarded yet. Reward the champions from your quarterly budget."
        actions={
          <Button component={Link} to="/review-queue/rewards-given" variant="default" leftSection={<IconGift size={18} aria-hidden />}>
            Rewards I gave
          </Button>
        }
      />
      <ReviewQueue isAdmin={session.employee.role === 'admin'} rewardAction={(story) => <RewardHeroesButton story={story} />} />
    </Stack>
  );
}
