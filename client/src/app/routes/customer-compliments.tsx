import { Stack } from '@mantine/core';
import { PageHeader } from '../../components/ui/page-header';
import { ComplimentInbox, DepartmentThankYouLink } from '../../features/compliments';

/** Managers and admins: compliments customers sent through thank-you links, waiting for review. */
export default function CustomerComplimentsRoute() {
  return (
    <Stack gap="lg">
      <PageHeader
        title="Customer compliments"
        description="What customers wrote on thank-you pages. Nothing is shown to anyone else until you confirm it: it then becomes a story from a customer."
      />
      <ComplimentInbox />
      <DepartmentThankYouLink />
    </Stack>
  );
}
