import { Stack } from '@mantine/core';
import { PageHeader } from '../../components/ui/page-header';
import { UnrecognisedChampions } from '../../features/champions';
import { RewardButton } from '../../features/rewards';
import { useTranslation } from 'react-i18next';

export default function UnrecognisedRoute() {
  const { t } = useTranslation('champions');
  return (
    <Stack gap="lg">
      <PageHeader title={t('page.title')} description={t('page.description')} />
      <UnrecognisedChampions
        rewardAction={(c) => <RewardButton recipients={[{ id: c.employeeId, name: c.name, departmentId: c.department.id }]} variant="light" />}
      />
    </Stack>
  );
}
