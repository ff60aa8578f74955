import { Stack } from '@mantine/core';
import { PageHeader } from '../../components/ui/page-header';
import { RosterImportPanel } from '../../features/roster-import/components/RosterImportPanel';

export default function RosterImportRoute() {
  return (
    <Stack gap="lg">
      <PageHeader title="Import the roster" description="Upload a CSV of employees, check what each row would do, then apply it in one go." />
      <RosterImportPanel />
    </Stack>
  );
}
