import { Paper, Skeleton, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '../../components/ui/error-panel';
import { PageHeader } from '../../components/ui/page-header';
import { ComplimentsReceived, MyThankYouLink } from '../../features/compliments';
import { KudosReceived } from '../../features/kudos';
import { ChangePasswordForm } from '../../features/auth/components/ChangePasswordForm';
import { useMe } from '../../features/profile/api/get-me';
import { CompanyLanguageSetting } from '../../features/profile/components/CompanyLanguageSetting';
import { LanguageSetting } from '../../features/profile/components/LanguageSetting';
import { ProfileCard } from '../../features/profile/components/ProfileCard';
import { RewardsReceived } from '../../features/rewards';
import { Feed } from '../../features/feed';
import { RecognitionStats } from '../../features/stories';
import { problemMessage } from '../../lib/problem';

export default function ProfileRoute() {
  const me = useMe();
  const { t } = useTranslation('profile');
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      {me.isPending ? (
        <Paper p="xl" role="status" aria-busy="true" aria-label={t('loading')}>
          <Stack gap="md">
            <Skeleton h={72} w={72} circle />
            <Skeleton h={20} w="40%" />
            <Skeleton h={14} w="30%" />
            <Skeleton h={120} />
          </Stack>
        </Paper>
      ) : me.isError ? (
        <ErrorPanel message={problemMessage(me.error)} onRetry={() => void me.refetch()} />
      ) : (
        <Stack gap="lg">
          <ProfileCard me={me.data} />
          <LanguageSetting me={me.data} />
          {me.data.role === 'admin' && <CompanyLanguageSetting />}
          <RecognitionStats employeeId={me.data.id} />
          <RewardsReceived employeeId={me.data.id} />
          <ComplimentsReceived employeeId={me.data.id} />
          <KudosReceived employeeId={me.data.id} firstName="you" />
          <MyThankYouLink />
          <ChangePasswordForm />
          <Title order={2} fz="xl">
            {t('myHeroics')}
          </Title>
          <Feed viewerId={me.data.id} query={{ scope: 'person', employeeId: me.data.id }} emptyText={t('noStories')} />
        </Stack>
      )}
    </>
  );
}
