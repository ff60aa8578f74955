import { Button, Stack } from '@mantine/core';
import { IconInbox } from '@tabler/icons-react';
import { Link } from 'react-router';
import { PageHeader } from '../../components/ui/page-header';
import { RewardsGiven } from '../../features/rewards';
import { useSession } from '../../lib/auth-session';
import { useTranslation } from 'react-i18next';

export default function RewardsGivenRoute() {
  const session = useSession();
  const { t } = useTranslation('rewards');
  if (session.status !== 'signed-in') return null;
  return (
    <Stack gap="lg">
      <PageHeader
        title={t('givenPage.title')}
        description={t('givenPage.description')}
        actions={
          <Button component={Link} to="/review-queue" variant="default" leftSection={<IconInbox size={18} aria-hidden />}>
            {t('givenPage.queue')}
          </Button>
        }
      />
      <RewardsGiven giverId={session.employee.id} />
    </Stack>
  );
}
