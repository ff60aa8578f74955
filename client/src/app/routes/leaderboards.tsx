import { Stack } from '@mantine/core';
import { PageHeader } from '../../components/ui/page-header';
import { useDepartmentOptions } from '../../features/departments/api/list-departments';
import { Leaderboard } from '../../features/leaderboards';
import { useSession } from '../../lib/auth-session';

export default function LeaderboardsRoute() {
  const session = useSession();
  const departments = useDepartmentOptions();
  if (session.status !== 'signed-in') return null;
  return (
    <Stack gap="lg">
      <PageHeader title="Leaderboards" description="Who colleagues and managers recognised most, this week, month, quarter, year or ever." />
      <Leaderboard viewerId={session.employee.id} departments={departments} />
    </Stack>
  );
}
