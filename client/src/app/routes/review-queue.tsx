import { Button, Stack } from '@mantine/core';
import { IconGift } from '@tabler/icons-react';
import { Link } from 'react-router';
import { PageHeader } from '../../components/ui/page-header';
import { ReviewQueue } from '../../features/review-queue';
import { RewardHeroesButton } from '../../features/rewards';
import { useSession } from '../../lib/auth-session';
import { useTranslation } from 'react-i18next';

export default function ReviewQueueRoute() {
  const session = useSession();
  const { t } = useTranslation('review-queue');
  if (session.status !== 'signed-in') return null;
  return (
    <Stack gap="lg">
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <Button component={Link} to="/review-queue/rewards-given" variant="default" leftSection={<IconGift size={18} aria-hidden />}>
            {t('rewardsGiven')}
          </Button>
        }
      />
      <ReviewQueue isAdmin={session.employee.role === 'admin'} rewardAction={(story) => <RewardHeroesButton story={story} />} />
    </Stack>
  );
}
