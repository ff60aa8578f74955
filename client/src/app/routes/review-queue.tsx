import { Stack } from '@mantine/core';
import { PageHeader } from '../../components/ui/page-header';
import { ReviewQueue } from '../../features/rewards/components/ReviewQueue';
import { useSession } from '../../lib/auth-session';

export default function ReviewQueueRoute() {
  const session = useSession();
  if (session.status !== 'signed-in') return null;
  return (
    <Stack gap="lg">
      <PageHeader
        title="Review queue"
        description="Recent stories from your departments that nobody has rewarded yet. Reward the champions from your quarterly budget."
      />
      <ReviewQueue isAdmin={session.employee.role === 'admin'} />
    </Stack>
  );
}
