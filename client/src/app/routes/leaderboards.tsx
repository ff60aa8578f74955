import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header';
import { useDepartmentOptions } from '../../features/departments/api/list-departments';
import { Leaderboard } from '../../features/leaderboards';
import { useSession } from '../../lib/auth-session';

export default function LeaderboardsRoute() {
  const session = useSession();
  const departments = useDepartmentOptions();
  const { t } = useTranslation('leaderboards');
  if (session.status !== 'signed-in') return null;
  return (
    <Stack gap="lg">
      <PageHeader title={t('title')} description={t('description')} />
      <Leaderboard viewerId={session.employee.id} departments={departments} />
    </Stack>
  );
}
