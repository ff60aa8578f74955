import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header';
import { GiveKudosButton, KudosList } from '../../features/kudos';
import { useSession } from '../../lib/auth-session';

/** Every quick kudos, newest first: the small thank-yous that are not hero stories. */
export default function KudosRoute() {
  const { t } = useTranslation('kudos');
  const session = useSession();
  if (session.status !== 'signed-in') return null;
  return (
    <Stack gap="lg" maw={820}>
      <PageHeader title={t('strip.title')} description={t('page.description')} actions={<GiveKudosButton viewerId={session.employee.id} />} />
      <KudosList label={t('strip.title')} emptyText={t('strip.empty')} />
    </Stack>
  );
}
