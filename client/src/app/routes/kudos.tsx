import { Stack } from '@mantine/core';
import { PageHeader } from '../../components/ui/page-header';
import { GiveKudosButton, KudosList } from '../../features/kudos';
import { useSession } from '../../lib/auth-session';

/** Every quick kudos, newest first: the small thank-yous that are not hero stories. */
export default function KudosRoute() {
  const session = useSession();
  if (session.status !== 'signed-in') return null;
  return (
    <Stack gap="lg" maw={820}>
      <PageHeader
        title="Quick kudos"
        description="One-line thank-yous for the small things. They are counted apart from hero stories."
        actions={<GiveKudosButton viewerId={session.employee.id} />}
      />
      <KudosList label="Quick kudos" emptyText="No kudos yet. Thank a colleague for something small." />
    </Stack>
  );
}
